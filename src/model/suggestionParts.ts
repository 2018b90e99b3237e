import * as z from 'zod';
import { HandlingRoleSchema } from './handlingRole.js';
import { ActorSchema } from './shared/actor.js';
import { DeadlineSchema } from './shared/deadline.js';
import {
  CalendarDaySchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  ShortTextSchema,
} from './shared/primitives.js';
import { SatisfactionGradeSchema } from './shared/satisfaction.js';
import { SupervisionLeadSchema } from './supervisionLead.js';

// The parts of a suggestion record. Each is a plain object schema so other teams can spread its
// shape; the cross-field rules that tie them together live in suggestionRules.ts.

/** A reason code from one of the policy's lists (理由代码), as the policy writes codes. */
const ReasonCodeSchema = /* @__PURE__ */ z.string().trim().min(1).max(64);

/**
 * The kinds of proposal (提案类别): a suggestion, criticism or opinion (建议) or a motion (议案).
 *
 * @example
 * ```ts
 * import { SUGGESTION_KINDS } from 'renda';
 *
 * console.log(SUGGESTION_KINDS); // ['suggestion', 'motion']
 * ```
 * @category Models
 */
export const SUGGESTION_KINDS = ['suggestion', 'motion'] as const;

/**
 * When a suggestion was raised (提出时间段): during a session of the congress (大会期间) or between
 * sessions (闭会期间).
 *
 * @example
 * ```ts
 * import { SUBMISSION_PERIODS } from 'renda';
 *
 * console.log(SUBMISSION_PERIODS[1]); // 'betweenSessions'
 * ```
 * @category Models
 */
export const SUBMISSION_PERIODS = ['duringSession', 'betweenSessions'] as const;

/**
 * A proposer's part (提出人身份): the lead deputy (领衔代表) or a co-signer (附议 / 联名代表).
 *
 * @example
 * ```ts
 * import { PROPOSER_ROLES } from 'renda';
 *
 * console.log(PROPOSER_ROLES); // ['lead', 'co']
 * ```
 * @category Models
 */
export const PROPOSER_ROLES = ['lead', 'co'] as const;

/**
 * Why a suggestion was closed (办结方式): after a satisfied or basically satisfied evaluation
 * (评价后办结), after the last allowed round ended dissatisfied (轮次用尽), when the evaluation
 * window lapsed with no evaluation (逾期未评价), or by the office's decision (机关决定).
 *
 * @example
 * ```ts
 * import { CLOSURE_REASONS } from 'renda';
 *
 * console.log(CLOSURE_REASONS.includes('evaluationLapsed')); // true
 * ```
 * @category Models
 */
export const CLOSURE_REASONS = [
  'evaluated',
  'roundsExhausted',
  'evaluationLapsed',
  'byOffice',
] as const;

/**
 * How a suggestion and its replies may be published (公开方式): in full (全文公开), as a summary
 * (摘要公开) or withheld (不公开: state secrets, commercial confidences, privacy).
 *
 * @example
 * ```ts
 * import { PUBLICATION_MODES } from 'renda';
 *
 * console.log(PUBLICATION_MODES[0]); // 'full'
 * ```
 * @category Models
 */
export const PUBLICATION_MODES = ['full', 'summary', 'withheld'] as const;

/**
 * What a supervisor did (督办方式): a reminder (催办), an inspection of the handling (督查), a
 * supervision meeting (督办会), an escalation after dissatisfaction (提级督办), or another act.
 *
 * @example
 * ```ts
 * import { SUPERVISION_KINDS } from 'renda';
 *
 * console.log(SUPERVISION_KINDS.includes('escalation')); // true
 * ```
 * @category Models
 */
export const SUPERVISION_KINDS = [
  'reminder',
  'inspection',
  'meeting',
  'escalation',
  'other',
] as const;

/**
 * A decision on a request (审批结果): approved (同意) or refused (不同意).
 *
 * @example
 * ```ts
 * import { DECISIONS } from 'renda';
 *
 * console.log(DECISIONS); // ['approved', 'refused']
 * ```
 * @category Models
 */
export const DECISIONS = ['approved', 'refused'] as const;

const DecisionSchema = /* @__PURE__ */ z.enum(DECISIONS);

