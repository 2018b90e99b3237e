import * as z from 'zod';
import { CongressSchema } from './shared/congress.js';
import { createParsers } from './shared/createParsers.js';
import { DeadlineSchema } from './shared/deadline.js';
import type { FieldNames } from './shared/fieldNames.js';
import { HistoryChainSchema } from './shared/historyChain.js';
import { HistoryEntrySchema } from './shared/historyEntry.js';
import {
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  RulesVersionSchema,
  ShortTextSchema,
} from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';
import {
  AssignmentSchema,
  AssistingInputSchema,
  ClosureSchema,
  ConsultationSchema,
  DirectRouteSchema,
  EvaluationSchema,
  ExtensionSchema,
  FollowUpSchema,
  HoldingReplySchema,
  KeyItemSchema,
  MergedProposerSchema,
  PreSubmissionConsultationSchema,
  ProposerSchema,
  PublicationSchema,
  ReHandlingSchema,
  ReplySchema,
  ScreeningSchema,
  SUBMISSION_PERIODS,
  SUGGESTION_KINDS,
  SupervisionSchema,
} from './suggestionParts.js';
import { suggestionRules } from './suggestionRules.js';
import { SuggestionStateSchema } from './suggestionState.js';

/**
 * A deputy's suggestion, criticism or opinion (代表建议、批评和意见), or a motion (议案), with
 * its whole handling record: proposers, screening, assignments to units with their deadlines,
 * replies per unit and round (件次), evaluations per deputy and round, re-handling, supervision,
 * key-item status, merging, publication and the history of every event.
 *
 * @remarks
 * Records are created by `safeCreateSuggestion` and changed only by the suggestion workflow, which
 * freezes the facts later views need (due days, on-time verdicts, rounds). Extend it with
 * `SuggestionSchema.safeExtend({ … })` to keep the cross-field rules (see {@link suggestionRules}
 * and the "Extending the models" guide).
 * @example
 * ```ts
 * import { SuggestionSchema } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * console.log(SuggestionSchema.safeParse(suggestions[0]).success); // true
 * ```
 * @category Models
 */
