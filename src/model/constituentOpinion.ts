import * as z from 'zod';
import {
  OPINION_FEEDBACK_RECIPIENTS,
  OPINION_LEVELS,
  OPINION_OUTCOMES,
  OPINION_REMINDER_KINDS,
  RECEPTION_MODES,
  SubmitterSchema,
} from './opinionParts.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { HistoryChainSchema } from './shared/historyChain.js';
import { HistoryEntrySchema } from './shared/historyEntry.js';
import {
  CalendarDaySchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  RulesVersionSchema,
  ShortTextSchema,
} from './shared/primitives.js';
import type { Result } from './shared/result.js';
import { SatisfactionGradeSchema } from './shared/satisfaction.js';
import type { ValidationError } from './shared/validationError.js';
import { DECISIONS } from './suggestionParts.js';

/** A code of a policy's list (a reason, a category): 1–64 characters. */
const ReasonCodeSchema = /* @__PURE__ */ z.string().trim().min(1).max(64);

/**
 * The channels a constituent opinion arrives by (意见来源渠道): a visit to a liaison station
 * (联络站点), an online station (网上联络站), a deputy's QR code (代表码), the 12345 hotline
 * (12345 热线), a deputy's visit (走访), a letter (来信), another channel (其他), a reception day
 * (代表接待日, with its {@link RECEPTION_MODES | mode}), a station's QR code (站点码), a standing
 * committee member's contact with a deputy (常委会组成人员联系代表), the symposium of deputies
 * attending a standing committee session (列席代表座谈会), or a deliberation opinion (审议意见).
 *
 * @remarks The first seven are the channels of 0.1, in their order; the others were added after
 * them, so stored records keep their meaning.
 *
 * @example
 * ```ts
 * import { OPINION_CHANNELS } from 'renda';
 *
 * console.log(OPINION_CHANNELS.includes('deputyCode')); // true
 * ```
 * @category Models
 */
export const OPINION_CHANNELS = [
  'station',
  'online',
  'deputyCode',
  'hotline12345',
  'visit',
  'letter',
  'other',
  'receptionDay',
  'stationCode',
  'memberContact',
  'attendeeSymposium',
  'deliberation',
] as const;

/**
 * The states of the closed loop of a constituent opinion (群众意见办理状态): received (已登记),
 * not accepted (不予受理), answered on the spot (当场答复), analysed: classified by level and
 * category (已分级分类), referred to a unit (已交办), in handling (办理中), handled (已办理), fed
 * back (已反馈), closed (已办结), converted into a deputy's suggestion (转为代表建议), accepted
 * (已受理) and merged into another open ticket as a duplicate (重复件已合并).
 *
 * @remarks `accepted` and `merged` were added after the ten states of 0.1, at the end, so stored
 * records keep their meaning.
 *
 * @example
 * ```ts
 * import { OPINION_STATES } from 'renda';
 *
 * console.log(OPINION_STATES[0]); // 'received'
 * ```
 * @category Models
 */
export const OPINION_STATES = [
  'received',
  'notAccepted',
  'answeredOnSite',
  'analysed',
  'referred',
  'inHandling',
  'handled',
  'fedBack',
  'closed',
  'convertedToSuggestion',
  'accepted',
  'merged',
] as const;

/**
 * The default reasons an opinion is not accepted (不予受理原因), the codes of the default opinion
 * policy's list: a purely personal matter (个人私事), a matter in
 * or due for litigation, review or arbitration (已进入诉讼、复议、仲裁程序), a complaint or
 * accusation (投诉举报), a request for legal or policy advice (法律政策咨询), a matter outside the
 * congress's remit (不属于人大职责范围), unlawful content (违法内容), or content too vague to act
 * on (内容不明确).
 *
 * @example
 * ```ts
 * import { OPINION_NOT_ACCEPTED_REASONS } from 'renda';
 *
 * console.log(OPINION_NOT_ACCEPTED_REASONS.includes('litigationOrArbitration')); // true
 * ```
 * @category Models
 */