/**
 * A proposer (提出人): a deputy, as lead (领衔) or co-signer (附议).
 *
 * @example
 * ```ts
 * import { ProposerSchema } from 'renda';
 *
 * ProposerSchema.parse({ deputyId: 'D-1', role: 'lead' });
 * ```
 * @category Models
 */
export const ProposerSchema = /* @__PURE__ */ z.object({
  /** 代表. */
  deputyId: IdSchema,
  /** 提出人身份: 领衔 or 附议. */
  role: /* @__PURE__ */ z.enum(PROPOSER_ROLES),
});

/**
 * A proposer; the type of {@link ProposerSchema}.
 *
 * @example
 * ```ts
 * import type { Proposer } from 'renda';
 *
 * const isLead = (p: Proposer) => p.role === 'lead';
 * ```
 * @category Models
 */
export interface Proposer extends z.infer<typeof ProposerSchema> {}

/**
 * A proposer of an item merged into this one (并案代表): the deputy, their role on their own
 * item, and that item. They receive this item's answer and evaluate it as its own proposers do
 * (every deputy of a merged item still gets a reply, Sources §2.4).
 *
 * @example
 * ```ts
 * import { MergedProposerSchema } from 'renda';
 *
 * MergedProposerSchema.parse({ deputyId: 'D-7', role: 'lead', itemId: 'S-2' });
 * ```
 * @category Models
 */
export const MergedProposerSchema = /* @__PURE__ */ z.object({
  /** 代表. */
  deputyId: IdSchema,
  /** 在原建议中的身份: 领衔 or 附议. */
  role: /* @__PURE__ */ z.enum(PROPOSER_ROLES),
  /** 原建议: the merged item the deputy proposed. */
  itemId: IdSchema,
});

/**
 * A proposer of a merged item; the type of {@link MergedProposerSchema}.
 *
 * @example
 * ```ts
 * import type { MergedProposer } from 'renda';
 *
 * const fromItem = (p: MergedProposer, id: string) => p.itemId === id;
 * ```
 * @category Models
 */
export interface MergedProposer extends z.infer<typeof MergedProposerSchema> {}

/**
 * A unit's request to have an item reassigned (申请调整 / 退回), and the office's decision.
 *
 * @example
 * ```ts
 * import { ReturnRequestSchema } from 'renda';
 *
 * ReturnRequestSchema.parse({ at: '2025-04-02T09:00:00+08:00', reason: '不属于本单位职责' });
 * ```
 * @category Models
 */
export const ReturnRequestSchema = /* @__PURE__ */ z.object({
  /** 申请时间. */
  at: IsoTimestampSchema,
  /** 申请理由. */
  reason: ShortTextSchema,
  /** 理由代码: from `policy.reasonCodes.requestReturn`, where it lists any. */
  reasonCode: /* @__PURE__ */ ReasonCodeSchema.optional(),
  /** 建议改交单位. */
  suggestedUnitId: /* @__PURE__ */ IdSchema.optional(),
  /** 审批结果. */
  decision: /* @__PURE__ */ DecisionSchema.optional(),
  /** 审批时间. */
  decidedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
});

/**
 * A unit's return request; the type of {@link ReturnRequestSchema}.
 *
 * @example
 * ```ts
 * import type { ReturnRequest } from 'renda';
 *
 * const pending = (r: ReturnRequest) => r.decision === undefined;
 * ```
 * @category Models
 */
export interface ReturnRequest extends z.infer<typeof ReturnRequestSchema> {}

/**
 * One unit's assignment (交办): the unit, its handling role, when it was assigned, its own
 * reply deadline (frozen when set), whether it must reply to the deputy, and what became of it.
 *
 * @example
 * ```ts
 * import { AssignmentSchema } from 'renda';
 *
 * AssignmentSchema.parse({
 *   unitId: 'U-1',
 *   role: 'lead',
 *   assignedAt: '2024-11-30T10:00:00+08:00',
 *   assignedDay: '2024-11-30',
 *   mustReply: true,
 *   active: true,
 *   deadline: {
 *     day: '2025-02-28',
 *     anchorDay: '2024-11-30',
 *     rule: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *     calendarId: 'cn-official',
 *     timeZone: 'Asia/Shanghai',
 *   },
 * });
 * ```
 * @category Models
 */
