import type { RateInterval } from './wilsonInterval.js';

// The types of a rate, apart from the function that makes it (the rate core reads them).

/**
 * Options of {@link rate} (比率选项).
 *
 * @example
 * ```ts
 * import type { RateOptions } from 'renda';
 *
 * const options: RateOptions = { interval: 'wilson', confidence: 0.95, minimumN: 10 };
 * ```
 * @category Metrics
 */
export interface RateOptions {
  /** Attach a confidence interval; only `'wilson'` (the Wilson score interval) so far. */
  readonly interval?: 'wilson';
  /** The interval's confidence level, strictly between 0 and 1; 0.95 by default. */
  readonly confidence?: number;
  /** The smallest denominator worth ranking; sets `belowMinimum` when given. */
  readonly minimumN?: number;
}

/**
 * An honest rate (比率): the counts it came from and their quotient, `null` when there is nothing to
 * divide by.
 *
 * @example
 * ```ts
 * import { rate, type Rate } from 'renda';
 *
 * const replied: Rate = rate(40, 43);
 * console.log(replied.numerator, replied.denominator); // 40 43
 * ```
 * @category Metrics
 */
export interface Rate {
  /** The count that has the property, e.g. items replied. */
  readonly numerator: number;
  /** The count it is measured against, e.g. items assigned. */
  readonly denominator: number;
  /** numerator ÷ denominator in [0, 1]; `null` when the denominator is 0 (never `NaN`, never 0). */
  readonly value: number | null;
  /** The confidence interval, when `options.interval` asked for one. */
  readonly interval?: RateInterval;
  /** When `options.minimumN` is given: `true` if the denominator is below it (too small to rank). */
  readonly belowMinimum?: boolean;
}
