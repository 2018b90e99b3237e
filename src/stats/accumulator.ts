/**
 * A value that survives `JSON.parse(JSON.stringify(value))` unchanged (JSON 值): the shape every
 * accumulator state must have, so states can cross worker threads, processes and storage.
 *
 * @example
 * ```ts
 * import type { JsonValue } from 'renda';
 *
 * const state: JsonValue = { numerator: 3, denominator: 4 };
 * ```
 * @category Metrics
 */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * A metric as four pure operations (累加器), like a dinero.js calculator: `init`, `step`, `merge`,
 * `result`, injected into the generic engine {@link aggregate}.
 *
 * @remarks
 * Laws every accumulator keeps (renda's tests check them for the built-in ones):
 * - `merge` is associative and commutative, and `init()` is its identity;
 * - for any split of the records, `result(merge(run(a), run(b)))` equals `result(run(a ++ b))`;
 * - the state is plain JSON (numbers, strings, arrays, objects) and round-trips through
 *   `JSON.stringify` / `JSON.parse`.
 *
 * Ownership: states are owned by the engine. `step` may mutate the state it is given and return it
 * (that is what makes one pass over a million records fast); `merge` must not mutate either argument
 * and returns a new state; `result` must not mutate its state. Never share one state object between
 * two runs: call `init()` for each.
 *
 * `id` and `version` name the definition a state was made with; merging states of different
 * definitions or versions is refused.
 *
 * @typeParam TRecord - The records it reads.
 * @typeParam TState - Its state, plain JSON.
 * @typeParam TResult - What it reports.
 *
 * @example
 * ```ts
 * import { defineAccumulator, type Accumulator } from 'renda';
 *
 * const maxDays: Accumulator<{ days: number }, number | null, number | null> = defineAccumulator({
 *   id: 'maxDays',
 *   version: 1,
 *   init: (): number | null => null,
 *   step: (state, record) => (state === null || record.days > state ? record.days : state),
 *   merge: (a, b) => (a === null ? b : b === null ? a : Math.max(a, b)),
 *   result: (state) => state,
 * });
 * ```
 * @category Metrics
 */
export interface Accumulator<TRecord, TState extends JsonValue, TResult> {
  /** A stable identifier of the definition, e.g. `replyRate`. */
  readonly id: string;
  /** The definition's version, a whole number ≥ 1; bump it when the meaning changes. */
  readonly version: number;
  /** A fresh empty state. */
  init(): TState;
  /** Adds one record; may mutate `state` and return it. */
  step(state: TState, record: TRecord): TState;
  /** Combines two states into a new one without mutating either. */
  merge(a: TState, b: TState): TState;
  /** What the state means, e.g. a {@link Rate}. */
  result(state: TState): TResult;
}

/**
 * Any accumulator over `TRecord`, whatever its state and result (任意累加器).
 *
 * @example
 * ```ts
 * import { countAccumulator, type AnyAccumulator } from 'renda';
 *
 * const metrics: Record<string, AnyAccumulator<{ late: boolean }>> = {
 *   late: countAccumulator((r: { late: boolean }) => r.late),
 * };
 * ```
 * @category Metrics
 */
// biome-ignore lint/suspicious/noExplicitAny: a state of any shape; method parameters are bivariant.
export type AnyAccumulator<TRecord> = Accumulator<TRecord, any, unknown>;

/**
 * The result type of an accumulator (累加器结果类型).
 *
 * @example
 * ```ts
 * import { countAccumulator, type AccumulatorResult } from 'renda';
 *
 * const count = countAccumulator((n: number) => n > 0);
 * const value: AccumulatorResult<typeof count> = 3;
 * ```
 * @category Metrics
 */
export type AccumulatorResult<TAccumulator> =
  // biome-ignore lint/suspicious/noExplicitAny: inference position.
  TAccumulator extends Accumulator<any, any, infer TResult> ? TResult : never;
