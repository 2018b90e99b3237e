import type { Suggestion } from '../../model/suggestion.js';
import { SUGGESTION_STATES } from '../../model/suggestionState.js';
import type { Accumulator } from '../../stats/accumulator.js';
import type { MetricPeriod } from '../../stats/defineMetric.js';
import { ArgumentChecks, guard } from '../../stats/internal/invalidInput.js';
import { readSharesOptions } from '../../stats/internal/sharesOptions.js';
import type { SharesOptions } from '../../stats/shares.js';
import {
  answeringClasses,
  countRounds,
  type DutyReading,
  ITEM_BIT,
  ITEM_EXCLUDED_MASK,
  newItemReading,
  readItem,
  topicOf,
} from './facts.js';
import {
  addTo,
  assembleStats,
  type DutyTallyParts,
  type StatsParts,
} from './internal/assembleStats.js';
import { createDashboardContext, type DashboardContext } from './internal/context.js';
import { dayNumber } from './internal/days.js';
import {
  addToTally,
  allPatterns,
  type DutyCounts,
  type DutyPatterns,
  emptyTally,
  patternsOf,
  setOwn,
} from './internal/dutyTally.js';
import {
  assignmentLateness,
  isWaitingForAssignment,
  NOT_JUDGED,
  UNDECIDED,
} from './internal/lateAssignment.js';
import { compiledRates, countRate } from './internal/rateRules.js';
import { SUGGESTION_METRICS, type SuggestionMetricDescriptor } from './suggestionMetrics.js';
import type { SuggestionStatsPolicy } from './suggestionStatsPolicy.js';
import type { SuggestionStats } from './suggestionStatsTypes.js';

/**
 * The plain-JSON state of {@link suggestionStatsAccumulator} (建议统计状态): items and evaluation
 * forms counted per distinct pattern of their facts (every rate is read from these through its
 * rule in {@link SUGGESTION_METRICS}), assisting inputs and follow-up duties likewise by the unit
 * that owes them, counts per state and class, a day histogram, per-round counts and the overdue
 * and late-to-assign lists.
 *
 * @example
 * ```ts
 * import { defaultPolicy, suggestionStatsAccumulator, type SuggestionStatsState } from 'renda';
 *
 * const state: SuggestionStatsState = suggestionStatsAccumulator(defaultPolicy, '2025-12-31T10:00:00Z').init();
 * console.log(Object.keys(JSON.parse(JSON.stringify(state)).items).length); // 0
 * ```
 * @category Metrics
 */
export type SuggestionStatsState = {
  /** Records counted (after the period filter). */
  records: number;
  /** Records outside a date-range period. */
  outsidePeriod: number;
  /** Items per pattern of facts: the key is the facts as an integer (bits of {@link ITEM_FACTS}, in order). */
  items: { [flags: string]: number };
  /** Evaluation forms per pattern of facts (bits of {@link FORM_FACTS}, in order). */
  forms: { [flags: string]: number };
  /** Replies (件次) per pattern of their item's facts. */
  replies: { [flags: string]: number };
  /** Items per state. */
  states: { [state: string]: number };
  /** Items per topic (`(none)` without one). */
  topics: { [topic: string]: number };
  /** Replied items per taxonomy class, in taxonomy order. */
  classes: number[];
  /** Replied items per class code not in the taxonomy. */
  otherClasses: { [code: string]: number };
  /** Replies (件次) per taxonomy class. */
  replyClasses: number[];
  /** Replies per class code not in the taxonomy. */
  otherReplyClasses: { [code: string]: number };
  /** days[d] = replied items that took d calendar days. */
  days: number[];
  /** Per round r (from 1): [replies, counted forms, satisfied or basically satisfied] at 3(r−1). */
  rounds: number[];
  /** Overdue item ids, with their days late at the same index of `overdueDays`. */
  overdueIds: string[];
  /** Days late of each overdue item. */
  overdueDays: number[];
  /** Items the late-to-assign rule judged (交办超期). */
  assignJudged: number;
  /** Items the late-to-assign rule could not decide. */
  assignUndecided: number;
  /** Ids of items late to assign (交办超期), with their days late at the same index of `lateAssignDays`. */
  lateAssignIds: string[];
  /** Days late to assign of each such item. */
  lateAssignDays: number[];
  /** 1 when the item still waits for its assignment, 0 when it was assigned late. */
  lateAssignWaiting: number[];
  /**
   * Assisting inputs (协办意见, 件次) per pattern of facts (bits of {@link DUTY_FACTS}), by the
   * assisting unit: `{ [unitId]: { [flags]: count } }`.
   */
  inputs: { [unitId: string]: { [flags: string]: number } };
  /** Follow-up duties (跟踪办理) per pattern of facts, by the unit that owes them. */
  followUps: { [unitId: string]: { [flags: string]: number } };
};

