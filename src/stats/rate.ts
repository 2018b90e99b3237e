import { guard, throwArgumentError } from './internal/invalidInput.js';
import { buildRate, checkRate } from './internal/rateCore.js';
import type { Rate, RateOptions } from './rateTypes.js';

export type { Rate, RateOptions } from './rateTypes.js';

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
