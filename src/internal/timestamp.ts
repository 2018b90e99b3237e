import {
  daysInMonth,
  fromDayNumber,
  isDayNumberInRange,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  toDayNumber,
} from './civilDays.js';

/**
 * The one timestamp grammar of renda, read by the model schemas (`IsoTimestampSchema`) and by
 * every calendar function, so that a timestamp the schemas accept is one `dueDate` accepts and
 * the other way round.
 *
 * The grammar is RFC 3339's: `YYYY-MM-DDTHH:MM:SS`, an optional fraction of 1 to 9 digits, and
 * `Z` or an offset `±HH:MM` (hours 00–23). Seconds are required (RFC 3339 requires them, and so
 * did zod's `iso.datetime`, which the schemas used before). A timestamp without an offset would
 * have to be read in the machine's zone, so it is refused rather than guessed. Once normalised
 * to UTC the instant must fall in years 0001–9999: `9999-12-31T23:59:59-00:01` is refused,
 * because its UTC form (`+010000-01-01T00:00:59.000Z`) would neither sort as a string nor parse
 * again.
 */
const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

// The longest string the grammar can match: `YYYY-MM-DDTHH:MM:SS.nnnnnnnnn+HH:MM`.
const LONGEST_TIMESTAMP = 35;

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;

/** The first instant renda accepts: 0001-01-01T00:00:00.000Z, in epoch milliseconds. */
export const MIN_TIMESTAMP_MS = MIN_DAY_NUMBER * MS_PER_DAY;

/** The last instant renda accepts: 9999-12-31T23:59:59.999Z, in epoch milliseconds. */
export const MAX_TIMESTAMP_MS = (MAX_DAY_NUMBER + 1) * MS_PER_DAY - 1;

/**
 * What reading a timestamp gave: its epoch milliseconds, or why it is not one (`format`: not the
 * grammar or an impossible date or time; `range`: outside years 0001–9999 once in UTC).
 */
export type TimestampReading =
  | { readonly ok: true; readonly epochMs: number }
  | { readonly ok: false; readonly problem: 'format' | 'range' };

const FORMAT: TimestampReading = Object.freeze({ ok: false, problem: 'format' });
const RANGE: TimestampReading = Object.freeze({ ok: false, problem: 'range' });

/** Reads a timestamp of the grammar above, with integer math only (no `Date`). */
export function readTimestamp(value: unknown): TimestampReading {
  if (typeof value !== 'string' || value.length > LONGEST_TIMESTAMP) return FORMAT;
  const m = TIMESTAMP_PATTERN.exec(value);
  if (m === null) return FORMAT;
  const [, y, mo, d, h, mi, s, frac, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return FORMAT;
  if (hour > 23 || minute > 59 || second > 59) return FORMAT;
  let offsetMinutes = 0;
  if (sign !== undefined) {
    const offsetHours = Number(oh);
    const offsetMins = Number(om);
    if (offsetHours > 23 || offsetMins > 59) return FORMAT;
    offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  // Digits past the millisecond are cut, as `Date` cuts them.
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  const epochMs =
    toDayNumber(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    ms;
  if (epochMs < MIN_TIMESTAMP_MS || epochMs > MAX_TIMESTAMP_MS) return RANGE;
  return { ok: true, epochMs };
}

/** The epoch milliseconds of a timestamp, or `undefined` when it is not one (see above). */
export function parseTimestamp(value: unknown): number | undefined {
  const reading = readTimestamp(value);
  return reading.ok ? reading.epochMs : undefined;
}

/** Whether `value` has the grammar's shape and names a real date and time (range aside). */
export function hasTimestampForm(value: unknown): boolean {
  const reading = readTimestamp(value);
  return reading.ok || reading.problem === 'range';
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * The canonical form renda stores (`2025-01-31T15:30:00.000Z`: UTC, `Z`, milliseconds), so that
 * string order is time order. `epochMs` must be a whole number within the accepted range.
 */
export function formatTimestamp(epochMs: number): string {
  const dayNumber = Math.floor(epochMs / MS_PER_DAY);
  if (!isDayNumberInRange(dayNumber)) {
    throw new RangeError(`timestamp out of range: ${epochMs}`);
  }
  const msOfDay = epochMs - dayNumber * MS_PER_DAY;
  const hour = Math.floor(msOfDay / 3_600_000);
  const minute = Math.floor(msOfDay / 60_000) % 60;
  const second = Math.floor(msOfDay / 1000) % 60;
  const ms = msOfDay % 1000;
  return `${fromDayNumber(dayNumber)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(ms, 3)}Z`;
}

/**
 * The canonical form of a timestamp, or `undefined` when it is not one. A string already
 * canonical (as records store it) comes back as it is.
 */
export function canonicalTimestamp(value: unknown): string | undefined {
  const reading = readTimestamp(value);
  if (!reading.ok) return undefined;
  const text = value as string;
  // `…SS.sssZ` of 24 characters is already canonical: the grammar fixed every other part.
  if (text.length === 24 && text.charCodeAt(23) === 90 /* Z */) return text;
  return formatTimestamp(reading.epochMs);
}

/** The bilingual message for a timestamp outside years 0001–9999 once normalised to UTC. */
export const TIMESTAMP_RANGE_MESSAGE = Object.freeze({
  'zh-Hans': '换算为 UTC 后超出 0001–9999 年',
  en: 'falls outside years 0001–9999 once converted to UTC',
});
