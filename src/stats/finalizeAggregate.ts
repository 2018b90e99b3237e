import { parseTimestamp } from '../internal/timestamp.js';
import type { AccumulatorResult, AnyAccumulator, JsonValue } from './accumulator.js';
import type { AggregateStates, MetricsMap } from './aggregateStates.js';
import type { MetricPeriod } from './defineMetric.js';
import { checkStates } from './internal/aggregateEngine.js';
import { ArgumentChecks, fieldName, guard } from './internal/invalidInput.js';
import { checkPeriod } from './internal/period.js';

/**
 * An accumulator's result as {@link aggregate} returns it (带时间标记的结果): object results also
 * carry the `period` and `asOf` the run was given.
 *
 * @example
 * ```ts
 * import type { Rate, StampedResult } from 'renda';
 *
 * const stamped: StampedResult<Rate> = { numerator: 1, denominator: 2, value: 0.5, asOf: '2024-01-01T00:00:00.000Z' };
 * ```
 * @category Metrics
 */
export type StampedResult<TResult> = TResult extends readonly unknown[]
  ? TResult
  : TResult extends object
    ? TResult & { readonly period?: MetricPeriod; readonly asOf?: string }
    : TResult;

/**
 * The results of every metric, by name (各指标结果).
 *
 * @example
 * ```ts
 * import { countAccumulator, type AggregateResults } from 'renda';
 *
 * const metrics = { late: countAccumulator((r: { late: boolean }) => r.late) };
 * const results: AggregateResults<typeof metrics> = { late: 3 };
 * ```
 * @category Metrics
 */
export type AggregateResults<TMetrics> = {
  readonly [K in keyof TMetrics]: StampedResult<AccumulatorResult<TMetrics[K]>>;
};

/**
 * One group of an {@link AggregateResult} (分组结果).
 *
 * @example
 * ```ts
 * import { countAccumulator, type AggregateGroup } from 'renda';
 *
 * const metrics = { n: countAccumulator() };
 * const group: AggregateGroup<typeof metrics> = { key: ['U1'], results: { n: 2 } };
 * ```
 * @category Metrics
 */
export interface AggregateGroup<TMetrics> {
  /** The group's key, one string per key function. */
  readonly key: readonly string[];
  /** Every metric's result for the group. */
  readonly results: AggregateResults<TMetrics>;
}

/**
 * What {@link aggregate} returns (汇总结果): the results over all records and per group.
 *
 * @example
 * ```ts
 * import { aggregate, countAccumulator, type AggregateResult } from 'renda';
 *
 * const metrics = { n: countAccumulator<{ unit: string }>() };
 * const result: AggregateResult<typeof metrics> = aggregate([{ unit: 'U1' }], metrics, {
 *   groupBy: (r) => r.unit,
 * });
 * console.log(result.groups.length); // 1
 * ```
 * @category Metrics
 */
export interface AggregateResult<TMetrics> {
  /** Every metric over all records. */
  readonly total: AggregateResults<TMetrics>;
  /** Every group seen, sorted by key in code-unit order; empty without `groupBy`. */
  readonly groups: readonly AggregateGroup<TMetrics>[];
  /** The period, when given. */
  readonly period?: MetricPeriod;
  /** The as-of timestamp, when given. */
  readonly asOf?: string;
}

/**
 * Options of {@link finalizeAggregate} (汇总结果选项): what to stamp on every result.
 *
 * @example
 * ```ts
 * import type { FinalizeAggregateOptions } from 'renda';
 *
 * const options: FinalizeAggregateOptions = { period: '2023', asOf: '2024-01-31T16:00:00.000Z' };
 * ```
 * @category Metrics
 */
export interface FinalizeAggregateOptions {
  /** The period the figures cover, stamped on every object result. */
  readonly period?: MetricPeriod;
  /** When the figures were taken (an ISO timestamp you pass in; renda never reads the clock). */
  readonly asOf?: string;
}

