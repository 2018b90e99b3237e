import type { FormatPercentOptions } from './formatTypes.js';
import { formatFractionAsPercent, MISSING_VALUE } from './internal/decimalUnits.js';
import { readFormatOptions } from './internal/formatOptions.js';
import { ArgumentChecks, fieldName, guard } from './internal/invalidInput.js';

export type { FormatPercentOptions } from './formatTypes.js';

/**
 * A rate's value as a percentage (百分比), e.g. 0.5807 → '58.07%'.
 *
 * @remarks
 * Formula: value × 100, rounded to `decimals` digits and followed by '%'. The rounding is decided on
 * the shortest decimal form of `value` (what `String(value)` prints), so 0.58065 at 2 decimals is
 * '58.07%' half up, not the '58.06%' a floating multiplication would give. `null` (a rate with a zero
 * denominator) prints as '—'. For exact rounding from counts, use {@link formatRate}.
 *
 * @param value - A fraction, normally a {@link Rate}'s `value` in [0, 1], or `null`.
 * @param options - Decimals, locale and rounding.
 * @returns The text, e.g. '58.07%' or '—'.
 *
 * @example
 * ```ts
 * import { formatPercent } from 'renda';
 *
 * console.log(formatPercent(0.5807, { decimals: 2 })); // '58.07%'
 * console.log(formatPercent(null)); // '—'
 * ```
 * @category Metrics
 */
export function formatPercent(value: number | null, options?: FormatPercentOptions): string {
  return guard('formatPercent', () => {
    const checks = new ArgumentChecks('formatPercent');
    const { decimals, rounding } = readFormatOptions(checks, options);
    if (value !== null && typeof value !== 'number') {
      checks.add('INVALID_TYPE', ['value'], {
        field: fieldName('比率值', 'value'),
        expected: fieldName('数值或 null', 'a number or null'),
        got: value,
      });
    }
    checks.done();
    if (value === null || !Number.isFinite(value)) return MISSING_VALUE;
    return `${formatFractionAsPercent(value, decimals, rounding)}%`;
  });
}
