import { quote } from '../internal/quote.js';
import type { AnyAccumulator, JsonValue } from './accumulator.js';
import type { AggregateGroupStates, AggregateStates, MetricsMap } from './aggregateStates.js';
import { checkStates, compareKeys, STATES_FORMAT } from './internal/aggregateEngine.js';
import { fail, fieldName, guard } from './internal/invalidInput.js';

/**
 * Merges the raw states of two shards (合并分片状态) into the states of their union.
 *
 * @remarks
 * Groups with the same key are merged metric by metric with each accumulator's `merge`; groups
 * found in only one shard are kept. The result equals `aggregateStates` over all the records of
 * both shards (exactly, by the accumulator laws), so merging is associative and commutative and
 * any number of shards can be folded in any order. Neither argument is mutated; both may have
 * come through JSON. A group found in one shard only is shared with that argument, not copied: treat
 * states as values once merged.
 *
 * @typeParam TRecord - The records.
 * @param a - The states of one shard.
 * @param b - The states of another shard.
 * @param metrics - The same metrics that made both (checked by name, id and version).
 * @returns The merged states, groups sorted by key.
 * @throws {@link RendaError} with code `INVALID_INPUT` (issue `INCOMPATIBLE_STATES`) when the states
 * were made by other metrics, other versions or another grouping.
 *
 * @example
 * ```ts
 * import { aggregateStates, countAccumulator, finalizeAggregate, mergeAggregateStates } from 'renda';
 *
 * const metrics = { n: countAccumulator<{ unit: string }>() };
 * const options = { groupBy: (r: { unit: string }) => r.unit };
 * const a = aggregateStates([{ unit: 'U1' }, { unit: 'U2' }], metrics, options);
 * const b = aggregateStates([{ unit: 'U1' }], metrics, options);
 * const { groups } = finalizeAggregate(mergeAggregateStates(a, b, metrics), metrics);
 * console.log(groups.map((g) => [g.key[0], g.results.n])); // [['U1', 2], ['U2', 1]]
 * ```
 * @category Metrics
 */
export function mergeAggregateStates<TRecord>(
  a: AggregateStates,
  b: AggregateStates,
  metrics: MetricsMap<TRecord>,
): AggregateStates {
  return guard('mergeAggregateStates', () => {
    checkStates(a, metrics as MetricsMap<never>, 'a');
    checkStates(b, metrics as MetricsMap<never>, 'b');
    if (a.keyLength !== b.keyLength) {
      fail('AggregateStates', 'INCOMPATIBLE_STATES', ['b', 'keyLength'], {
        field: fieldName('分组键数', 'keyLength'),
        subject: fieldName('两组状态', 'the states'),
        rule: fieldName(
          `的分组方式不同（${quote(a.keyLength)} 与 ${quote(b.keyLength)} 个键）`,
          `were grouped differently (${quote(a.keyLength)} and ${quote(b.keyLength)} keys)`,
        ),
      });
    }
    const names = Object.keys(metrics);
    const byKey = new Map<string, AggregateGroupStates>();
    for (const group of [...a.groups, ...b.groups]) {
      const id = JSON.stringify(group.key);
      const existing = byKey.get(id);
      if (existing === undefined) {
        byKey.set(id, group);
        continue;
      }
      const states: Record<string, JsonValue> = {};
      for (const name of names) {
        const metric = metrics[name] as AnyAccumulator<TRecord>;
        states[name] = metric.merge(existing.states[name], group.states[name]) as JsonValue;
      }
      byKey.set(id, { key: existing.key, states });
    }
    const groups = [...byKey.values()].sort((x, y) => compareKeys(x.key, y.key));
    // Not deepFreeze: the groups and metrics of `a` and `b` are the caller's, and `guard` hands the
    // result out frozen by copying what is not frozen already.
    return {
      format: STATES_FORMAT,
      keyLength: a.keyLength,
      metrics: { ...a.metrics },
      groups,
    } as AggregateStates;
  });
}
