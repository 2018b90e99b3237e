import { guard, throwArgumentError } from './internal/invalidInput.js';
import { buildRate, checkRate } from './internal/rateCore.js';
import type { RateInterval } from './wilsonInterval.js';

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

/**
 * A rate (比率) such as the reply rate (办复率): numerator ÷ denominator, kept with its counts.
 *
 * @remarks
 * Formula: value = numerator ÷ denominator, e.g. 办复率 = items replied ÷ items assigned. When the
 * denominator is 0 the value is `null` ("no items"), never `NaN` and never a silent 0.
 *
 * With `interval: 'wilson'` the result carries the Wilson score interval (see
 * {@link wilsonInterval}); with `minimumN` it carries `belowMinimum`, so a ranking can set aside a
 * unit that answered its only item in four minutes instead of putting it on top.
 *
 * `rate` is what renda's own accumulators call with counts they made themselves, so bad counts are a
 * bug: it throws. Use {@link safeRate} for counts that come from outside.
 *
 * @param numerator - The count with the property; a whole number, at most `denominator`.
 * @param denominator - The count measured against; a whole number ≥ 0.
 * @param options - The interval and the minimum n.
 * @returns The rate, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when a count is not a whole number ≥ 0 or the
 * numerator exceeds the denominator; its issues name `numerator` / `denominator` in Chinese and
 * English.
 *
 * @example
 * ```ts
 * import { rate } from 'renda';
 *
 * console.log(rate(40, 43).value?.toFixed(4)); // '0.9302'
 * console.log(rate(0, 0).value); // null
 * ```
 *
 * @example
 * ```ts
 * import { rate } from 'renda';
 *
 * const small = rate(1, 1, { interval: 'wilson', minimumN: 10 });
 * console.log(small.belowMinimum, small.interval?.low.toFixed(3)); // true '0.207'
 * ```
 * @category Metrics
 */
export function rate(numerator: number, denominator: number, options?: RateOptions): Rate {
  return guard('rate', () => {
    const checked = checkRate(numerator, denominator, options);
    if (checked.issues.length > 0) throwArgumentError('Rate', checked.issues);
    return buildRate(numerator, denominator, checked.options);
  });
}
