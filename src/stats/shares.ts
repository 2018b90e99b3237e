import { quote } from '../internal/quote.js';
import { formatUnits, percentUnits, pow10, roundUnits } from './internal/decimalUnits.js';
import { ArgumentChecks, fail, fieldName, guard, isCount } from './internal/invalidInput.js';
import { readSharesOptions } from './internal/sharesOptions.js';
import type { ShareRounding, SharesOptions } from './shareRounding.js';

export { SHARE_ROUNDINGS, type ShareRounding, type SharesOptions } from './shareRounding.js';

/**
 * One part of {@link SharesResult} (一项占比).
 *
 * @example
 * ```ts
 * import { shares, type SharePart } from 'renda';
 *
 * const part: SharePart | undefined = shares([1, 3]).parts[1];
 * console.log(part?.printed); // '75.0'
 * ```
 * @category Metrics
 */
export interface SharePart {
  /** The key: the record key, or the index as a string for an array. */
  readonly key: string;
  /** The count. */
  readonly count: number;
  /** The share in percent after rounding, e.g. 58.1; `null` when the denominator is 0. */
  readonly share: number | null;
  /** The share as printed, with exactly `decimals` digits, e.g. '58.1'; `null` when the denominator is 0. */
  readonly printed: string | null;
}

/**
 * The result of {@link shares} (占比结果).
 *
 * @example
 * ```ts
 * import { shares, type SharesResult } from 'renda';
 *
 * const result: SharesResult = shares({ A: 22, B: 68, C: 2 }, { decimals: 2 });
 * console.log(result.sumPrinted); // '99.99'
 * ```
 * @category Metrics
 */
export interface SharesResult {
  /** The parts in input order. */
  readonly parts: readonly SharePart[];
  /** The parts by key (a prototype-free object, so a key such as `__proto__` is safe). */
  readonly byKey: Readonly<Record<string, SharePart>>;
  /** The sum of the counts. */
  readonly total: number;
  /** The base of the percentages (the total unless `options.denominator` was given). */
  readonly denominator: number;
  /** The printed shares added up, e.g. '100.0' or '99.9'; `null` when the denominator is 0. */
  readonly sumPrinted: string | null;
}

const COUNTS = /* @__PURE__ */ fieldName('计数', 'counts');

/**
 * Shares of a whole in percent (占比), rounded the way a given publisher rounds them.
 *
 * @remarks
 * Formula: share = count ÷ denominator × 100, the denominator being the sum of the counts unless
 * given. Every decision is made on whole units of 10^-decimals percent, so 403 ÷ 1034 prints
 * '38.97' at 2 decimals, never 38.969999….
 *
 * Rounding conventions (Sources §3.3; all four occur in published reports):
 * - `'halfUp'` (四舍五入, the most common): each share on its own; totals may print 99.9 or 100.1.
 * - `'truncate'` (截尾): each share rounded down; totals print at or below 100.
 * - `'largestRemainder'` (Hamilton's method): truncate, then give one unit each to the shares with
 *   the largest remainders (ties: the larger count, then the earlier key) until the total is
 *   exactly 100.
 * - `'adjustLargest'`: round half up, then move the residual (e.g. 0.01) onto or off the share with
 *   the largest count (the first on ties) so the total prints as exactly 100. With many tiny
 *   shares the residual can be large; prefer `'largestRemainder'` there.
 *
 * With a `denominator` larger than the sum, the two totalling conventions aim at the sum's own share
 * (rounded half up) instead of 100. When the denominator is 0 every share is `null`.
 *
 * @param counts - The counts: an array (keys '0', '1', …) or an object of key → count; whole
 * numbers ≥ 0.
 * @param options - Decimals, rounding convention and denominator.
 * @returns The parts in input order and by key, the total and the printed sum; frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when a count is not a whole number ≥ 0, the
 * decimals are not 0–6, or the denominator is below the sum.
 *
 * @example
 * ```ts
 * import { shares } from 'renda';
 *
 * // NPC 2002: A/B/C/D of 4,287 items.
 * const t1 = shares({ A: 536, B: 2560, C: 775, D: 416 });
 * console.log(t1.parts.map((p) => p.printed)); // ['12.5', '59.7', '18.1', '9.7']
 * ```
 *
 * @example
 * ```ts
 * import { shares } from 'renda';
 *
 * const cppcc = [22, 68, 2];
 * console.log(shares(cppcc, { decimals: 2 }).sumPrinted); // '99.99'
 * console.log(shares(cppcc, { decimals: 2, rounding: 'adjustLargest' }).parts[1]?.printed); // '73.92'
 * ```
 * @category Metrics
 */