export const OPINION_NOT_ACCEPTED_REASONS = [
  'personalMatter',
  'litigationOrArbitration',
  'complaintOrAccusation',
  'legalConsultation',
  'outsideRemit',
  'unlawful',
  'vague',
] as const;

/**
 * Where an opinion is referred (交办去向): the street or township office (街道/乡镇), a district
 * body (区级机关), a government department (职能部门), turned into a deputy's suggestion
 * (转为代表建议), a city body (市级) or a higher level (上级).
 *
 * @remarks The opinion loop refers to the level it classified (one of {@link OPINION_LEVELS});
 * `department` and `suggestion` are kept for records made before 0.2.
 *
 * @example
 * ```ts
 * import { OPINION_REFERRAL_TARGETS } from 'renda';
 *
 * console.log(OPINION_REFERRAL_TARGETS.includes('city')); // true
 * ```
 * @category Models
 */
export const OPINION_REFERRAL_TARGETS = [
  'street',
  'district',
  'department',
  'suggestion',
  'city',
  'higher',
] as const;

/**
 * How the outcome is fed back to the constituent (反馈方式): in person (当面), in writing (书面),
 * by phone (电话) or online (网上).
 *
 * @example
 * ```ts
 * import { OPINION_FEEDBACK_CHANNELS } from 'renda';
 *
 * console.log(OPINION_FEEDBACK_CHANNELS.includes('phone')); // true
 * ```
 * @category Models
 */
export const OPINION_FEEDBACK_CHANNELS = ['inPerson', 'written', 'phone', 'online'] as const;

/** The states that need a referral on the record. */
const NEEDS_REFERRAL: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'referred',
  'inHandling',
  'handled',
]);

type IssuePath = (string | number)[];

/**
 * A constituent opinion (群众意见) collected by deputies or a station, and its closed loop:
 * acceptance, analysis, referral, supervision and feedback (受理、分析、交办、督办、反馈).
 *
 * @remarks
 * The submitter's name and phone are personal data: an app must never publish them.
 *
 * Rules: a not-accepted opinion needs its reason, a converted one the suggestion's id, a referred,
 * in-handling or handled one its referral, and a fed-back or closed one its feedback
 * (`STATE_DETAILS_MISSING`); the referral (`REFERRAL_BEFORE_RECEIPT`), the handling
 * (`HANDLED_BEFORE_RECEIPT`) and the feedback (`FEEDBACK_BEFORE_RECEIPT`) come no earlier than the
 * receipt.
 * @example
 * ```ts
 * import { ConstituentOpinionSchema } from 'renda';
 *
 * ConstituentOpinionSchema.parse({
 *   id: 'O-1',
 *   rulesVersion: 'default@1',
 *   channel: 'station',
 *   receivedAt: '2025-03-15T09:20:00+08:00',
 *   receivedDay: '2025-03-15',
 *   deputyIds: ['D-1'],
 *   stationId: 'ST-1',
 *   content: '建议在小区门口增设公交站点',
 *   state: 'received',
 *   history: [],
 * });
 * ```
 * @category Models
 */