export const AssignmentSchema = /* @__PURE__ */ z.object({
  /** 承办单位. */
  unitId: IdSchema,
  /** 办理方式. */
  role: HandlingRoleSchema,
  /** 交办时间. */
  assignedAt: IsoTimestampSchema,
  /** 交办日期: the calendar day in the jurisdiction's zone, frozen at assignment. */
  assignedDay: CalendarDaySchema,
  /** 答复期限 of this unit, frozen when set. */
  deadline: DeadlineSchema,
  /** 须答复代表: false for assisting units, which send their view to the lead unit. */
  mustReply: /* @__PURE__ */ z.boolean(),
  /** 有效: false once the item was taken from this unit (退回改办). */
  active: /* @__PURE__ */ z.boolean(),
  /** 签收时间 (接受交办). */
  acceptedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
  /** 调整申请. */
  returnRequest: /* @__PURE__ */ ReturnRequestSchema.optional(),
  /** 改办: set on the assignment a reassignment ended, when the reassignment gave a reason. */
  reassignment: /* @__PURE__ */ z
    .object({
      /** 改办时间. */
      at: IsoTimestampSchema,
      /** 改交单位. */
      toUnitId: IdSchema,
      /** 理由代码, from `policy.reasonCodes.reassign`. */
      reasonCode: /* @__PURE__ */ ReasonCodeSchema.optional(),
      /** 改办理由. */
      reason: /* @__PURE__ */ ShortTextSchema.optional(),
    })
    .optional(),
});

/**
 * One unit's assignment; the type of {@link AssignmentSchema}.
 *
 * @example
 * ```ts
 * import type { Assignment } from 'renda';
 *
 * const dueDay = (a: Assignment) => a.deadline.day;
 * ```
 * @category Models
 */
export interface Assignment extends z.infer<typeof AssignmentSchema> {}

/**
 * A request to extend a unit's deadline (延期申请) and its approval, capped by the policy.
 *
 * @example
 * ```ts
 * import { ExtensionSchema } from 'renda';
 *
 * ExtensionSchema.parse({
 *   unitId: 'U-1', months: 3, reason: '涉及面广', requestedAt: '2025-02-01T09:00:00+08:00',
 * });
 * ```
 * @category Models
 */
export const ExtensionSchema = /* @__PURE__ */ z.object({
  /** 承办单位. */
  unitId: IdSchema,
  /** 延期月数. */
  months: /* @__PURE__ */ z.number().int().min(1).max(24),
  /** 延期理由. */
  reason: ShortTextSchema,
  /** 申请时间. */
  requestedAt: IsoTimestampSchema,
  /** 审批结果. */
  decision: /* @__PURE__ */ DecisionSchema.optional(),
  /** 审批时间. */
  decidedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
});

/**
 * A deadline extension request; the type of {@link ExtensionSchema}.
 *
 * @example
 * ```ts
 * import type { Extension } from 'renda';
 *
 * const approved = (e: Extension) => e.decision === 'approved';
 * ```
 * @category Models
 */
export interface Extension extends z.infer<typeof ExtensionSchema> {}

/**
 * One reply (答复, one 件次): from one unit, in one round, with its outcome class from the
 * policy's taxonomy and the on-time verdict frozen when it was given.
 *
 * @remarks `at` is when the reply was made (a paper reply's date), `recordedAt` when it was
 * entered; `onTime` compares `at` with `dueDay` and never changes afterwards.
 * @example
 * ```ts
 * import { ReplySchema } from 'renda';
 *
 * ReplySchema.parse({
 *   unitId: 'U-1', round: 1, outcomeClass: 'A', faceToFace: true, followUp: false,
 *   at: '2025-02-20T10:00:00+08:00', recordedAt: '2025-02-21T10:00:00+08:00',
 *   dueDay: '2025-02-28', onTime: true,
 * });
 * ```
 * @category Models
 */
