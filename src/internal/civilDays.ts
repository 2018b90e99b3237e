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

/** Formats parts as `YYYY-MM-DD`. */
export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatDay(year, month, day);
}

/** Whether a day number falls within 0001-01-01…9999-12-31, the days renda reads and writes. */
export function isDayNumberInRange(dayNumber: number): boolean {
  return dayNumber >= MIN_DAY_NUMBER && dayNumber <= MAX_DAY_NUMBER;
}
