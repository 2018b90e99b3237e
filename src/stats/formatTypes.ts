import type { Locale } from '../model/shared/localized.js';

// The options of a percentage, apart from the function that formats it.

/**
 * Options of {@link formatPercent} (百分比格式选项).
 *
 * @example
 * ```ts
 * import type { FormatPercentOptions } from 'renda';
 *
 * const options: FormatPercentOptions = { decimals: 2, locale: 'en', rounding: 'truncate' };
 * ```
 * @category Metrics
 */
export interface FormatPercentOptions {
  /** Digits after the point, 0 to 6; 1 by default. */
  readonly decimals?: number;
  /** The locale; `'zh-Hans'` by default. The percent form is the same in all three. */
  readonly locale?: Locale;
  /** `'halfUp'` (四舍五入, default) or `'truncate'` (截尾). */
  readonly rounding?: 'halfUp' | 'truncate';
}
