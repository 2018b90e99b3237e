import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { Accumulator } from '../../stats/accumulator.js';
import { categoryCountAccumulator } from '../../stats/categoryCountAccumulator.js';
import type { MetricPeriod } from '../../stats/defineMetric.js';
import { ArgumentChecks, guard } from '../../stats/internal/invalidInput.js';
import type { OpinionPolicy } from '../opinionPolicy.js';
import { UNCLASSIFIED } from './internal/keys.js';
import {
  OPINION_STATS,
  type OpinionStatsContext,
  opinionStatsContext,
} from './internal/opinionStatsContext.js';
import { opinionStatsResult } from './internal/opinionStatsResult.js';
import { checkReadableOpinion } from './internal/readableOpinion.js';
import { OPINION_FACT_BIT, readOpinionFacts } from './opinionFacts.js';
import type { OpinionStats, OpinionStatsState } from './opinionStatsTypes.js';

/**
 * Options of {@link opinionStatsAccumulator} (群众意见统计选项).
 *
 * @example
 * ```ts
 * import type { OpinionStatsAccumulatorOptions } from 'renda';
 *
 * const options: OpinionStatsAccumulatorOptions = { period: { from: '2025-01-01', to: '2025-12-31' } };
 * ```
 * @category Metrics
 */
export interface OpinionStatsAccumulatorOptions {
  /**
   * The period. A date range (or a year `2025`, quarter `2025-Q2`, month `2025-06`) also filters:
   * only opinions received (`receivedDay`) within it are counted; another label is only stamped.
   */
  readonly period?: MetricPeriod;
}

// One tally for every count of the state: a category → count object that any string may key
// (`__proto__` included), merged by sums, so the whole state merges commutatively.
const tally = /* @__PURE__ */ categoryCountAccumulator<string>((key) => key);

function initState(): OpinionStatsState {
  return {
    records: 0,
    outsidePeriod: 0,
    facts: tally.init(),
    states: tally.init(),
    channels: tally.init(),
    levels: tally.init(),
    deputies: tally.init(),
    stations: tally.init(),
  };
}

function mergeStates(a: OpinionStatsState, b: OpinionStatsState): OpinionStatsState {
  return {
    records: a.records + b.records,
    outsidePeriod: a.outsidePeriod + b.outsidePeriod,
    facts: tally.merge(a.facts, b.facts),
    states: tally.merge(a.states, b.states),
    channels: tally.merge(a.channels, b.channels),
    levels: tally.merge(a.levels, b.levels),
    deputies: tally.merge(a.deputies, b.deputies),
    stations: tally.merge(a.stations, b.stations),
  };
}

function makeStep(ctx: OpinionStatsContext) {
  const { from, to, asOfDay } = ctx;
  return (st: OpinionStatsState, record: ConstituentOpinion): OpinionStatsState => {
    if (typeof record !== 'object' || record === null || typeof record.receivedDay !== 'string') {
      checkReadableOpinion(record);
    }
    const day = record.receivedDay;
    if (from !== null && !(day >= from && (to === null || day <= to))) {
      st.outsidePeriod++;
      return st;
    }
    checkReadableOpinion(record);
    st.records++;
    const flags = readOpinionFacts(record, asOfDay);
    const classification = record.classification;
    tally.step(st.facts, `${flags}:${classification?.category ?? UNCLASSIFIED}`);
    tally.step(st.states, record.state);
    tally.step(st.channels, record.channel);
    tally.step(st.levels, classification?.level ?? UNCLASSIFIED);
    if ((flags & OPINION_FACT_BIT.inPerson) !== 0) {
      // One 人次 per deputy who met the person, however often the id is listed.
      for (const deputyId of new Set(record.deputyIds)) tally.step(st.deputies, deputyId);
      if (record.stationId !== undefined) tally.step(st.stations, record.stationId);
    }
    return st;
  };
}

/**
 * The constituent-opinion figures as ONE accumulator (群众意见统计累加器), for {@link aggregate}
 * and for shards: run {@link aggregateStates} with it per shard, then
 * {@link mergeAggregateStates} and {@link finalizeAggregate}.
 *
 * @remarks
 * Its step reads each opinion once into the bits of {@link OPINION_FACTS} at the asOf day (the
 * calendar day of `asOf` in `policy.timeZone`) and counts the pattern under the opinion's
 * category; the result reads every rate from the patterns by its lists in
 * {@link OPINION_METRICS}. The state is plain JSON and its merge adds counts, so it is
 * associative and commutative. Memory: O(groups × categories × distinct fact patterns +
 * deputies + stations).
 *
 * @param policy - The opinion policy: its zone, categories, id and version.
 * @param asOf - When the figures are taken (an ISO timestamp with an offset).
 * @param options - The period.
 * @returns The accumulator, id `opinionStats`, version 1, whose result is an {@link OpinionStats}.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad policy, asOf or period.
 *
 * @example
 * ```ts
 * import { aggregateStates, defaultOpinionPolicy, finalizeAggregate, mergeAggregateStates, opinionStatsAccumulator } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * const metrics = { stats: opinionStatsAccumulator(defaultOpinionPolicy, '2025-12-31T18:00:00+08:00') };
 * const half = Math.floor(opinions.length / 2);
 * const merged = mergeAggregateStates(
 *   aggregateStates(opinions.slice(0, half), metrics),
 *   aggregateStates(opinions.slice(half), metrics),
 *   metrics,
 * );
 * const { total } = finalizeAggregate(merged, metrics);
 * console.log(total.stats.n === opinions.length); // true
 * ```
 * @category Metrics
 */
export function opinionStatsAccumulator(
  policy: OpinionPolicy,
  asOf: string,
  options?: OpinionStatsAccumulatorOptions,
): Accumulator<ConstituentOpinion, OpinionStatsState, OpinionStats> {
  return guard('opinionStatsAccumulator', () => {
    const checks = new ArgumentChecks(OPINION_STATS);
    const given = checks.options<OpinionStatsAccumulatorOptions>(
      options,
      'options',
      '统计选项',
      true,
    );
    const ctx = opinionStatsContext(policy, asOf, given.period);
    return Object.freeze({
      id: 'opinionStats',
      version: 1,
      init: initState,
      step: makeStep(ctx),
      merge: mergeStates,
      result: (state: OpinionStatsState) => opinionStatsResult(state, ctx),
    });
  });
}