export const SuggestionSchema = /* @__PURE__ */ z
  .object({
    /** 建议编号 (internal id). */
    id: IdSchema,
    /** 规则版本: the policy version the record runs under. */
    rulesVersion: RulesVersionSchema,
    /** 类别: 建议 or 议案. */
    kind: /* @__PURE__ */ z.enum(SUGGESTION_KINDS),
    /** 所属人大 (level, 届次). */
    congress: CongressSchema,
    /** 会次: the session number within the term (第几次会议), when raised at or for a session. */
    session: /* @__PURE__ */ z.number().int().min(1).max(20).optional(),
    /** 提出时间段: 大会期间 or 闭会期间. */
    period: /* @__PURE__ */ z.enum(SUBMISSION_PERIODS),
    /** 标题 (案由). */
    title: ShortTextSchema,
    /** 正文. */
    content: /* @__PURE__ */ LongTextSchema.optional(),
    /** 内容分类, e.g. 城乡建设, 教育. */
    topic: /* @__PURE__ */ ShortTextSchema.optional(),
    /** 提出人: one lead (领衔) and any co-signers (附议). */
    proposers: /* @__PURE__ */ z.array(ProposerSchema).min(1).max(3000),
    /** 代表团: set when a delegation submits it. */
    delegationId: /* @__PURE__ */ IdSchema.optional(),
    /** 议案转建议: the motion it was turned from. */
    convertedFromMotion: /* @__PURE__ */ z
      .object({
        /** 原议案. */
        motionId: /* @__PURE__ */ IdSchema.optional(),
        /** 转为建议的时间. */
        at: IsoTimestampSchema,
      })
      .optional(),
    /** 状态. */
    state: SuggestionStateSchema,
    /** 创建时间. */
    createdAt: IsoTimestampSchema,
    /** 提交时间. */
    submittedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
    /**
     * 提出前沟通: consultations with a unit before submission. Absent in records made before 0.2,
     * which read as none.
     */
    preSubmissionConsultations: /* @__PURE__ */ z
      .array(PreSubmissionConsultationSchema)
      .max(1000)
      .default([]),
    /** 立案审查. */
    screening: /* @__PURE__ */ ScreeningSchema.optional(),
    /** 撤回. */
    withdrawal: /* @__PURE__ */ z
      .object({
        /** 撤回时间. */
        at: IsoTimestampSchema,
        /** 撤回理由. */
        reason: /* @__PURE__ */ ShortTextSchema.optional(),
        /** 理由代码, from `policy.reasonCodes.withdraw`. */
        reasonCode: /* @__PURE__ */ z.string().trim().min(1).max(64).optional(),
      })
      .optional(),
    /** 并入: the primary suggestion this one was merged into (并案办理). */
    mergedInto: /* @__PURE__ */ IdSchema.optional(),
    /** 并入本件的建议. */
    mergedFrom: /* @__PURE__ */ z.array(IdSchema),
    /**
     * 并案代表: the proposers of the items merged into this one, who get its answer and evaluate
     * it. Absent in records made before 0.2, which read as none.
     */
    mergedProposers: /* @__PURE__ */ z.array(MergedProposerSchema).max(3000).default([]),
    /** 交办: one entry per unit. */
    assignments: /* @__PURE__ */ z.array(AssignmentSchema),
    /** 延期申请. */
    extensions: /* @__PURE__ */ z.array(ExtensionSchema),
    /** 办理轮次: 1, then +1 for each re-handling. */
    round: /* @__PURE__ */ z.number().int().min(1).max(99),
    /** 重新办理. */
    reHandlings: /* @__PURE__ */ z.array(ReHandlingSchema),
    /**
     * 协办意见: assisting units' input to the lead unit. Absent in records made before 0.2, which
     * read as none.
     */
    assistingInputs: /* @__PURE__ */ z.array(AssistingInputSchema).default([]),
    /**
     * 阶段性答复: holding replies before the formal one. Absent in records made before 0.2, which
     * read as none.
     */
    holdingReplies: /* @__PURE__ */ z.array(HoldingReplySchema).max(1000).default([]),
    /** 答复 (件次). */
    replies: /* @__PURE__ */ z.array(ReplySchema),
    /**
     * 跟踪办理义务: follow-up duties opened by answers that need follow-up. Absent in records made
     * before 0.2, which read as none (replay their history to derive them).
     */
    followUps: /* @__PURE__ */ z.array(FollowUpSchema).default([]),
    /** 代表评价. */
    evaluations: /* @__PURE__ */ z.array(EvaluationSchema),
    /** 沟通 / 面商. */
    consultations: /* @__PURE__ */ z.array(ConsultationSchema),
    /** 督办. */
    supervisions: /* @__PURE__ */ z.array(SupervisionSchema),
    /** 重点督办. */
    keyItem: /* @__PURE__ */ KeyItemSchema.optional(),
    /** 建议直通车: sent straight to the leaders, with their instructions (批示). */
    directRoute: /* @__PURE__ */ DirectRouteSchema.optional(),
    /** 当前期限: the binding deadline now, frozen when set (for 逾期 lists). */
    deadline: /* @__PURE__ */ DeadlineSchema.optional(),
    /** 办结. */
    closure: /* @__PURE__ */ ClosureSchema.optional(),
    /** 公开. */
    publication: /* @__PURE__ */ PublicationSchema.optional(),
    /** 保密: the deputy asked that the item not be published. */
    confidential: /* @__PURE__ */ z.boolean(),
    /** 历史记录. */
    history: /* @__PURE__ */ z.array(HistoryEntrySchema),
    /** 历史记录哈希链: the digests sealing the history (see `sealHistory`); absent until sealed. */
    historyChain: /* @__PURE__ */ HistoryChainSchema.optional(),
  })
  .check(suggestionRules);

/**
 * A suggestion record; the type of {@link SuggestionSchema}.
 *
 * @example
 * ```ts
 * import type { Suggestion } from 'renda';
 *
 * const isJoint = (s: Suggestion) => s.proposers.length > 1;
 * ```
 * @category Models
 */
export interface Suggestion extends z.infer<typeof SuggestionSchema> {}

/**
 * The input accepted by {@link SuggestionSchema} (timestamps may carry any offset).
 *
 * @example
 * ```ts
 * import type { SuggestionInput } from 'renda';
 *
 * const title: SuggestionInput['title'] = '关于加强农村道路养护的建议';
 * ```
 * @category Models
 */
