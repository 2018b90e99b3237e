import type { DeadlineResult } from './deadlineError.js';
import { MAX_WORKING_DAYS, plusWorkingDays } from './internal/arithmetic.js';
import { asResult, orThrow } from './internal/guarded.js';
import { readCalendar, readDay, readWholeNumber } from './internal/read.js';
import type { WorkingDayCalendar } from './workingDayCalendar.js';

function count(day: unknown, n: unknown, calendar: unknown): string {
  const parts = readDay(day, 'day');
  const amount = readWholeNumber(n, 'n', MAX_WORKING_DAYS);
  return plusWorkingDays(parts, amount, readCalendar(calendar), 'n');
}

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
 * The work is bounded: `|n|` is at most 10,000 working days, a calendar with no working day for
 * ten years in a row is refused, and a count never goes past 0001-01-01 or 9999-12-31. A calendar
 * whose `isWorkingDay` throws or answers anything but `true`/`false` is refused with
 * `INVALID_CALENDAR`.
 *
 * @param day - Day zero, `YYYY-MM-DD`.
 * @param n - How many working days to count; a whole number, at most 10,000 either way.
 * @param calendar - The working-day calendar, e.g. {@link chinaOfficialCalendar}.
 * @returns The day on which the count ends, `YYYY-MM-DD`; always a working day when `n ≠ 0`.
 * @throws {@link RendaError} with code `INVALID_DAY`, `INVALID_AMOUNT`, `INVALID_CALENDAR`,
 * `DAY_OUT_OF_RANGE`, or `NO_WORKING_DAY` when the calendar has no working day for ten years in
 * a row.
 * @example
 * ```ts
 * import { addWorkingDays, chinaOfficialCalendar } from 'renda';
 *
 * addWorkingDays('2025-09-30', 5, chinaOfficialCalendar); // '2025-10-14'
 * ```
 * @category Deadlines
 */
export function addWorkingDays(day: string, n: number, calendar: WorkingDayCalendar): string {
  return orThrow(() => count(day, n, calendar));
}

/**
 * Counts working days without throwing: the checked twin of {@link addWorkingDays}.
 *
 * @param day - Day zero, `YYYY-MM-DD`.
 * @param n - How many working days to count; a whole number, at most 10,000 either way.
 * @param calendar - The working-day calendar.
 * @returns `{ ok: true, value: day }`, or `{ ok: false, error }` with a {@link DeadlineError}.
 * @example
 * ```ts
 * import { safeAddWorkingDays } from 'renda';
 *
 * const never = { id: 'never', isWorkingDay: () => false };
 * const result = safeAddWorkingDays('2025-01-01', 1, never);
 * if (!result.ok) console.log(result.error.code); // 'NO_WORKING_DAY'
 * ```
 * @category Deadlines
 */
export function safeAddWorkingDays(
  day: string,
  n: number,
  calendar: WorkingDayCalendar,
): DeadlineResult<string> {
  return asResult(() => count(day, n, calendar));
}