const STANDARD_STATES = SUGGESTION_STATES;

/**
 * Options of {@link suggestionStatsAccumulator} (统计选项).
 *
 * @example
 * ```ts
 * import type { SuggestionStatsAccumulatorOptions } from 'renda';
 *
 * const options: SuggestionStatsAccumulatorOptions = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   shares: { decimals: 1, rounding: 'adjustLargest' },
 * };
 * ```
 * @category Metrics
 */
export interface SuggestionStatsAccumulatorOptions {
  /**
   * The period. A date range also filters: only items assigned (their first assignment, 交办) on a day
   * within it are counted (the others are counted in `stateCounts.outsidePeriod`); a label such as
   * '2025' is only stamped.
   */
  readonly period?: MetricPeriod;
  /** How outcome shares are rounded; 1 decimal, half up by default. */
  readonly shares?: SharesOptions;
}

const sumArrays = (a: readonly number[], b: readonly number[]): number[] => {
  const out = new Array<number>(Math.max(a.length, b.length));
  for (let i = 0; i < out.length; i++) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return out;
};

const mergeObjects = (
  a: { readonly [key: string]: number },
  b: { readonly [key: string]: number },
): { [key: string]: number } => {
  const out: { [key: string]: number } = {};
  for (const key of Object.keys(a)) addTo(out, key, a[key] as number);
  for (const key of Object.keys(b)) addTo(out, key, b[key] as number);
  return out;
};

/**
 * The whole suggestion dashboard as ONE fused accumulator (建议办理统计累加器): its step reads each
 * record once into its facts and counts them, so a million records cost about one hand-written
 * loop.
 *
 * @remarks
 * Each record is read into the bits of {@link ITEM_FACTS} (exclusion reason, replied, on time,
 * closed, face-to-face, form returned, solved or planned, adopted, re-handled, key item, …) and
 * each of its evaluation forms into the bits of {@link FORM_FACTS}, by the handling rules the
 * workflow follows: the owing units under `repliedWhen` (办复口径), each unit's first reply
 * (replied, on time, days to reply: the slowest unit) and final reply (outcome class; follow-ups
 * never count), the round's binding deadline (overdue), each deputy's final form and whose counts
 * under `evaluationCounting`; each assisting input (sent, or owed this round as
 * {@link pendingAssistingInputs} lists) and each follow-up duty into the bits of
 * {@link DUTY_FACTS}, under the unit that owes it. The state counts items, forms and duties per
 * distinct pattern of facts; each
 * rate is then read from the patterns by its rule in {@link SUGGESTION_METRICS}, the same rule the
 * per-definition path ({@link suggestionMetricDefinitions}) applies unit by unit.
 *
 * The state is plain JSON: merge partial states from shards or workers with
 * {@link mergeAggregateStates}. Memory: O(groups × distinct fact patterns + overdue items +
 * distinct days).
 *
 * @param policy - The policy the figures follow (counting rules, taxonomy, zone, threshold).
 * @param asOf - When the figures are taken (ISO timestamp with an offset).
 * @param options - The period and the share rounding.
 * @returns The accumulator, id `suggestionStats`, version 3 (its state counts fact patterns, and
 * since version 3 assisting inputs and follow-up duties by unit: a version-2 state is refused by
 * {@link mergeAggregateStates}).
 * @throws {@link RendaError} with code `INVALID_INPUT` for a policy without the needed parts or a
 * bad `asOf`.
 *
 * @example
 * ```ts
 * import { aggregate, suggestionStatsAccumulator } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const stats = suggestionStatsAccumulator(policy, asOf);
 * const { total } = aggregate(suggestions, { stats });
 * console.log(total.stats.rates.replyRate.denominator > 0); // true
 * ```
 * @category Metrics
 */
export function suggestionStatsAccumulator(
  policy: SuggestionStatsPolicy,
  asOf: string,
  options?: SuggestionStatsAccumulatorOptions,
): Accumulator<Suggestion, SuggestionStatsState, SuggestionStats> {
  return guard('suggestionStatsAccumulator', () => {
    const checks = new ArgumentChecks('SuggestionStats');
    const given = checks.options<SuggestionStatsAccumulatorOptions>(
      options,
      'options',
      '统计选项',
      true,
    );
    const period = given.period;
    const checked = readSharesOptions(checks, given.shares, ['shares']);
    checks.done();
    const ctx = createDashboardContext(policy, asOf, period);
    // The options as read once, so a getter is never asked again when the result is computed.
    const sharesOptions: SharesOptions = { decimals: checked.decimals, rounding: checked.rounding };
    return Object.freeze({
      id: 'suggestionStats',
      version: 3,
      init: () => initState(ctx),
      step: makeStep(ctx),
      merge: mergeStates,
      result: (state: SuggestionStatsState) =>
        assembleStats(partsOf(state, ctx), ctx, sharesOptions),
    });
  });
}

