import * as z from 'zod';
import { HandlingRoleSchema } from '../../model/handlingRole.js';
import { supervisionLeadSchema } from '../../model/internal/supervisionLeadSchema.js';
import type { FieldNames } from '../../model/shared/fieldNames.js';
import {
  CalendarDaySchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  RulesVersionSchema,
  ShortTextSchema,
} from '../../model/shared/primitives.js';
import { SatisfactionGradeSchema } from '../../model/shared/satisfaction.js';
import {
  DECISIONS,
  MergedProposerSchema,
  PUBLICATION_MODES,
  SUGGESTION_KINDS,
  SUPERVISION_KINDS,
} from '../../model/suggestionParts.js';
import { importedFieldNames, type importedPayload } from './importedPayload.js';

// The payload schemas of the suggestion workflow's events. Each is idempotent (parsing a parsed
// payload gives it back), because replay parses stored payloads again. Each is strict: a command
// with a key it does not know (`facetoFace: true`) is refused by name, never silently dropped,
// since a dropped key would store the default instead (`faceToFace: false`) and skew the figures.

const RoundSchema = /* @__PURE__ */ z.number().int().min(1).max(99);
const MonthsSchema = /* @__PURE__ */ z.number().int().min(1).max(24);
const IdListSchema = /* @__PURE__ */ z.array(IdSchema).min(1).max(3000);

export const submitPayload = /* @__PURE__ */ z
  .strictObject({ kind: /* @__PURE__ */ z.enum(SUGGESTION_KINDS).optional() })
  .optional();

export const registerPayload = /* @__PURE__ */ z.strictObject({ number: ShortTextSchema });

export const refuseRegistrationPayload = /* @__PURE__ */ z.strictObject({
  reason: /* @__PURE__ */ z.string().trim().min(1).max(64),
  noticeAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
});

export const convertFromMotionPayload = /* @__PURE__ */ z
  .strictObject({ motionId: /* @__PURE__ */ IdSchema.optional() })
  .optional();

export const mergePayload = /* @__PURE__ */ z
  .strictObject({
    into: /* @__PURE__ */ IdSchema.optional(),
    from: /* @__PURE__ */ IdListSchema.optional(),
    /** 并案代表: the proposers of the `from` items, who get this item's answer and evaluate it. */
    proposers: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.strictObject(MergedProposerSchema.shape))
      .min(1)
      .max(3000)
      .optional(),
  })
  .refine((value) => (value.into === undefined) !== (value.from === undefined), {
    params: {
      code: 'MERGE_DIRECTION',
      zh: '须且只能给出 into（并入主件）或 from（并入本件的建议）之一',
      en: 'needs exactly one of into (merged into a primary) or from (merged into this item)',
    },
  })
  .refine(
    (value) =>
      value.proposers === undefined ||
      value.proposers.every((p) => value.from?.includes(p.itemId) === true),
    {
      path: ['proposers'],
      params: {
        code: 'MERGED_PROPOSER_ITEM_NOT_MERGED',
        zh: '并案代表须来自本次并入（from）的建议',
        en: 'each proposer must come from an item merged in by this event (from)',
      },
    },
  );

/** 理由代码: checked against the policy's list by the guard `reasonCodeAsPolicySays`. */
const ReasonCodeSchema = /* @__PURE__ */ z.string().trim().min(1).max(64);

export const withdrawPayload = /* @__PURE__ */ z
  .strictObject({
    reason: /* @__PURE__ */ ShortTextSchema.optional(),
    reasonCode: /* @__PURE__ */ ReasonCodeSchema.optional(),
  })
  .optional();

export const assignPayload = /* @__PURE__ */ z.strictObject({
  units: /* @__PURE__ */ z
    .array(z.strictObject({ unitId: IdSchema, role: HandlingRoleSchema }))
    .min(1)
    .max(50),
  anchorDay: /* @__PURE__ */ CalendarDaySchema.optional(),
});

