import type { JsonValue } from '../accumulator.js';
import type { AggregateGroupStates, AggregateStates, MetricsMap } from '../aggregateTypes.js';
import type { MetricPeriod } from '../defineMetric.js';
import {
  type AggregateResults,
  type FinalizeAggregateOptions,
  resultsOfStates,
} from '../finalizeAggregate.js';
import { STATES_FORMAT } from '../internal/aggregateEngine.js';
import { guard } from '../internal/invalidInput.js';
import { notRolledUp, ROLL_UP_FORMAT } from './rollUp.js';
import type { RollUpNodeStates, RollUpStates } from './rollUpTypes.js';

/**
 * One node of a {@link RollUpResult} (汇总节点): where it sits and every metric's result over
 * everything under it.
 *
 * @example
 * ```ts
 * import { countAccumulator, type RollUpNode } from 'renda';
 *
 * const metrics = { n: countAccumulator() };
 * const node: RollUpNode<typeof metrics> = {
 *   key: '330200', parent: '330000', depth: 1, children: ['330281'], own: false, results: { n: 5 },
 * };
 * ```
 * @category Metrics
 */
export interface RollUpNode<TMetrics> {
  /** The node's key. */
  readonly key: string;
  /** Its parent's key; `null` for a root. */
  readonly parent: string | null;
  /** Its depth: 0 for a root. */
  readonly depth: number;
  /** The keys of the nodes directly under it, sorted. */
  readonly children: readonly string[];
  /** Whether figures were recorded at the node itself, not only under it. */
  readonly own: boolean;
  /** Every metric's result over the node and everything under it. */
  readonly results: AggregateResults<TMetrics>;
}

/**
 * What {@link finalizeRollUp} returns (逐级汇总结果): every node's results, and the total over the
 * roots.
 *
 * @example
 * ```ts
 * import { countAccumulator, type RollUpResult } from 'renda';
 *
 * const metrics = { n: countAccumulator() };
 * const provinces = (result: RollUpResult<typeof metrics>) => result.roots.length;
 * ```
 * @category Metrics
 */
export interface RollUpResult<TMetrics> {
  /** Every metric over all roots: the ungrouped total. */
  readonly total: AggregateResults<TMetrics>;
  /** The keys of the roots, sorted. */
  readonly roots: readonly string[];
  /** Every node, sorted by key. */
  readonly nodes: readonly RollUpNode<TMetrics>[];
  /** The period, when given. */
  readonly period?: MetricPeriod;
  /** The as-of timestamp, when given. */
  readonly asOf?: string;
}

/**
 * Turns rolled-up states into results (逐级汇总结果): each metric's `result` at every node, and the
 * total over the roots.
 *
 * @remarks
 * The results come from {@link finalizeAggregate} reading the nodes as groups, so a node's figures
 * are exactly those a one-pass {@link aggregate} would give over the records under it, stamped
 * with `period` and `asOf` the same way. The total is the merge of the roots only: every record
 * is under exactly one root, so it equals the ungrouped total (the nodes together would count a
 * record once per level). Frozen; the states are not changed.
 *
 * @typeParam TMetrics - The metrics by name.
 * @param rolled - From {@link rollUp}, possibly via JSON.
 * @param metrics - The metrics that made the states (checked by name, id and version).
 * @param options - The period and as-of timestamp.
 * @returns The nodes and the total, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` (issue `INCOMPATIBLE_STATES`) when the
 * states were made by other metrics or are not a roll-up's.
 *
 * @example
 * ```ts
 * import { aggregateStates, finalizeRollUp, rateAccumulator, rollUp } from 'renda';
 *
 * const records = [
 *   { station: 'S-1', ok: true },
 *   { station: 'S-2', ok: false },
 *   { station: 'S-2', ok: true },
 * ];
 * const metrics = { replied: rateAccumulator({ numerator: (r: { ok: boolean }) => r.ok, denominator: () => true }) };
 * const states = aggregateStates(records, metrics, { groupBy: (r) => r.station });
 * const parents: Record<string, string> = { 'S-1': 'MAIN', 'S-2': 'MAIN' };
 * const tree = finalizeRollUp(rollUp(states, metrics, { parentOf: (key) => parents[key] }), metrics);
 * console.log(tree.total.replied.numerator, tree.total.replied.denominator); // 2 3
 * ```
 * @category Metrics
 */
export function finalizeRollUp<TMetrics extends MetricsMap<never>>(
  rolled: RollUpStates,
  metrics: TMetrics,
  options?: FinalizeAggregateOptions,
): RollUpResult<TMetrics> {
  return guard('finalizeRollUp', () => {
    if (typeof rolled !== 'object' || rolled === null || rolled.format !== ROLL_UP_FORMAT) {
      notRolledUp('rolled', 'format');
    }
    if (!Array.isArray(rolled.nodes)) notRolledUp('rolled', 'nodes');
    if (!Array.isArray(rolled.roots)) notRolledUp('rolled', 'roots');
    const groups: AggregateGroupStates[] = [];
    const byKey = new Map<string, AggregateGroupStates>();
    for (const node of rolled.nodes as readonly Partial<RollUpNodeStates>[]) {
      if (
        typeof node !== 'object' ||
        node === null ||
        typeof node.key !== 'string' ||
        typeof node.states !== 'object' ||
        node.states === null ||
        !Array.isArray(node.children) ||
        (node.parent !== null && typeof node.parent !== 'string') ||
        typeof node.depth !== 'number' ||
        typeof node.own !== 'boolean'
      ) {
        notRolledUp('rolled', 'nodes');
      }
      const group = { key: [node.key], states: node.states as { [name: string]: JsonValue } };
      groups.push(group);
      byKey.set(node.key, group);
    }
    const roots = (rolled.roots as readonly unknown[]).map((key) => {
      const group = typeof key === 'string' ? byKey.get(key) : undefined;
      return group ?? notRolledUp('rolled', 'roots');
    });
    const asStates = (keyLength: number, list: AggregateGroupStates[]): AggregateStates => ({
      format: STATES_FORMAT,
      keyLength,
      metrics: rolled.metrics,
      groups: list,
    });
    // The nodes as groups give each node's results; the roots alone give the total.
    const perNode = resultsOfStates(asStates(1, groups), metrics, options);
    const total = resultsOfStates(asStates(0, roots), metrics, options).total;
    const nodes = (rolled.nodes as readonly RollUpNodeStates[]).map((node, index) => ({
      key: node.key,
      parent: node.parent,
      depth: node.depth,
      children: [...node.children],
      own: node.own,
      results: perNode.groups[index]?.results as AggregateResults<TMetrics>,
    }));
    return {
      total,
      roots: [...(rolled.roots as readonly string[])],
      nodes,
      ...(perNode.period === undefined ? {} : { period: perNode.period }),
      ...(perNode.asOf === undefined ? {} : { asOf: perNode.asOf }),
    };
  });
}
