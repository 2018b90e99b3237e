/**
 * Exact decimal helpers for percentages (internal). A percentage printed with `decimals` digits is an
 * integer number of "units" of 10^-decimals percent, so every rounding decision is made on integers and
 * 38.97 never turns into 38.969999….
 */

/** How a single value is rounded to the printed precision. */
export type UnitRounding = 'halfUp' | 'truncate';

/** 10^decimals as a number (decimals is a small whole number). */
export function pow10(decimals: number): number {
  return 10 ** decimals;
}

/**
 * `numerator / denominator × 100` in units of 10^-decimals percent: `quotient` rounded down, and the
 * `remainder` (0 ≤ remainder < denominator) of the exact division. Both counts are safe integers and
 * `numerator × 100 × 10^decimals` must stay a safe integer (callers check).
 */
export function percentUnits(
  numerator: number,
  denominator: number,
  decimals: number,
): { quotient: number; remainder: number } {
  const scaled = numerator * 100 * pow10(decimals);
  const quotient = Math.floor(scaled / denominator);
  // Floating division can be off by one unit near an integer; repair with exact integer checks.
  let q = quotient;
  let remainder = scaled - q * denominator;
  while (remainder < 0) {
    q -= 1;
    remainder += denominator;
  }
  while (remainder >= denominator) {
    q += 1;
    remainder -= denominator;
  }
  return { quotient: q, remainder };
}

/** Rounds an exact quotient and remainder by `rounding` ('halfUp': a remainder of half or more rounds up). */
export function roundUnits(
  quotient: number,
  remainder: number,
  denominator: number,
  rounding: UnitRounding,
): number {
  if (rounding === 'truncate') return quotient;
  return 2 * remainder >= denominator ? quotient + 1 : quotient;
}

/** Prints integer units with exactly `decimals` digits after the point, e.g. (3897, 2) → '38.97'. */
export function formatUnits(units: number | bigint, decimals: number): string {
  const negative = units < 0;
  const digits = (negative ? -BigInt(units) : BigInt(units)).toString().padStart(decimals + 1, '0');
  const cut = digits.length - decimals;
  const text = decimals === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${text}` : text;
}

/**
 * Rounds `fraction × 100` to `decimals` digits and prints it, deciding on the shortest decimal
 * representation of `fraction` (what `String(fraction)` shows), so 0.5807 prints '58.07', not the
 * '58.07000000000001' that a floating multiplication gives. Half up is away from zero for negatives.
 */
export function formatFractionAsPercent(
  fraction: number,
  decimals: number,
  rounding: UnitRounding,
): string {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(fraction)));
  if (match === null) return String(fraction * 100);
  const intDigits = match[1] ?? '0';
  const fracDigits = match[2] ?? '';
  const exponent = Number(match[3] ?? '0');
  const allDigits = intDigits + fracDigits;
  // Position of the decimal point in allDigits once multiplied by 100 (×10²).
  const point = intDigits.length + exponent + 2;
  const keep = point + decimals;
  let kept: bigint;
  let next = 0;
  if (keep <= 0) {
    kept = 0n;
    next = keep === 0 ? Number(allDigits[0] ?? '0') : 0;
  } else if (keep >= allDigits.length) {
    kept = BigInt(allDigits + '0'.repeat(keep - allDigits.length));
  } else {
    kept = BigInt(allDigits.slice(0, keep));
    next = Number(allDigits[keep]);
  }
  if (rounding === 'halfUp' && next >= 5) kept += 1n;
  const text = formatUnits(kept, decimals);
  return fraction < 0 && kept !== 0n ? `-${text}` : text;
}

/** What a missing value prints as. */
export const MISSING_VALUE = '—';

/**
 * numerator ÷ denominator as a percent text, exact (`95.0%`), rounded as the publisher rounds;
 * {@link MISSING_VALUE} for an empty denominator. What `formatRate` prints and report tables show.
 */
export function percentOfCounts(
  numerator: number,
  denominator: number,
  decimals: number,
  rounding: UnitRounding,
): string {
  if (!(denominator > 0)) return MISSING_VALUE;
  const { quotient, remainder } = percentUnits(numerator, denominator, decimals);
  return `${formatUnits(roundUnits(quotient, remainder, denominator, rounding), decimals)}%`;
}

/** Decimals as a whole number from 0 to 6 (1 when not given). */
export function clampDecimals(decimals: number | undefined): number {
  if (decimals === undefined || !Number.isFinite(decimals)) return 1;
  return Math.min(6, Math.max(0, Math.trunc(decimals)));
}