export const ReplySchema = /* @__PURE__ */ z.object({
  /** 承办单位. */
  unitId: IdSchema,
  /** 办理轮次: 1 for the first handling, 2+ after dissatisfaction. */
  round: /* @__PURE__ */ z.number().int().min(1).max(99),
  /** 答复类别: a class from the policy's taxonomy (A/B/C/D, 甲/乙/丙…). */
  outcomeClass: /* @__PURE__ */ z.string().trim().min(1).max(16),
  /** 见面答复: whether the unit met the deputy face to face (面商 / 见面). */
  faceToFace: /* @__PURE__ */ z.boolean(),
  /** 跟踪办理答复: a follow-up reply after closing, for in-progress or planned outcomes. */
  followUp: /* @__PURE__ */ z.boolean(),
  /** 答复时间 (as dated). */
  at: IsoTimestampSchema,
  /** 登记时间. */
  recordedAt: IsoTimestampSchema,
  /** 应答复日期: the due day the reply was judged against. */
  dueDay: CalendarDaySchema,
  /** 按期答复: the on-time verdict, frozen at the reply. */
  onTime: /* @__PURE__ */ z.boolean(),
  /** 答复正文. */
  content: /* @__PURE__ */ LongTextSchema.optional(),
});

/**
 * One reply (件次); the type of {@link ReplySchema}.
 *
 * @example
 * ```ts
 * import type { Reply } from 'renda';
 *
 * const metDeputy = (r: Reply) => r.faceToFace;
 * ```
 * @category Models
 */
export interface Reply extends z.infer<typeof ReplySchema> {}

/**
 * An assisting unit's input to the lead unit (协办意见): sent once per round, judged on time
 * against the unit's frozen deadline (协办意见期限, `policy.deadlines.assistingInput`) in round 1
 * and the re-handling deadline in later rounds; the verdict never changes afterwards.
 *
 * @example
 * ```ts
 * import { AssistingInputSchema } from 'renda';
 *
 * AssistingInputSchema.parse({
 *   unitId: 'U-2',
 *   round: 1,
 *   at: '2024-12-20T10:00:00+08:00',
 *   recordedAt: '2024-12-20T10:00:00+08:00',
 *   dueDay: '2024-12-30',
 *   onTime: true,
 * });
 * ```
 * @category Models
 */
export const AssistingInputSchema = /* @__PURE__ */ z.object({
  /** 协办单位. */
  unitId: IdSchema,
  /** 办理轮次. */
  round: /* @__PURE__ */ z.number().int().min(1).max(99),
  /** 提交时间 (as dated). */
  at: IsoTimestampSchema,
  /** 登记时间. */
  recordedAt: IsoTimestampSchema,
  /** 应提交日期: the due day the input was judged against. */
  dueDay: CalendarDaySchema,
  /** 按期提交: the on-time verdict, frozen when it was sent. */
  onTime: /* @__PURE__ */ z.boolean(),
  /** 协办意见正文. */
  content: /* @__PURE__ */ LongTextSchema.optional(),
});

/**
 * An assisting unit's input; the type of {@link AssistingInputSchema}.
 *
 * @example
 * ```ts
 * import type { AssistingInput } from 'renda';
 *
 * const late = (input: AssistingInput) => !input.onTime;
 * ```
 * @category Models
 */
export interface AssistingInput extends z.infer<typeof AssistingInputSchema> {}

/**
 * A follow-up duty (跟踪办理义务): a unit whose answer was in a class that needs follow-up (正在解决,
 * 列入计划) owes a further reply once the work is done. Opened when the item closes (or by a
 * follow-up reply still in such a class), due by `policy.deadlines.followUp`, discharged by the
 * unit's next follow-up reply with a frozen on-time verdict.
 *
 * @example
 * ```ts
 * import { FollowUpSchema } from 'renda';
 *
 * FollowUpSchema.parse({
 *   unitId: 'U-1',
 *   outcomeClass: 'B',
 *   openedAt: '2025-03-10T10:00:00+08:00',
 *   deadline: {
 *     day: '2025-06-10',
 *     anchorDay: '2025-03-10',
 *     rule: { amount: 3, unit: 'calendarMonths', anchor: 'receipt' },
 *     calendarId: 'cn-official',
 *     timeZone: 'Asia/Shanghai',
 *   },
 * });
 * ```
 * @category Models
 */
