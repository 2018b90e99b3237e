import { toCalendarDay } from '../../../calendar/toCalendarDay.js';

// Day arithmetic for the dashboard's hot loop: day numbers (days since 1970-01-01) instead of
// strings and Date objects. Internal to src/metrics/dashboard.

const MINUTES_PER_DAY = 1440;

/**
 * Zones with one fixed offset (minutes) from an instant on (ms). Asia/Shanghai has been +08:00 since
 * 15 Sep 1991; the property test checks the fast path against `toCalendarDay`.
 */
const FIXED_OFFSETS: Readonly<Record<string, { since: number; offsetMinutes: number }>> = {
  'Asia/Shanghai': { since: 684_892_800_000, offsetMinutes: 480 },
  'Asia/Chongqing': { since: 684_892_800_000, offsetMinutes: 480 },
  'Asia/Harbin': { since: 684_892_800_000, offsetMinutes: 480 },
  PRC: { since: 684_892_800_000, offsetMinutes: 480 },
  'Asia/Hong_Kong': { since: 315_532_800_000, offsetMinutes: 480 },
  'Asia/Macau': { since: 315_532_800_000, offsetMinutes: 480 },
  'Asia/Taipei': { since: 315_532_800_000, offsetMinutes: 480 },
  UTC: { since: Number.NEGATIVE_INFINITY, offsetMinutes: 0 },
  'Etc/UTC': { since: Number.NEGATIVE_INFINITY, offsetMinutes: 0 },
};

/** Days since 1970-01-01 of a civil date (Hinnant's days_from_civil). */
export function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;

/** The day number of a `YYYY-MM-DD` day (the first ten characters of `text`), read digit by digit. */
export function dayNumber(text: string): number {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  return civilDayNumber(year, month, day);
}

/** The `YYYY-MM-DD` of a day number (Hinnant's civil_from_days). */
export function dayText(dayNumberValue: number): string {
  const z = dayNumberValue + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A function from an ISO timestamp to its day number in `timeZone`. */
export type InstantDay = (instant: string) => number;

/**
 * The day-number function of a zone. For a fixed-offset zone and a canonical UTC timestamp
 * (`YYYY-MM-DDTHH:mm:ss.sssZ`, what every parsed record holds) it adds the offset to the clock
 * time and carries into the date: no `Date`, no `Intl`. Anything else goes through
 * `toCalendarDay` (about 20 µs a call).
 */
export function instantDayIn(timeZone: string): InstantDay {
  const fixed = Object.hasOwn(FIXED_OFFSETS, timeZone) ? FIXED_OFFSETS[timeZone] : undefined;
  const slow = (instant: string): number => dayNumber(toCalendarDay(instant, timeZone));
  if (fixed === undefined) return slow;
  const offset = fixed.offsetMinutes;
  // The fast path is only valid from the zone's last change on; the sample's years are far later.
  const sinceYear = Number.isFinite(fixed.since) ? new Date(fixed.since).getUTCFullYear() + 1 : 0;
  return (instant: string): number => {
    if (instant.length !== 24 || instant.charCodeAt(23) !== 90 /* Z */) return slow(instant);
    const year =
      digit(instant, 0) * 1000 +
      digit(instant, 1) * 100 +
      digit(instant, 2) * 10 +
      digit(instant, 3);
    if (year < sinceYear) return slow(instant);
    const minutes =
      (digit(instant, 11) * 10 + digit(instant, 12)) * 60 +
      digit(instant, 14) * 10 +
      digit(instant, 15) +
      offset;
    const carry = minutes >= MINUTES_PER_DAY ? 1 : minutes < 0 ? -1 : 0;
    return (
      civilDayNumber(
        year,
        digit(instant, 5) * 10 + digit(instant, 6),
        digit(instant, 8) * 10 + digit(instant, 9),
      ) + carry
    );
  };
}
