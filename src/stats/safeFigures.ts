// The `safeX` twins of the generic figures (rates, shares, formatting, accumulators, the one-pass
// engine): each returns `{ ok: true, value } | { ok: false, error }` and never throws, whatever it
// is given. `safeRate` lives beside `rate`.

import type { Result } from '../model/shared/result.js';
import type { ValidationError } from '../model/shared/validationError.js';
import type { Accumulator, JsonValue } from './accumulator.js';
import { type AggregateOptions, aggregate } from './aggregate.js';
import {
  type AggregateStates,
  type AggregateStatesOptions,
  aggregateStates,
  type MetricsMap,
} from './aggregateStates.js';
import {
  type CategoryCountAccumulatorOptions,
  type CategoryCountResult,
  type CategoryCountState,
  categoryCountAccumulator,
} from './categoryCountAccumulator.js';
import { type CountAccumulatorOptions, countAccumulator } from './countAccumulator.js';
import { defineAccumulator } from './defineAccumulator.js';
import { defineMetric, type MetricDefinition, type MetricSpec } from './defineMetric.js';
import {
  type AggregateResult,
  type FinalizeAggregateOptions,
  finalizeAggregate,
} from './finalizeAggregate.js';
import { type FormatPercentOptions, formatPercent } from './formatPercent.js';
import { type FormatRateOptions, formatRate } from './formatRate.js';
import {
  type HistogramAccumulatorOptions,
  type HistogramResult,
  type HistogramState,
  histogramAccumulator,
} from './histogramAccumulator.js';
import { type SafeResult, safely } from './internal/invalidInput.js';
import { mergeAggregateStates } from './mergeAggregateStates.js';
import { periodRange } from './periodRange.js';
import type { Rate } from './rate.js';
import { type RateAccumulatorOptions, type RateState, rateAccumulator } from './rateAccumulator.js';
import { type SharesOptions, type SharesResult, shares } from './shares.js';
import { type RateInterval, wilsonInterval } from './wilsonInterval.js';

/**
 * {@link shares} returning a result instead of throwing (占比，不抛错).
 *
 * @remarks
 * Same rules as {@link shares}; never throws, whatever it is given: `null`, an unknown rounding
 * name (`'largestRemainer'`), a negative count or a Proxy come back as `{ ok: false, error }` with
 * code `INVALID_INPUT` and an issue naming the argument.
 *
 * @param counts - The counts, as an array or by key.
 * @param options - Decimals, rounding and denominator.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeShares, type ShareRounding } from 'renda';
 *
 * const typo = safeShares([1, 2], { rounding: 'largestRemainer' as ShareRounding });
 * if (!typo.ok) console.log(typo.error.issues[0]?.path); // ['rounding']
 * ```
 * @category Metrics
 */
export function safeShares(
  counts: readonly number[] | Readonly<Record<string, number>>,
  options?: SharesOptions,
): Result<SharesResult, ValidationError> {
  return safely('shares', () => shares(counts, options));
}

/**
 * {@link formatPercent} returning a result instead of throwing (百分比格式化，不抛错).
 *
 * @param value - A fraction in [0, 1], or `null`.
 * @param options - Decimals, locale and rounding.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeFormatPercent } from 'renda';
 *
 * console.log(safeFormatPercent(0.5, { decimals: 9 }).ok); // false
 * ```
 * @category Metrics
 */
export function safeFormatPercent(
  value: number | null,
  options?: FormatPercentOptions,
): Result<string, ValidationError> {
  return safely('formatPercent', () => formatPercent(value, options));
}

/**
 * {@link periodRange} returning a result instead of throwing (统计期间起止日，不抛错).
 *
 * @param period - `YYYY`, `YYYY-Qn` or `YYYY-MM`.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safePeriodRange } from 'renda';
 *
 * console.log(safePeriodRange('2025-Q5').ok); // false
 * console.log(safePeriodRange('十四届二次会议').ok); // false
 * ```
 * @category Metrics
 */
export function safePeriodRange(
  period: string,
): Result<{ readonly from: string; readonly to: string }, ValidationError> {
  return safely('periodRange', () => periodRange(period));
}

/**
 * {@link formatRate} returning a result instead of throwing (比率格式化，不抛错).
 *
 * @param value - The rate.
 * @param options - Decimals, locale and rounding.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { rate, safeFormatRate } from 'renda';
 *
 * const printed = safeFormatRate(rate(1, 3), { locale: 'en' });
 * if (printed.ok) console.log(printed.value); // '33.3% (1 of 3)'
 * ```
 * @category Metrics
 */