export const FollowUpSchema = /* @__PURE__ */ z.object({
  /** 承办单位. */
  unitId: IdSchema,
  /** 答复类别: the class of the answer that opened it. */
  outcomeClass: /* @__PURE__ */ z.string().trim().min(1).max(16),
  /** 产生时间: the closure, or the follow-up reply that opened it. */
  openedAt: IsoTimestampSchema,
  /** 跟踪办理期限, frozen when it opened. */
  deadline: DeadlineSchema,
  /** 履行时间: when the follow-up reply came. */
  dischargedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
  /** 按期履行: the on-time verdict of that reply, frozen. */
  onTime: /* @__PURE__ */ z.boolean().optional(),
});

/**
 * A follow-up duty; the type of {@link FollowUpSchema}.
 *
 * @example
 * ```ts
 * import type { FollowUp } from 'renda';
 *
 * const open = (duty: FollowUp) => duty.dischargedAt === undefined;
 * ```
 * @category Models
 */
export interface FollowUp extends z.infer<typeof FollowUpSchema> {}

/**
 * A deputy's evaluation of a reply (代表评价 / 征询意见表): the grade for one round.
 *
 * @example
 * ```ts
 * import { EvaluationSchema } from 'renda';
 *
 * EvaluationSchema.parse({
 *   deputyId: 'D-1', round: 1, grade: 'basicallySatisfied',
 *   at: '2025-03-10T10:00:00+08:00', recordedAt: '2025-03-10T10:00:00+08:00',
 * });
 * ```
 * @category Models
 */
export const EvaluationSchema = /* @__PURE__ */ z.object({
  /** 评价代表. */
  deputyId: IdSchema,
  /** 办理轮次. */
  round: /* @__PURE__ */ z.number().int().min(1).max(99),
  /**
   * 满意度: 满意 / 基本满意 / 不满意 — the one verdict, or, where the policy grades two dimensions
   * (`evaluationDimensions: 'resultAndAttitude'`), the verdict on the result (办理结果). It alone
   * decides re-handling.
   */
  grade: SatisfactionGradeSchema,
  /** 办理态度: the verdict on the unit's attitude, where the policy grades it apart. */
  attitude: /* @__PURE__ */ SatisfactionGradeSchema.optional(),
  /** 评价时间. */
  at: IsoTimestampSchema,
  /** 登记时间. */
  recordedAt: IsoTimestampSchema,
  /** 评价意见. */
  comment: /* @__PURE__ */ LongTextSchema.optional(),
});

/**
 * A deputy's evaluation; the type of {@link EvaluationSchema}.
 *
 * @example
 * ```ts
 * import type { Evaluation } from 'renda';
 *
 * const satisfied = (e: Evaluation) => e.grade === 'satisfied';
 * ```
 * @category Models
 */
export interface Evaluation extends z.infer<typeof EvaluationSchema> {}

/**
 * A round of re-handling (重新办理) opened after dissatisfaction, with its own deadline.
 *
 * @example
 * ```ts
 * import { ReHandlingSchema } from 'renda';
 *
 * ReHandlingSchema.parse({
 *   round: 2,
 *   startedAt: '2025-03-10T10:00:00+08:00',
 *   deadline: {
 *     day: '2025-04-10', anchorDay: '2025-03-10',
 *     rule: { amount: 1, unit: 'calendarMonths', anchor: 'assignment' },
 *     calendarId: 'cn-official', timeZone: 'Asia/Shanghai',
 *   },
 * });
 * ```
 * @category Models
 */
export const ReHandlingSchema = /* @__PURE__ */ z.object({
  /** 办理轮次. */
  round: /* @__PURE__ */ z.number().int().min(2).max(99),
  /** 重新交办时间. */
  startedAt: IsoTimestampSchema,
  /** 重新答复期限. */
  deadline: DeadlineSchema,
});

/**
 * A round of re-handling; the type of {@link ReHandlingSchema}.
 *
 * @example
 * ```ts
 * import type { ReHandling } from 'renda';
 *
 * const roundOf = (r: ReHandling) => r.round;
 * ```
 * @category Models
 */
export interface ReHandling extends z.infer<typeof ReHandlingSchema> {}

/**
 * A consultation before submission (提出前沟通, 上海): a deputy talks the draft over with the unit
 * that would handle it, before handing it in, so the suggestion asks what the unit can act on.
 *
 * @example
 * ```ts
 * import { PreSubmissionConsultationSchema } from 'renda';
 *
 * PreSubmissionConsultationSchema.parse({
 *   deputyId: 'D-1', unitId: 'U-1', faceToFace: true, at: '2025-01-05T15:00:00+08:00',
 * });
 * ```
 * @category Models
 */
