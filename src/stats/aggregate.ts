import type { AggregateStatesOptions, MetricsMap } from './aggregateStates.js';
import { aggregateStates, statesOf } from './aggregateStates.js';
import {
  type AggregateResult,
  type FinalizeAggregateOptions,
  finalizeAggregate,
  resultsOfStates,
} from './finalizeAggregate.js';
import { guard } from './internal/invalidInput.js';

/**
 * Options of {@link aggregate} (汇总选项): grouping, period and as-of timestamp.
 *
 * @example
 * ```ts
 * import type { AggregateOptions } from 'renda';
 *
 * const options: AggregateOptions<{ unitId: string }> = {
 *   groupBy: (r) => r.unitId,
 *   period: { from: '2023-01-01', to: '2023-12-31' },
 *   asOf: '2024-01-31T16:00:00.000Z',
 * };
 * ```
 * @category Metrics
 */
export interface AggregateOptions<TRecord>
  extends AggregateStatesOptions<TRecord>,
    FinalizeAggregateOptions {}

/**
 * Runs a set of metrics over records in one pass (单遍汇总), over all records and per group.
 *
 * @remarks
 * One pass: each record is read once, its group found (no allocation for a known group), and every
 * accumulator's `step` applied to that group's state. The total is the merge of the groups, so it
 * always agrees with them. Records may be an array, any `Iterable` (a generator), or an
 * `AsyncIterable` (a database cursor), for which the result is a Promise; the async path is a thin
 * wrapper over the same step. Records are never stored: memory grows with the number of groups.
 *
 * Groups are sorted by key in code-unit order. With several key functions, a group's key has one
 * string per function (unit × topic). Object results carry `period` and `asOf` when given.
 *
 * For shards and worker threads use {@link aggregateStates}, {@link mergeAggregateStates} and
 * {@link finalizeAggregate}; `aggregate` is exactly their composition.
 *
 * @typeParam TRecord - The records.
 * @typeParam TMetrics - The metrics by name.
 * @param records - The records, sync or async iterable.
 * @param metrics - The accumulators (or metric definitions) by name.
 * @param options - Grouping, period and as-of timestamp.
 * @returns The total and per-group results (a Promise of them for an async iterable), frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when a metric is not an accumulator or a key
 * function returns a non-string.
 *
 * @example
 * ```ts
 * import { aggregate, rateAccumulator } from 'renda';
 *
 * const items = [
 *   { unit: 'U1', replied: true },
 *   { unit: 'U1', replied: false },
 *   { unit: 'U2', replied: true },
 * ];
 * const replied = rateAccumulator({ numerator: (r: (typeof items)[number]) => r.replied, denominator: () => true });
 * const { total, groups } = aggregate(items, { replied }, { groupBy: (r) => r.unit });
 * console.log(total.replied.numerator, groups[0]?.key, groups[0]?.results.replied.value); // 2 ['U1'] 0.5
 * ```
 *
 * @example
 * ```ts
 * import { aggregate, countAccumulator } from 'renda';
 *
 * async function* cursor() {
 *   yield { late: true };
 *   yield { late: false };
 * }
 * const { total } = await aggregate(cursor(), { late: countAccumulator((r: { late: boolean }) => r.late) });
 * console.log(total.late); // 1
 * ```
 * @category Metrics
 */
export function aggregate<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateOptions<TRecord>,
): AggregateResult<TMetrics>;
export function aggregate<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateOptions<TRecord>,
): Promise<AggregateResult<TMetrics>>;
export function aggregate<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord> | AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateOptions<TRecord>,
): AggregateResult<TMetrics> | Promise<AggregateResult<TMetrics>>;
export function aggregate<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord> | AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateOptions<TRecord>,
): AggregateResult<TMetrics> | Promise<AggregateResult<TMetrics>> {
  // One guard: the states stay inside, so only the result is frozen on the way out.
  return guard('aggregate', () => {
    const states = statesOf(records, metrics as MetricsMap<TRecord>, options);
    const finalize = options === undefined ? {} : finalizeOptions(options);
    return states instanceof Promise
      ? states.then((done) => resultsOfStates(done, metrics, finalize))
      : resultsOfStates(states, metrics, finalize);
  });
}

function finalizeOptions(options: FinalizeAggregateOptions): FinalizeAggregateOptions {
  return {
    ...(options.period === undefined ? {} : { period: options.period }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  };
}
