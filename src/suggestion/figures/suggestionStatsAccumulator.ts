import { freezeFresh } from '../../internal/frozenResult.js';
import type { Suggestion } from '../../model/suggestion.js';
import { SUGGESTION_STATES } from '../../model/suggestionState.js';
import type { Accumulator } from '../../stats/accumulator.js';
import type { MetricPeriod } from '../../stats/defineMetric.js';
import { histogramAccumulator } from '../../stats/histogramAccumulator.js';
import { ArgumentChecks, guard } from '../../stats/internal/invalidInput.js';
import { readSharesOptions } from '../../stats/internal/sharesOptions.js';
import { rate } from '../../stats/rate.js';
import { type SharesOptions, shares } from '../../stats/shares.js';
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
import {
  type CompiledRate,
  compiledRates,
  countRate,
  mostLateFirst,
  type RateCounts,
  rateDefinitionOf,
} from './internal/rateRules.js';
import {
  SUGGESTION_METRICS,
  type SuggestionMetricDescriptor,
  type SuggestionRateId,
} from './suggestionMetrics.js';
import type { SuggestionStatsPolicy } from './suggestionStatsPolicy.js';
import type {
  LateAssignmentItem,
  OverdueItem,
  SuggestionDuties,
  SuggestionDutyCounts,
  SuggestionRate,
  SuggestionStats,
} from './suggestionStatsTypes.js';

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
const CLOSED_CATEGORY = new Set(['closed', 'withdrawn', 'merged', 'notRegistered']);

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

const addTo = (target: { [key: string]: number }, key: string, amount: number): void => {
  const previous = Object.hasOwn(target, key) ? (target[key] as number) : 0;
  // Assignment is safe for every key but '__proto__', which would set the prototype instead.
  if (key !== '__proto__') {
    target[key] = previous + amount;
    return;
  }
  Object.defineProperty(target, key, {
    value: previous + amount,
    writable: true,
    enumerable: true,
    configurable: true,
  });
};

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
      result: (state: SuggestionStatsState) => statsResult(state, ctx, sharesOptions),
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

const figureBase = (d: SuggestionMetricDescriptor, n: number, ctx: DashboardContext) => ({
  id: d.id,
  version: d.version,
  name: d.name,
  unit: d.unit,
  n,
  asOf: ctx.asOf,
  ...(ctx.period === undefined ? {} : { period: ctx.period }),
});

function rateResult(
  compiled: CompiledRate,
  counts: RateCounts,
  ctx: DashboardContext,
): SuggestionRate {
  const excluded: Record<string, number> = Object.create(null);
  compiled.exclusionReasons.forEach((reason, index) => {
    excluded[reason] = counts.excluded[index] ?? 0;
  });
  const result: SuggestionRate = {
    ...rateDefinitionOf(compiled),
    ...rate(counts.numerator, counts.denominator),
    n: counts.units,
    excluded: Object.freeze(excluded),
    asOf: ctx.asOf,
    ...(ctx.period === undefined ? {} : { period: ctx.period }),
  };
  return Object.freeze(result);
}

function classCounts(
  known: readonly number[],
  other: { readonly [code: string]: number },
  ctx: DashboardContext,
): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  ctx.classCodes.forEach((code, index) => {
    counts[code] = known[index] ?? 0;
  });
  for (const code of Object.keys(other).sort()) addTo(counts, code, other[code] as number);
  return counts;
}

/** Topics in code-unit order, a prototype-free object. */
function topicCounts(topics: { readonly [topic: string]: number }): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (const topic of Object.keys(topics).sort()) addTo(counts, topic, topics[topic] as number);
  return counts;
}

const histogramOf = /* @__PURE__ */ histogramAccumulator<number>((value) => value);