export function safeFormatRate(
  value: Rate,
  options?: FormatRateOptions,
): Result<string, ValidationError> {
  return safely('formatRate', () => formatRate(value, options));
}

/**
 * {@link wilsonInterval} returning a result instead of throwing (威尔逊区间，不抛错).
 *
 * @param successes - The count with the property.
 * @param trials - The count measured against.
 * @param confidence - Strictly between 0 and 1; 0.95 by default.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeWilsonInterval } from 'renda';
 *
 * console.log(safeWilsonInterval(5, 3).ok); // false
 * ```
 * @category Metrics
 */
export function safeWilsonInterval(
  successes: number,
  trials: number,
  confidence?: number,
): Result<RateInterval, ValidationError> {
  return safely('wilsonInterval', () => wilsonInterval(successes, trials, confidence));
}

/**
 * {@link rateAccumulator} returning a result instead of throwing (比率累加器，不抛错).
 *
 * @typeParam TRecord - The records.
 * @param options - The numerator and denominator predicates and the rate options.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeRateAccumulator } from 'renda';
 *
 * console.log(safeRateAccumulator(null as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeRateAccumulator<TRecord>(
  options: RateAccumulatorOptions<TRecord>,
): Result<Accumulator<TRecord, RateState, Rate>, ValidationError> {
  return safely('rateAccumulator', () => rateAccumulator(options));
}

/**
 * {@link countAccumulator} returning a result instead of throwing (计数累加器，不抛错).
 *
 * @typeParam TRecord - The records.
 * @param predicate - Which records count; every record by default.
 * @param options - The id.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCountAccumulator } from 'renda';
 *
 * console.log(safeCountAccumulator(() => true).ok); // true
 * ```
 * @category Metrics
 */
export function safeCountAccumulator<TRecord>(
  predicate?: (record: TRecord) => boolean,
  options?: CountAccumulatorOptions,
): Result<Accumulator<TRecord, number, number>, ValidationError> {
  return safely('countAccumulator', () => countAccumulator(predicate, options));
}

/**
 * {@link categoryCountAccumulator} returning a result instead of throwing (分类计数累加器，不抛错).
 *
 * @typeParam TRecord - The records.
 * @param keyOf - The category of a record.
 * @param options - The id and the categories always listed.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCategoryCountAccumulator } from 'renda';
 *
 * console.log(safeCategoryCountAccumulator((r: { c: string }) => r.c).ok); // true
 * ```
 * @category Metrics
 */
export function safeCategoryCountAccumulator<TRecord>(
  keyOf: (record: TRecord) => string | null | undefined,
  options?: CategoryCountAccumulatorOptions,
): Result<Accumulator<TRecord, CategoryCountState, CategoryCountResult>, ValidationError> {
  return safely('categoryCountAccumulator', () => categoryCountAccumulator(keyOf, options));
}

/**
 * {@link histogramAccumulator} returning a result instead of throwing (直方图累加器，不抛错).
 *
 * @typeParam TRecord - The records.
 * @param measure - The whole number measured on a record.
 * @param options - The id.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeHistogramAccumulator } from 'renda';
 *
 * console.log(safeHistogramAccumulator((r: { days: number }) => r.days).ok); // true
 * ```
 * @category Metrics
 */
export function safeHistogramAccumulator<TRecord>(
  measure: (record: TRecord) => number | null | undefined,
  options?: HistogramAccumulatorOptions,
): Result<Accumulator<TRecord, HistogramState, HistogramResult>, ValidationError> {
  return safely('histogramAccumulator', () => histogramAccumulator(measure, options));
}

/**
 * {@link defineAccumulator} returning a result instead of throwing (定义累加器，不抛错).
 *
 * @typeParam TRecord - The records.
 * @typeParam TState - The plain-JSON state.
 * @typeParam TResult - The result.
 * @param spec - id, version, init, step, merge, result.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeDefineAccumulator } from 'renda';
 *
 * console.log(safeDefineAccumulator(undefined as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeDefineAccumulator<TRecord, TState extends JsonValue, TResult>(
  spec: Accumulator<TRecord, TState, TResult>,
): Result<Accumulator<TRecord, TState, TResult>, ValidationError> {
  return safely('defineAccumulator', () => defineAccumulator(spec));
}

/**
 * {@link defineMetric} returning a result instead of throwing (定义指标，不抛错).
 *
 * @typeParam TRecord - The records.
 * @typeParam TUnit - The counted units.
 * @param spec - The declarative metric.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeDefineMetric } from 'renda';
 *
 * console.log(safeDefineMetric(null as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeDefineMetric<TRecord, TUnit = TRecord>(
  spec: MetricSpec<TRecord, TUnit>,
): Result<MetricDefinition<TRecord, TUnit>, ValidationError> {
  return safely('defineMetric', () => defineMetric(spec));
}

/**
 * {@link aggregate} returning a result instead of throwing (单遍汇总，不抛错).
 *
 * @remarks
 * Never throws, whatever it is given; for an async iterable it returns a Promise that always
 * resolves, to a result (a failing cursor, a key function that throws, a bad metric).
 *
 * @typeParam TRecord - The records.
 * @typeParam TMetrics - The metrics by name.
 * @param records - The records, sync or async iterable.
 * @param metrics - The accumulators by name.
 * @param options - Grouping, period and as-of timestamp.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` (a Promise of it for an async iterable).
 *
 * @example
 * ```ts
 * import { countAccumulator, safeAggregate } from 'renda';
 *
 * const result = safeAggregate(5 as never, { n: countAccumulator() });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'NOT_ITERABLE'
 * ```
 * @category Metrics
 */
