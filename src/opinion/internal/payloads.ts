import * as z from 'zod';
import { OPINION_FEEDBACK_CHANNELS } from '../../model/constituentOpinion.js';
import {
  OPINION_FEEDBACK_RECIPIENTS,
  OPINION_LEVELS,
  OPINION_OUTCOMES,
} from '../../model/opinionParts.js';
import type { FieldNames } from '../../model/shared/fieldNames.js';
import {
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  ShortTextSchema,
} from '../../model/shared/primitives.js';
import { SatisfactionGradeSchema } from '../../model/shared/satisfaction.js';
import { DECISIONS } from '../../model/suggestionParts.js';

// The payload schemas of the opinion workflow's events: strict at every depth (an unknown key is
// refused by name) and idempotent (replay parses stored payloads again).

const CodeSchema = /* @__PURE__ */ z.string().trim().min(1).max(64);
const noteOnly = () => z.strictObject({ note: ShortTextSchema.optional() }).optional();

export const notAcceptPayload = /* @__PURE__ */ z.strictObject({
  reasonCode: CodeSchema,
  note: /* @__PURE__ */ ShortTextSchema.optional(),
});

export const mergeDuplicatePayload = /* @__PURE__ */ z.strictObject({
  intoOpinionId: IdSchema,
});

export const answerOnSitePayload = /* @__PURE__ */ z
  .strictObject({ content: /* @__PURE__ */ LongTextSchema.optional() })
  .optional();

export const classifyPayload = /* @__PURE__ */ z.strictObject({
  level: /* @__PURE__ */ z.enum(OPINION_LEVELS),
  category: CodeSchema,
});

export const assignPayload = /* @__PURE__ */ z.strictObject({ unitId: IdSchema });

export const remindPayload = /* @__PURE__ */ noteOnly();

export const supervisePayload = /* @__PURE__ */ noteOnly();

export const requestExtensionPayload = /* @__PURE__ */ z.strictObject({
  workingDays: /* @__PURE__ */ z.number().int().min(1).max(366),
  reason: ShortTextSchema,
});

export const decideExtensionPayload = /* @__PURE__ */ z.strictObject({
  decision: /* @__PURE__ */ z.enum(DECISIONS),
});

export const handlePayload = /* @__PURE__ */ z.strictObject({
  outcome: /* @__PURE__ */ z.enum(OPINION_OUTCOMES),
  content: /* @__PURE__ */ LongTextSchema.optional(),
});

export const feedBackPayload = /* @__PURE__ */ z.strictObject({
  to: /* @__PURE__ */ z.enum(OPINION_FEEDBACK_RECIPIENTS),
  channel: /* @__PURE__ */ z.enum(OPINION_FEEDBACK_CHANNELS),
});

export const callbackPayload = /* @__PURE__ */ z.strictObject({
  satisfaction: SatisfactionGradeSchema,
});

export const reopenPayload = /* @__PURE__ */ z
  .strictObject({ reason: /* @__PURE__ */ ShortTextSchema.optional() })
  .optional();

export const closePayload = /* @__PURE__ */ noteOnly();

export const convertToSuggestionPayload = /* @__PURE__ */ z.strictObject({
  suggestionId: IdSchema,
});

export const suggestionRepliedPayload = /* @__PURE__ */ z.strictObject({
  suggestionId: IdSchema,
  repliedAt: IsoTimestampSchema,
});

/**
 * The opinion workflow's events, each mapped to its payload schema (`undefined`: no payload)
 * (群众意见事件及其内容). {@link OpinionEvent} and the typed event argument of `transition` are
 * built from it.
 *
 * @example
 * ```ts
 * import type * as z from 'zod';
 * import type { OpinionEventPayloads } from 'renda';
 *
 * const classify: z.input<OpinionEventPayloads['classify']> = { level: 'street', category: 'enquiry' };
 * ```
 * @category Opinion workflow
 */
export interface OpinionEventPayloads {
  readonly accept: undefined;
  readonly notAccept: typeof notAcceptPayload;
  readonly mergeDuplicate: typeof mergeDuplicatePayload;
  readonly answerOnSite: typeof answerOnSitePayload;
  readonly classify: typeof classifyPayload;
  readonly convertToSuggestion: typeof convertToSuggestionPayload;
  readonly suggestionReplied: typeof suggestionRepliedPayload;
  readonly assign: typeof assignPayload;
  readonly acknowledge: undefined;
  readonly remind: typeof remindPayload;
  readonly supervise: typeof supervisePayload;
  readonly requestExtension: typeof requestExtensionPayload;
  readonly decideExtension: typeof decideExtensionPayload;
  readonly handle: typeof handlePayload;
  readonly feedBack: typeof feedBackPayload;
  readonly callback: typeof callbackPayload;
  readonly reopen: typeof reopenPayload;
  readonly close: typeof closePayload;
}

const name = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** The names of the payload fields, for errors that name the field. */
export const opinionPayloadFieldNames: FieldNames = {
  reasonCode: name('不予受理原因', 'reason code'),
  note: name('说明', 'note'),
  intoOpinionId: name('合并至', 'ticket merged into'),
  content: name('内容', 'content'),
  level: name('分级', 'level'),
  category: name('分类', 'category'),
  unitId: name('承办单位', 'handling unit'),
  workingDays: name('延长工作日数', 'working days'),
  reason: name('理由', 'reason'),
  decision: name('审批意见', 'decision'),
  outcome: name('办理结果', 'outcome'),
  to: name('反馈对象', 'recipient'),
  channel: name('反馈方式', 'channel'),
  satisfaction: name('满意度', 'satisfaction'),
  suggestionId: name('建议编号', 'suggestion'),
  repliedAt: name('建议办复时间', 'time the suggestion was replied'),
};
