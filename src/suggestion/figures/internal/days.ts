import { toDayNumber } from '../../../calendar/internal/days.js';
import { FIXED_OFFSET_ZONES } from '../../../calendar/internal/timeZone.js';
import { toCalendarDay } from '../../../calendar/toCalendarDay.js';

// Day arithmetic for the dashboard's hot loop: day numbers (days since 1970-01-01) instead of
// strings and Date objects. Internal to the suggestion figures; the fixed-offset zones and the
// day numbers are the calendar's own, so both areas agree on what a day is.

const MINUTES_PER_DAY = 1440;

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;

/** The day number of a `YYYY-MM-DD` day (the first ten characters of `text`), read digit by digit. */
export function dayNumber(text: string): number {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  return toDayNumber(year, month, day);
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
  const fixed = Object.hasOwn(FIXED_OFFSET_ZONES, timeZone)
    ? FIXED_OFFSET_ZONES[timeZone]
    : undefined;
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
      toDayNumber(
        year,
        digit(instant, 5) * 10 + digit(instant, 6),
        digit(instant, 8) * 10 + digit(instant, 9),
      ) + carry
    );
  };
}
