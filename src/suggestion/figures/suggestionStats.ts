import type { Suggestion } from '../../model/suggestion.js';
import type { GroupBy } from '../../stats/aggregateStates.js';
import type { MetricPeriod } from '../../stats/defineMetric.js';
import { ArgumentChecks, guard } from '../../stats/internal/invalidInput.js';
import { statsByGroup } from '../../stats/internal/statsByGroup.js';
import type { SharesOptions } from '../../stats/shares.js';
import { suggestionStatsAccumulator } from './suggestionStatsAccumulator.js';
import type { SuggestionStatsPolicy } from './suggestionStatsPolicy.js';
import type { SuggestionStats } from './suggestionStatsTypes.js';

/**
 * Options of {@link suggestionStats} (建议统计选项).
 *
 * @example
 * ```ts
 * import { byLeadUnit, defaultPolicy, type SuggestionStatsOptions } from 'renda';
 *
 * const options: SuggestionStatsOptions = {
 *   asOf: '2025-12-31T18:00:00+08:00',
 *   policy: defaultPolicy,
 *   groupBy: byLeadUnit,
 *   period: '2025',
 * };
 * ```
 * @category Metrics
 */
export interface SuggestionStatsOptions {
  /** When the figures are taken: overdue is judged against this instant's day. */
  readonly asOf: string;
  /** The counting rules, taxonomy, zone and overdue threshold. */
  readonly policy: SuggestionStatsPolicy;
  /** Group by one key function or several (unit × year); see {@link byLeadUnit} and the others. */
  readonly groupBy?: GroupBy<Suggestion>;
  /**
   * The period: a date range also filters by the item's day of assignment (交办, its first
   * assignment: a reassignment does not move it); a label
   * ('2025', '十四届二次会议') is only stamped.
   */
  readonly period?: MetricPeriod;
  /** How outcome shares are rounded; 1 decimal, half up by default. */
  readonly shares?: SharesOptions;
}

/**
 * One group of {@link SuggestionStatsResult} (分组统计).
 *
 * @example
 * ```ts
 * import type { SuggestionStatsGroup } from 'renda';
 *
 * const label = (g: SuggestionStatsGroup) => `${g.key.join(' / ')}: ${g.stats.n}`;
 * ```
 * @category Metrics
 */
export interface SuggestionStatsGroup {
  /** The group's key, one string per key function. */
  readonly key: readonly string[];
  /** The whole dashboard for the group. */
  readonly stats: SuggestionStats;
}

/**
 * What {@link suggestionStats} returns (建议统计结果): the dashboard over all records and per group.
 *
 * @example
 * ```ts
 * import type { SuggestionStatsResult } from 'renda';
 *
 * const units = (r: SuggestionStatsResult) => r.groups.length;
 * ```
 * @category Metrics
 */
export interface SuggestionStatsResult {
  /** Every figure over all records. */
  readonly total: SuggestionStats;
  /** Every group seen, sorted by key; empty without `groupBy`. */
  readonly groups: readonly SuggestionStatsGroup[];
  /** When the figures were taken. */
  readonly asOf: string;
  /** The period, when given. */
  readonly period?: MetricPeriod;
}

/**
 * The whole suggestion dashboard in one pass (建议办理统计): counts by state, 办复率, 按期办复率,
 * 办结率, 见面率, 满意率 (broad, narrow, 基本满意, 初次), feedback rate, outcome classes with shares,
 * solved-or-planned, 采纳率, 重办率, per-round figures, days to reply, overdue lists, key items,
 * 协办意见按期率 and 跟踪办理 (owed, overdue, discharged), over all records and per group.
 *
 * @remarks
 * Every figure follows its declarative definition in {@link SUGGESTION_METRICS}: 办复率 = items
 * replied ÷ items assigned (withdrawn, merged, not-registered and unassigned items never count);
 * 满意率 = (满意 + 基本满意) ÷ final forms returned (the Sichuan convention: returned forms, not
 * items); 协办意见按期率 = assisting inputs sent on time ÷ inputs due (sent, or still owed past their
 * due day), each input filed in `assistingInputs.byUnit` under its assisting unit; and so on (see
 * {@link suggestionStatsAccumulator} for the per-item rules). Every rate is a
 * {@link Rate} (`value` null when the denominator is 0) inside a result that carries the
 * definition's id and version, asOf, period and n.
 *
 * One fused accumulator reads each record once, so a million suggestions take about as long as a
 * hand-written loop. Records may be an array, any iterable or an async iterable (a database
 * cursor; the result is then a Promise); memory grows with the groups and the overdue items, never
 * with the records. The total is the merge of the groups, so they always agree. For worker threads,
 * run {@link aggregateStates} with `{ stats: suggestionStatsAccumulator(policy, asOf) }` per shard,
 * then {@link mergeAggregateStates} and {@link finalizeAggregate}.
 *
 * @param records - The suggestions, sync or async iterable.
 * @param options - asOf, policy, grouping, period and share rounding.
 * @returns The dashboard (a Promise of it for an async iterable), frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad policy, asOf or share options, or a
 * key function that returns a non-string.
 *
 * @example
 * ```ts
 * import { suggestionStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const { total } = suggestionStats(suggestions, { asOf, policy });
 * const reply = total.rates.replyRate;
 * console.log(reply.numerator <= reply.denominator); // true
 * console.log(total.outcomeClasses.shares.sumPrinted !== null); // true
 * ```
 *
 * @example
 * ```ts
 * import { byAssignmentYear, byLeadUnit, suggestionStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const { groups } = suggestionStats(suggestions, { asOf, policy, groupBy: [byLeadUnit, byAssignmentYear()] });
 * console.log(groups.every((g) => g.key.length === 2)); // true
 * ```
 * @category Metrics
 */
export function suggestionStats(
  records: Iterable<Suggestion>,
  options: SuggestionStatsOptions,
): SuggestionStatsResult;
export function suggestionStats(
  records: AsyncIterable<Suggestion>,
  options: SuggestionStatsOptions,
): Promise<SuggestionStatsResult>;
export function suggestionStats(
  records: Iterable<Suggestion> | AsyncIterable<Suggestion>,
  options: SuggestionStatsOptions,
): SuggestionStatsResult | Promise<SuggestionStatsResult>;
export function suggestionStats(
  records: Iterable<Suggestion> | AsyncIterable<Suggestion>,
  options: SuggestionStatsOptions,
): SuggestionStatsResult | Promise<SuggestionStatsResult> {
  return guard('suggestionStats', () => {
    const checks = new ArgumentChecks('SuggestionStats');
    // Records are checked first and synchronously: a non-iterable throws here, never as a rejection.
    checks.records(records, 'records', '建议记录', true);
    const given = checks.options<SuggestionStatsOptions>(options, 'options', '统计选项', false);
    const { asOf, policy, groupBy, period } = given;
    const sharesOptions = given.shares;
    checks.done();
    const stats = suggestionStatsAccumulator(policy as SuggestionStatsPolicy, asOf as string, {
      ...(period === undefined ? {} : { period }),
      ...(sharesOptions === undefined ? {} : { shares: sharesOptions }),
    });
    return statsByGroup(records, stats, groupBy);
  });
}
