import { type DayParts, dayNumberOf, daysInMonth, formatDay } from './days.js';
import { dayOutOfRangeError } from './errors.js';
import { findWorkingDay } from './findWorkingDay.js';
import { type CheckedCalendar, dayOf } from './read.js';

// The counting itself, on arguments already checked. Each step is O(1) except working days,
// which ask the calendar about each day and so are capped (MAX_WORKING_DAYS).

/**
 * The most working days one count may span (about 40 years): far beyond any deadline (a rule's
 * amount is at most 3660), and small enough that a count stays in the tens of milliseconds with
 * the official calendar (each day asked costs a few microseconds).
 */
export const MAX_WORKING_DAYS = 10_000;

/** `parts` + `n` calendar days. */
export function plusDays(parts: DayParts, n: number, name: string): string {
  return dayOf(dayNumberOf(parts) + n, name);
}

/** `parts` + `n` calendar months, clamped to the month's end. */
export function plusMonths(parts: DayParts, n: number, name: string): string {
  const monthIndex = parts.year * 12 + (parts.month - 1) + n;
  const year = Math.floor(monthIndex / 12);
  if (!(year >= 1 && year <= 9999)) throw dayOutOfRangeError(name);
  const month = monthIndex - year * 12 + 1;
  return formatDay(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

/** The `n`th working day after (before, for negative `n`) `parts`; `n = 0` is the day itself. */
export function plusWorkingDays(
  parts: DayParts,
  n: number,
  calendar: CheckedCalendar,
  name: string,
): string {
  const step = n < 0 ? -1 : 1;
  let current = dayNumberOf(parts);
  for (let counted = 0; counted < Math.abs(n); counted++) {
    current = findWorkingDay(current + step, step, calendar, name);
  }
  return dayOf(current, name);
}
