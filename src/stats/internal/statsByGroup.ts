import type { Accumulator, JsonValue } from '../accumulator.js';
import { aggregate } from '../aggregate.js';
import type { GroupBy } from '../aggregateStates.js';
import type { MetricPeriod } from '../defineMetric.js';

// The one way a dashboard (the suggestion figures, the opinion figures) runs its fused accumulator
// over records and hands back the total and the groups, sync or async alike.

/** What a dashboard's accumulator reports: stamped with asOf and, when given, the period. */
interface Stamped {
  readonly asOf: string;
  readonly period?: MetricPeriod;
}

/** A dashboard over all records and per group (internal). */
export interface StatsByGroup<TStats> {
  readonly total: TStats;
  readonly groups: readonly { readonly key: readonly string[]; readonly stats: TStats }[];
  readonly asOf: string;
  readonly period?: MetricPeriod;
}

/**
 * Runs `stats` over the records with {@link aggregate}, grouped or not, and shapes the result;
 * a Promise of it for an async iterable.
 */
export function statsByGroup<TRecord, TState extends JsonValue, TStats extends Stamped>(
  records: Iterable<TRecord> | AsyncIterable<TRecord>,
  stats: Accumulator<TRecord, TState, TStats>,
  groupBy: GroupBy<TRecord> | undefined,
): StatsByGroup<TStats> | Promise<StatsByGroup<TStats>> {
  const run = aggregate(records, { stats }, groupBy === undefined ? {} : { groupBy });
  const shape = (result: Awaited<typeof run>): StatsByGroup<TStats> => {
    const total = result.total.stats as TStats;
    return Object.freeze({
      total,
      groups: Object.freeze(
        result.groups.map((group) =>
          Object.freeze({ key: group.key, stats: group.results.stats as TStats }),
        ),
      ),
      asOf: total.asOf,
      ...(total.period === undefined ? {} : { period: total.period }),
    });
  };
  return run instanceof Promise ? run.then(shape) : shape(run);
}
