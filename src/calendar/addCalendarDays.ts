import type { DeadlineResult } from './deadlineError.js';
import { plusDays } from './internal/arithmetic.js';
import { asResult, orThrow } from './internal/guarded.js';
import { readDay, readWholeNumber } from './internal/read.js';

function count(day: unknown, n: unknown): string {
  return plusDays(readDay(day, 'day'), readWholeNumber(n, 'n', Number.MAX_SAFE_INTEGER), 'n');
}

/**
 * Adds calendar days (自然日) to a day: `2025-01-31` + 1 = `2025-02-01`.
 *
 * @remarks
 * Pure day arithmetic on `YYYY-MM-DD` strings: no instants, so no time zone and no daylight
 * saving time are involved. `n` may be negative or zero. Days are those of years 0001–9999: a
 * result outside them is refused, never returned.
 *
 * @param day - A calendar day, `YYYY-MM-DD`.
 * @param n - The number of days to add; a whole number.
 * @returns The day `n` days later, `YYYY-MM-DD`.
 * @throws {@link RendaError} with code `INVALID_DAY` when `day` is not a real day,
 * `INVALID_AMOUNT` when `n` is not a whole number, or `DAY_OUT_OF_RANGE` when the result would
 * fall outside 0001-01-01…9999-12-31.
 * @example
 * ```ts
 * import { addCalendarDays } from 'renda';
 *
 * addCalendarDays('2024-02-28', 1); // '2024-02-29'
 * addCalendarDays('2025-03-01', -1); // '2025-02-28'
 * ```
 * @category Deadlines
 */
export function addCalendarDays(day: string, n: number): string {
  return orThrow(() => count(day, n));
}

/**
 * Adds calendar days to a day without throwing: the checked twin of {@link addCalendarDays}.
 *
 * @param day - A calendar day, `YYYY-MM-DD`.
 * @param n - The number of days to add; a whole number.
 * @returns `{ ok: true, value: day }`, or `{ ok: false, error }` with a {@link DeadlineError}.
 * @example
 * ```ts
 * import { safeAddCalendarDays } from 'renda';
 *
 * const result = safeAddCalendarDays('9999-12-31', 1);
 * console.log(result.ok); // false: there is no year 10000
 * ```
 * @category Deadlines
 */
export function safeAddCalendarDays(day: string, n: number): DeadlineResult<string> {
  return asResult(() => count(day, n));
}
