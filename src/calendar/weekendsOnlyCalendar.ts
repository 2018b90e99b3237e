import { calendarOfDayNumbers } from './internal/dayNumberAnswers.js';
import { isWeekdayNumber } from './internal/days.js';
import type { WorkingDayCalendar } from './workingDayCalendar.js';

/**
 * The weekends-only calendar (仅双休日): Monday to Friday are working days (工作日), Saturday and
 * Sunday are not, and there are no holidays.
 *
 * @remarks
 * Its id is `weekends-only`. It is the base of {@link defineHolidayCalendar} when no `base` is
 * given, and what {@link chinaOfficialCalendar} falls back to for years it has no notice for.
 * `covers(year)` is always `true`: the rule needs no data.
 *
 * `isWorkingDay` throws a {@link RendaError} with code `INVALID_DAY` for a string that is not a
 * real `YYYY-MM-DD` day, rather than answer for a day that does not exist.
 *
 * @example
 * ```ts
 * import { weekendsOnlyCalendar } from 'renda';
 *
 * console.log(weekendsOnlyCalendar.isWorkingDay('2025-10-01')); // true (a Wednesday)
 * console.log(weekendsOnlyCalendar.isWorkingDay('2025-10-04')); // false (a Saturday)
 * ```
 * @category Deadlines
 */
export const weekendsOnlyCalendar: WorkingDayCalendar = /* @__PURE__ */ calendarOfDayNumbers(
  'weekends-only',
  isWeekdayNumber,
  (_year: number): boolean => true,
);