/**
 * Turns raw states into results (生成汇总结果): each metric's `result` per group and over all groups.
 *
 * @remarks
 * The total is the merge of every group's state (exact, by the accumulator laws), so the total and
 * the groups always agree. Object results get `period` and `asOf` when given (every published
 * figure needs them: WriteToThem #422); numbers and arrays are returned as they are. Results and
 * their containers are frozen; the states are not changed.
 *
 * @typeParam TMetrics - The metrics by name.
 * @param states - From {@link aggregateStates} or {@link mergeAggregateStates}, possibly via JSON.
 * @param metrics - The metrics that made them (checked by name, id and version).
 * @param options - The period and as-of timestamp.
 * @returns The total and the groups, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` (issue `INCOMPATIBLE_STATES`) when the states
 * were made by other metrics or versions.
 *
 * @example
 * ```ts
 * import { aggregateStates, countAccumulator, finalizeAggregate } from 'renda';
 *
 * const metrics = { n: countAccumulator() };
 * const json = JSON.stringify(aggregateStates(['a', 'b'], metrics));
 * console.log(finalizeAggregate(JSON.parse(json), metrics).total.n); // 2
 * ```
 * @category Metrics
 */
export function finalizeAggregate<TMetrics extends MetricsMap<never>>(
  states: AggregateStates,
  metrics: TMetrics,
  options?: FinalizeAggregateOptions,
): AggregateResult<TMetrics> {
  return guard('finalizeAggregate', () => resultsOfStates(states, metrics, options));
}

/**
 * The body of {@link finalizeAggregate}, unguarded: `aggregate` calls it on states of its own
 * making, so only its result is frozen on the way out.
 */
export function resultsOfStates<TMetrics extends MetricsMap<never>>(
  states: AggregateStates,
  metrics: TMetrics,
  options: FinalizeAggregateOptions | undefined,
): AggregateResult<TMetrics> {
  const checks = new ArgumentChecks('Aggregate');
  const given = checks.options<FinalizeAggregateOptions>(options, 'options', '选项', true);
  // A period here is only stamped (the engine does not know a record's day), but a malformed
  // or reversed one is refused all the same.
  const period = checkPeriod(checks, given.period).stamp;
  const asOf = given.asOf;
  if (asOf !== undefined && (typeof asOf !== 'string' || parseTimestamp(asOf) === undefined)) {
    checks.add('INVALID_VALUE', ['asOf'], {
      field: fieldName('统计截止时间', 'asOf'),
      expected: fieldName('带时区偏移的 ISO 8601 时间', 'an ISO 8601 timestamp with an offset'),
      got: asOf,
    });
  }
  checks.done();
  checkStates(states, metrics, 'states');
  const names = Object.keys(metrics);
  const stamp: { period?: MetricPeriod; asOf?: string } = {};
  if (period !== undefined) stamp.period = period;
  if (asOf !== undefined) stamp.asOf = asOf;
  const stamped = Object.keys(stamp).length > 0;

  const resultsOf = (stateOf: (name: string) => JsonValue): AggregateResults<TMetrics> => {
    const results: Record<string, unknown> = {};
    for (const name of names) {
      const value = (metrics[name] as AnyAccumulator<never>).result(stateOf(name));
      const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
      results[name] = stamped && isObject ? withStamp(value, stamp) : value;
    }
    return Object.freeze(results) as AggregateResults<TMetrics>;
  };

  const totalStates = names.map((name) => {
    const metric = metrics[name] as AnyAccumulator<never>;
    let state = metric.init();
    for (const group of states.groups) state = metric.merge(state, group.states[name]);
    return state as JsonValue;
  });
  const total = resultsOf((name) => totalStates[names.indexOf(name)] as JsonValue);
  const groups =
    states.keyLength === 0
      ? []
      : states.groups.map((group) =>
          Object.freeze({
            key: Object.freeze([...group.key]),
            results: resultsOf((name) => group.states[name] as JsonValue),
          }),
        );
  return Object.freeze({ total, groups: Object.freeze(groups), ...stamp });
}

/** A copy of an object result with the stamp, keeping non-enumerable members (e.g. `quantile`). */
function withStamp(value: object, stamp: { period?: MetricPeriod; asOf?: string }): object {
  const copy = Object.create(
    Object.getPrototypeOf(value),
    Object.getOwnPropertyDescriptors(value),
  ) as Record<string, unknown>;
  for (const [key, stampValue] of Object.entries(stamp)) {
    Object.defineProperty(copy, key, {
      value: stampValue,
      enumerable: true,
      writable: false,
      configurable: false,
    });
  }
  return Object.freeze(copy);
}
