// The rounding conventions of shares, apart from the function that rounds them.

/**
 * The rounding conventions publishers use for shares (占比舍入方式), see {@link shares}.
 *
 * @example
 * ```ts
 * import { SHARE_ROUNDINGS } from 'renda';
 *
 * console.log(SHARE_ROUNDINGS.includes('largestRemainder')); // true
 * ```
 * @category Metrics
 */
export const SHARE_ROUNDINGS = ['halfUp', 'truncate', 'largestRemainder', 'adjustLargest'] as const;

/**
 * One of {@link SHARE_ROUNDINGS}.
 *
 * @example
 * ```ts
 * import type { ShareRounding } from 'renda';
 *
 * const rounding: ShareRounding = 'adjustLargest';
 * ```
 * @category Metrics
 */
export type ShareRounding = (typeof SHARE_ROUNDINGS)[number];

/**
 * Options of {@link shares} (占比选项).
 *
 * @example
 * ```ts
 * import type { SharesOptions } from 'renda';
 *
 * const options: SharesOptions = { decimals: 2, rounding: 'adjustLargest' };
 * ```
 * @category Metrics
 */
export interface SharesOptions {
  /** Digits after the point, 0 to 6; 1 by default. */
  readonly decimals?: number;
  /** The rounding convention; `'halfUp'` (四舍五入) by default. */
  readonly rounding?: ShareRounding;
  /**
   * The base of the percentages; the sum of the counts by default. Give it when the parts are a
   * subset of a larger whole (it must be at least their sum).
   */
  readonly denominator?: number;
}