function initState(ctx: DashboardContext): SuggestionStatsState {
  const states: { [state: string]: number } = {};
  for (const name of STANDARD_STATES) states[name] = 0;
  return {
    records: 0,
    outsidePeriod: 0,
    items: {},
    forms: {},
    replies: {},
    states,
    topics: {},
    classes: new Array<number>(ctx.classCodes.length).fill(0),
    otherClasses: {},
    replyClasses: new Array<number>(ctx.classCodes.length).fill(0),
    otherReplyClasses: {},
    days: [],
    rounds: [],
    overdueIds: [],
    overdueDays: [],
    assignJudged: 0,
    assignUndecided: 0,
    lateAssignIds: [],
    lateAssignDays: [],
    lateAssignWaiting: [],
    inputs: {},
    followUps: {},
  };
}

function mergeStates(a: SuggestionStatsState, b: SuggestionStatsState): SuggestionStatsState {
  return {
    records: a.records + b.records,
    outsidePeriod: a.outsidePeriod + b.outsidePeriod,
    items: mergeObjects(a.items, b.items),
    forms: mergeObjects(a.forms, b.forms),
    replies: mergeObjects(a.replies, b.replies),
    states: mergeObjects(a.states, b.states),
    topics: mergeObjects(a.topics, b.topics),
    classes: sumArrays(a.classes, b.classes),
    otherClasses: mergeObjects(a.otherClasses, b.otherClasses),
    replyClasses: sumArrays(a.replyClasses, b.replyClasses),
    otherReplyClasses: mergeObjects(a.otherReplyClasses, b.otherReplyClasses),
    days: sumArrays(a.days, b.days),
    rounds: sumArrays(a.rounds, b.rounds),
    overdueIds: [...a.overdueIds, ...b.overdueIds],
    overdueDays: [...a.overdueDays, ...b.overdueDays],
    assignJudged: a.assignJudged + b.assignJudged,
    assignUndecided: a.assignUndecided + b.assignUndecided,
    lateAssignIds: [...a.lateAssignIds, ...b.lateAssignIds],
    lateAssignDays: [...a.lateAssignDays, ...b.lateAssignDays],
    lateAssignWaiting: [...a.lateAssignWaiting, ...b.lateAssignWaiting],
    inputs: mergeByUnit(a.inputs, b.inputs),
    followUps: mergeByUnit(a.followUps, b.followUps),
  };
}

function mergeByUnit(a: DutyPatterns, b: DutyPatterns): DutyPatterns {
  const out: DutyPatterns = {};
  for (const side of [a, b]) {
    for (const unitId of Object.keys(side)) {
      const merged = mergeObjects(
        patternsOf(out, unitId),
        side[unitId] as { [flags: string]: number },
      );
      setOwn(out, unitId, merged);
    }
  }
  return out;
}

/** Counts each duty of a reading under its unit. */
function countDuties(byUnit: DutyPatterns, duties: DutyReading): void {
  const unitIds = duties.unitIds;
  const facts = duties.facts;
  for (let i = 0; i < duties.count; i++) {
    const unitId = unitIds[i] as string;
    // One read for a unit already seen; an inherited name ('constructor', '__proto__') or a new
    // unit goes through patternsOf, which only ever sets an own key.
    let patterns = byUnit[unitId];
    if (typeof patterns !== 'object' || unitId === '__proto__')
      patterns = patternsOf(byUnit, unitId);
    countPattern(patterns, facts[i] as number);
  }
}

/** Adds one to the count of a pattern (integer keys: V8 keeps them as elements, no strings made). */
const countPattern = (patterns: { [flags: number]: number }, flags: number): void => {
  patterns[flags] = (patterns[flags] ?? 0) + 1;
};

