import { assertWholeNumber } from './internal/assertWholeNumber.js';
import { dayNumberOf, fromDayNumber, parseDay } from './internal/days.js';
import { invalidDayError } from './internal/errors.js';
import { findWorkingDay } from './internal/findWorkingDay.js';
import type { WorkingDayCalendar } from './workingDayCalendar.js';

/**
 * Counts working days (工作日) from a day: the `n`th working day after `day` in `calendar`, so
 * weekends, public holidays and make-up working days (调休上班) all count as the calendar says.
 *
 * @remarks
 * `day` itself is day zero and is never counted, whether or not it is a working day: with the
 * official calendar, 5 working days from Tuesday 30 Sep 2025 are 9, 10, 11 (a Saturday make-up
 * day), 13 and 14 October, so the result is `2025-10-14`. `n = 0` returns `day` unchanged; a
 * negative `n` counts backwards (the `|n|`th working day before `day`).
 *
 * @param day - Day zero, `YYYY-MM-DD`.
 * @param n - How many working days to count; a whole number.
 * @param calendar - The working-day calendar, e.g. {@link chinaOfficialCalendar}.
 * @returns The day on which the count ends, `YYYY-MM-DD`; always a working day when `n ≠ 0`.
 * @throws {@link RendaError} with code `INVALID_DAY`, `INVALID_AMOUNT`, or `NO_WORKING_DAY` when
 * the calendar has no working day for ten years in a row.
 * @example
 * ```ts
 * import { addWorkingDays, chinaOfficialCalendar } from 'renda';
 *
 * addWorkingDays('2025-09-30', 5, chinaOfficialCalendar); // '2025-10-14'
 * ```
 * @category Deadlines
 */
export function addWorkingDays(day: string, n: number, calendar: WorkingDayCalendar): string {
  const parts = parseDay(day);
  if (parts === undefined) throw invalidDayError(day, 'day');
  assertWholeNumber(n);
  const step = n < 0 ? -1 : 1;
  let current = dayNumberOf(parts);
  for (let counted = 0; counted < Math.abs(n); counted++) {
    current = findWorkingDay(current + step, step, calendar);
  }
  return fromDayNumber(current);
}
