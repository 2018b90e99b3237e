import type { Accumulator } from './accumulator.js';
import { fail, fieldName, guard } from './internal/invalidInput.js';

/**
 * The state of {@link histogramAccumulator} (直方图状态): how many records had each whole value,
 * keyed by the value's decimal form.
 *
 * @example
 * ```ts
 * import type { HistogramState } from 'renda';
 *
 * const state: HistogramState = { '12': 3, '30': 1 };
 * ```
 * @category Metrics
 */
export type HistogramState = { [value: string]: number };

/**
 * The result of {@link histogramAccumulator} (分布统计结果): exact order statistics of whole values.
 *
 * @example
 * ```ts
 * import type { HistogramResult } from 'renda';
 *
 * function describe(days: HistogramResult): string {
 *   return `n=${days.n}, median ${days.median ?? '—'}, p90 ${days.p90 ?? '—'}`;
 * }
 * ```
 * @category Metrics
 */
export interface HistogramResult {
  /** How many values were counted. */
  readonly n: number;
  /** Their sum. */
  readonly sum: number;
  /** Their mean, `null` when n = 0. */
  readonly mean: number | null;
  /** The smallest value, `null` when n = 0. */
  readonly min: number | null;
  /** The largest value, `null` when n = 0. */
  readonly max: number | null;
  /** The median, `quantile(0.5)`; `null` when n = 0. */
  readonly median: number | null;
  /** The 90th percentile, `quantile(0.9)`; `null` when n = 0. */
  readonly p90: number | null;
  /** Each distinct value with its count, ascending. */
  readonly values: readonly (readonly [value: number, count: number])[];
  /**
   * The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics; `null` when n = 0.
   * Not enumerable, so the result compares and serialises as data.
   */
  readonly quantile: (q: number) => number | null;
}

/**
 * Options of {@link histogramAccumulator} (直方图选项).
 *
 * @example
 * ```ts
 * import type { HistogramAccumulatorOptions } from 'renda';
 *
 * const options: HistogramAccumulatorOptions = { id: 'daysToReply' };
 * ```
 * @category Metrics
 */
export interface HistogramAccumulatorOptions {
  /** The accumulator's id; `'histogram'` by default. */
  readonly id?: string;
}

/**
 * Exact distribution of a whole-number measure (分布统计), e.g. days to reply: median, 90th
 * percentile, any quantile, mean, n.
 *
 * @remarks
 * The state counts records per value, so it merges exactly and its size is the number of distinct
 * values (a few hundred for days to reply), not the number of records.
 *
 * Quantile convention: linear interpolation between order statistics (Hyndman–Fan type 7, the
 * default of R, NumPy and spreadsheet PERCENTILE.INC). With the n values sorted as x₀ ≤ … ≤ xₙ₋₁,
 * h = (n − 1)·q and quantile(q) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). So the median of an even count is
 * the mean of the two middle values (45 and 46 → 45.5), and quantile(0) and quantile(1) are the
 * minimum and maximum. Mean = sum ÷ n. Records whose value is `null` or `undefined` (not yet replied)
 * are skipped.
 *
 * @typeParam TRecord - The records it reads.
 * @param measure - The whole-number value of a record, or `null` to skip it.
 * @param options - The id.
 * @returns A frozen accumulator whose result is a {@link HistogramResult}.
 * @throws {@link RendaError} with code `INVALID_INPUT` from `step` when a value is not a whole
 * number.
 *
 * @example
 * ```ts
 * import { aggregate, histogramAccumulator } from 'renda';
 *
 * const replies = [{ days: 10 }, { days: 30 }, { days: 45 }, { days: 46 }, { days: 90 }, { days: 20 }];
 * const { total } = aggregate(replies, { days: histogramAccumulator((r) => r.days) });
 * console.log(total.days.median, total.days.quantile(0.25)); // 37.5 22.5
 * ```
 * @category Metrics
 */
export function histogramAccumulator<TRecord>(
  measure: (record: TRecord) => number | null | undefined,
  options?: HistogramAccumulatorOptions,
): Accumulator<TRecord, HistogramState, HistogramResult> {
  return guard('histogramAccumulator', () => {
    return Object.freeze({
      id: options?.id ?? 'histogram',
      version: 1,
      init: (): HistogramState => ({}),
      step: (state: HistogramState, record: TRecord): HistogramState => {
        const value = measure(record);
        if (value === null || value === undefined) return state;
        if (!Number.isSafeInteger(value)) invalidValue(value);
        const previous = state[value];
        state[value] = previous === undefined ? 1 : previous + 1;
        return state;
      },
      merge: (a: HistogramState, b: HistogramState): HistogramState => {
        const merged: HistogramState = { ...a };
        for (const key of Object.keys(b)) merged[key] = (merged[key] ?? 0) + (b[key] as number);
        return merged;
      },
      result: histogramResult,
    });
  });
}

function invalidValue(value: unknown): never {
  return fail('Histogram', 'INVALID_VALUE', ['value'], {
    field: fieldName('取值', 'value'),
    expected: fieldName('整数', 'a whole number'),
    got: value,
  });
}

function histogramResult(state: HistogramState): HistogramResult {
  const values = Object.keys(state)
    .map((key) => [Number(key), state[key] as number] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  let n = 0;
  let sum = 0;
  for (const [value, count] of values) {
    n += count;
    sum += value * count;
  }
  /** The k-th smallest value (0-based). */
  const orderStatistic = (k: number): number => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (k < seen) return value;
    }
    return (values[values.length - 1] as readonly [number, number])[0];
  };
  const quantile = (q: number): number | null => {
    if (n === 0 || !(q >= 0 && q <= 1)) return null;
    const h = (n - 1) * q;
    const low = Math.floor(h);
    const lower = orderStatistic(low);
    const fraction = h - low;
    return fraction === 0 ? lower : lower + fraction * (orderStatistic(low + 1) - lower);
  };
  const result = {
    n,
    sum,
    mean: n === 0 ? null : sum / n,
    min: n === 0 ? null : (values[0] as readonly [number, number])[0],
    max: n === 0 ? null : (values[values.length - 1] as readonly [number, number])[0],
    median: quantile(0.5),
    p90: quantile(0.9),
    values: Object.freeze(values.map((entry) => Object.freeze(entry))),
  };
  Object.defineProperty(result, 'quantile', { value: quantile, enumerable: false });
  return Object.freeze(result) as HistogramResult;
}