export const ConstituentOpinionSchema = /* @__PURE__ */ z
  .object({
    /** 意见编号. */
    id: IdSchema,
    /** 规则版本: the rules the record runs under. */
    rulesVersion: RulesVersionSchema,
    /** 来源渠道, one of {@link OPINION_CHANNELS}. */
    channel: /* @__PURE__ */ z.enum(OPINION_CHANNELS),
    /** 受理时间 (canonical UTC out). */
    receivedAt: IsoTimestampSchema,
    /** 受理日期: the calendar day of `receivedAt` in the jurisdiction's zone, frozen at receipt. */
    receivedDay: CalendarDaySchema,
    /** 接收代表: the deputies who received it (empty when staff or a hotline received it). */
    deputyIds: /* @__PURE__ */ z.array(IdSchema).max(10_000),
    /** 联络站点: the station where it was received. */
    stationId: /* @__PURE__ */ IdSchema.optional(),
    /** 接待方式: how the reception day met people; only with `channel: 'receptionDay'`. */
    receptionMode: /* @__PURE__ */ z.enum(RECEPTION_MODES).optional(),
    /** 反映人: the constituent's personal data, the only place a record keeps any; never published. */
    submitter: /* @__PURE__ */ SubmitterSchema.optional(),
    /** 意见内容. */
    content: /* @__PURE__ */ LongTextSchema.min(1),
    /** 所属领域: a topic or category of the app's own list. */
    topic: /* @__PURE__ */ ShortTextSchema.optional(),
    /** 办理状态, one of {@link OPINION_STATES}. */
    state: /* @__PURE__ */ z.enum(OPINION_STATES),
    /** 甄别时间: when it was accepted, not accepted or merged (canonical UTC out). */
    screenedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
    /**
     * 不予受理原因: a code of the opinion policy's list (by default one of
     * {@link OPINION_NOT_ACCEPTED_REASONS}); needed when not accepted.
     */
    notAcceptedReason: /* @__PURE__ */ ReasonCodeSchema.optional(),
    /** 合并至: the open ticket a duplicate was merged into; needed when merged. */
    mergedInto: /* @__PURE__ */ IdSchema.optional(),
    /** 当场答复: when and what the deputy or staff answered on the spot. */
    onSiteAnswer: /* @__PURE__ */ z
      .object({
        /** 答复时间 (canonical UTC out). */
        at: IsoTimestampSchema,
        /** 答复内容. */
        content: /* @__PURE__ */ LongTextSchema.optional(),
      })
      .optional(),
    /** 分级分类: the level it is handled at and its category (a code of the policy's list). */
    classification: /* @__PURE__ */ z
      .object({
        /** 分类时间 (canonical UTC out). */
        at: IsoTimestampSchema,
        /** 分级, one of {@link OPINION_LEVELS}. */
        level: /* @__PURE__ */ z.enum(OPINION_LEVELS),
        /** 分类: a category code of the opinion policy. */
        category: ReasonCodeSchema,
      })
      .optional(),
    /** 交办情况: where and when it was referred. */
    referral: /* @__PURE__ */ z
      .object({
        /** 交办去向, one of {@link OPINION_REFERRAL_TARGETS}. */
        to: /* @__PURE__ */ z.enum(OPINION_REFERRAL_TARGETS),
        /** 承办单位. */
        unitId: /* @__PURE__ */ IdSchema.optional(),
        /** 交办时间 (canonical UTC out). */
        at: IsoTimestampSchema,
        /** 办理期限: the last day for handling (inclusive). */
        dueDay: /* @__PURE__ */ CalendarDaySchema.optional(),
        /** 办理时限: the working days the category allowed, frozen at assignment. */
        workingDays: /* @__PURE__ */ z.number().int().min(0).max(366).optional(),
        /** 工作日历: the id of the calendar the due day was counted with. */
        calendarId: /* @__PURE__ */ IdSchema.optional(),
        /** 延期申请, oldest first, each with its decision once made. */
        extensions: /* @__PURE__ */ z
          .array(
            z.object({
              /** 申请时间 (canonical UTC out). */
              requestedAt: IsoTimestampSchema,
              /** 申请延长的工作日数. */
              workingDays: /* @__PURE__ */ z.number().int().min(1).max(366),
              /** 延期理由. */
              reason: /* @__PURE__ */ ShortTextSchema.optional(),
              /** 审批意见: approved (同意) or refused (不同意). */
              decision: /* @__PURE__ */ z.enum(DECISIONS).optional(),
              /** 审批时间 (canonical UTC out). */
              decidedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
              /** 原办理期限: the due day before an approved extension. */
              originalDay: /* @__PURE__ */ CalendarDaySchema.optional(),
            }),
          )
          .max(100)
          .default([]),
      })
      .optional(),
    /** 办理轮次: 1, plus one per reopening after a dissatisfied callback. */
    round: /* @__PURE__ */ z.number().int().min(1).max(100).default(1),
    /** 催办督办, oldest first. */
    reminders: /* @__PURE__ */ z
      .array(
        z.object({
          /** 时间 (canonical UTC out). */
          at: IsoTimestampSchema,
          /** 方式, one of {@link OPINION_REMINDER_KINDS}. */
          kind: /* @__PURE__ */ z.enum(OPINION_REMINDER_KINDS),
          /** 说明. */
          note: /* @__PURE__ */ ShortTextSchema.optional(),
        }),
      )
      .max(10_000)
      .default([]),
    /** 办理结果, one per round handled, oldest first, each with its due day and on-time verdict. */
    handlings: /* @__PURE__ */ z
      .array(
        z.object({
          /** 轮次. */
          round: /* @__PURE__ */ z.number().int().min(1).max(100),
          /** 办结时间 (canonical UTC out). */
          at: IsoTimestampSchema,
          /** 承办单位. */
          unitId: IdSchema,
          /** 办理结果, one of {@link OPINION_OUTCOMES}. */
          outcome: /* @__PURE__ */ z.enum(OPINION_OUTCOMES),
          /** 办理情况说明. */
          content: /* @__PURE__ */ LongTextSchema.optional(),
          /** 办理期限 that applied. */
          dueDay: /* @__PURE__ */ CalendarDaySchema.optional(),
          /** 是否按期: the calendar day handled is no later than `dueDay`, frozen when handled. */
          onTime: /* @__PURE__ */ z.boolean().optional(),
        }),
      )
      .max(100)
      .default([]),
    /** 反馈记录: each feedback to the constituent or the deputy, oldest first. */
    feedbacks: /* @__PURE__ */ z
      .array(
        z.object({
          /** 轮次. */
          round: /* @__PURE__ */ z.number().int().min(1).max(100),
          /** 反馈时间 (canonical UTC out). */
          at: IsoTimestampSchema,
          /** 反馈对象, one of {@link OPINION_FEEDBACK_RECIPIENTS}. */
          to: /* @__PURE__ */ z.enum(OPINION_FEEDBACK_RECIPIENTS),
          /** 反馈方式, one of {@link OPINION_FEEDBACK_CHANNELS}. */
          channel: /* @__PURE__ */ z.enum(OPINION_FEEDBACK_CHANNELS),
          /** 反馈期限 that applied to a feedback to the constituent (the record's `feedbackDueDay`). */
          dueDay: /* @__PURE__ */ CalendarDaySchema.optional(),
          /** 是否按期反馈: the day fed back is no later than `dueDay`, frozen when fed back. */
          onTime: /* @__PURE__ */ z.boolean().optional(),
        }),
      )
      .max(200)
      .default([]),
    /**
     * 反馈期限: the last day to tell the constituent this round's outcome, counted with the
     * policy's `feedbackWorkingDays` from the day it was known (the unit's handling, or the reply of
     * the suggestion the opinion became), frozen then.
     */
    feedbackDueDay: /* @__PURE__ */ CalendarDaySchema.optional(),
    /** 回访记录: the constituent's satisfaction at each callback, oldest first. */
    callbacks: /* @__PURE__ */ z
      .array(
        z.object({
          /** 轮次. */
          round: /* @__PURE__ */ z.number().int().min(1).max(100),
          /** 回访时间 (canonical UTC out). */
          at: IsoTimestampSchema,
          /** 满意度. */
          satisfaction: SatisfactionGradeSchema,
        }),
      )
      .max(100)
      .default([]),
    /** 办结时间 (canonical UTC out). */
    handledAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
    /** 反馈情况: how the outcome went back to the constituent and how they rated it. */
    feedback: /* @__PURE__ */ z
      .object({
        /** 反馈时间 (canonical UTC out). */
        at: IsoTimestampSchema,
        /** 反馈方式, one of {@link OPINION_FEEDBACK_CHANNELS}. */
        channel: /* @__PURE__ */ z.enum(OPINION_FEEDBACK_CHANNELS),
        /** 满意度: the constituent's rating (回访测评). */
        satisfaction: /* @__PURE__ */ SatisfactionGradeSchema.optional(),
      })
      .optional(),
    /** 转化建议: the suggestion it became or joined. */
    suggestionId: /* @__PURE__ */ IdSchema.optional(),
    /** 转化时间: when it became or joined that suggestion (canonical UTC out). */
    convertedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
    /**
     * 建议办复: the reply of that suggestion, as it reached the opinion: when the suggestion was
     * replied and when the office recorded it here; the constituent is owed feedback from then.
     */
    suggestionReply: /* @__PURE__ */ z
      .object({
        /** 建议办复时间: when every unit owing a reply had replied (canonical UTC out). */
        at: IsoTimestampSchema,
        /** 登记时间: when the reply was recorded on the opinion (canonical UTC out). */
        recordedAt: IsoTimestampSchema,
      })
      .optional(),
    /** 历史记录: every accepted event, oldest first (the workflow engine's history entries). */
    history: /* @__PURE__ */ z.array(HistoryEntrySchema).max(10_000),
    /** 历史记录哈希链: the digests sealing the history (see `sealHistory`); absent until sealed. */
    historyChain: /* @__PURE__ */ HistoryChainSchema.optional(),
  })
  .check((ctx) => {
    const { state, receivedAt, referral, handledAt, feedback } = ctx.value;
    const push = (path: IssuePath, input: unknown, code: string, zh: string, en: string): void => {
      ctx.issues.push({ code: 'custom', input, path, params: { code, zh, en } });
    };
    const missing = (field: string, zh: string, en: string): void => {
      push([field], undefined, 'STATE_DETAILS_MISSING', zh, en);
    };
    if (state === 'notAccepted' && ctx.value.notAcceptedReason === undefined) {
      missing('notAcceptedReason', '不予受理须注明原因', 'a not-accepted opinion needs the reason');
    }
    if (state === 'merged' && ctx.value.mergedInto === undefined) {
      missing(
        'mergedInto',
        '重复件须注明合并至哪一件',
        'a merged duplicate needs the ticket it joined',
      );
    }
    if (ctx.value.receptionMode !== undefined && ctx.value.channel !== 'receptionDay') {
      push(
        ['receptionMode'],
        ctx.value.receptionMode,
        'RECEPTION_MODE_WITHOUT_DAY',
        '只有代表接待日收集的意见才有接待方式',
        'only an opinion received on a reception day has a reception mode',
      );
    }
    if (state === 'convertedToSuggestion' && ctx.value.suggestionId === undefined) {
      missing(
        'suggestionId',
        '转为代表建议须注明建议编号',
        'a converted opinion needs the suggestion',
      );
    }
    if (ctx.value.suggestionReply !== undefined && ctx.value.suggestionId === undefined) {
      push(
        ['suggestionReply'],
        ctx.value.suggestionReply,
        'SUGGESTION_REPLY_WITHOUT_SUGGESTION',
        '只有转为代表建议的意见才有建议办复情况',
        'only an opinion that became a suggestion has that suggestion’s reply',
      );
    }
    // A converted opinion is handled by its suggestion's reply, with no referral of its own.
    const handledBySuggestion = state === 'handled' && ctx.value.suggestionReply !== undefined;
    if (NEEDS_REFERRAL.has(state) && referral === undefined && !handledBySuggestion) {
      missing('referral', '已交办的意见须注明交办情况', 'a referred opinion needs its referral');
    }
    if ((state === 'fedBack' || state === 'closed') && feedback === undefined) {
      missing(
        'feedback',
        '已反馈或办结的意见须注明反馈情况',
        'a fed-back or closed opinion needs its feedback',
      );
    }
    // Every timestamp is canonical UTC here, so string order is time order.
    if (referral !== undefined && referral.at < receivedAt) {
      push(
        ['referral', 'at'],
        referral.at,
        'REFERRAL_BEFORE_RECEIPT',
        '交办时间不得早于受理时间',
        'must not be before the opinion was received',
      );
    }
    if (handledAt !== undefined && handledAt < receivedAt) {
      push(
        ['handledAt'],
        handledAt,
        'HANDLED_BEFORE_RECEIPT',
        '办结时间不得早于受理时间',
        'must not be before the opinion was received',
      );
    }
    if (feedback !== undefined && feedback.at < receivedAt) {
      push(
        ['feedback', 'at'],
        feedback.at,
        'FEEDBACK_BEFORE_RECEIPT',
        '反馈时间不得早于受理时间',
        'must not be before the opinion was received',
      );
    }
  });

