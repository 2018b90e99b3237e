// The `safeX` twins of the suggestion dashboard: each returns `{ ok: true, value } |
// { ok: false, error }` and never throws, whatever it is given; for an async iterable of records,
// a Promise that always resolves, to a result.

import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { Suggestion } from '../../model/suggestion.js';
import type { Accumulator } from '../../stats/accumulator.js';
import type { GroupKeyFn } from '../../stats/aggregateStates.js';
import { type SafeResult, safely } from '../../stats/internal/invalidInput.js';
import { byAssignmentMonth, byAssignmentQuarter, byAssignmentYear } from './groupKeys.js';
import { type RankUnitsOptions, rankUnits, type UnitRanking } from './rankUnits.js';
import {
  type SuggestionMetricDefinitions,
  suggestionMetricDefinitions,
} from './suggestionMetricDefinitions.js';
import {
  type SuggestionStatsGroup,
  type SuggestionStatsOptions,
  type SuggestionStatsResult,
  suggestionStats,
} from './suggestionStats.js';
import {
  type SuggestionStatsAccumulatorOptions,
  type SuggestionStatsState,
  suggestionStatsAccumulator,
} from './suggestionStatsAccumulator.js';
import type { SuggestionStatsPolicy } from './suggestionStatsPolicy.js';
import type { SuggestionStats } from './suggestionStatsTypes.js';

/**
 * {@link suggestionStats} returning a result instead of throwing (建议办理统计，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link suggestionStats}; never throws, whatever it is given (records
 * that are not iterable, missing options, a bad policy, asOf or period, a Proxy whose traps throw,
 * a key function that throws): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument. For an async iterable (a database cursor) it
 * returns a Promise that always resolves, to a result, even when the cursor fails midway.
 *
 * @param records - As for {@link suggestionStats}.
 * @param options - As for {@link suggestionStats}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` (a Promise of it for an async iterable).
 *
 * @example
 * ```ts
 * import { defaultPolicy, safeSuggestionStats } from 'renda';
 *
 * const result = safeSuggestionStats([], { asOf: '2025-12-31T10:00:00Z', policy: defaultPolicy, period: '2025-13' });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['period']
 * ```
 * @category Metrics
 */
export function safeSuggestionStats(
  records: Iterable<Suggestion>,
  options: SuggestionStatsOptions,
): Result<SuggestionStatsResult, ValidationError>;
export function safeSuggestionStats(
  records: AsyncIterable<Suggestion>,
  options: SuggestionStatsOptions,
): Promise<Result<SuggestionStatsResult, ValidationError>>;
export function safeSuggestionStats(
  records: Iterable<Suggestion> | AsyncIterable<Suggestion>,
  options: SuggestionStatsOptions,
):
  | Result<SuggestionStatsResult, ValidationError>
  | Promise<Result<SuggestionStatsResult, ValidationError>>;
export function safeSuggestionStats(
  records: Iterable<Suggestion> | AsyncIterable<Suggestion>,
  options: SuggestionStatsOptions,
):
  | Result<SuggestionStatsResult, ValidationError>
  | Promise<Result<SuggestionStatsResult, ValidationError>> {
  return safely('suggestionStats', () => suggestionStats(records, options)) as SafeResult<
    SuggestionStatsResult | Promise<SuggestionStatsResult>
  >;
}

/**
 * {@link suggestionStatsAccumulator} returning a result instead of throwing (建议统计累加器，不抛错).
 *
 * @param policy - As for {@link suggestionStatsAccumulator}.
 * @param asOf - As for {@link suggestionStatsAccumulator}.
 * @param options - As for {@link suggestionStatsAccumulator}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { defaultPolicy, safeSuggestionStatsAccumulator } from 'renda';
 *
 * console.log(safeSuggestionStatsAccumulator(defaultPolicy, 'yesterday').ok); // false
 * ```
 * @category Metrics
 */
export function safeSuggestionStatsAccumulator(
  policy: SuggestionStatsPolicy,
  asOf: string,
  options?: SuggestionStatsAccumulatorOptions,
): Result<Accumulator<Suggestion, SuggestionStatsState, SuggestionStats>, ValidationError> {
  return safely('suggestionStatsAccumulator', () =>
    suggestionStatsAccumulator(policy, asOf, options),
  );
}

/**
 * {@link suggestionMetricDefinitions} returning a result instead of throwing (指标定义，不抛错).
 *
 * @param policy - As for {@link suggestionMetricDefinitions}.
 * @param asOf - As for {@link suggestionMetricDefinitions}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeSuggestionMetricDefinitions } from 'renda';
 *
 * console.log(safeSuggestionMetricDefinitions(null as never, '2025-12-31T10:00:00Z').ok); // false
 * ```
 * @category Metrics
 */
export function safeSuggestionMetricDefinitions(
  policy: SuggestionStatsPolicy,
  asOf: string,
): Result<SuggestionMetricDefinitions, ValidationError> {
  return safely('suggestionMetricDefinitions', () => suggestionMetricDefinitions(policy, asOf));
}

/**
 * {@link rankUnits} returning a result instead of throwing (承办单位排名，不抛错).
 *
 * @param stats - As for {@link rankUnits}.
 * @param options - As for {@link rankUnits}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeRankUnits, type SuggestionRateId } from 'renda';
 *
 * const result = safeRankUnits([], { metric: 'replyRat' as SuggestionRateId });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'UNKNOWN_VALUE'
 * ```
 * @category Metrics
 */
export function safeRankUnits(
  stats: SuggestionStatsResult | readonly SuggestionStatsGroup[],
  options?: RankUnitsOptions,
): Result<readonly UnitRanking[], ValidationError> {
  return safely('rankUnits', () => rankUnits(stats, options));
}

/**
 * {@link byAssignmentMonth} returning a result instead of throwing (按交办月份分组，不抛错).
 *
 * @param policy - As for {@link byAssignmentMonth}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeByAssignmentMonth } from 'renda';
 *
 * console.log(safeByAssignmentMonth({ timeZone: 'Mars/Olympus' }).ok); // false
 * ```
 * @category Metrics
 */
export function safeByAssignmentMonth(policy?: {
  readonly timeZone: string;
}): Result<GroupKeyFn<Suggestion>, ValidationError> {
  return safely('byAssignmentMonth', () => byAssignmentMonth(policy));
}

/**
 * {@link byAssignmentQuarter} returning a result instead of throwing (按交办季度分组，不抛错).
 *
 * @param policy - As for {@link byAssignmentQuarter}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeByAssignmentQuarter } from 'renda';
 *
 * console.log(safeByAssignmentQuarter().ok); // true
 * ```
 * @category Metrics
 */
export function safeByAssignmentQuarter(policy?: {
  readonly timeZone: string;
}): Result<GroupKeyFn<Suggestion>, ValidationError> {
  return safely('byAssignmentQuarter', () => byAssignmentQuarter(policy));
}

/**
 * {@link byAssignmentYear} returning a result instead of throwing (按交办年度分组，不抛错).
 *
 * @param policy - As for {@link byAssignmentYear}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeByAssignmentYear } from 'renda';
 *
 * console.log(safeByAssignmentYear(null as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeByAssignmentYear(policy?: {
  readonly timeZone: string;
}): Result<GroupKeyFn<Suggestion>, ValidationError> {
  return safely('byAssignmentYear', () => byAssignmentYear(policy));
}