export const requestReturnPayload = /* @__PURE__ */ z.strictObject({
  reason: ShortTextSchema,
  reasonCode: /* @__PURE__ */ ReasonCodeSchema.optional(),
  suggestedUnitId: /* @__PURE__ */ IdSchema.optional(),
});

export const decideReturnPayload = /* @__PURE__ */ z.strictObject({
  decision: /* @__PURE__ */ z.enum(DECISIONS),
  unitId: /* @__PURE__ */ IdSchema.optional(),
});

export const reassignPayload = /* @__PURE__ */ z.strictObject({
  from: IdSchema,
  to: IdSchema,
  reasonCode: /* @__PURE__ */ ReasonCodeSchema.optional(),
  reason: /* @__PURE__ */ ShortTextSchema.optional(),
});

export const closePayload = /* @__PURE__ */ z
  .strictObject({
    reasonCode: /* @__PURE__ */ ReasonCodeSchema.optional(),
    note: /* @__PURE__ */ ShortTextSchema.optional(),
  })
  .optional();

export const consultPayload = /* @__PURE__ */ z.strictObject({
  faceToFace: /* @__PURE__ */ z.boolean(),
  deputyIds: /* @__PURE__ */ IdListSchema.optional(),
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

export const consultBeforeSubmissionPayload = /* @__PURE__ */ z.strictObject({
  unitId: IdSchema,
  faceToFace: /* @__PURE__ */ z.boolean(),
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

export const holdingReplyPayload = /* @__PURE__ */ z.strictObject({
  round: /* @__PURE__ */ RoundSchema.optional(),
  expectedDay: /* @__PURE__ */ CalendarDaySchema.optional(),
  content: /* @__PURE__ */ LongTextSchema.optional(),
});

export const routeDirectPayload = /* @__PURE__ */ z.strictObject({
  to: ShortTextSchema,
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

export const recordInstructionPayload = /* @__PURE__ */ z.strictObject({
  by: ShortTextSchema,
  content: LongTextSchema,
});

export const supervisePayload = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(SUPERVISION_KINDS),
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

export const designateKeyItemPayload = /* @__PURE__ */ z.strictObject({
  designatedBy: ShortTextSchema,
  supervisorIds: /* @__PURE__ */ z.array(IdSchema).max(100).optional(),
  leadingOfficial: /* @__PURE__ */ ShortTextSchema.optional(),
  topic: /* @__PURE__ */ ShortTextSchema.optional(),
  leads: /* @__PURE__ */ z
    .array(/* @__PURE__ */ supervisionLeadSchema(z.strictObject))
    .min(1)
    .max(100)
    .optional(),
  planId: /* @__PURE__ */ IdSchema.optional(),
  planItemId: /* @__PURE__ */ IdSchema.optional(),
});

export const requestExtensionPayload = /* @__PURE__ */ z.strictObject({
  months: MonthsSchema,
  reason: ShortTextSchema,
});

export const decideExtensionPayload = /* @__PURE__ */ z.strictObject({
  decision: /* @__PURE__ */ z.enum(DECISIONS),
  months: /* @__PURE__ */ MonthsSchema.optional(),
  unitId: /* @__PURE__ */ IdSchema.optional(),
});

export const sendAssistingInputPayload = /* @__PURE__ */ z
  .strictObject({
    round: /* @__PURE__ */ RoundSchema.optional(),
    content: /* @__PURE__ */ LongTextSchema.optional(),
  })
  .optional();

export const replyPayload = /* @__PURE__ */ z.strictObject({
  outcomeClass: /* @__PURE__ */ z.string().trim().min(1).max(16),
  round: /* @__PURE__ */ RoundSchema.optional(),
  faceToFace: /* @__PURE__ */ z.boolean().optional(),
  content: /* @__PURE__ */ LongTextSchema.optional(),
});

export const evaluatePayload = /* @__PURE__ */ z.strictObject({
  grade: SatisfactionGradeSchema,
  attitude: /* @__PURE__ */ SatisfactionGradeSchema.optional(),
  round: /* @__PURE__ */ RoundSchema.optional(),
  comment: /* @__PURE__ */ LongTextSchema.optional(),
});

export const lapseEvaluationPayload = /* @__PURE__ */ z
  .strictObject({ round: /* @__PURE__ */ RoundSchema.optional() })
  .optional();

/** `from`: the record's rules version; `to`: the version the record moves to (迁移规则版本). */
export const migrateRulesPayload = /* @__PURE__ */ z.strictObject({
  from: RulesVersionSchema,
  to: RulesVersionSchema,
});

export const publishPayload = /* @__PURE__ */ z.strictObject({
  mode: /* @__PURE__ */ z.enum(PUBLICATION_MODES),
  withheldReason: /* @__PURE__ */ ShortTextSchema.optional(),
});

/**
 * The suggestion workflow's events, each mapped to its payload schema (`undefined`: no payload)
 * (建议办理事件及其内容). {@link SuggestionEvent} and the typed event argument of `transition` are
 * built from it; the workflow's definition must match it.
 *
 * @example
 * ```ts
 * import type * as z from 'zod';
 * import type { SuggestionEventPayloads } from 'renda';
 *
 * type ReplyPayload = z.input<SuggestionEventPayloads['reply']>;
 * const reply: ReplyPayload = { outcomeClass: 'A', faceToFace: true };
 * ```
 * @category Suggestion workflow
 */
export interface SuggestionEventPayloads {
  readonly submit: typeof submitPayload;
  readonly register: typeof registerPayload;
  readonly refuseRegistration: typeof refuseRegistrationPayload;
  readonly convertFromMotion: typeof convertFromMotionPayload;
  readonly merge: typeof mergePayload;
  readonly withdraw: typeof withdrawPayload;
  readonly assign: typeof assignPayload;
  readonly requestReturn: typeof requestReturnPayload;
  readonly decideReturn: typeof decideReturnPayload;
  readonly reassign: typeof reassignPayload;
  readonly accept: undefined;
  readonly consultBeforeSubmission: typeof consultBeforeSubmissionPayload;
  readonly consult: typeof consultPayload;
  readonly holdingReply: typeof holdingReplyPayload;
  readonly routeDirect: typeof routeDirectPayload;
  readonly recordInstruction: typeof recordInstructionPayload;
  readonly supervise: typeof supervisePayload;
  readonly designateKeyItem: typeof designateKeyItemPayload;
  readonly requestExtension: typeof requestExtensionPayload;
  readonly decideExtension: typeof decideExtensionPayload;
  readonly sendAssistingInput: typeof sendAssistingInputPayload;
  readonly reply: typeof replyPayload;
  readonly evaluate: typeof evaluatePayload;
  readonly lapseEvaluation: typeof lapseEvaluationPayload;
  readonly close: typeof closePayload;
  readonly followUpReply: typeof replyPayload;
  readonly publish: typeof publishPayload;
  readonly migrateRules: typeof migrateRulesPayload;
  readonly imported: typeof importedPayload;
}

const name = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** The names every payload field has wherever it appears (most mean one thing in every event). */
const payloadFields = {
  kind: name('类别', 'kind'),
  number: name('建议编号', 'official number'),
  reason: name('理由', 'reason'),
  reasonCode: name('理由代码', 'reason code'),
  noticeAt: name('告知时间', 'notice sent at'),
  motionId: name('原议案', 'original motion'),
  units: name('承办单位', 'handling units'),
  unitId: name('承办单位', 'handling unit'),
  role: name('办理方式', 'handling role'),
  anchorDay: name('起算日期', 'anchor day'),
  suggestedUnitId: name('建议改交单位', 'suggested unit'),
  decision: name('审批结果', 'decision'),
  faceToFace: name('见面答复', 'face to face'),
  deputyIds: name('代表', 'deputies'),
  note: name('备注', 'note'),
  designatedBy: name('确定机构', 'designated by'),
  supervisorIds: name('督办者', 'supervisors'),
  leadingOfficial: name('领办领导', 'leading official'),
  topic: name('督办主题', 'topic'),
  months: name('延期月数', 'months'),
  outcomeClass: name('答复类别', 'outcome class'),
  round: name('办理轮次', 'round'),
  content: name('答复内容', 'reply text'),
  grade: name('满意度', 'grade'),
  comment: name('评价意见', 'comment'),
  mode: name('公开方式', 'mode'),
  withheldReason: name('不公开理由', 'reason withheld'),
} satisfies FieldNames;

/**
 * The Chinese and English names of each event's payload fields (事件内容字段名称), for
 * `toValidationError`: an error about a payload names its field as model errors do ("答复类别",
 * not "outcomeClass"). Per event, because `from` and `to` mean different things in `merge`
 * (suggestions) and `reassign` (units).
 */
export const payloadFieldNames: { readonly [E in keyof SuggestionEventPayloads]: FieldNames } = {
  submit: payloadFields,
  register: payloadFields,
  refuseRegistration: {
    ...payloadFields,
    reason: name('不予立案理由', 'reason for not registering'),
  },
  convertFromMotion: payloadFields,
  merge: {
    ...payloadFields,
    into: name('并入主件', 'merged into'),
    from: name('并入本件的建议', 'merged from'),
    proposers: name('并案代表', 'proposers of the merged items'),
    deputyId: name('代表', 'deputy'),
    role: name('提出人身份', 'proposer role'),
    itemId: name('原建议', 'merged item'),
  },
  withdraw: { ...payloadFields, reason: name('撤回理由', 'reason for withdrawing') },
  assign: payloadFields,
  requestReturn: { ...payloadFields, reason: name('申请调整理由', 'reason for the return') },
  decideReturn: payloadFields,
  reassign: {
    ...payloadFields,
    from: name('原承办单位', 'unit replaced'),
    to: name('改交单位', 'new unit'),
  },
  accept: payloadFields,
  consultBeforeSubmission: { ...payloadFields, unitId: name('沟通单位', 'unit consulted') },
  consult: payloadFields,
  holdingReply: {
    ...payloadFields,
    expectedDay: name('预计办结日期', 'expected completion day'),
  },
  routeDirect: {
    ...payloadFields,
    to: name('报送对象', 'sent to'),
    note: name('报送说明', 'note'),
  },
  recordInstruction: {
    ...payloadFields,
    by: name('批示领导', 'instructing leader'),
    content: name('批示内容', 'instruction'),
  },
  supervise: { ...payloadFields, kind: name('督办方式', 'kind of supervision') },
  designateKeyItem: {
    ...payloadFields,
    designatedBy: name('确定机构', 'designated by'),
    supervisorIds: name('督办者', 'supervisors'),
    leadingOfficial: name('领办领导', 'leading official'),
    topic: name('重点督办专题', 'key-item topic'),
    leads: name('督办领办安排', 'supervision leads'),
    kind: name('督办领办方式', 'kind of lead'),
    bodyId: name('督办领办机构', 'leading body'),
    leaders: name('领衔、领办人员', 'leaders'),
    id: name('人员编号', 'leader id'),
    name: name('姓名', 'name'),
    title: name('职务', 'title'),
    planId: name('重点督办工作方案', 'key-item plan'),
    planItemId: name('方案中的督办事项', 'plan item'),
  },
  requestExtension: { ...payloadFields, reason: name('延期理由', 'reason for the extension') },
  decideExtension: payloadFields,
  sendAssistingInput: { ...payloadFields, content: name('协办意见正文', 'input') },
  reply: payloadFields,
  evaluate: {
    ...payloadFields,
    grade: name('满意度（或办理结果满意度）', 'grade (or the result’s grade)'),
    attitude: name('办理态度满意度', 'attitude grade'),
  },
  lapseEvaluation: payloadFields,
  close: { ...payloadFields, note: name('办结说明', 'note') },
  followUpReply: payloadFields,
  publish: payloadFields,
  migrateRules: {
    ...payloadFields,
    from: name('原规则版本', 'rules version migrated from'),
    to: name('新规则版本', 'rules version migrated to'),
  },
  imported: { ...payloadFields, ...importedFieldNames },
};
