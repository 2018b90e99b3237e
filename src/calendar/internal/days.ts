/**
 * Day arithmetic on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01). The integer
 * formulas live in `src/internal/civilDays.ts`, below the model and the calendar, because the
 * timestamp grammar needs them too; this module adds reading and checking days.
 * Internal to the calendar area; never re-exported.
 */
import { type DayParts, toDayNumber } from '../../internal/civilDays.js';

export {
  type DayParts,
  daysInMonth,
  formatDay,
  fromDayNumber,
  isCalendarDay,
  isDayNumberInRange,
  isLeapYear,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  parseDay,
  toDayNumber,
} from '../../internal/civilDays.js';

/** The day number of a day already known to be valid. */
export function dayNumberOf(parts: DayParts): number {
  return toDayNumber(parts.year, parts.month, parts.day);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Monday to Friday, by day number (1970-01-01 was a Thursday). */
export function isWeekdayNumber(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday !== 0 && weekday !== 6;
}
