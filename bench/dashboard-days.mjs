// Day arithmetic for the hand-written dashboard loops (bench helper): day numbers (days since
// 1970-01-01) read digit by digit from the frozen `YYYY-MM-DD` strings and from canonical UTC
// timestamps, with no `Date`, `Date.parse` or `Intl`. Asia/Shanghai has kept +08:00 since 1991,
// so a timestamp's day there is its UTC day, plus one from 16:00 UTC on.

/** The digit at `at` of `text`. */
const digit = (text, at) => text.charCodeAt(at) - 48;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function civilDay(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day number of `YYYY-MM-DD` (the first ten characters of `text`). */
export function dayNumber(text) {
  return civilDay(
    digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3),
    digit(text, 5) * 10 + digit(text, 6),
    digit(text, 8) * 10 + digit(text, 9),
  );
}

/**
 * The day number in Asia/Shanghai of a canonical UTC timestamp `YYYY-MM-DDTHH:mm:ss.sssZ`: the
 * clock hour plus 8 carries into the next day from 16:00 UTC (the offset is whole hours, so the
 * minutes never matter).
 */
export function shanghaiDayNumber(instant) {
  return dayNumber(instant) + (digit(instant, 11) * 10 + digit(instant, 12) >= 16 ? 1 : 0);
}

/** `YYYY-MM-DD` of a day number (H. Hinnant's civil_from_days); only on a memo miss. */
export function dayText(dayNumberValue) {
  const z = dayNumberValue + 719468;
  const era = Math.floor(z / 146097);
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
  const pad = (n, width) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Whether `value` is a canonical UTC timestamp (what the Shanghai digit arithmetic reads). */
export function isCanonicalUtc(value) {
  return (
    typeof value === 'string' &&
    value.length === 24 &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)
  );
}
