import { assertWholeNumber } from './internal/assertWholeNumber.js';
import { dayNumberOf, fromDayNumber, parseDay } from './internal/days.js';
import { invalidDayError } from './internal/errors.js';

/**
 * Adds calendar days (自然日) to a day: `2025-01-31` + 1 = `2025-02-01`.
 *
 * @remarks
 * Pure day arithmetic on `YYYY-MM-DD` strings: no instants, so no time zone and no daylight
 * saving time are involved. `n` may be negative or zero.
 *
 * @param day - A calendar day, `YYYY-MM-DD`.
 * @param n - The number of days to add; a whole number.
 * @returns The day `n` days later, `YYYY-MM-DD`.
 * @throws {@link RendaError} with code `INVALID_DAY` when `day` is not a real day, or
 * `INVALID_AMOUNT` when `n` is not a whole number.
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
  const parts = parseDay(day);
  if (parts === undefined) throw invalidDayError(day, 'day');
  assertWholeNumber(n);
  return fromDayNumber(dayNumberOf(parts) + n);
}
