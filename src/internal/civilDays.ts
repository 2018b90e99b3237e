/**
 * Civil-date arithmetic through day numbers (days since 1970-01-01), with integer formulas only:
 * no `Date`, so the machine's time zone can never leak in. Shared by the timestamp grammar (read
 * by the model schemas) and the calendar area, which is why it sits below both.
 */

/** The first day renda accepts or returns, as a day number: 0001-01-01. */
export const MIN_DAY_NUMBER = -719_162;

/** The last day renda accepts or returns, as a day number: 9999-12-31. */
export const MAX_DAY_NUMBER = 2_932_896;

/** Whether `year` is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `00` … `99`: months and days are written from this table, not padded on every call. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) =>
  String(n).padStart(2, '0'),
);

/** Formats parts as `YYYY-MM-DD`. */
export function formatDay(year: number, month: number, day: number): string {
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
}

/**
 * Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`): exact for every
 * Gregorian date, and no `Date` object involved.
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a day number (Hinnant's `civil_from_days`), formatted `YYYY-MM-DD`. */
export function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  // From here every operand is a small non-negative integer, so `| 0` is the floor.
  const dayOfEra = z - era * 146097;
  const yearOfEra =
    ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36524) | 0) - ((dayOfEra / 146096) | 0)) /
      365) |
    0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const mp = ((5 * dayOfYear + 2) / 153) | 0;
  const day = dayOfYear - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatDay(year, month, day);
}

/** Whether a day number falls within 0001-01-01…9999-12-31, the days renda reads and writes. */
export function isDayNumberInRange(dayNumber: number): boolean {
  return dayNumber >= MIN_DAY_NUMBER && dayNumber <= MAX_DAY_NUMBER;
}

/** The value of the ASCII digit at `at` of `text`, or -1 for any other character (or none). */
export function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** The two-digit number at `at` of `text`, or -1 when either character is not an ASCII digit. */
export function twoDigitsAt(text: string, at: number): number {
  const tens = digitAt(text, at);
  const ones = digitAt(text, at + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

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

/** Whether a value is a valid `YYYY-MM-DD` day in years 0001–9999. */
export function isCalendarDay(value: unknown): value is string {
  return parseDay(value) !== undefined;
}
