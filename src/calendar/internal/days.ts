/**
 * Day arithmetic on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01). The integer
 * formulas live in `src/internal/civilDays.ts`, below the model and the calendar, because the
 * timestamp grammar needs them too; this module adds reading and checking days.
 * Internal to the calendar area; never re-exported.
 */
import { daysInMonth, toDayNumber, twoDigitsAt } from '../../internal/civilDays.js';

export {
  daysInMonth,
  formatDay,
  fromDayNumber,
  isDayNumberInRange,
  isLeapYear,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  toDayNumber,
} from '../../internal/civilDays.js';

/** A calendar day split into its parts; `month` is 1–12. */
export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The parts of a valid `YYYY-MM-DD` day in years 0001–9999, or `undefined` (wrong shape,
 * 2023-02-29, month 13, year 0000…).
 */
export function parseDay(value: unknown): DayParts | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  // Read character by character: every deadline reads its days, and a regular expression with
  // three captures costs more than the rest of the count.
  const century = twoDigitsAt(value, 0);
  const yearOfCentury = twoDigitsAt(value, 2);
  const month = twoDigitsAt(value, 5);
  const day = twoDigitsAt(value, 8);
  if (
    century < 0 ||
    yearOfCentury < 0 ||
    month < 0 ||
    day < 0 ||
    value.charCodeAt(4) !== 45 /* - */ ||
    value.charCodeAt(7) !== 45 /* - */
  ) {
    return undefined;
  }
  const year = century * 100 + yearOfCentury;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

export function isCalendarDay(value: unknown): value is string {
  return parseDay(value) !== undefined;
}

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