/**
 * A constituent opinion (群众意见); the type of {@link ConstituentOpinionSchema}.
 *
 * @example
 * ```ts
 * import type { ConstituentOpinion } from 'renda';
 *
 * const opinion: ConstituentOpinion = {
 *   id: 'O-2',
 *   rulesVersion: 'default@1',
 *   channel: 'hotline12345',
 *   receivedAt: '2025-04-01T01:00:00.000Z',
 *   receivedDay: '2025-04-01',
 *   deputyIds: [],
 *   content: '路灯损坏',
 *   state: 'notAccepted',
 *   notAcceptedReason: 'outsideRemit',
 *   round: 1,
 *   reminders: [],
 *   handlings: [],
 *   feedbacks: [],
 *   callbacks: [],
 *   history: [],
 * };
 * ```
 * @category Models
 */
export interface ConstituentOpinion extends z.infer<typeof ConstituentOpinionSchema> {}

/**
 * The input accepted by {@link ConstituentOpinionSchema} (群众意见输入): timestamps may carry any
 * offset.
 *
 * @example
 * ```ts
 * import type { ConstituentOpinionInput } from 'renda';
 *
 * const input: ConstituentOpinionInput = {
 *   id: 'O-3',
 *   rulesVersion: 'default@1',
 *   channel: 'deputyCode',
 *   receivedAt: '2025-04-01T09:00:00+08:00',
 *   receivedDay: '2025-04-01',
 *   deputyIds: ['D-5'],
 *   content: '建议增加社区养老服务点',
 *   state: 'received',
 *   history: [],
 * };
 * ```
 * @category Models
 */
