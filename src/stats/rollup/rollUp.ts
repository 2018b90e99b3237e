import { quote } from '../../internal/quote.js';
import type { AnyAccumulator, JsonValue } from '../accumulator.js';
import type { AggregateStates, MetricsMap } from '../aggregateTypes.js';
import { checkStates } from '../internal/aggregateEngine.js';
import { ancestry, depths } from '../internal/ancestry.js';
import { ArgumentChecks, FUNCTION, fail, fieldName, guard } from '../internal/invalidInput.js';
import type { RollUpNodeStates, RollUpOptions, RollUpStates } from './rollUpTypes.js';

/** The format tag of {@link RollUpStates}. */
export const ROLL_UP_FORMAT = 'renda.rollUp/1';

type States = { readonly [name: string]: JsonValue };

/** Refuses a value that is not what it claims to be (a group without a string key, a node list). */
export function notRolledUp(argument: string, part: string): never {
  return fail('RollUp', 'INCOMPATIBLE_STATES', [argument, part], {
    field: fieldName('汇总状态', argument),
    subject: fieldName('', argument),
    rule: fieldName(
      `的 ${part} 格式不对（状态须来自 aggregateStates 或 rollUp）`,
      `has a malformed ${part} (states come from aggregateStates or rollUp)`,
    ),
  });
}

/**
 * Rolls grouped figures up a hierarchy (逐级汇总): from the states of each group (a township, a
 * station) to the merged states of every ancestor up to the root(s) (county, city, province; the
 * central and main stations), with each accumulator's own `merge`.
 *
 * @remarks
 * The states come from {@link aggregateStates} (or {@link mergeAggregateStates}) grouped by one
 * key function, e.g. {@link byDivision}; `parentOf` names each key's parent
 * ({@link divisionParent} for division codes, {@link stationParent} for a station list). Every
 * node's states are its own group's, if it had one, merged with its children's: a figure recorded
 * directly at an inner node (a suggestion of the city's own congress among townships) counts in
 * that node and everything above it, and `own` says so. By the accumulator laws each node equals
 * one pass over the records under it, so the parts always add up to the whole, and the roots
 * together to the ungrouped total; any mergeable figure rolls up (counts, rates, histograms, the
 * whole {@link suggestionStats} dashboard through {@link suggestionStatsAccumulator}).
 *
 * `parentOf` is called once per node. A cycle (a → b → a) or a chain deeper than 64 levels is
 * refused by name (`PARENT_CYCLE`, `TOO_DEEP`), so a roll-up always ends. Turn the states into
 * results with {@link finalizeRollUp}: not with {@link finalizeAggregate}, whose total would count
 * every record once per level. Neither argument is mutated.
 *
 * @typeParam TRecord - The records.
 * @param states - The grouped states (one key function), possibly via JSON.
 * @param metrics - The metrics that made them (checked by name, id and version).
 * @param options - The hierarchy.
 * @returns Every node with its merged states, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`: states made by other metrics or not grouped
 * by one key (`INCOMPATIBLE_STATES`), a `parentOf` that is not a function, returns a non-string,
 * or leads in a cycle or too deep.
 *
 * @example
 * ```ts
 * import { aggregateStates, countAccumulator, divisionParent, finalizeRollUp, rollUp } from 'renda';
 *
 * const metrics = { n: countAccumulator<{ town: string }>() };
 * const towns = [{ town: '330281101000' }, { town: '330281102000' }, { town: '330282001000' }];
 * const states = aggregateStates(towns, metrics, { groupBy: (r) => r.town });
 * const tree = finalizeRollUp(rollUp(states, metrics, { parentOf: divisionParent }), metrics);
 * console.log(tree.nodes.map((node) => [node.key, node.results.n]));
 * // [['330000', 3], ['330200', 3], ['330281', 2], ['330281101000', 1], ['330281102000', 1], ['330282', 1], ['330282001000', 1]]
 * ```
 * @category Metrics
 */
export function rollUp<TRecord>(
  states: AggregateStates,
  metrics: MetricsMap<TRecord>,
  options: RollUpOptions,
): RollUpStates {
  return guard('rollUp', () => {
    const checks = new ArgumentChecks('RollUp');
    const given = checks.options<RollUpOptions>(options, 'options', '汇总选项', false);
    const parentOf = given.parentOf;
    if (typeof parentOf !== 'function') {
      checks.add(parentOf === undefined ? 'REQUIRED' : 'INVALID_TYPE', ['options', 'parentOf'], {
        field: fieldName('上级函数', 'parentOf'),
        expected: FUNCTION,
        got: parentOf,
      });
    }
    checks.done();
    checkStates(states, metrics as MetricsMap<never>, 'states');
    if (states.keyLength !== 1) {
      fail('RollUp', 'INCOMPATIBLE_STATES', ['states', 'keyLength'], {
        field: fieldName('分组键数', 'keyLength'),
        subject: fieldName('汇总状态', 'the states'),
        rule: fieldName(
          `必须按一个键分组（收到 ${quote(states.keyLength)} 个键）`,
          `must be grouped by one key (got ${quote(states.keyLength)} keys)`,
        ),
      });
    }
    const names = Object.keys(metrics);
    const merge = (a: States, b: States): States => {
      const merged: Record<string, JsonValue> = {};
      for (const name of names) {
        const metric = metrics[name] as AnyAccumulator<TRecord>;
        merged[name] = metric.merge(a[name], b[name]) as JsonValue;
      }
      return merged;
    };

    const own = new Map<string, States>();
    for (const group of states.groups) {
      const key = Array.isArray(group.key) ? group.key[0] : undefined;
      if (typeof key !== 'string') notRolledUp('states', 'groups');
      const before = own.get(key);
      own.set(key, before === undefined ? group.states : merge(before, group.states));
    }
    const parents = ancestry('RollUp', own.keys(), parentOf as RollUpOptions['parentOf']);
    const depth = depths(parents);
    // Deepest first, so a node is complete before it is merged into its parent.
    const order = [...parents.keys()].sort(
      (a, b) => (depth.get(b) as number) - (depth.get(a) as number),
    );
    const merged = new Map<string, States>(own);
    const children = new Map<string, string[]>();
    for (const key of order) {
      const parent = parents.get(key) as string | null;
      if (parent === null) continue;
      const node = merged.get(key) as States;
      const above = merged.get(parent);
      merged.set(parent, above === undefined ? node : merge(above, node));
      const siblings = children.get(parent);
      if (siblings === undefined) children.set(parent, [key]);
      else siblings.push(key);
    }
    const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    const nodes: RollUpNodeStates[] = [...parents.keys()].sort(byKey).map((key) => ({
      key,
      parent: parents.get(key) as string | null,
      depth: depth.get(key) as number,
      children: (children.get(key) ?? []).sort(byKey),
      own: own.has(key),
      states: merged.get(key) as States,
    }));
    const roots = nodes.filter((node) => node.parent === null).map((node) => node.key);
    // Not frozen here: the states of leaves are the caller's; `guard` hands out a frozen copy.
    return { format: ROLL_UP_FORMAT, metrics: { ...states.metrics }, roots, nodes };
  });
}