function statsResult(
  st: SuggestionStatsState,
  ctx: DashboardContext,
  sharesOptions: SharesOptions,
): SuggestionStats {
  const M = SUGGESTION_METRICS;
  // Every rate from its rule (SUGGESTION_METRICS[id].rule, or its byBase rule under the policy's
  // satisfactionBase) over the counted fact patterns.
  const rates = {} as Record<SuggestionRateId, SuggestionRate>;
  let itemCounts: RateCounts | undefined;
  const patternsByUnit = {
    item: st.items,
    reply: st.replies,
    evaluation: st.forms,
    assistingInput: allPatterns(st.inputs),
    followUp: allPatterns(st.followUps),
  };
  for (const compiled of compiledRates(ctx.satisfactionBase)) {
    const patterns = patternsByUnit[compiled.unit];
    const counts = countRate(compiled, patterns);
    if (compiled.id === 'replyRate') itemCounts = counts;
    rates[compiled.id] = rateResult(compiled, counts, ctx);
  }
  const assigned = (itemCounts as RateCounts).units;
  const itemExcluded = (itemCounts as RateCounts).excluded;

  const byState: Record<string, number> = Object.create(null);
  let open = 0;
  let repliedState = 0;
  let closed = 0;
  for (const name of Object.keys(st.states)) {
    const count = st.states[name] as number;
    addTo(byState, name, count);
    if (name === 'replied') repliedState += count;
    else if (CLOSED_CATEGORY.has(name)) closed += count;
    else open += count;
  }
  const excluded: Record<string, number> = Object.create(null);
  M.replyRate.exclusions.forEach((rule, index) => {
    excluded[rule.reason] = itemExcluded[index] ?? 0;
  });

  const counts = classCounts(st.classes, st.otherClasses, ctx);
  const replyCounts = classCounts(st.replyClasses, st.otherReplyClasses, ctx);
  const sumOf = (record: Record<string, number>) =>
    Object.values(record).reduce((sum, value) => sum + value, 0);

  const histogramState: Record<string, number> = {};
  st.days.forEach((count, day) => {
    if (count > 0) histogramState[day] = count;
  });
  const days = histogramOf.result(histogramState);

  const overdueItems: OverdueItem[] = st.overdueIds.map((id, index) => {
    const daysLate = st.overdueDays[index] as number;
    return freezeFresh({ id, daysLate, veryOverdue: daysLate > ctx.veryOverdueDays });
  });
  overdueItems.sort(mostLateFirst);

  const lateIds = st.lateAssignIds;
  const lateItems: LateAssignmentItem[] = lateIds.map((id, index) =>
    freezeFresh({
      id,
      daysLate: st.lateAssignDays[index] as number,
      assigned: st.lateAssignWaiting[index] !== 1,
    }),
  );
  lateItems.sort(mostLateFirst);

  const roundCount = Math.ceil(st.rounds.length / 3);
  const rounds = Array.from({ length: roundCount }, (_, index) => {
    const forms = st.rounds[3 * index + 1] ?? 0;
    return Object.freeze({
      round: index + 1,
      replies: st.rounds[3 * index] ?? 0,
      evaluations: forms,
      satisfaction: rate(st.rounds[3 * index + 2] ?? 0, forms),
    });
  });

  const policy = ctx.policy;
  return Object.freeze({
    id: 'suggestionStats',
    version: 3,
    asOf: ctx.asOf,
    ...(ctx.period === undefined ? {} : { period: ctx.period }),
    n: st.records,
    policy: Object.freeze({
      id: policy.id,
      version: policy.version,
      repliedWhen: policy.repliedWhen,
      evaluationCounting: policy.evaluationCounting,
      satisfactionBase: ctx.satisfactionBase,
      outcomeTaxonomy: policy.outcomeTaxonomy.id,
    }),
    stateCounts: Object.freeze({
      ...figureBase(M.stateCounts, st.records, ctx),
      byState: Object.freeze(byState),
      byCategory: Object.freeze({ open, replied: repliedState, closed }),
      excluded: Object.freeze(excluded),
      assigned,
      outsidePeriod: st.outsidePeriod,
    }),
    rates: Object.freeze(rates),
    outcomeClasses: Object.freeze({
      ...figureBase(M.outcomeClasses, sumOf(counts), ctx),
      counts: Object.freeze(counts),
      shares: shares(counts, sharesOptions),
    }),
    topics: Object.freeze({
      ...figureBase(M.topics, st.records, ctx),
      counts: Object.freeze(topicCounts(st.topics)),
      shares: shares(topicCounts(st.topics), sharesOptions),
    }),
    outcomeClassReplies: Object.freeze({
      ...figureBase(M.outcomeClassReplies, sumOf(replyCounts), ctx),
      counts: Object.freeze(replyCounts),
    }),
    timeToReply: Object.freeze({ ...figureBase(M.timeToReply, days.n, ctx), days }),
    overdue: Object.freeze({
      ...figureBase(M.overdue, overdueItems.length, ctx),
      veryOverdue: overdueItems.filter((o) => o.veryOverdue).length,
      veryOverdueDays: ctx.veryOverdueDays,
      items: freezeFresh(overdueItems),
    }),
    lateAssignment: Object.freeze({
      ...figureBase(M.lateAssignment, lateItems.length, ctx),
      judged: st.assignJudged,
      undecided: st.assignUndecided,
      waiting: lateItems.filter((item) => !item.assigned).length,
      rule: Object.freeze({ ...ctx.assignRule }),
      items: freezeFresh(lateItems),
    }),
    rounds: Object.freeze({
      ...figureBase(
        M.rounds,
        rounds.reduce((sum, r) => sum + r.replies, 0),
        ctx,
      ),
      rounds: Object.freeze(rounds),
    }),
    assistingInputs: dutiesResult(M.assistingInputs, st.inputs, ctx),
    followUps: dutiesResult(M.followUps, st.followUps, ctx),
  });
}

/** A duty figure: its tallied facts counted over the patterns, in total and by unit. */
function dutiesResult(
  d: SuggestionMetricDescriptor,
  byUnit: DutyPatterns,
  ctx: DashboardContext,
): SuggestionDuties {
  const facts = d.tally?.facts ?? [];
  const total = emptyTally(facts);
  let units = 0;
  let excluded = 0;
  const perUnit: Record<string, SuggestionDutyCounts> = Object.create(null);
  for (const unitId of Object.keys(byUnit).sort()) {
    const patterns = byUnit[unitId] as { [flags: string]: number };
    const counts = emptyTally(facts);
    let counted = false;
    for (const key of Object.keys(patterns)) {
      const flags = Number(key);
      const count = patterns[key] as number;
      if (addToTally(counts, facts, flags, count)) {
        addToTally(total, facts, flags, count);
        units += count;
        counted = true;
      } else excluded += count;
    }
    if (counted) setOwn(perUnit, unitId, Object.freeze(counts as DutyCounts));
  }
  return Object.freeze({
    ...figureBase(d, units, ctx),
    counts: Object.freeze(total as DutyCounts),
    excluded: Object.freeze({ itemExcluded: excluded }),
    byUnit: Object.freeze(perUnit),
  });
}
