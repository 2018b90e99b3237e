import * as z from 'zod';
import { MOTION_DECISIONS, REVIEW_RECOMMENDATIONS, VOTE_RESULTS } from '../../../model/motion.js';
import type { FieldNames } from '../../../model/shared/fieldNames.js';
import {
  CountSchema,
  IdSchema,
  LongTextSchema,
  ShortTextSchema,
} from '../../../model/shared/primitives.js';
import { DECISIONS } from '../../../model/suggestionParts.js';

// The payload schemas of the motion workflow's events: strict (an unknown key is refused by
// name) and idempotent (replay parses stored payloads again), as the suggestion workflow's are.

export const decidePayload = /* @__PURE__ */ z.strictObject({
  decision: /* @__PURE__ */ z.enum(MOTION_DECISIONS),
  committeeId: /* @__PURE__ */ IdSchema.optional(),
});

export const reportReviewPayload = /* @__PURE__ */ z.strictObject({
  recommendation: /* @__PURE__ */ z.enum(REVIEW_RECOMMENDATIONS),
  content: /* @__PURE__ */ LongTextSchema.optional(),
});

export const requestWithdrawalPayload = /* @__PURE__ */ z
  .strictObject({ reason: /* @__PURE__ */ ShortTextSchema.optional() })
  .optional();

export const decideWithdrawalPayload = /* @__PURE__ */ z.strictObject({
  decision: /* @__PURE__ */ z.enum(DECISIONS),
});

export const votePayload = /* @__PURE__ */ z.strictObject({
  result: /* @__PURE__ */ z.enum(VOTE_RESULTS),
  for: /* @__PURE__ */ CountSchema.optional(),
  against: /* @__PURE__ */ CountSchema.optional(),
  abstain: /* @__PURE__ */ CountSchema.optional(),
});

export const convertToSuggestionPayload = /* @__PURE__ */ z.strictObject({
  suggestionId: IdSchema,
});

/**
 * The motion workflow's events, each mapped to its payload schema (`undefined`: no payload)
 * (议案事件及其内容). {@link MotionEvent} and the typed event argument of `transition` are built
 * from it.
 *
 * @example
 * ```ts
 * import type * as z from 'zod';
 * import type { MotionEventPayloads } from 'renda';
 *
 * const decide: z.input<MotionEventPayloads['decide']> = { decision: 'referToCommittee', committeeId: 'C-EDU' };
 * ```
 * @category Suggestion workflow
 */
export interface MotionEventPayloads {
  readonly submit: undefined;
  readonly decide: typeof decidePayload;
  readonly reportReview: typeof reportReviewPayload;
  readonly requestWithdrawal: typeof requestWithdrawalPayload;
  readonly decideWithdrawal: typeof decideWithdrawalPayload;
  readonly vote: typeof votePayload;
  readonly convertToSuggestion: typeof convertToSuggestionPayload;
}

const name = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

const fields = {
  decision: name('主席团决定', 'decision'),
  committeeId: name('专门委员会', 'special committee'),
  recommendation: name('报告意见', 'recommendation'),
  content: name('报告正文', 'report text'),
  reason: name('撤回理由', 'reason for withdrawing'),
  result: name('表决结果', 'result'),
  for: name('赞成票', 'votes for'),
  against: name('反对票', 'votes against'),
  abstain: name('弃权票', 'abstentions'),
  suggestionId: name('建议编号', 'suggestion'),
} satisfies FieldNames;

/** The names of each event's payload fields, for errors that name the field. */
export const motionPayloadFieldNames: {
  readonly [E in keyof MotionEventPayloads]: FieldNames;
} = {
  submit: fields,
  decide: fields,
  reportReview: fields,
  requestWithdrawal: fields,
  decideWithdrawal: { ...fields, decision: name('主席团意见', 'presidium’s decision') },
  vote: fields,
  convertToSuggestion: fields,
};
