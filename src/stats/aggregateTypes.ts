import type { AnyAccumulator, JsonValue } from './accumulator.js';

// The types of a mergeable pass, apart from the functions that make them (the engine reads them).

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
