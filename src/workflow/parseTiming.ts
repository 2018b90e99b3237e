import * as z from 'zod';
import { type Actor, ActorSchema } from '../model/shared/actor.js';
import type { FieldNames } from '../model/shared/fieldNames.js';
import { IsoTimestampSchema } from '../model/shared/primitives.js';
import type { Result } from '../model/shared/result.js';
import { toValidationError } from '../model/shared/toValidationError.js';
import type { ValidationError } from '../model/shared/validationError.js';
import { engineDetails } from './messages.js';

/** Who acts and when: the parts of the options that `transition` validates. */
const TimingSchema = /* @__PURE__ */ z
  .object({
    actor: ActorSchema,
    at: IsoTimestampSchema,
    recordedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
  })
  .check((ctx) => {
    if (ctx.value.recordedAt !== undefined && ctx.value.recordedAt < ctx.value.at) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.recordedAt,
        path: ['recordedAt'],
        message: 'RECORDED_BEFORE_HAPPENED',
        params: {
          code: 'RECORDED_BEFORE_HAPPENED',
          zh: engineDetails.recordedBeforeHappened['zh-Hans'],
          en: engineDetails.recordedBeforeHappened.en,
        },
      });
    }
  });

/** The validated actor and canonical times. */
export type Timing = { readonly actor: Actor; readonly at: string; readonly recordedAt: string };

const OPTIONS_MODEL = { id: 'TransitionOptions', 'zh-Hans': '流转参数', en: 'Transition options' };
const NO_NAMES: FieldNames = {};

/**
 * Validates the actor and the two times (`recordedAt` defaults to `at`), canonicalising the
 * times to UTC. Never throws.
 */
export function parseTiming(input: {
  readonly actor: unknown;
  readonly at: unknown;
  readonly recordedAt?: unknown;
}): Result<Timing, ValidationError> {
  const candidate = { actor: input.actor, at: input.at, recordedAt: input.recordedAt };
  const parsed = TimingSchema.safeParse(candidate);
  if (parsed.success) {
    const { actor, at, recordedAt } = parsed.data;
    return { ok: true, value: { actor, at, recordedAt: recordedAt ?? at } };
  }
  return { ok: false, error: toValidationError(OPTIONS_MODEL, parsed.error.issues, NO_NAMES) };
}
