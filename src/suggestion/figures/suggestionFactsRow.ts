import type { BilingualText } from '../../model/shared/localized.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { Suggestion } from '../../model/suggestion.js';
import { ArgumentChecks, guard, safely } from '../../stats/internal/invalidInput.js';
import { reportingAssignmentOf } from '../rules/handling.js';
import {
  answeringClasses,
  DUTY_BIT,
  DUTY_EXCLUDED_MASK,
  type DutyFact,
  type DutyReading,
  FORM_BIT,
  FORM_EXCLUDED_MASK,
  formFlags,
  ITEM_BIT,
  ITEM_EXCLUDED_MASK,
  ITEM_EXCLUSIONS,
  type ItemFact,
  type ItemReading,
  newItemReading,
  readItem,
} from './facts.js';
import { createDashboardContext, type DashboardContext } from './internal/context.js';
import {
  assignmentLateness,
  isWaitingForAssignment,
  UNDECIDED,
} from './internal/lateAssignment.js';
import type { SuggestionStatsPolicy } from './suggestionStatsPolicy.js';

/**
 * Options of {@link suggestionFactsRow} (事实行选项): the policy the facts follow and the moment
 * they are taken.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type SuggestionFactsRowOptions } from 'renda';
 *
 * const options: SuggestionFactsRowOptions = { policy: defaultPolicy, asOf: '2025-12-31T10:00:00Z' };
 * ```
 * @category Metrics
 */
export interface SuggestionFactsRowOptions {
  /** The policy: 办复口径, 满意率口径, taxonomy, zone. */
  readonly policy: SuggestionStatsPolicy;
  /** When the facts are taken (ISO timestamp with an offset): days late are counted to its day. */
  readonly asOf: string;
}

/**
 * One suggestion's facts as a flat row of primitives (建议事实行), to store beside the record
 * and aggregate in SQL: every column is described in {@link SUGGESTION_FACT_COLUMNS}.
 *
 * @example
 * ```ts
 * import type { SuggestionFactsRow } from 'renda';
 *
 * const replied = (row: SuggestionFactsRow) => row.excluded === null && row.replied;
 * ```
 * @category Metrics
 */
export interface SuggestionFactsRow {
  readonly id: string;
  readonly state: string;
  readonly round: number;
  readonly assignedDay: string | null;
  readonly reportingUnitId: string | null;
  readonly topic: string | null;
  readonly level: string;
  readonly jurisdiction: string;
  readonly term: number;
  readonly session: number | null;
  readonly excluded: (typeof ITEM_EXCLUSIONS)[number] | null;
  readonly keyItem: boolean;
  readonly replied: boolean;
  readonly onTime: boolean;
  readonly closed: boolean;
  readonly faceToFace: boolean;
  readonly formReturned: boolean;
  readonly solvedOrPlanned: boolean;
  readonly adopted: boolean;
  readonly reHandled: boolean;
  readonly satisfied: boolean;
  readonly fullySatisfied: boolean;
  readonly basicallySatisfied: boolean;
  readonly overdue: boolean;
  readonly outcomeClass: string | null;
  readonly daysToReply: number | null;
  readonly daysLate: number | null;
  readonly replies: number;
  readonly finalForms: number;
  readonly finalSatisfied: number;
  readonly finalBasicallySatisfied: number;
  readonly firstRoundForms: number;
  readonly firstRoundSatisfied: number;
  readonly firstRoundBasicallySatisfied: number;
  readonly assistingInputsSent: number;
  readonly assistingInputsLate: number;
  readonly assistingInputsOwed: number;
  readonly assistingInputsOverdue: number;
  readonly followUpsDischarged: number;
  readonly followUpsLate: number;
  readonly followUpsOpen: number;
  readonly followUpsOverdue: number;
  readonly assignmentJudged: boolean;
  readonly assignmentUndecided: boolean;
  readonly daysLateToAssign: number | null;
  readonly waitingForAssignment: boolean;
}

const t = (zh: string, en: string): BilingualText => Object.freeze({ 'zh-Hans': zh, en });

