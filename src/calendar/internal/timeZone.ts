import { quote } from '../../internal/quote.js';
import type { RendaError } from '../../model/shared/validationError.js';
import { calendarFailure } from './errors.js';

/**
 * Zones with one fixed UTC offset from a given instant on, so the calendar day of a later instant
 * is plain arithmetic instead of an `Intl` lookup (~20 µs each). `since` is an epoch in ms; the
 * property test in test/calendar/toCalendarDay.test.ts checks each entry against TZDate and Intl.
 */
export const FIXED_OFFSET_ZONES: Readonly<
  Record<string, { since: number; offsetMinutes: number }>
> = {
  // China observed DST from 1986 to 1991; the last period ended on 15 Sep 1991 (at 02:00 +09:00,
  // i.e. 14 Sep 17:00Z). From 1991-09-15T00:00Z on, +08:00 all year. The aliases follow the
  // same rules since then.
  'Asia/Shanghai': { since: 684_892_800_000, offsetMinutes: 480 },
  'Asia/Chongqing': { since: 684_892_800_000, offsetMinutes: 480 },
  'Asia/Chungking': { since: 684_892_800_000, offsetMinutes: 480 },
  'Asia/Harbin': { since: 684_892_800_000, offsetMinutes: 480 },
  PRC: { since: 684_892_800_000, offsetMinutes: 480 },
  // Hong Kong, Macao and Taipei last used DST in 1979; +08:00 from 1980-01-01T00:00Z on.
  'Asia/Hong_Kong': { since: 315_532_800_000, offsetMinutes: 480 },
  'Asia/Macau': { since: 315_532_800_000, offsetMinutes: 480 },
  'Asia/Taipei': { since: 315_532_800_000, offsetMinutes: 480 },
  UTC: { since: Number.NEGATIVE_INFINITY, offsetMinutes: 0 },
  'Etc/UTC': { since: Number.NEGATIVE_INFINITY, offsetMinutes: 0 },
};

const knownZones = /* @__PURE__ */ new Map<string, boolean>();

/** Whether `timeZone` is an IANA zone this runtime knows (memoised: the check costs an Intl call). */
export function isTimeZone(timeZone: unknown): timeZone is string {
  // IANA names are short; a deadline stores its zone in at most 64 characters.
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  if (Object.hasOwn(FIXED_OFFSET_ZONES, timeZone)) return true;
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      // Only validates the name: the formatter is given the zone, it never reads the machine's.
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(timeZone, known);
  }
  return known;
}

const offsetFormats = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

/**
 * The UTC offset, in milliseconds, of a zone the runtime knows (already checked) at an instant:
 * the runtime's own zone data through `Intl`, formatted as `GMT+05:45` (or `GMT-03:30:45` for a
 * local mean time with seconds, or `GMT` for zero). One formatter per zone, kept.
 */
export function offsetMsAt(timeZone: string, epoch: number): number {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    if (offsetFormats.size < 1000) offsetFormats.set(timeZone, format);
  }
  const text = format.format(epoch);
  const at = text.lastIndexOf('GMT') + 3;
  if (at >= text.length) return 0;
  const sign = text[at] === '-' ? -1 : 1;
  const hours = Number(text.slice(at + 1, at + 3));
  const minutes = Number(text.slice(at + 4, at + 6));
  const seconds = text.length > at + 6 ? Number(text.slice(at + 7, at + 9)) : 0;
  return sign * (hours * 3_600_000 + minutes * 60_000 + seconds * 1000);
}

/** A `RendaError` for a time zone the runtime does not know. */
export function invalidTimeZoneError(
  timeZone: unknown,
  path: readonly (string | number)[] = ['timeZone'],
): RendaError {
  return calendarFailure(
    'INVALID_TIME_ZONE',
    path,
    `未知的时区：${quote(timeZone)}`,
    `unknown time zone: ${quote(timeZone)}`,
  );
}
