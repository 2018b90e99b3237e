import type { Accumulator } from './accumulator.js';
import { guard } from './internal/invalidInput.js';

/**
 * The state of {@link categoryCountAccumulator} (分类计数状态): count per category.
 *
 * @example
 * ```ts
 * import type { CategoryCountState } from 'renda';
 *
 * const state: CategoryCountState = { A: 536, B: 2560 };
 * ```
 * @category Metrics
 */
export type CategoryCountState = { [category: string]: number };

/**
 * The result of {@link categoryCountAccumulator} (分类计数结果).
 *
 * @example
 * ```ts
 * import { shares, type CategoryCountResult } from 'renda';
 *
 * const result: CategoryCountResult = { total: 3, counts: { A: 1, B: 2 } };
 * console.log(shares(result.counts).byKey.B?.printed); // '66.7'
 * ```
 * @category Metrics
 */
export interface CategoryCountResult {
  /** How many records had a category. */
  readonly total: number;
  /** Count per category, keys in code-unit order; a prototype-free object (`__proto__` is safe). */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * Options of {@link categoryCountAccumulator} (分类计数选项).
 *
 * @example
 * ```ts
 * import type { CategoryCountAccumulatorOptions } from 'renda';
 *
 * const options: CategoryCountAccumulatorOptions = { id: 'replyClass' };
 * ```
 * @category Metrics
 */
export interface CategoryCountAccumulatorOptions {
  /** The accumulator's id; `'categoryCount'` by default. */
  readonly id?: string;
}

/**
 * Counts records per category (分类计数), e.g. replies by class A/B/C/D; feed the counts to
 * {@link shares}.
 *
 * @remarks
 * Formula: count(c) = #{ r : keyOf(r) = c }; records whose key is `null` or `undefined` are skipped.
 * The state is a JSON object of category → count. Any string is a safe category, including
 * `__proto__`, `constructor` and `toString`: the state is created without a prototype, and the step
 * writes `__proto__` as an own property even on a state that came back through `JSON.parse`.
 *
 * @typeParam TRecord - The records it reads.
 * @param keyOf - The category of a record, or `null` to skip it.
 * @param options - The id.
 * @returns A frozen accumulator whose result is `{ total, counts }`.
 *
 * @example
 * ```ts
 * import { aggregate, categoryCountAccumulator } from 'renda';
 *
 * const replies = [{ grade: 'A' }, { grade: 'B' }, { grade: 'B' }];
 * const { total } = aggregate(replies, { grades: categoryCountAccumulator((r) => r.grade) });
 * console.log(total.grades.counts.B); // 2
 * ```
 * @category Metrics
 */
export function categoryCountAccumulator<TRecord>(
  keyOf: (record: TRecord) => string | null | undefined,
  options?: CategoryCountAccumulatorOptions,
): Accumulator<TRecord, CategoryCountState, CategoryCountResult> {
  return guard('categoryCountAccumulator', () => {
    return Object.freeze({
      id: options?.id ?? 'categoryCount',
      version: 1,
      init: (): CategoryCountState => Object.create(null),
      step: (state: CategoryCountState, record: TRecord): CategoryCountState => {
        const key = keyOf(record);
        if (key !== null && key !== undefined) addCount(state, key, 1);
        return state;
      },
      merge: (a: CategoryCountState, b: CategoryCountState): CategoryCountState => {
        const merged: CategoryCountState = Object.create(null);
        for (const key of Object.keys(a)) addCount(merged, key, a[key] as number);
        for (const key of Object.keys(b)) addCount(merged, key, b[key] as number);
        return merged;
      },
      result: (state: CategoryCountState): CategoryCountResult => {
        const counts: Record<string, number> = Object.create(null);
        let total = 0;
        for (const key of Object.keys(state).sort()) {
          const count = state[key] as number;
          addCount(counts, key, count);
          total += count;
        }
        return Object.freeze({ total, counts: Object.freeze(counts) });
      },
    });
  });
}

/** Adds to one category, reading and writing own properties only. */
function addCount(state: CategoryCountState, key: string, amount: number): void {
  if (key === '__proto__') {
    // On an ordinary object `state.__proto__ = n` would hit the prototype setter and be lost.
    const previous = Object.hasOwn(state, key) ? (state[key] as number) : 0;
    Object.defineProperty(state, key, {
      value: previous + amount,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    return;
  }
  const previous = state[key];
  // An inherited member such as `constructor` is not a number, so it counts as 0.
  state[key] = typeof previous === 'number' ? previous + amount : amount;
}
