import * as z from 'zod';
import { compiledSchema } from '../../internal/compiledSchema.js';
import { canonicalTimestamp } from '../../internal/timestamp.js';
import { type Actor, ActorSchema } from '../../model/shared/actor.js';
import type { FieldNames } from '../../model/shared/fieldNames.js';
import { IsoTimestampSchema } from '../../model/shared/primitives.js';
import type { Result } from '../../model/shared/result.js';
import { toValidationError } from '../../model/shared/toValidationError.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { engineDetails } from './messages.js';

/** Who acts and when: the parts of the options that `safeTransition` validates. */
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
 * What `IsoTimestampSchema` makes of `value`, without running zod (the one timestamp grammar of
 * src/internal/timestamp.ts); `undefined` when it would reject it.
 */
const canonicalInstant = canonicalTimestamp;

/** What `ActorSchema` makes of an already clean actor, without zod; `undefined` otherwise. */
/** A role and an id already clean (trimmed, of the allowed lengths), or `undefined`. */
function cleanRoleAndId(value: unknown): { role: string; id: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { role, id } = value as { readonly role?: unknown; readonly id?: unknown };
  if (typeof role !== 'string' || role.length < 1 || role.length > 64 || role.trim() !== role) {
    return undefined;
  }
  if (typeof id !== 'string' || id.length < 1 || id.length > 128 || id.trim() !== id) {
    return undefined;
  }
  return { role, id };
}

/** The fast path for an actor already clean; anything else goes through the schema. */
function cleanActor(value: unknown): Actor | undefined {
  const actor = cleanRoleAndId(value);
  if (actor === undefined) return undefined;
  const onBehalfOf: unknown = (value as { readonly onBehalfOf?: unknown }).onBehalfOf;
  if (onBehalfOf === undefined) return actor;
  const principal = cleanRoleAndId(onBehalfOf);
  return principal === undefined ? undefined : { ...actor, onBehalfOf: principal };
}

export function parseTiming(input: {
  readonly actor: unknown;
  readonly at: unknown;
  readonly recordedAt?: unknown;
}): Result<Timing, ValidationError> {
  const actor = cleanActor(input.actor);
  const at = canonicalInstant(input.at);
  const recordedAt = input.recordedAt === undefined ? at : canonicalInstant(input.recordedAt);
  if (actor !== undefined && at !== undefined && recordedAt !== undefined && recordedAt >= at) {
    return { ok: true, value: { actor, at, recordedAt } };
  }
  const candidate = { actor: input.actor, at: input.at, recordedAt: input.recordedAt };
  const parsed = compiledSchema(TimingSchema).safeParse(candidate);
  if (parsed.success) {
    const { actor: parsedActor, at, recordedAt } = parsed.data;
    // An `onBehalfOf: undefined` given is left out, as the fast path leaves it out.
    const { role, id, onBehalfOf } = parsedActor;
    const actor: Actor = onBehalfOf === undefined ? { role, id } : { role, id, onBehalfOf };
    return { ok: true, value: { actor, at, recordedAt: recordedAt ?? at } };
  }
  return { ok: false, error: toValidationError(OPTIONS_MODEL, parsed.error.issues, NO_NAMES) };
}