function makeStep(ctx: DashboardContext) {
  const periodFrom = ctx.periodFrom;
  const periodTo = ctx.periodTo;
  const filtered = periodFrom !== null;
  // One reading, reused for every record: the step allocates nothing per record.
  const reading = newItemReading();

  const countClass = (
    counts: number[],
    other: { [code: string]: number },
    code: string,
    index: number,
  ): void => {
    if (index < 0) addTo(other, code, 1);
    else counts[index] = (counts[index] as number) + 1;
  };

  /** 交办超期: the one rule in internal/lateAssignment.ts, kept as counts and a list. */
  const stepLateAssignment = (st: SuggestionStatsState, s: Suggestion): void => {
    const late = assignmentLateness(s, ctx);
    if (late === NOT_JUDGED) return;
    if (late === UNDECIDED) {
      st.assignUndecided++;
      return;
    }
    st.assignJudged++;
    if (late > 0) {
      st.lateAssignIds.push(s.id);
      st.lateAssignDays.push(late);
      st.lateAssignWaiting.push(isWaitingForAssignment(s) ? 1 : 0);
    }
  };

  const classes: string[] = [];

  return (st: SuggestionStatsState, s: Suggestion): SuggestionStatsState => {
    if (filtered) {
      // The item's day of assignment: its first assignment's, so a reassignment (改交) after the
      // period's end does not move the item out of it.
      const first = s.assignments[0];
      const day = first === undefined ? null : dayNumber(first.assignedDay);
      if (day === null || day < (periodFrom as number) || (periodTo !== null && day > periodTo)) {
        st.outsidePeriod++;
        return st;
      }
    }
    st.records++;
    stepLateAssignment(st, s);
    const state = s.state;
    const states = st.states;
    if (Object.hasOwn(states, state)) states[state] = (states[state] as number) + 1;
    else addTo(states, state, 1);
    const topic = topicOf(s);
    if (Object.hasOwn(st.topics, topic)) st.topics[topic] = (st.topics[topic] as number) + 1;
    else addTo(st.topics, topic, 1);

    const facts = readItem(s, ctx, reading);
    const flags = facts.flags;
    countPattern(st.items, flags);
    const forms = facts.forms;
    for (let j = 0; j < s.evaluations.length; j++) countPattern(st.forms, forms[j] as number);
    if (facts.inputs.count > 0) countDuties(st.inputs, facts.inputs);
    if (facts.followUps.count > 0) countDuties(st.followUps, facts.followUps);
    if ((flags & ITEM_EXCLUDED_MASK) !== 0) return st;
    countRounds(st.rounds, s, facts);
    const answering = answeringClasses(s, classes);
    if (answering > 0) st.replies[flags] = (st.replies[flags] ?? 0) + answering;
    for (let i = 0; i < answering; i++) {
      const code = classes[i] as string;
      countClass(st.replyClasses, st.otherReplyClasses, code, ctx.classIndex.get(code) ?? -1);
    }
    if ((flags & ITEM_BIT.replied) !== 0) {
      const d = facts.daysToReply;
      const histogram = st.days;
      while (histogram.length <= d) histogram.push(0);
      histogram[d] = (histogram[d] as number) + 1;
      if (facts.outcomeClass !== undefined)
        countClass(st.classes, st.otherClasses, facts.outcomeClass, facts.classIndex);
    }
    if ((flags & ITEM_BIT.overdue) !== 0) {
      st.overdueIds.push(s.id);
      st.overdueDays.push(facts.daysLate);
    }
    return st;
  };
}

/** What the dashboard is assembled from, read off the state: each rate counted over its patterns. */
function partsOf(st: SuggestionStatsState, ctx: DashboardContext): StatsParts {
  const patternsByUnit = {
    item: st.items,
    reply: st.replies,
    evaluation: st.forms,
    assistingInput: allPatterns(st.inputs),
    followUp: allPatterns(st.followUps),
  };
  return {
    ...st,
    rateCounts: compiledRates(ctx.satisfactionBase).map((compiled) =>
      countRate(compiled, patternsByUnit[compiled.unit]),
    ),
    inputs: tallyOf(SUGGESTION_METRICS.assistingInputs, st.inputs),
    followUps: tallyOf(SUGGESTION_METRICS.followUps, st.followUps),
  };
}

/** A duty figure's tallied facts counted over the patterns, by unit. */
function tallyOf(d: SuggestionMetricDescriptor, byUnit: DutyPatterns): DutyTallyParts {
  const facts = d.tally?.facts ?? [];
  let excluded = 0;
  const perUnit: Record<string, DutyCounts> = Object.create(null);
  for (const unitId of Object.keys(byUnit)) {
    const patterns = byUnit[unitId] as { [flags: string]: number };
    const counts = emptyTally(facts);
    let counted = false;
    for (const key of Object.keys(patterns)) {
      const count = patterns[key] as number;
      if (addToTally(counts, facts, Number(key), count)) counted = true;
      else excluded += count;
    }
    if (counted) setOwn(perUnit, unitId, counts as DutyCounts);
  }
  return { byUnit: perUnit, excluded };
}
