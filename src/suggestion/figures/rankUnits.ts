import { ArgumentChecks, fieldName, guard } from '../../stats/internal/invalidInput.js';
import { type Rate, rate } from '../../stats/rate.js';
import { SUGGESTION_RATE_IDS, type SuggestionRateId } from './suggestionMetrics.js';
import type { SuggestionStatsGroup, SuggestionStatsResult } from './suggestionStats.js';

const ORDERS = ['value', 'wilsonLow'] as const;

/**
 * Options of {@link rankUnits} (排名选项).
 *
 * @example
 * ```ts
 * import type { RankUnitsOptions } from 'renda';
 *
 * const options: RankUnitsOptions = { minimumN: 10, metric: 'onTimeReplyRate', orderBy: 'wilsonLow' };
 * ```
 * @category Metrics
 */
export interface RankUnitsOptions {
  /** The smallest denominator worth ranking; 10 by default. */
  readonly minimumN?: number;
  /** The rate to rank by; `replyRate` by default. */
  readonly metric?: SuggestionRateId;
  /**
   * `value` (the rate, then the Wilson lower bound on ties) or `wilsonLow` (the lower bound first, the
   * conservative order); `value` by default.
   */
  readonly orderBy?: 'value' | 'wilsonLow';
  /** The Wilson interval's confidence; 0.95 by default. */
  readonly confidence?: number;
}

/**
 * One row of {@link rankUnits} (排名行).
 *
 * @example
 * ```ts
 * import type { UnitRanking } from 'renda';
 *
 * const line = (r: UnitRanking) => `${r.rank ?? '—'} ${r.key.join('/')} n=${r.n}${r.belowMinimum ? ' *' : ''}`;
 * ```
 * @category Metrics
 */
export interface UnitRanking {
  /** Competition rank among rankable groups (ties share a rank); `null` below the minimum n. */
  readonly rank: number | null;
  /** The row's position in the table, 1-based. */
  readonly position: number;
  /** The group's key. */
  readonly key: readonly string[];
  /** The rate with its Wilson interval and `belowMinimum`. */
  readonly rate: Rate;
  /** The sample size: the rate's denominator. */
  readonly n: number;
  /** Below `minimumN`: flagged, listed after the ranked groups, never on top. */
  readonly belowMinimum: boolean;
  /** The rate's id. */
  readonly metric: SuggestionRateId;
}

/**
 * Ranks handling units (or any groups) by a dashboard rate (承办单位排名), honestly: with sample
 * sizes and Wilson intervals, and with groups below a minimum n flagged and listed after the
 * others, so a unit that answered its only item on time never tops the table (FixMyStreet #1957).
 *
 * @remarks
 * Order: rankable groups (denominator ≥ minimumN) by value descending, ties by the Wilson lower
 * bound, then by key; then the groups below the minimum in the same order; groups whose rate is
 * null (nothing to measure) last. `orderBy: 'wilsonLow'` ranks by the lower bound first.
 *
 * @param stats - The result of {@link suggestionStats} with `groupBy` (or its groups).
 * @param options - Minimum n, the rate, the order and the confidence.
 * @returns The rows, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a negative or fractional `minimumN`.
 *
 * @example
 * ```ts
 * import { byLeadUnit, rankUnits, suggestionStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const stats = suggestionStats(suggestions, { asOf, policy, groupBy: byLeadUnit });
 * const table = rankUnits(stats, { minimumN: 5, metric: 'onTimeReplyRate' });
 * console.log(table[0]?.belowMinimum); // false
 * ```
 * @category Metrics
 */
export function rankUnits(
  stats: SuggestionStatsResult | readonly SuggestionStatsGroup[],
  options?: RankUnitsOptions,
): readonly UnitRanking[] {
  return guard('rankUnits', () => {
    const checks = new ArgumentChecks('RankUnits');
    const given = checks.options<RankUnitsOptions>(options, 'options', '选项', true);
    const minimumN = checks.count('minimumN', '最小样本量', given.minimumN, 10);
    const metric = checks.oneOf(
      'metric',
      '排名指标',
      given.metric,
      SUGGESTION_RATE_IDS,
      'replyRate',
    );
    const orderBy = checks.oneOf('orderBy', '排序方式', given.orderBy, ORDERS, 'value');
    checks.openInterval('confidence', '置信水平', given.confidence, 0, 1);
    if (
      !Array.isArray(stats) &&
      (typeof stats !== 'object' ||
        stats === null ||
        !Array.isArray((stats as SuggestionStatsResult).groups))
    ) {
      checks.add('INVALID_TYPE', ['stats'], {
        field: fieldName('统计结果', 'stats'),
        expected: fieldName(
          'suggestionStats 的结果或其分组',
          'a suggestionStats result or its groups',
        ),
        got: stats,
      });
    }
    checks.done();
    const byLow = orderBy === 'wilsonLow';
    const groups = Array.isArray(stats) ? stats : (stats as SuggestionStatsResult).groups;
    const rows = (groups as readonly SuggestionStatsGroup[]).map((group) => {
      const base = group.stats.rates[metric];
      const r = rate(base.numerator, base.denominator, {
        interval: 'wilson',
        minimumN,
        ...(given.confidence === undefined ? {} : { confidence: given.confidence }),
      });
      return { key: group.key, rate: r, n: r.denominator, belowMinimum: r.belowMinimum === true };
    });
    const tier = (row: (typeof rows)[number]): number =>
      row.rate.value === null ? 2 : row.belowMinimum ? 1 : 0;
    const low = (row: (typeof rows)[number]): number => row.rate.interval?.low ?? 0;
    const value = (row: (typeof rows)[number]): number => row.rate.value ?? 0;
    rows.sort((a, b) => {
      const t = tier(a) - tier(b);
      if (t !== 0) return t;
      const first = byLow ? low(b) - low(a) : value(b) - value(a);
      if (first !== 0) return first;
      const second = byLow ? value(b) - value(a) : low(b) - low(a);
      if (second !== 0) return second;
      const ka = a.key.join('\u0000');
      const kb = b.key.join('\u0000');
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    let rank = 0;
    let previous: (typeof rows)[number] | undefined;
    return Object.freeze(
      rows.map((row, index) => {
        let rowRank: number | null = null;
        if (tier(row) === 0) {
          const tied =
            previous !== undefined && value(previous) === value(row) && low(previous) === low(row);
          rank = tied ? rank : index + 1;
          rowRank = rank;
          previous = row;
        }
        return Object.freeze({ rank: rowRank, position: index + 1, metric, ...row });
      }),
    );
  });
}