/**
 * Every column of {@link SuggestionFactsRow}, in order, with its Chinese and English name: what
 * a `CREATE TABLE` and a report's column headers are written from. The facts are those of
 * {@link ITEM_FACTS}; form counts are of counted forms (not a co-signer's under `leadOnly`) of a
 * counted item (0 for an excluded one), so each rate of {@link SUGGESTION_METRICS} is a ratio of
 * sums over the rows.
 *
 * @example
 * ```ts
 * import { SUGGESTION_FACT_COLUMNS } from 'renda';
 *
 * console.log(SUGGESTION_FACT_COLUMNS.daysToReply['zh-Hans']); // '办复用时（天）'
 * ```
 * @category Metrics
 */
export const SUGGESTION_FACT_COLUMNS: { readonly [K in keyof SuggestionFactsRow]: BilingualText } =
  /* @__PURE__ */ Object.freeze({
    id: t('建议编号', 'suggestion id'),
    state: t('状态', 'state'),
    round: t('办理轮次', 'handling round'),
    assignedDay: t('交办日（首次交办）', 'day of (first) assignment'),
    reportingUnitId: t('主办单位', 'reporting unit'),
    topic: t('内容分类', 'topic'),
    level: t('人大层级', 'level of the congress'),
    jurisdiction: t('行政区划代码', 'jurisdiction code'),
    term: t('届次', 'term'),
    session: t('会次（闭会期间为空）', 'session, or null'),
    excluded: t(
      '不计入原因（撤回、并案、不予立案、尚未交办）',
      'why the item is left out of the rates, or null',
    ),
    keyItem: t('重点督办', 'key item'),
    replied: t('已办复', 'replied'),
    onTime: t('按期办复', 'replied on time'),
    closed: t('已办结', 'closed'),
    faceToFace: t('见面（面商或见面答复）', 'face-to-face consultation or reply'),
    formReturned: t('收回征询意见表', 'a counted form returned'),
    solvedOrPlanned: t('解决或计划逐步解决', 'solved or planned'),
    adopted: t('采纳', 'adopted'),
    reHandled: t('经过重新办理', 're-handled'),
    satisfied: t('满意（含基本满意，按件）', 'satisfied, broad (item)'),
    fullySatisfied: t('满意（仅满意，按件）', 'satisfied, narrow (item)'),
    basicallySatisfied: t('基本满意（按件）', 'basically satisfied (item)'),
    overdue: t('逾期未复', 'overdue'),
    outcomeClass: t('答复类别', 'outcome class'),
    daysToReply: t('办复用时（天）', 'days to reply'),
    daysLate: t('逾期天数', 'days overdue'),
    replies: t('答复件次', 'replies (件次)'),
    finalForms: t('最终评价表数', 'final forms'),
    finalSatisfied: t('最终评价：满意', 'final forms: satisfied'),
    finalBasicallySatisfied: t('最终评价：基本满意', 'final forms: basically satisfied'),
    firstRoundForms: t('第一轮评价表数', 'round-1 forms'),
    firstRoundSatisfied: t('第一轮评价：满意', 'round-1 forms: satisfied'),
    firstRoundBasicallySatisfied: t('第一轮评价：基本满意', 'round-1 forms: basically satisfied'),
    assistingInputsSent: t('已提交的协办意见（件次）', 'assisting inputs sent'),
    assistingInputsLate: t('逾期提交的协办意见', 'assisting inputs sent late'),
    assistingInputsOwed: t('本轮欠交的协办意见（办理中）', 'assisting inputs owed this round'),
    assistingInputsOverdue: t('欠交且已过期限的协办意见', 'assisting inputs owed past due'),
    followUpsDischarged: t('已履行的跟踪办理义务', 'follow-up duties discharged'),
    followUpsLate: t('逾期履行的跟踪办理义务', 'follow-up duties discharged late'),
    followUpsOpen: t('未履行的跟踪办理义务', 'follow-up duties open'),
    followUpsOverdue: t('未履行且已过期限的跟踪办理义务', 'follow-up duties open past due'),
    assignmentJudged: t('按交办期限评判（闭会期间建议）', 'judged by the assignment deadline'),
    assignmentUndecided: t(
      '交办期限无法评判（缺收到时间或日历未覆盖）',
      'the assignment deadline cannot be judged',
    ),
    daysLateToAssign: t('交办超期天数', 'days late to assign, or null'),
    waitingForAssignment: t('交办超期且仍未交办', 'late to assign and still waiting'),
  });