export const PreSubmissionConsultationSchema = /* @__PURE__ */ z.object({
  /** 代表: the proposer who consulted. */
  deputyId: IdSchema,
  /** 沟通单位. */
  unitId: IdSchema,
  /** 面对面. */
  faceToFace: /* @__PURE__ */ z.boolean(),
  /** 沟通时间. */
  at: IsoTimestampSchema,
  /** 沟通情况. */
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

/**
 * A consultation before submission; the type of {@link PreSubmissionConsultationSchema}.
 *
 * @example
 * ```ts
 * import type { PreSubmissionConsultation } from 'renda';
 *
 * const withUnit = (c: PreSubmissionConsultation, unitId: string) => c.unitId === unitId;
 * ```
 * @category Models
 */
export interface PreSubmissionConsultation
  extends z.infer<typeof PreSubmissionConsultationSchema> {}

/**
 * A holding reply (阶段性答复 / 先行答复): a brief written answer a unit sends before its formal
 * reply, e.g. on a cross-year item (跨年度办理: a brief reply first, the final one on completion,
 * Sources §2.11). It is not the reply (答复): it counts in no reply figure and stops no deadline.
 *
 * @example
 * ```ts
 * import { HoldingReplySchema } from 'renda';
 *
 * HoldingReplySchema.parse({
 *   unitId: 'U-1', round: 1, at: '2025-05-20T10:00:00+08:00',
 *   recordedAt: '2025-05-20T10:00:00+08:00', expectedDay: '2025-12-31',
 * });
 * ```
 * @category Models
 */
export const HoldingReplySchema = /* @__PURE__ */ z.object({
  /** 答复单位. */
  unitId: IdSchema,
  /** 办理轮次. */
  round: /* @__PURE__ */ z.number().int().min(1).max(99),
  /** 答复时间. */
  at: IsoTimestampSchema,
  /** 登记时间. */
  recordedAt: IsoTimestampSchema,
  /** 预计办结日期: when the unit expects to give the formal reply. */
  expectedDay: /* @__PURE__ */ CalendarDaySchema.optional(),
  /** 答复内容. */
  content: /* @__PURE__ */ LongTextSchema.optional(),
});

/**
 * A holding reply; the type of {@link HoldingReplySchema}.
 *
 * @example
 * ```ts
 * import type { HoldingReply } from 'renda';
 *
 * const ofRound = (h: HoldingReply, round: number) => h.round === round;
 * ```
 * @category Models
 */
export interface HoldingReply extends z.infer<typeof HoldingReplySchema> {}

/**
 * A leader's instruction (领导批示) on a suggestion sent by the direct route.
 *
 * @example
 * ```ts
 * import { InstructionSchema } from 'renda';
 *
 * InstructionSchema.parse({
 *   by: '市委书记', content: '请市交通局牵头研究办理。',
 *   at: '2025-04-02T09:00:00+08:00', recordedAt: '2025-04-02T11:00:00+08:00',
 * });
 * ```
 * @category Models
 */
export const InstructionSchema = /* @__PURE__ */ z.object({
  /** 批示领导: name or post. */
  by: ShortTextSchema,
  /** 批示内容. */
  content: LongTextSchema,
  /** 批示时间. */
  at: IsoTimestampSchema,
  /** 登记时间. */
  recordedAt: IsoTimestampSchema,
});

/**
 * A leader's instruction; the type of {@link InstructionSchema}.
 *
 * @example
 * ```ts
 * import type { Instruction } from 'renda';
 *
 * const byLeader = (i: Instruction) => i.by;
 * ```
 * @category Models
 */
export interface Instruction extends z.infer<typeof InstructionSchema> {}

/**
 * The direct route (建议"直通车", 山东): the office sends the suggestion straight to the Party
 * committee's or government's leaders, and records their instructions (批示) as they come.
 *
 * @example
 * ```ts
 * import { DirectRouteSchema } from 'renda';
 *
 * DirectRouteSchema.parse({ to: '市委主要领导', at: '2025-03-28T10:00:00+08:00', instructions: [] });
 * ```
 * @category Models
 */
export const DirectRouteSchema = /* @__PURE__ */ z.object({
  /** 报送对象, e.g. 市委主要领导. */
  to: ShortTextSchema,
  /** 报送时间. */
  at: IsoTimestampSchema,
  /** 报送说明. */
  note: /* @__PURE__ */ LongTextSchema.optional(),
  /** 领导批示, in the order they came. */
  instructions: /* @__PURE__ */ z.array(InstructionSchema).max(100),
});

/**
 * The direct route; the type of {@link DirectRouteSchema}.
 *
 * @example
 * ```ts
 * import type { DirectRoute } from 'renda';
 *
 * const instructed = (d: DirectRoute) => d.instructions.length > 0;
 * ```
 * @category Models
 */
export interface DirectRoute extends z.infer<typeof DirectRouteSchema> {}

/**
 * A consultation with the deputy (沟通 / 面商), recorded without changing the state.
 *
 * @example
 * ```ts
 * import { ConsultationSchema } from 'renda';
 *
 * ConsultationSchema.parse({
 *   unitId: 'U-1', deputyIds: ['D-1'], faceToFace: true, at: '2025-01-15T15:00:00+08:00',
 * });
 * ```
 * @category Models
 */
export const ConsultationSchema = /* @__PURE__ */ z.object({
  /** 承办单位. */
  unitId: IdSchema,
  /** 参加代表. */
  deputyIds: /* @__PURE__ */ z.array(IdSchema).min(1),
  /** 面对面: a visit, meeting or joint research rather than a call or letter. */
  faceToFace: /* @__PURE__ */ z.boolean(),
  /** 沟通时间. */
  at: IsoTimestampSchema,
  /** 沟通情况. */
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

/**
 * A consultation with the deputy; the type of {@link ConsultationSchema}.
 *
 * @example
 * ```ts
 * import type { Consultation } from 'renda';
 *
 * const inPerson = (c: Consultation) => c.faceToFace;
 * ```
 * @category Models
 */
export interface Consultation extends z.infer<typeof ConsultationSchema> {}

/**
 * A supervision act (督办), recorded without changing the state.
 *
 * @example
 * ```ts
 * import { SupervisionSchema } from 'renda';
 *
 * SupervisionSchema.parse({
 *   kind: 'reminder', by: { role: 'liaisonOffice', id: 'OFFICE' }, at: '2025-02-01T09:00:00+08:00',
 * });
 * ```
 * @category Models
 */
export const SupervisionSchema = /* @__PURE__ */ z.object({
  /** 督办方式. */
  kind: /* @__PURE__ */ z.enum(SUPERVISION_KINDS),
  /** 督办者. */
  by: ActorSchema,
  /** 督办时间. */
  at: IsoTimestampSchema,
  /** 督办情况. */
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

/**
 * A supervision act; the type of {@link SupervisionSchema}.
 *
 * @example
 * ```ts
 * import type { Supervision } from 'renda';
 *
 * const isReminder = (s: Supervision) => s.kind === 'reminder';
 * ```
 * @category Models
 */
export interface Supervision extends z.infer<typeof SupervisionSchema> {}

/**
 * Key-item handling (重点督办 / 重点处理): who designated it, who supervises, and the leading
 * official (领办领导) who takes charge.
 *
 * @example
 * ```ts
 * import { KeyItemSchema } from 'renda';
 *
 * KeyItemSchema.parse({
 *   designatedAt: '2025-04-01T09:00:00+08:00', designatedBy: '主任会议',
 *   supervisorIds: ['C-FINANCE'], leadingOfficial: '副主任 张三',
 * });
 * ```
 * @category Models
 */
export const KeyItemSchema = /* @__PURE__ */ z.object({
  /** 确定时间. */
  designatedAt: IsoTimestampSchema,
  /** 确定机构, e.g. 主任会议. */
  designatedBy: ShortTextSchema,
  /** 督办者: committees or members who supervise. */
  supervisorIds: /* @__PURE__ */ z.array(IdSchema),
  /** 领办领导. */
  leadingOfficial: /* @__PURE__ */ ShortTextSchema.optional(),
  /** 重点督办专题. */
  topic: /* @__PURE__ */ ShortTextSchema.optional(),
  /** 督办领办安排: who leads the supervision, as organised (see {@link SUPERVISION_LEAD_KINDS}). */
  leads: /* @__PURE__ */ z.array(SupervisionLeadSchema).max(100).optional(),
  /** 重点督办工作方案: the plan the item is supervised under ({@link KeyItemPlan}). */
  planId: /* @__PURE__ */ IdSchema.optional(),
  /** 方案中的督办事项: the plan item it belongs to. */
  planItemId: /* @__PURE__ */ IdSchema.optional(),
});

/**
 * Key-item handling; the type of {@link KeyItemSchema}.
 *
 * @example
 * ```ts
 * import type { KeyItem } from 'renda';
 *
 * const leader = (k: KeyItem) => k.leadingOfficial ?? k.designatedBy;
 * ```
 * @category Models
 */
export interface KeyItem extends z.infer<typeof KeyItemSchema> {}

/**
 * Publication of a suggestion and its replies (公开).
 *
 * @example
 * ```ts
 * import { PublicationSchema } from 'renda';
 *
 * PublicationSchema.parse({ mode: 'full', publishedAt: '2025-05-01T09:00:00+08:00' });
 * ```
 * @category Models
 */
export const PublicationSchema = /* @__PURE__ */ z.object({
  /** 公开方式. */
  mode: /* @__PURE__ */ z.enum(PUBLICATION_MODES),
  /** 公开时间. */
  publishedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
  /** 不公开理由. */
  withheldReason: /* @__PURE__ */ ShortTextSchema.optional(),
});

/**
 * Publication of a suggestion; the type of {@link PublicationSchema}.
 *
 * @example
 * ```ts
 * import type { Publication } from 'renda';
 *
 * const isPublic = (p: Publication) => p.mode !== 'withheld';
 * ```
 * @category Models
 */
export interface Publication extends z.infer<typeof PublicationSchema> {}

/**
 * A registration decision (立案审查): registered with its official number, or not registered
 * with a reason from the policy's list and the notice sent to the deputy.
 *
 * @example
 * ```ts
 * import { ScreeningSchema } from 'renda';
 *
 * ScreeningSchema.parse({ at: '2025-03-12T09:00:00+08:00', registered: true, number: '第0123号' });
 * ```
 * @category Models
 */
export const ScreeningSchema = /* @__PURE__ */ z.object({
  /** 审查时间. */
  at: IsoTimestampSchema,
  /** 是否立案. */
  registered: /* @__PURE__ */ z.boolean(),
  /** 建议编号. */
  number: /* @__PURE__ */ ShortTextSchema.optional(),
  /** 不予立案理由: a code from the policy's list. */
  reason: /* @__PURE__ */ z.string().trim().min(1).max(64).optional(),
  /** 告知代表时间. */
  noticeAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
});

/**
 * A registration decision; the type of {@link ScreeningSchema}.
 *
 * @example
 * ```ts
 * import type { Screening } from 'renda';
 *
 * const numberOf = (s: Screening) => (s.registered ? s.number : undefined);
 * ```
 * @category Models
 */
export interface Screening extends z.infer<typeof ScreeningSchema> {}

/**
 * How a suggestion was closed (办结).
 *
 * @example
 * ```ts
 * import { ClosureSchema } from 'renda';
 *
 * ClosureSchema.parse({ at: '2025-03-20T09:00:00+08:00', reason: 'evaluated' });
 * ```
 * @category Models
 */
export const ClosureSchema = /* @__PURE__ */ z.object({
  /** 办结时间. */
  at: IsoTimestampSchema,
  /** 办结方式. */
  reason: /* @__PURE__ */ z.enum(CLOSURE_REASONS),
  /** 理由代码 of a closure by the office, from `policy.reasonCodes.close`. */
  reasonCode: /* @__PURE__ */ ReasonCodeSchema.optional(),
  /** 办结说明: the office's words on a closure. */
  note: /* @__PURE__ */ ShortTextSchema.optional(),
});

/**
 * How a suggestion was closed; the type of {@link ClosureSchema}.
 *
 * @example
 * ```ts
 * import type { Closure } from 'renda';
 *
 * const byEvaluation = (c: Closure) => c.reason === 'evaluated';
 * ```
 * @category Models
 */
export interface Closure extends z.infer<typeof ClosureSchema> {}