export function safeAggregate<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateOptions<TRecord>,
): Result<AggregateResult<TMetrics>, ValidationError>;
export function safeAggregate<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateOptions<TRecord>,
): Promise<Result<AggregateResult<TMetrics>, ValidationError>>;
export function safeAggregate<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord> | AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateOptions<TRecord>,
):
  | Result<AggregateResult<TMetrics>, ValidationError>
  | Promise<Result<AggregateResult<TMetrics>, ValidationError>> {
  return safely('aggregate', () => aggregate(records, metrics, options)) as SafeResult<
    AggregateResult<TMetrics>
  >;
}

/**
 * {@link aggregateStates} returning a result instead of throwing (汇总状态，不抛错).
 *
 * @typeParam TRecord - The records.
 * @typeParam TMetrics - The metrics by name.
 * @param records - The records, sync or async iterable.
 * @param metrics - The accumulators by name.
 * @param options - Grouping.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` (a Promise of it for an async iterable).
 *
 * @example
 * ```ts
 * import { countAccumulator, safeAggregateStates } from 'renda';
 *
 * console.log(safeAggregateStates(['a'], { n: countAccumulator() }).ok); // true
 * ```
 * @category Metrics
 */
export function safeAggregateStates<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateStatesOptions<TRecord>,
): Result<AggregateStates, ValidationError>;
export function safeAggregateStates<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateStatesOptions<TRecord>,
): Promise<Result<AggregateStates, ValidationError>>;
export function safeAggregateStates<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord> | AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateStatesOptions<TRecord>,
): Result<AggregateStates, ValidationError> | Promise<Result<AggregateStates, ValidationError>> {
  return safely('aggregateStates', () => aggregateStates(records, metrics, options)) as SafeResult<
    AggregateStates | Promise<AggregateStates>
  >;
}

/**
 * {@link mergeAggregateStates} returning a result instead of throwing (合并汇总状态，不抛错).
 *
 * @typeParam TRecord - The records.
 * @param a - States from one shard.
 * @param b - States from another shard.
 * @param metrics - The same accumulators.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { countAccumulator, safeMergeAggregateStates } from 'renda';
 *
 * console.log(safeMergeAggregateStates(null as never, null as never, { n: countAccumulator() }).ok); // false
 * ```
 * @category Metrics
 */
export function safeMergeAggregateStates<TRecord>(
  a: AggregateStates,
  b: AggregateStates,
  metrics: MetricsMap<TRecord>,
): Result<AggregateStates, ValidationError> {
  return safely('mergeAggregateStates', () => mergeAggregateStates(a, b, metrics));
}

/**
 * {@link finalizeAggregate} returning a result instead of throwing (汇总结果，不抛错).
 *
 * @typeParam TMetrics - The metrics by name.
 * @param states - What {@link aggregateStates} returned (possibly through JSON).
 * @param metrics - The same accumulators.
 * @param options - Period and as-of timestamp to stamp.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { aggregateStates, countAccumulator, safeFinalizeAggregate } from 'renda';
 *
 * const metrics = { n: countAccumulator() };
 * const reversed = { period: { from: '2025-12-31', to: '2025-01-01' } };
 * console.log(safeFinalizeAggregate(aggregateStates(['a'], metrics), metrics, reversed).ok); // false
 * ```
 * @category Metrics
 */
export function safeFinalizeAggregate<TMetrics extends MetricsMap<never>>(
  states: AggregateStates,
  metrics: TMetrics,
  options?: FinalizeAggregateOptions,
): Result<AggregateResult<TMetrics>, ValidationError> {
  return safely('finalizeAggregate', () => finalizeAggregate(states, metrics, options));
}
