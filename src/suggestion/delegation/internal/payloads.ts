import * as z from 'zod';
import type { FieldNames } from '../../../model/shared/fieldNames.js';
import { IdSchema, ShortTextSchema } from '../../../model/shared/primitives.js';

// The payload schemas of the delegation-item workflow's events: strict (an unknown key is refused
// by name) and idempotent (replay parses stored payloads again), as the other workflows' are.

export const addCluePayload = /* @__PURE__ */ z.strictObject({
  source: ShortTextSchema,
  text: ShortTextSchema,
});

/** An answer that agrees may say why; one that refuses must, so the draft can be revised. */
export const agreePayload = /* @__PURE__ */ z
  .strictObject({ note: /* @__PURE__ */ ShortTextSchema.optional() })
  .optional();

export const refusePayload = /* @__PURE__ */ z.strictObject({ note: ShortTextSchema });

export const submitPayload = /* @__PURE__ */ z.strictObject({ suggestionId: IdSchema });

export const abandonPayload = /* @__PURE__ */ z
  .strictObject({ reason: /* @__PURE__ */ ShortTextSchema.optional() })
  .optional();

/**
 * The delegation-item workflow's events, each mapped to its payload schema (`undefined`: no
 * payload) (代表团建议事件及其内容). {@link DelegationItemEvent} and the typed event argument of
 * `transition` are built from it.
 *
 * @example
 * ```ts
 * import type * as z from 'zod';
 * import type { DelegationItemEventPayloads } from 'renda';
 *
 * const refusal: z.input<DelegationItemEventPayloads['refuseConsent']> = { note: '建议补充资金来源' };
 * ```
 * @category Suggestion workflow
 */
export interface DelegationItemEventPayloads {
  readonly addClue: typeof addCluePayload;
  readonly submitForApproval: undefined;
  readonly approve: typeof agreePayload;
  readonly refuseApproval: typeof refusePayload;
  readonly consent: typeof agreePayload;
  readonly refuseConsent: typeof refusePayload;
  readonly submit: typeof submitPayload;
  readonly abandon: typeof abandonPayload;
}

const name = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

const fields = {
  source: name('线索来源', 'source'),
  text: name('线索内容', 'clue'),
  note: name('意见说明', 'note'),
  suggestionId: name('建议编号', 'suggestion'),
  reason: name('理由', 'reason'),
} satisfies FieldNames;

/** The names of each event's payload fields, for errors that name the field. */
export const delegationItemPayloadFieldNames: {
  readonly [E in keyof DelegationItemEventPayloads]: FieldNames;
} = {
  addClue: fields,
  submitForApproval: fields,
  approve: { ...fields, note: name('审定意见说明', 'the head’s note') },
  refuseApproval: { ...fields, note: name('不同意的理由', 'why the head refuses') },
  consent: fields,
  refuseConsent: { ...fields, note: name('不同意的理由', 'why the member refuses') },
  submit: fields,
  abandon: { ...fields, reason: name('不再提出的理由', 'why it is given up') },
};