/** Contexts per policy and asOf: a table of rows costs one context, not one per row. */
const contexts = new WeakMap<object, Map<string, DashboardContext>>();

/** The dashboard context of the options, made once per frozen policy and asOf (internal). */
export function factsContextOf(options: SuggestionFactsRowOptions): DashboardContext {
  const checks = new ArgumentChecks('SuggestionStats');
  const given = checks.options<SuggestionFactsRowOptions>(options, 'options', '选项', false);
  checks.done();
  const policy = given.policy as SuggestionStatsPolicy;
  const asOf = given.asOf as string;
  // Only a frozen policy is remembered (definePolicy's are): one that can change cannot be.
  const frozen = typeof policy === 'object' && policy !== null && Object.isFrozen(policy);
  const byAsOf = frozen ? contexts.get(policy) : undefined;
  const known = typeof asOf === 'string' ? byAsOf?.get(asOf) : undefined;
  if (known !== undefined) return known;
  const ctx = createDashboardContext(policy, asOf);
  if (!frozen) return ctx;
  if (byAsOf === undefined) contexts.set(policy, new Map([[asOf, ctx]]));
  else byAsOf.set(asOf, ctx);
  return ctx;
}

const has = (flags: number, fact: ItemFact): boolean => (flags & ITEM_BIT[fact]) !== 0;

/** How many duties of a reading (not excluded) have a fact. */
function dutiesWith(duties: DutyReading, fact: DutyFact): number {
  let n = 0;
  for (let i = 0; i < duties.count; i++) {
    const bits = duties.facts[i] as number;
    if ((bits & DUTY_EXCLUDED_MASK) === 0 && (bits & DUTY_BIT[fact]) !== 0) n++;
  }
  return n;
}

/**
 * One suggestion's facts as a flat row of primitives (建议事实行): what {@link suggestionStats}
 * counts, by the same rules, to store beside the record and aggregate in SQL.
 *
 * @remarks
 * Each fact is read as the dashboard reads it ({@link ITEM_FACTS}); summing a column over the rows
 * where `excluded` is null gives the dashboard's counts, e.g. 办复率 = Σ replied ÷ count, 满意率 =
 * Σ (finalSatisfied + finalBasicallySatisfied) ÷ Σ finalForms. The columns and their names are
 * listed in {@link SUGGESTION_FACT_COLUMNS}. The record is read as stored (parse it on load with
 * `parseSuggestion`); `asOf` sets the day days late are counted to.
 *
 * @param record - A suggestion record.
 * @param options - The policy and `asOf`.
 * @returns The row, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for options without a usable policy or
 * `asOf`, or a record that cannot be read.
 *
 * @example
 * ```ts
 * import { suggestionFactsRow } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const rows = suggestions.map((s) => suggestionFactsRow(s, { policy, asOf }));
 * const counted = rows.filter((row) => row.excluded === null);
 * console.log(counted.filter((row) => row.replied).length <= counted.length); // true
 * ```
 * @category Metrics
 */
export function suggestionFactsRow(
  record: Suggestion,
  options: SuggestionFactsRowOptions,
): SuggestionFactsRow {
  return guard('suggestionFactsRow', () => {
    const ctx = factsContextOf(options);
    return Object.freeze(factsRowOf(record, ctx, readItem(record, ctx, newItemReading())));
  });
}