export function shares(
  counts: readonly number[] | Readonly<Record<string, number>>,
  options?: SharesOptions,
): SharesResult {
  return guard('shares', () => {
    const checks = new ArgumentChecks('Shares');
    const {
      decimals,
      rounding,
      denominator: givenDenominator,
    } = readSharesOptions(checks, options, []);
    if (typeof counts !== 'object' || counts === null) {
      checks.add('INVALID_TYPE', ['counts'], {
        field: COUNTS,
        expected: fieldName(
          '计数数组或以键为名的计数对象',
          'an array of counts or an object of counts by key',
        ),
        got: counts,
      });
    }
    checks.done();
    const keys = Array.isArray(counts)
      ? Array.from({ length: counts.length }, (_, index) => String(index))
      : Object.keys(counts);
    const values: number[] = Array.isArray(counts)
      ? Array.from({ length: counts.length }, (_, index) => counts[index] as number)
      : keys.map((key) => (counts as Readonly<Record<string, number>>)[key] as number);
    let total = 0;
    for (let index = 0; index < values.length; index++) {
      const count = values[index];
      if (!isCount(count)) {
        fail(
          'Shares',
          typeof count === 'number' ? 'INVALID_VALUE' : 'INVALID_TYPE',
          ['counts', keys[index] as string],
          {
            field: fieldName(`计数「${quote(keys[index])}」`, `count '${quote(keys[index])}'`),
            expected: fieldName('非负整数', 'a whole number ≥ 0'),
            got: count,
          },
        );
      }
      total += count;
    }
    if (!Number.isSafeInteger(total)) {
      fail('Shares', 'INVALID_VALUE', ['counts'], {
        field: COUNTS,
        expected: fieldName(
          '总和不超过 2^53 − 1 的计数',
          `counts whose sum is at most ${Number.MAX_SAFE_INTEGER}`,
        ),
      });
    }
    const denominator = (givenDenominator as number | undefined) ?? total;
    const scale = 100 * pow10(decimals);
    if (
      !isCount(denominator) ||
      denominator < total ||
      !Number.isSafeInteger(denominator * scale)
    ) {
      fail('Shares', 'INVALID_VALUE', ['denominator'], {
        field: fieldName('分母', 'denominator'),
        expected: fieldName(
          `不小于各项之和（${total}）且不过大的整数`,
          `a whole number ≥ the sum of the counts (${total}) and not too large`,
        ),
        got: denominator,
      });
    }
    const units = denominator === 0 ? null : roundAll(values, denominator, decimals, rounding);
    const byKey: Record<string, SharePart> = Object.create(null);
    const parts = keys.map((key, index) => {
      const unit = units?.[index];
      const part: SharePart = Object.freeze({
        key,
        count: values[index] as number,
        share: unit === undefined ? null : unit / pow10(decimals),
        printed: unit === undefined ? null : formatUnits(unit, decimals),
      });
      byKey[key] = part;
      return part;
    });
    const sumUnits = units?.reduce((sum, unit) => sum + unit, 0);
    return Object.freeze({
      parts: Object.freeze(parts),
      byKey: Object.freeze(byKey),
      total,
      denominator,
      sumPrinted: sumUnits === undefined ? null : formatUnits(sumUnits, decimals),
    });
  });
}

/** Each count's share in whole units of 10^-decimals percent, by the rounding convention. */
function roundAll(
  values: readonly number[],
  denominator: number,
  decimals: number,
  rounding: ShareRounding,
): number[] {
  const exact = values.map((count) => percentUnits(count, denominator, decimals));
  if (rounding === 'halfUp' || rounding === 'truncate') {
    return exact.map((e) => roundUnits(e.quotient, e.remainder, denominator, rounding));
  }
  // What the parts must add up to: 100 when they make the whole, else the sum's own share.
  const whole = percentUnits(
    values.reduce((sum, count) => sum + count, 0),
    denominator,
    decimals,
  );
  const target = roundUnits(whole.quotient, whole.remainder, denominator, 'halfUp');
  if (rounding === 'largestRemainder') {
    const units = exact.map((e) => e.quotient);
    let missing = target - units.reduce((sum, unit) => sum + unit, 0);
    const order = values
      .map((_, index) => index)
      .sort(
        (a, b) =>
          (exact[b] as { remainder: number }).remainder -
            (exact[a] as { remainder: number }).remainder ||
          (values[b] as number) - (values[a] as number) ||
          a - b,
      );
    for (const index of order) {
      if (missing <= 0) break;
      units[index] = (units[index] as number) + 1;
      missing -= 1;
    }
    return units;
  }
  const units = exact.map((e) => roundUnits(e.quotient, e.remainder, denominator, 'halfUp'));
  let largest = 0;
  values.forEach((count, index) => {
    if (count > (values[largest] as number)) largest = index;
  });
  const residual = target - units.reduce((sum, unit) => sum + unit, 0);
  if (units.length > 0) units[largest] = (units[largest] as number) + residual;
  return units;
}