export interface ConstituentOpinionInput extends z.input<typeof ConstituentOpinionSchema> {}

/**
 * The Chinese and English names of the constituent opinion's fields (群众意见字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { constituentOpinionFieldNames } from 'renda';
 *
 * console.log(constituentOpinionFieldNames.feedback?.['zh-Hans']); // '反馈情况'
 * ```
 * @category Validation
 */
export const constituentOpinionFieldNames: FieldNames = {
  channel: { 'zh-Hans': '渠道', en: 'channel' },
  receivedAt: { 'zh-Hans': '受理时间', en: 'time received' },
  receivedDay: { 'zh-Hans': '受理日期', en: 'day received' },
  deputyIds: { 'zh-Hans': '接收代表', en: 'receiving deputies' },
  receptionMode: { 'zh-Hans': '接待方式', en: 'reception mode' },
  submitter: { 'zh-Hans': '反映人', en: 'submitter' },
  name: { 'zh-Hans': '反映人姓名', en: 'name' },
  phone: { 'zh-Hans': '联系电话', en: 'phone' },
  mobile: { 'zh-Hans': '手机号码', en: 'mobile number' },
  idNumber: { 'zh-Hans': '身份证号码', en: 'identity number' },
  address: { 'zh-Hans': '联系地址', en: 'address' },
  screenedAt: { 'zh-Hans': '甄别时间', en: 'time screened' },
  mergedInto: { 'zh-Hans': '合并至', en: 'merged into' },
  onSiteAnswer: { 'zh-Hans': '当场答复', en: 'answer on the spot' },
  classification: { 'zh-Hans': '分级分类', en: 'classification' },
  level: { 'zh-Hans': '分级', en: 'level' },
  category: { 'zh-Hans': '分类', en: 'category' },
  workingDays: { 'zh-Hans': '工作日数', en: 'working days' },
  extensions: { 'zh-Hans': '延期申请', en: 'extension requests' },
  round: { 'zh-Hans': '办理轮次', en: 'round' },
  reminders: { 'zh-Hans': '催办督办', en: 'reminders' },
  handlings: { 'zh-Hans': '办理结果', en: 'handling results' },
  outcome: { 'zh-Hans': '办理结果', en: 'outcome' },
  feedbacks: { 'zh-Hans': '反馈记录', en: 'feedback records' },
  callbacks: { 'zh-Hans': '回访记录', en: 'callbacks' },
  content: { 'zh-Hans': '意见内容', en: 'content' },
  topic: { 'zh-Hans': '所属领域', en: 'topic' },
  state: { 'zh-Hans': '办理状态', en: 'state' },
  notAcceptedReason: { 'zh-Hans': '不予受理原因', en: 'reason for not accepting' },
  referral: { 'zh-Hans': '交办情况', en: 'referral' },
  to: { 'zh-Hans': '交办去向', en: 'referred to' },
  dueDay: { 'zh-Hans': '办理期限', en: 'due day' },
  handledAt: { 'zh-Hans': '办结时间', en: 'time handled' },
  feedback: { 'zh-Hans': '反馈情况', en: 'feedback' },
  satisfaction: { 'zh-Hans': '满意度', en: 'satisfaction' },
  suggestionId: { 'zh-Hans': '转化建议', en: 'converted suggestion' },
  suggestionReply: { 'zh-Hans': '建议办复', en: 'suggestion’s reply' },
  convertedAt: { 'zh-Hans': '转化时间', en: 'time converted' },
  recordedAt: { 'zh-Hans': '登记时间', en: 'time recorded' },
  feedbackDueDay: { 'zh-Hans': '反馈期限', en: 'feedback due day' },
};

