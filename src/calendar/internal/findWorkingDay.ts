import { isDayNumberInRange } from './days.js';
import { calendarFailure, dayOutOfRangeError } from './errors.js';
import type { CheckedCalendar } from './read.js';

// Ten years of days off in a row means the calendar is broken (e.g. `isWorkingDay: () => false`);
// stop instead of looping for ever.
const MAX_DAYS_OFF_IN_A_ROW = 3660;

/**
 * The first working day at or after (`step` 1) or at or before (`step` -1) `dayNumber`, as a day
 * number: at most 3661 days are asked, and never a day outside 0001-01-01…9999-12-31.
 */
export function findWorkingDay(
  dayNumber: number,
  step: 1 | -1,
  calendar: CheckedCalendar,
  name: string,
): number {
  let current = dayNumber;
  for (let checked = 0; checked <= MAX_DAYS_OFF_IN_A_ROW; checked++) {
    if (!isDayNumberInRange(current)) throw dayOutOfRangeError(name);
    if (calendar.isWorkingDay(current)) return current;
    current += step;
  }
  throw calendarFailure(
    'NO_WORKING_DAY',
    ['calendar'],
    `日历「${calendar.id}」在 ${MAX_DAYS_OFF_IN_A_ROW} 天内没有工作日`,
    `calendar ${calendar.id} has no working day within ${MAX_DAYS_OFF_IN_A_ROW} days`,
  );
}
