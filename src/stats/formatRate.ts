import type { FormatPercentOptions } from './formatPercent.js';
import { percentOfCounts } from './internal/decimalUnits.js';
import { readFormatOptions } from './internal/formatOptions.js';
import { ArgumentChecks, guard } from './internal/invalidInput.js';
import { checkRate } from './internal/rateCore.js';
import type { Rate } from './rate.js';

/**
 * Options of {@link formatRate} (比率格式选项): the same as {@link FormatPercentOptions}.
 *
 * @example
 * ```ts
 * import type { FormatRateOptions } from 'renda';
 *
 * const options: FormatRateOptions = { decimals: 2, locale: 'zh-Hant' };
 * ```
 * @category Metrics
 */
export type FormatRateOptions = FormatPercentOptions;

/**
 * A rate as a percentage with its counts (比率及其分子分母), e.g. '58.14%（25/43）'.
 *
 * @remarks
 * Form: zh-Hans and zh-Hant `58.14%（25/43）` (full-width parentheses), en `58.14% (25 of 43)`. The
 * percentage is computed from the counts with exact integer arithmetic (numerator × 100 ×
 * 10^decimals ÷ denominator), so the rounding never suffers floating error. A zero denominator prints
 * '—' for the percentage: '—（0/0）'. Showing the counts is the point: a reader should see that 100%
 * was 1 of 1.
 *
 * @param value - The rate, from {@link rate}.
 * @param options - Decimals, locale and rounding.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { formatRate, rate } from 'renda';
 *
 * const r = rate(25, 43);
 * console.log(formatRate(r, { decimals: 2 })); // '58.14%（25/43）'
 * console.log(formatRate(r, { decimals: 2, locale: 'en' })); // '58.14% (25 of 43)'
 * ```
 * @category Metrics
 */
export function formatRate(value: Rate, options?: FormatRateOptions): string {
  return guard('formatRate', () => {
    const checks = new ArgumentChecks('formatRate');
    const { decimals, rounding, locale } = readFormatOptions(checks, options);
    const counts = typeof value === 'object' && value !== null ? value : undefined;
    const numerator = counts?.numerator;
    const denominator = counts?.denominator;
    const checked = checkRate(numerator, denominator, undefined);
    for (const issue of checked.issues)
      checks.issues.push({ ...issue, path: ['value', ...issue.path] });
    checks.done();
    const n = numerator as number;
    const d = denominator as number;
    const percent = percentOfCounts(n, d, decimals, rounding);
    return locale === 'en' ? `${percent} (${n} of ${d})` : `${percent}（${n}/${d}）`;
  });
}