const parsers = /* @__PURE__ */ createParsers(
  ConstituentOpinionSchema,
  { id: 'ConstituentOpinion', 'zh-Hans': '群众意见', en: 'Constituent opinion' },
  constituentOpinionFieldNames,
);

/**
 * Validates a constituent opinion (群众意见), throwing a {@link RendaError} that names the field on
 * bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The opinion, unknown keys stripped, timestamps in canonical UTC, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseConstituentOpinion } from 'renda';
 *
 * const opinion = parseConstituentOpinion({
 *   id: 'O-1',
 *   rulesVersion: 'default@1',
 *   channel: 'online',
 *   receivedAt: '2025-03-15T09:20:00+08:00',
 *   receivedDay: '2025-03-15',
 *   deputyIds: ['D-1'],
 *   content: '建议在小区门口增设公交站点',
 *   state: 'received',
 *   history: [],
 * });
 * console.log(opinion.receivedAt); // '2025-03-15T01:20:00.000Z'
 * ```
 * @category Validation
 */
export const parseConstituentOpinion: (input: unknown) => ConstituentOpinion = parsers.parse;

/**
 * Validates a constituent opinion (群众意见) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseConstituentOpinion } from 'renda';
 *
 * const result = safeParseConstituentOpinion({
 *   id: 'O-1',
 *   rulesVersion: 'default@1',
 *   channel: 'station',
 *   receivedAt: '2025-03-15T09:20:00+08:00',
 *   receivedDay: '2025-03-15',
 *   deputyIds: ['D-1'],
 *   content: '个人家庭纠纷',
 *   state: 'notAccepted',
 *   history: [],
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'STATE_DETAILS_MISSING'
 * ```
 * @category Validation
 */
export const safeParseConstituentOpinion: (
  input: unknown,
) => Result<ConstituentOpinion, ValidationError> = parsers.safeParse;
