import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
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

/**
 * The channels a constituent opinion arrives by (意见来源渠道): a liaison station (联络站点), an
 * online station (网上联络站), a deputy code (代表码), the 12345 hotline (12345 热线), a visit
 * (走访), a letter (来信), or another channel (其他).
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
] as const;

/**
 * The states of the closed loop of a constituent opinion (群众意见办理状态): received (已受理登记),
 * not accepted (不予受理), answered on the spot (当场答复), analysed (已分析), referred (已交办),
 * in handling (办理中), handled (已办结), fed back to the constituent (已反馈), closed (已办结归档),
 * or converted into a deputy's suggestion (转为代表建议).
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
] as const;

/**
 * Why an opinion is not accepted (不予受理原因): a purely personal matter (个人私事), a matter in
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
 * body (区级机关), a government department (职能部门), or turned into a deputy's suggestion
 * (转为代表建议).
 *
 * @example
 * ```ts
 * import { OPINION_REFERRAL_TARGETS } from 'renda';
 *
 * console.log(OPINION_REFERRAL_TARGETS); // ['street', 'district', 'department', 'suggestion']
 * ```
 * @category Models
 */
export const OPINION_REFERRAL_TARGETS = ['street', 'district', 'department', 'suggestion'] as const;

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
    /** 反映人: personal data, never published. */
    submitter: /* @__PURE__ */ z
      .object({
        /** 反映人姓名. */
        name: /* @__PURE__ */ ShortTextSchema.optional(),
        /** 联系电话. */
        phone: /* @__PURE__ */ z.string().trim().min(1).max(32).optional(),
      })
      .optional(),
    /** 意见内容. */
    content: /* @__PURE__ */ LongTextSchema.min(1),
    /** 所属领域: a topic or category of the app's own list. */
    topic: /* @__PURE__ */ ShortTextSchema.optional(),
    /** 办理状态, one of {@link OPINION_STATES}. */
    state: /* @__PURE__ */ z.enum(OPINION_STATES),
    /** 不予受理原因, one of {@link OPINION_NOT_ACCEPTED_REASONS}; needed when not accepted. */
    notAcceptedReason: /* @__PURE__ */ z.enum(OPINION_NOT_ACCEPTED_REASONS).optional(),
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
      })
      .optional(),
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
    /** 转化建议: the suggestion it was converted into. */
    suggestionId: /* @__PURE__ */ IdSchema.optional(),
    /** 历史记录: every accepted event, oldest first (the workflow engine's history entries). */
    history: /* @__PURE__ */ z.array(HistoryEntrySchema).max(10_000),
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
    if (state === 'convertedToSuggestion' && ctx.value.suggestionId === undefined) {
      missing(
        'suggestionId',
        '转为代表建议须注明建议编号',
        'a converted opinion needs the suggestion',
      );
    }
    if (NEEDS_REFERRAL.has(state) && referral === undefined) {
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
  submitter: { 'zh-Hans': '反映人', en: 'submitter' },
  phone: { 'zh-Hans': '联系电话', en: 'phone' },
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
