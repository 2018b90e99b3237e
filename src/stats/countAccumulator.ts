import type { Accumulator } from './accumulator.js';
import { guard } from './internal/invalidInput.js';

/**
 * Options of {@link countAccumulator} (计数选项).
 *
 * @example
 * ```ts
 * import type { CountAccumulatorOptions } from 'renda';
 *
 * const options: CountAccumulatorOptions = { id: 'overdue' };
 * ```
 * @category Metrics
 */
export interface CountAccumulatorOptions {
  /** The accumulator's id; `'count'` by default. */
  readonly id?: string;
}

/**
 * Counts the records that match a predicate (计数), e.g. overdue items.
 *
 * @remarks
 * Formula: n = #{ records r : predicate(r) }; every record when no predicate is given. The state is
 * the count itself (a JSON number); merge adds.
 *
 * @typeParam TRecord - The records it reads.
 * @param predicate - Which records count; all when omitted.
 * @param options - The id.
 * @returns A frozen accumulator whose result is the count.
 *
 * @example
 * ```ts
 * import { aggregate, countAccumulator } from 'renda';
 *
 * const items = [{ late: true }, { late: false }, { late: true }];
 * const { total } = aggregate(items, { late: countAccumulator((r) => r.late) });
 * console.log(total.late); // 2
 * ```
 * @category Metrics
 */
export function countAccumulator<TRecord>(
  predicate?: (record: TRecord) => boolean,
  options?: CountAccumulatorOptions,
): Accumulator<TRecord, number, number> {
  return guard('countAccumulator', () => {
    return Object.freeze({
      id: options?.id ?? 'count',
      version: 1,
      init: () => 0,
      step:
        predicate === undefined
          ? (count: number) => count + 1
          : (count: number, record: TRecord) => (predicate(record) ? count + 1 : count),
      merge: (a: number, b: number) => a + b,
      result: (count: number) => count,
    });
  });
}
