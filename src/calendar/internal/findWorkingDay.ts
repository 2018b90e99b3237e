import { RendaError } from '../../model/shared/validationError.js';
import type { WorkingDayCalendar } from '../workingDayCalendar.js';
import { fromDayNumber } from './days.js';
import { calendarError } from './errors.js';

// Ten years of days off in a row means the calendar is broken (e.g. `isWorkingDay: () => false`);
// stop instead of looping for ever.
const MAX_DAYS_OFF_IN_A_ROW = 3660;

/**
 * The first working day at or after (`step` 1) or at or before (`step` -1) `dayNumber`, as a day
 * number.
 */
export function findWorkingDay(
  dayNumber: number,
  step: 1 | -1,
  calendar: WorkingDayCalendar,
): number {
  let current = dayNumber;
  for (let checked = 0; checked <= MAX_DAYS_OFF_IN_A_ROW; checked++) {
    if (calendar.isWorkingDay(fromDayNumber(current))) return current;
    current += step;
  }
  throw new RendaError(
    calendarError(
      'NO_WORKING_DAY',
      ['calendar'],
      `日历「${calendar.id}」在 ${MAX_DAYS_OFF_IN_A_ROW} 天内没有工作日`,
      `calendar ${calendar.id} has no working day within ${MAX_DAYS_OFF_IN_A_ROW} days`,
    ),
  );
}