/** The row of a record read into `reading` (internal): shared with the facts tables. */
export function factsRowOf(
  record: Suggestion,
  ctx: DashboardContext,
  reading: ItemReading,
): SuggestionFactsRow {
  const flags = reading.flags;
  const counted = (flags & ITEM_EXCLUDED_MASK) === 0;
  let finalForms = 0;
  let finalSatisfied = 0;
  let finalBasic = 0;
  let firstForms = 0;
  let firstSatisfied = 0;
  let firstBasic = 0;
  for (const e of record.evaluations) {
    const bits = formFlags(record, ctx, e, flags);
    if ((bits & FORM_EXCLUDED_MASK) !== 0) continue;
    const satisfied = (bits & FORM_BIT.satisfied) !== 0 ? 1 : 0;
    const basic = (bits & FORM_BIT.basicallySatisfied) !== 0 ? 1 : 0;
    if ((bits & FORM_BIT.final) !== 0) {
      finalForms++;
      finalSatisfied += satisfied;
      finalBasic += basic;
    }
    if ((bits & FORM_BIT.firstRound) !== 0) {
      firstForms++;
      firstSatisfied += satisfied;
      firstBasic += basic;
    }
  }
  const first = record.assignments[0];
  // 交办超期, by the one rule the dashboard counts (internal/lateAssignment.ts).
  const late = assignmentLateness(record, ctx);
  return {
    id: record.id,
    state: record.state,
    round: record.round,
    assignedDay: first === undefined ? null : first.assignedDay,
    reportingUnitId: reportingAssignmentOf(record)?.unitId ?? null,
    topic: record.topic ?? null,
    level: record.congress.level,
    jurisdiction: record.congress.jurisdiction,
    term: record.congress.term,
    session: record.session ?? null,
    excluded: ITEM_EXCLUSIONS.find((reason) => has(flags, reason)) ?? null,
    keyItem: has(flags, 'keyItem'),
    replied: has(flags, 'replied'),
    onTime: has(flags, 'onTime'),
    closed: has(flags, 'closed'),
    faceToFace: has(flags, 'faceToFace'),
    formReturned: has(flags, 'formReturned'),
    solvedOrPlanned: has(flags, 'solvedOrPlanned'),
    adopted: has(flags, 'adopted'),
    reHandled: has(flags, 'reHandled'),
    satisfied: has(flags, 'satisfied'),
    fullySatisfied: has(flags, 'fullySatisfied'),
    basicallySatisfied: has(flags, 'basicallySatisfied'),
    overdue: has(flags, 'overdue'),
    outcomeClass: reading.outcomeClass ?? null,
    daysToReply: reading.daysToReply >= 0 ? reading.daysToReply : null,
    daysLate: reading.daysLate > 0 ? reading.daysLate : null,
    replies: counted ? answeringClasses(record, []) : 0,
    finalForms,
    finalSatisfied,
    finalBasicallySatisfied: finalBasic,
    firstRoundForms: firstForms,
    firstRoundSatisfied: firstSatisfied,
    firstRoundBasicallySatisfied: firstBasic,
    assistingInputsSent: dutiesWith(reading.inputs, 'done'),
    assistingInputsLate: dutiesWith(reading.inputs, 'late'),
    assistingInputsOwed: dutiesWith(reading.inputs, 'open'),
    assistingInputsOverdue: dutiesWith(reading.inputs, 'overdue'),
    followUpsDischarged: dutiesWith(reading.followUps, 'done'),
    followUpsLate: dutiesWith(reading.followUps, 'late'),
    followUpsOpen: dutiesWith(reading.followUps, 'open'),
    followUpsOverdue: dutiesWith(reading.followUps, 'overdue'),
    assignmentJudged: late >= 0,
    assignmentUndecided: late === UNDECIDED,
    daysLateToAssign: late > 0 ? late : null,
    waitingForAssignment: late > 0 && isWaitingForAssignment(record),
  };
}

/**
 * {@link suggestionFactsRow} returning a result instead of throwing (建议事实行，不抛错).
 *
 * @param record - As for {@link suggestionFactsRow}.
 * @param options - As for {@link suggestionFactsRow}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeSuggestionFactsRow } from 'renda';
 *
 * console.log(safeSuggestionFactsRow(null as never, null as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeSuggestionFactsRow(
  record: Suggestion,
  options: SuggestionFactsRowOptions,
): Result<SuggestionFactsRow, ValidationError> {
  return safely('suggestionFactsRow', () => suggestionFactsRow(record, options));
}
