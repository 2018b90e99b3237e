import type { JsonValue } from '../accumulator.js';

// The types of a roll-up, apart from the functions that make them.

/**
 * A hierarchy, as the parent of each key (上级): a string, or `null` / `undefined` for a root.
 * {@link divisionParent} is one for division codes, {@link stationParent} one for a station list.
 *
 * @example
 * ```ts
 * import type { ParentOf } from 'renda';
 *
 * const parents: Record<string, string> = { 'T-1': 'C-1', 'T-2': 'C-1' };
 * const parentOf: ParentOf = (key) => parents[key] ?? null;
 * ```
 * @category Metrics
 */
export type ParentOf = (key: string) => string | null | undefined;

/**
 * Options of {@link rollUp} (逐级汇总选项).
 *
 * @example
 * ```ts
 * import { divisionParent, type RollUpOptions } from 'renda';
 *
 * const options: RollUpOptions = { parentOf: divisionParent };
 * ```
 * @category Metrics
 */
export interface RollUpOptions {
  /** The parent of each key; called once per node. */
  readonly parentOf: ParentOf;
}

/**
 * One node of {@link RollUpStates} (汇总节点状态): a key given or an ancestor of one, with the
 * merged states of everything under it.
 *
 * @example
 * ```ts
 * import type { RollUpNodeStates } from 'renda';
 *
 * const node: RollUpNodeStates = {
 *   key: '330281', parent: '330200', depth: 2, children: ['330281101000'], own: false,
 *   states: { n: 3 },
 * };
 * ```
 * @category Metrics
 */
export type RollUpNodeStates = {
  /** The node's key (a division code, a station id). */
  readonly key: string;
  /** Its parent's key; `null` for a root. */
  readonly parent: string | null;
  /** Its depth: 0 for a root. */
  readonly depth: number;
  /** The keys of the nodes directly under it, sorted; empty for a leaf. */
  readonly children: readonly string[];
  /** Whether the states rolled up had a group of its own (figures recorded at this node). */
  readonly own: boolean;
  /** Every metric's state: its own group's merged with all its children's. */
  readonly states: { readonly [name: string]: JsonValue };
};

/**
 * The merged states at every node of a hierarchy (逐级汇总状态), plain JSON: what {@link rollUp}
 * returns and {@link finalizeRollUp} reads.
 *
 * @example
 * ```ts
 * import { aggregateStates, countAccumulator, rollUp, type RollUpStates } from 'renda';
 *
 * const metrics = { n: countAccumulator<string>() };
 * const states = aggregateStates(['T-1', 'T-2'], metrics, { groupBy: (key) => key });
 * const rolled: RollUpStates = rollUp(states, metrics, { parentOf: (key) => (key === 'C-1' ? null : 'C-1') });
 * console.log(rolled.roots); // ['C-1']
 * ```
 * @category Metrics
 */
export type RollUpStates = {
  /** The format tag, `'renda.rollUp/1'`. */
  readonly format: string;
  /** The id and version of the accumulator behind each metric name. */
  readonly metrics: { readonly [name: string]: { readonly id: string; readonly version: number } };
  /** The keys of the roots, sorted. */
  readonly roots: readonly string[];
  /** Every node, sorted by key in code-unit order. */
  readonly nodes: readonly RollUpNodeStates[];
};
