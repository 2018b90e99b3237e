import type {
  AggregateStates,
  AggregateStatesOptions,
  GroupBy,
  MetricsMap,
} from './aggregateTypes.js';
import {
  createEngine,
  type Engine,
  engineToStates,
  stepEngine,
} from './internal/aggregateEngine.js';
import { ArgumentChecks, guard } from './internal/invalidInput.js';

export type {
  AggregateGroupStates,
  AggregateStates,
  AggregateStatesOptions,
  GroupBy,
  GroupKeyFn,
  MetricsMap,
} from './aggregateTypes.js';

/**
 * Runs metrics over records in one pass and returns the raw mergeable states (分片汇总), for
 * sharding across worker threads, processes or days.
 *
 * @remarks
 * The same single pass as {@link aggregate}, stopping before `result`: combine the states of any
 * number of shards with {@link mergeAggregateStates}, then call {@link finalizeAggregate}. Because
 * every accumulator's merge is associative and commutative, the figures equal those of one pass over
 * all records, whatever the split. The states are plain JSON and are yours.
 *
 * Records may be an array, any `Iterable` (a generator) or an `AsyncIterable` (a database cursor, a
 * stream); for an async iterable the result is a Promise. Records are never kept: memory grows with
 * the number of groups, not records.
 *
 * @typeParam TRecord - The records.
 * @typeParam TMetrics - The metrics by name.
 * @param records - The records, sync or async iterable.
 * @param metrics - The accumulators by name.
 * @param options - The grouping.
 * @returns The states (a Promise of them for an async iterable).
 * @throws {@link RendaError} with code `INVALID_INPUT` when a metric is not an accumulator or a key
 * function returns a non-string.
 *
 * @example
 * ```ts
 * import { aggregateStates, finalizeAggregate, mergeAggregateStates, rateAccumulator } from 'renda';
 *
 * const metrics = { replied: rateAccumulator({ numerator: (r: { ok: boolean }) => r.ok, denominator: () => true }) };
 * const a = aggregateStates([{ ok: true }, { ok: false }], metrics);
 * const b = aggregateStates([{ ok: true }], metrics);
 * const merged = finalizeAggregate(mergeAggregateStates(a, b, metrics), metrics);
 * console.log(merged.total.replied.numerator, merged.total.replied.denominator); // 2 3
 * ```
 * @category Metrics
 */
export function aggregateStates<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateStatesOptions<TRecord>,
): AggregateStates;
export function aggregateStates<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateStatesOptions<TRecord>,
): Promise<AggregateStates>;
export function aggregateStates<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord> | AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateStatesOptions<TRecord>,
): AggregateStates | Promise<AggregateStates>;
export function aggregateStates<TRecord, TMetrics extends MetricsMap<TRecord>>(
  records: Iterable<TRecord> | AsyncIterable<TRecord>,
  metrics: TMetrics,
  options?: AggregateStatesOptions<TRecord>,
): AggregateStates | Promise<AggregateStates> {
  // Not frozen here: the states hold values of the records (an overdue item's id), which are the
  // caller's; `guard` hands out a frozen copy of what is not frozen already.
  return guard('aggregateStates', () => statesOf(records, metrics, options));
}

/**
 * The body of {@link aggregateStates}, unguarded: `aggregate` calls it so that the states, which
 * it never hands out, are not copied and frozen on the way.
 */
export function statesOf<TRecord>(
  records: Iterable<TRecord> | AsyncIterable<TRecord>,
  metrics: MetricsMap<TRecord>,
  options: AggregateStatesOptions<TRecord> | undefined,
): AggregateStates | Promise<AggregateStates> {
  const checks = new ArgumentChecks('Aggregate');
  checks.records(records, 'records', '记录', true);
  const given = checks.options<AggregateStatesOptions<TRecord>>(options, 'options', '选项', true);
  const engine = createEngine(metrics as MetricsMap<never>, given.groupBy as GroupBy<never>);
  if (typeof (records as Iterable<TRecord>)[Symbol.iterator] === 'function') {
    stepSync(engine, records as Iterable<TRecord>);
    return engineToStates(engine);
  }
  return stepAsync(engine, records as AsyncIterable<TRecord>);
}

/** The sync loop: kept tiny so V8 optimises it on its own. */
function stepSync(engine: Engine, records: Iterable<unknown>): void {
  for (const record of records) stepEngine(engine, record);
}

/** The thin async wrapper: the same step, awaited per record. */
async function stepAsync(
  engine: Engine,
  records: AsyncIterable<unknown>,
): Promise<AggregateStates> {
  for await (const record of records) stepEngine(engine, record);
  return engineToStates(engine);
}
