import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { GroupBy } from '../../stats/aggregateStates.js';
import type { MetricPeriod } from '../../stats/defineMetric.js';
import { ArgumentChecks, guard } from '../../stats/internal/invalidInput.js';
import { statsByGroup } from '../../stats/internal/statsByGroup.js';
import type { OpinionPolicy } from '../opinionPolicy.js';
import { OPINION_STATS } from './internal/opinionStatsContext.js';
import { opinionStatsAccumulator } from './opinionStatsAccumulator.js';
import type { OpinionStatsResult } from './opinionStatsTypes.js';

/**
 * Options of {@link opinionStats} (群众意见统计选项).
 *
 * @example
 * ```ts
 * import { byStation, defaultOpinionPolicy, type OpinionStatsOptions } from 'renda';
 *
 * const options: OpinionStatsOptions = {
 *   asOf: '2025-12-31T18:00:00+08:00',
 *   policy: defaultOpinionPolicy,
 *   groupBy: byStation,
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 * };
 * ```
 * @category Metrics
 */
export interface OpinionStatsOptions {
  /** When the figures are taken: overdue handling and feedback are judged against its day. */
  readonly asOf: string;
  /** The opinion policy: its zone (the asOf day), its categories (the order of `byCategory`). */
  readonly policy: OpinionPolicy;
  /** Group by one key function or several; see {@link byStation} and the others. */
  readonly groupBy?: GroupBy<ConstituentOpinion>;
  /**
   * The period: a date range (or `2025`, `2025-Q2`, `2025-06`) also filters by the day received
   * (`receivedDay`); another label ('十四届人大第三年') is only stamped.
   */
  readonly period?: MetricPeriod;
}

/**
 * The figures of the constituent-opinion loop in one pass (群众意见统计): opinions by channel,
 * category, level and state; 受理率, 按期办理率 (also per category), 按期闭环率, 解决率 and 推动解决
 * N 件, 满意率 (broad and narrow), 重办率; and 接待群众人次 per deputy and station; over all records
 * and per group.
 *
 * @remarks
 * Every rate follows its definition in {@link OPINION_METRICS}, over the facts of
 * {@link OPINION_FACTS} read at the asOf day:
 * - 受理率 = accepted ÷ screened;
 * - 按期办理率 = handled on time ÷ (handled + overdue with the unit), round 1;
 * - 按期闭环率 = (answered on the spot + fed back on time) ÷ (answered on the spot + fed back +
 *   feedback overdue): the constituent heard within the feedback time limit
 *   (`policy.feedbackWorkingDays`, frozen on the record as `feedbackDueDay`);
 * - 解决率 = resolved ÷ handled, the last handling's outcome (`counts.resolved` is 推动解决 N 件);
 * - 满意率 = (满意 + 基本满意) ÷ called back, and the narrow one 满意 ÷ called back, on the last
 *   callback; 重办率 = reopened ÷ called back.
 *
 * 接待群众人次: each opinion received in person (channels `station`, `receptionDay`, `visit`,
 * `memberContact`, `attendeeSymposium`) is one person received, whatever became of it (refused
 * and merged ones too: the person was met); it counts once in `total`, once for its station and
 * once for each deputy who received it.
 *
 * Records may be an array, any iterable or an async iterable (the result is then a Promise); one
 * accumulator reads each record once, so the groups and the total always agree. For shards, run
 * {@link aggregateStates} with `{ stats: opinionStatsAccumulator(policy, asOf) }`, then
 * {@link mergeAggregateStates} and {@link finalizeAggregate}. Every rate is a {@link Rate}
 * (`value` null when the denominator is 0) carrying its definition's id and version.
 *
 * @param records - The constituent opinions, sync or async iterable.
 * @param options - asOf, policy, grouping and period.
 * @returns The figures (a Promise of them for an async iterable), frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for bad records, asOf, policy or period, or a
 * key function that returns a non-string.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, opinionStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * const { total } = opinionStats(opinions, { asOf: '2025-12-31T18:00:00+08:00', policy: defaultOpinionPolicy });
 * const closed = total.rates.closedLoopRate;
 * console.log(closed.numerator <= closed.denominator); // true
 * console.log(total.n === opinions.length); // true
 * ```
 *
 * @example
 * ```ts
 * import { byReceivedMonth, byStation, defaultOpinionPolicy, opinionStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * // "Area" is the app's own key: here a station's district, from the app's station table.
 * const districtOf = new Map([['ST-1', '东城'], ['ST-2', '西城']]);
 * const byArea = (o: { stationId?: string }) => districtOf.get(o.stationId ?? '') ?? '(other)';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * const asOf = '2025-12-31T18:00:00+08:00';
 * const policy = defaultOpinionPolicy;
 * const byMonth = opinionStats(opinions, { asOf, policy, groupBy: [byStation, byReceivedMonth] });
 * console.log(byMonth.groups.every((g) => g.key.length === 2)); // true
 * const areas = opinionStats(opinions, { asOf, policy, groupBy: byArea });
 * console.log(areas.groups.reduce((n, g) => n + g.stats.n, 0) === areas.total.n); // true
 * ```
 * @category Metrics
 */
export function opinionStats(
  records: Iterable<ConstituentOpinion>,
  options: OpinionStatsOptions,
): OpinionStatsResult;
export function opinionStats(
  records: AsyncIterable<ConstituentOpinion>,
  options: OpinionStatsOptions,
): Promise<OpinionStatsResult>;
export function opinionStats(
  records: Iterable<ConstituentOpinion> | AsyncIterable<ConstituentOpinion>,
  options: OpinionStatsOptions,
): OpinionStatsResult | Promise<OpinionStatsResult>;
export function opinionStats(
  records: Iterable<ConstituentOpinion> | AsyncIterable<ConstituentOpinion>,
  options: OpinionStatsOptions,
): OpinionStatsResult | Promise<OpinionStatsResult> {
  return guard('opinionStats', () => {
    const checks = new ArgumentChecks(OPINION_STATS);
    // Records are checked first and synchronously: a non-iterable throws here, never as a rejection.
    checks.records(records, 'records', '群众意见', true);
    const given = checks.options<OpinionStatsOptions>(options, 'options', '统计选项', false);
    const { asOf, policy, groupBy, period } = given;
    checks.done();
    const stats = opinionStatsAccumulator(
      policy as OpinionPolicy,
      asOf as string,
      period === undefined ? {} : { period },
    );
    return statsByGroup(records, stats, groupBy);
  });
}