export interface SuggestionInput extends z.input<typeof SuggestionSchema> {}

/**
 * The Chinese and English names of the suggestion's fields and parts.
 *
 * @example
 * ```ts
 * import { suggestionFieldNames } from 'renda';
 *
 * console.log(suggestionFieldNames.proposers?.['zh-Hans']); // '提出人'
 * ```
 * @category Validation
 */
export const suggestionFieldNames: FieldNames = {
  period: { 'zh-Hans': '提出时间段', en: 'submission period' },
  content: { 'zh-Hans': '正文', en: 'content' },
  topic: { 'zh-Hans': '内容分类', en: 'topic' },
  proposers: { 'zh-Hans': '提出人', en: 'proposers' },
  delegationId: { 'zh-Hans': '代表团', en: 'delegation' },
  convertedFromMotion: { 'zh-Hans': '议案转建议', en: 'converted from motion' },
  motionId: { 'zh-Hans': '原议案', en: 'original motion' },
  createdAt: { 'zh-Hans': '创建时间', en: 'created at' },
  submittedAt: { 'zh-Hans': '提交时间', en: 'submitted at' },
  screening: { 'zh-Hans': '立案审查', en: 'screening' },
  registered: { 'zh-Hans': '是否立案', en: 'registered' },
  number: { 'zh-Hans': '建议编号', en: 'official number' },
  reason: { 'zh-Hans': '理由', en: 'reason' },
  noticeAt: { 'zh-Hans': '告知时间', en: 'notice sent at' },
  withdrawal: { 'zh-Hans': '撤回', en: 'withdrawal' },
  reasonCode: { 'zh-Hans': '理由代码', en: 'reason code' },
  reassignment: { 'zh-Hans': '改办', en: 'reassignment' },
  toUnitId: { 'zh-Hans': '改交单位', en: 'reassigned to' },
  note: { 'zh-Hans': '办结说明', en: 'note' },
  mergedInto: { 'zh-Hans': '并入建议', en: 'merged into' },
  mergedFrom: { 'zh-Hans': '并入本件的建议', en: 'merged from' },
  mergedProposers: { 'zh-Hans': '并案代表', en: 'proposers of merged items' },
  preSubmissionConsultations: { 'zh-Hans': '提出前沟通', en: 'consultations before submission' },
  holdingReplies: { 'zh-Hans': '阶段性答复', en: 'holding replies' },
  expectedDay: { 'zh-Hans': '预计办结日期', en: 'expected completion day' },
  directRoute: { 'zh-Hans': '建议直通车', en: 'direct route' },
  instructions: { 'zh-Hans': '领导批示', en: 'leaders’ instructions' },
  assignments: { 'zh-Hans': '交办', en: 'assignments' },
  assignedAt: { 'zh-Hans': '交办时间', en: 'assigned at' },
  assignedDay: { 'zh-Hans': '交办日期', en: 'day of assignment' },
  mustReply: { 'zh-Hans': '须答复代表', en: 'must reply' },
  active: { 'zh-Hans': '有效', en: 'active' },
  acceptedAt: { 'zh-Hans': '签收时间', en: 'accepted at' },
  returnRequest: { 'zh-Hans': '调整申请', en: 'return request' },
  suggestedUnitId: { 'zh-Hans': '建议改交单位', en: 'suggested unit' },
  decision: { 'zh-Hans': '审批结果', en: 'decision' },
  decidedAt: { 'zh-Hans': '审批时间', en: 'decided at' },
  extensions: { 'zh-Hans': '延期申请', en: 'extensions' },
  months: { 'zh-Hans': '延期月数', en: 'months' },
  requestedAt: { 'zh-Hans': '申请时间', en: 'requested at' },
  round: { 'zh-Hans': '办理轮次', en: 'round' },
  reHandlings: { 'zh-Hans': '重新办理', en: 're-handling rounds' },
  startedAt: { 'zh-Hans': '开始时间', en: 'started at' },
  assistingInputs: { 'zh-Hans': '协办意见', en: 'assisting input' },
  followUps: { 'zh-Hans': '跟踪办理义务', en: 'follow-up duties' },
  openedAt: { 'zh-Hans': '产生时间', en: 'opened at' },
  dischargedAt: { 'zh-Hans': '履行时间', en: 'discharged at' },
  replies: { 'zh-Hans': '答复', en: 'replies' },
  outcomeClass: { 'zh-Hans': '答复类别', en: 'outcome class' },
  faceToFace: { 'zh-Hans': '见面答复', en: 'face to face' },
  followUp: { 'zh-Hans': '跟踪办理答复', en: 'follow-up reply' },
  dueDay: { 'zh-Hans': '应答复日期', en: 'due day' },
  onTime: { 'zh-Hans': '按期答复', en: 'on time' },
  evaluations: { 'zh-Hans': '代表评价', en: 'evaluations' },
  grade: { 'zh-Hans': '满意度', en: 'grade' },
  attitude: { 'zh-Hans': '办理态度满意度', en: 'attitude grade' },
  comment: { 'zh-Hans': '评价意见', en: 'comment' },
  consultations: { 'zh-Hans': '沟通面商', en: 'consultations' },
  supervisions: { 'zh-Hans': '督办', en: 'supervision' },
  by: { 'zh-Hans': '督办者', en: 'by' },
  keyItem: { 'zh-Hans': '重点督办', en: 'key item' },
  designatedAt: { 'zh-Hans': '确定时间', en: 'designated at' },
  designatedBy: { 'zh-Hans': '确定机构', en: 'designated by' },
  supervisorIds: { 'zh-Hans': '督办者', en: 'supervisors' },
  leadingOfficial: { 'zh-Hans': '领办领导', en: 'leading official' },
  deadline: { 'zh-Hans': '期限', en: 'deadline' },
  day: { 'zh-Hans': '日期', en: 'day' },
  anchorDay: { 'zh-Hans': '起算日期', en: 'anchor day' },
  rule: { 'zh-Hans': '期限规则', en: 'rule' },
  calendarId: { 'zh-Hans': '工作日历', en: 'calendar' },
  timeZone: { 'zh-Hans': '时区', en: 'time zone' },
  extension: { 'zh-Hans': '延期', en: 'extension' },
  originalDay: { 'zh-Hans': '原截止日期', en: 'original due day' },
  amount: { 'zh-Hans': '期限长度', en: 'amount' },
  unit: { 'zh-Hans': '计算单位', en: 'unit' },
  anchor: { 'zh-Hans': '起算点', en: 'anchor' },
  fixedDate: { 'zh-Hans': '固定日期', en: 'fixed date' },
  rollToWorkingDay: { 'zh-Hans': '顺延至工作日', en: 'roll to working day' },
  closure: { 'zh-Hans': '办结', en: 'closure' },
  publication: { 'zh-Hans': '公开', en: 'publication' },
  mode: { 'zh-Hans': '公开方式', en: 'mode' },
  publishedAt: { 'zh-Hans': '公开时间', en: 'published at' },
  withheldReason: { 'zh-Hans': '不公开理由', en: 'reason withheld' },
  confidential: { 'zh-Hans': '保密', en: 'confidential' },
};

const parsers = /* @__PURE__ */ createParsers(
  SuggestionSchema,
  { id: 'Suggestion', 'zh-Hans': '代表建议', en: 'Suggestion' },
  suggestionFieldNames,
);

/**
 * Validates a suggestion record, throwing a {@link RendaError} that names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The suggestion, unknown keys stripped, timestamps canonical, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseSuggestion } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const suggestion = parseSuggestion(JSON.parse(JSON.stringify(suggestions[0])));
 * console.log(suggestion.id === suggestions[0]?.id); // true
 * ```
 * @category Validation
 */
export const parseSuggestion: (input: unknown) => Suggestion = parsers.parse;

/**
 * Validates a suggestion record without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseSuggestion } from 'renda';
 *
 * const result = safeParseSuggestion({ id: 'S-1', proposers: [] });
 * if (!result.ok) console.log(result.error.issues.length > 0); // true
 * ```
 * @category Validation
 */
export const safeParseSuggestion: (input: unknown) => Result<Suggestion, ValidationError> =
  parsers.safeParse;
