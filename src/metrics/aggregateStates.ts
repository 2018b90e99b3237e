import type { AnyAccumulator, JsonValue } from './accumulator.js';
import {
  createEngine,
  type Engine,
  engineToStates,
  stepEngine,
} from './internal/aggregateEngine.js';
import { ArgumentChecks, guard } from './internal/invalidInput.js';

/**
 * A grouping key of a record (分组键), e.g. its handling unit's id.
 *
 * @example
 * ```ts
 * import type { GroupKeyFn } from 'renda';
 *
 * const byUnit: GroupKeyFn<{ unitId: string }> = (record) => record.unitId;
 * ```
 * @category Metrics
 */
export type GroupKeyFn<TRecord> = (record: TRecord) => string;

/**
 * One key function, or several for multi-key groups (unit × topic) (分组方式).
 *
 * @example
 * ```ts
 * import type { GroupBy } from 'renda';
 *
 * const byUnitAndYear: GroupBy<{ unitId: string; year: number }> = [
 *   (r) => r.unitId,
 *   (r) => String(r.year),
 * ];
 * ```
 * @category Metrics
 */
export type GroupBy<TRecord> = GroupKeyFn<TRecord> | readonly GroupKeyFn<TRecord>[];

/**
 * The metrics {@link aggregate} runs, by name (指标集合).
 *
 * @example
 * ```ts
 * import { countAccumulator, type MetricsMap } from 'renda';
 *
 * const metrics: MetricsMap<{ late: boolean }> = { late: countAccumulator((r) => r.late) };
 * ```
 * @category Metrics
 */
export type MetricsMap<TRecord> = Readonly<Record<string, AnyAccumulator<TRecord>>>;

/**
 * Options of {@link aggregateStates} (分片汇总选项).
 *
 * @example
 * ```ts
 * import type { AggregateStatesOptions } from 'renda';
 *
 * const options: AggregateStatesOptions<{ unitId: string }> = { groupBy: (r) => r.unitId };
 * ```
 * @category Metrics
 */
export interface AggregateStatesOptions<TRecord> {
  /** How to group records; no groups when omitted. */
  readonly groupBy?: GroupBy<TRecord>;
}

/**
 * One group of {@link AggregateStates} (分组状态).
 *
 * @example
 * ```ts
 * import type { AggregateGroupStates } from 'renda';
 *
 * const group: AggregateGroupStates = { key: ['U1'], states: { replied: { numerator: 1, denominator: 2 } } };
 * ```
 * @category Metrics
 */
export type AggregateGroupStates = {
  /** The group's key, one string per key function (empty without grouping). */
  readonly key: readonly string[];
  /** The raw state of each metric, by name. */
  readonly states: { readonly [name: string]: JsonValue };
};

/**
 * The raw, mergeable result of one pass (可合并的汇总状态): plain JSON, safe to post to another worker
 * thread, store, or send over the network, then merge and finalize.
 *
 * @example
 * ```ts
 * import { aggregateStates, countAccumulator, type AggregateStates } from 'renda';
 *
 * const states: AggregateStates = aggregateStates([1, 2, 3], { n: countAccumulator() });
 * console.log(JSON.stringify(states).length > 0); // true
 * ```
 * @category Metrics
 */
export type AggregateStates = {
  /** The format tag, `'renda.aggregate/1'`. */
  readonly format: string;
  /** How many key functions made the groups (0 without grouping). */
  readonly keyLength: number;
  /** The id and version of the accumulator behind each metric name. */
  readonly metrics: { readonly [name: string]: { readonly id: string; readonly version: number } };
  /** Every group seen, sorted by key in code-unit order (one group with key [] without grouping). */
  readonly groups: readonly AggregateGroupStates[];
};

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
  return guard('aggregateStates', () => {
    const checks = new ArgumentChecks('Aggregate');
    checks.records(records, 'records', '记录', true);
    const given = checks.options<AggregateStatesOptions<TRecord>>(options, 'options', '选项', true);
    const engine = createEngine(metrics as MetricsMap<never>, given.groupBy as GroupBy<never>);
    if (typeof (records as Iterable<TRecord>)[Symbol.iterator] === 'function') {
      stepSync(engine, records as Iterable<TRecord>);
      // Not frozen here: the states hold values of the records (an overdue item's id), which are
      // the caller's; `guard` hands out a frozen copy of what is not frozen already.
      return engineToStates(engine);
    }
    return stepAsync(engine, records as AsyncIterable<TRecord>);
  });
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
