import { assertWholeNumber } from './internal/assertWholeNumber.js';
import { daysInMonth, formatDay, parseDay } from './internal/days.js';
import { invalidDayError } from './internal/errors.js';

/**
 * Adds calendar months (个月) to a day, clamping to the month's last day: `2024-11-30` + 3 months
 * = `2025-02-28`, and `2023-11-30` + 3 months = `2024-02-29`.
 *
 * @remarks
 * The result is the same day-of-month `n` months later; when that month is shorter, the result
 * is its last day (月末对齐), never a day in the month after. This is how "within 3 months of
 * assignment" (交办之日起三个月内) is counted, and it matches date-fns `addMonths`.
 * `n` may be negative or zero.
 *
 * Clamping is not reversible: `2025-02-28` + 3 months is `2025-05-28`, not `2025-05-30`. That is
 * why {@link extendDeadline} counts an extension from the anchor, not from the clamped day.
 *
 * @param day - A calendar day, `YYYY-MM-DD`.
 * @param n - The number of months to add; a whole number.
 * @returns The day `n` months later, `YYYY-MM-DD`.
 * @throws {@link RendaError} with code `INVALID_DAY` when `day` is not a real day, or
 * `INVALID_AMOUNT` when `n` is not a whole number.
 * @example
 * ```ts
 * import { addCalendarMonths } from 'renda';
 *
 * addCalendarMonths('2024-11-30', 3); // '2025-02-28'
 * addCalendarMonths('2023-11-30', 3); // '2024-02-29'
 * addCalendarMonths('2025-01-31', 1); // '2025-02-28'
 * ```
 * @category Deadlines
 */
export function addCalendarMonths(day: string, n: number): string {
  const parts = parseDay(day);
  if (parts === undefined) throw invalidDayError(day, 'day');
  assertWholeNumber(n);
  const monthIndex = parts.year * 12 + (parts.month - 1) + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return formatDay(year, month, Math.min(parts.day, daysInMonth(year, month)));
}
