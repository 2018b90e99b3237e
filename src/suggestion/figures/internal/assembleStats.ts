import { freezeFresh } from '../../../internal/frozenResult.js';
import { histogramAccumulator } from '../../../stats/histogramAccumulator.js';
import { rate } from '../../../stats/rate.js';
import { type SharesOptions, shares } from '../../../stats/shares.js';
import {
  SUGGESTION_METRICS,
  type SuggestionMetricDescriptor,
  type SuggestionRateId,
} from '../suggestionMetrics.js';
import type {
  LateAssignmentItem,
  OverdueItem,
  SuggestionDuties,
  SuggestionDutyCounts,
  SuggestionRate,
  SuggestionStats,
} from '../suggestionStatsTypes.js';
import type { DashboardContext } from './context.js';
import { type DutyCounts, emptyTally, setOwn } from './dutyTally.js';
import {
  type CompiledRate,
  compiledRates,
  mostLateFirst,
  type RateCounts,
  rateDefinitionOf,
} from './rateRules.js';

// The dashboard assembled from what was counted: the fused accumulator counts fact patterns and
// reads each rate's counts from them; the SQL path (suggestionStatsFromRows) has the engine count
// them. Both hand the counts here, so rates, shares, medians and lists are finished by one code.

/** A duty figure's counts: by the unit that owes the duties (units with a counted duty), and left out. */
export interface DutyTallyParts {
  readonly byUnit: { readonly [unitId: string]: DutyCounts };
  readonly excluded: number;
}

/** What the dashboard is assembled from (internal). */
export interface StatsParts {
  readonly records: number;
  readonly outsidePeriod: number;
  /** Each rate's counts, in the order of compiledRates(satisfactionBase). */
  readonly rateCounts: readonly RateCounts[];
  readonly states: { readonly [state: string]: number };
  readonly topics: { readonly [topic: string]: number };
  readonly classes: readonly number[];
  readonly otherClasses: { readonly [code: string]: number };
  readonly replyClasses: readonly number[];
  readonly otherReplyClasses: { readonly [code: string]: number };
  /** days[d] = replied items that took d calendar days. */
  readonly days: readonly number[];
  /** Per round r (from 1): [replies, counted forms, broad forms] at 3(r−1). */
  readonly rounds: readonly number[];
  readonly overdueIds: readonly string[];
  readonly overdueDays: readonly number[];
  readonly assignJudged: number;
  readonly assignUndecided: number;
  readonly lateAssignIds: readonly string[];
  readonly lateAssignDays: readonly number[];
  readonly lateAssignWaiting: readonly number[];
  readonly inputs: DutyTallyParts;
  readonly followUps: DutyTallyParts;
}

const CLOSED_CATEGORY = new Set(['closed', 'withdrawn', 'merged', 'notRegistered']);

export const addTo = (target: { [key: string]: number }, key: string, amount: number): void => {
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

/** The dashboard assembled from its parts: one assembly for the accumulator and the SQL path. */
export function assembleStats(
  st: StatsParts,
  ctx: DashboardContext,
  sharesOptions: SharesOptions,
): SuggestionStats {
  const M = SUGGESTION_METRICS;
  // Every rate from its rule (SUGGESTION_METRICS[id].rule, or its byBase rule under the policy's
  // satisfactionBase), counted by the caller: over fact patterns, or in SQL.
  const rates = {} as Record<SuggestionRateId, SuggestionRate>;
  let itemCounts: RateCounts | undefined;
  compiledRates(ctx.satisfactionBase).forEach((compiled, index) => {
    const counts = st.rateCounts[index] as RateCounts;
    if (compiled.id === 'replyRate') itemCounts = counts;
    rates[compiled.id] = rateResult(compiled, counts, ctx);
  });
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

/** A duty figure: its tallied facts, in total and by unit (units in code-unit order). */
function dutiesResult(
  d: SuggestionMetricDescriptor,
  tally: DutyTallyParts,
  ctx: DashboardContext,
): SuggestionDuties {
  const facts = d.tally?.facts ?? [];
  const total = emptyTally(facts) as DutyCounts;
  const perUnit: Record<string, SuggestionDutyCounts> = Object.create(null);
  for (const unitId of Object.keys(tally.byUnit).sort()) {
    const counts = tally.byUnit[unitId] as DutyCounts;
    for (const fact of facts) total[fact] += counts[fact];
    setOwn(perUnit, unitId, Object.freeze({ ...counts }));
  }
  return Object.freeze({
    ...figureBase(d, total.done + total.open, ctx),
    counts: Object.freeze(total),
    excluded: Object.freeze({ itemExcluded: tally.excluded }),
    byUnit: Object.freeze(perUnit),
  });
}
