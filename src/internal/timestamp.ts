import {
  daysInMonth,
  fromDayNumber,
  isDayNumberInRange,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  toDayNumber,
  twoDigitsAt,
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
// The shortest and longest strings of the grammar: `YYYY-MM-DDTHH:MM:SSZ` and
// `YYYY-MM-DDTHH:MM:SS.nnnnnnnnn+HH:MM`.
const SHORTEST_TIMESTAMP = 20;
const LONGEST_TIMESTAMP = 35;

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;

/** The first instant renda accepts: 0001-01-01T00:00:00.000Z, in epoch milliseconds. */
export const MIN_TIMESTAMP_MS = MIN_DAY_NUMBER * MS_PER_DAY;

/** The last instant renda accepts: 9999-12-31T23:59:59.999Z, in epoch milliseconds. */
export const MAX_TIMESTAMP_MS = (MAX_DAY_NUMBER + 1) * MS_PER_DAY - 1;

/** Whether `code - 48`, a character's code less that of `0`, is an ASCII digit's value. */
const isDigitValue = (value: number): boolean => value >= 0 && value <= 9;

/**
 * The fixed part `YYYY-MM-DDTHH:MM:SS` of the string {@link readDateTime} last accepted. One
 * object, written over on each read, because a timestamp is read some forty times a record and
 * the readers must allocate nothing.
 */
const fixed = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };

/**
 * Reads the fixed part `YYYY-MM-DDTHH:MM:SS` of `text`, at least 19 characters long, into
 * {@link fixed}: `false` unless every digit and separator is in its place and it names a real
 * date and time. Read inline, digit by digit, rather than through a helper per pair: called that
 * often, a helper V8 leaves uninlined costs a third of the time.
 */
function readDateTime(text: string): boolean {
  // Each digit's value (out of 0–9 for any other character; every index is within the string),
  // then the separators.
  const y1 = text.charCodeAt(0) - 48;
  const y2 = text.charCodeAt(1) - 48;
  const y3 = text.charCodeAt(2) - 48;
  const y4 = text.charCodeAt(3) - 48;
  const mo1 = text.charCodeAt(5) - 48;
  const mo2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  const h1 = text.charCodeAt(11) - 48;
  const h2 = text.charCodeAt(12) - 48;
  const mi1 = text.charCodeAt(14) - 48;
  const mi2 = text.charCodeAt(15) - 48;
  const s1 = text.charCodeAt(17) - 48;
  const s2 = text.charCodeAt(18) - 48;
  if (
    !(
      isDigitValue(y1) &&
      isDigitValue(y2) &&
      isDigitValue(y3) &&
      isDigitValue(y4) &&
      isDigitValue(mo1) &&
      isDigitValue(mo2) &&
      isDigitValue(d1) &&
      isDigitValue(d2) &&
      isDigitValue(h1) &&
      isDigitValue(h2) &&
      isDigitValue(mi1) &&
      isDigitValue(mi2) &&
      isDigitValue(s1) &&
      isDigitValue(s2)
    ) ||
    text.charCodeAt(4) !== 45 /* - */ ||
    text.charCodeAt(7) !== 45 /* - */ ||
    text.charCodeAt(10) !== 84 /* T */ ||
    text.charCodeAt(13) !== 58 /* : */ ||
    text.charCodeAt(16) !== 58 /* : */
  ) {
    return false;
  }
  const year = ((y1 * 10 + y2) * 10 + y3) * 10 + y4;
  const month = mo1 * 10 + mo2;
  const day = d1 * 10 + d2;
  const hour = h1 * 10 + h2;
  const minute = mi1 * 10 + mi2;
  const second = s1 * 10 + s2;
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return false;
  }
  fixed.year = year;
  fixed.month = month;
  fixed.day = day;
  fixed.hour = hour;
  fixed.minute = minute;
  fixed.second = second;
  return true;
}

/**
 * The epoch milliseconds a string of the grammar names, range aside; `NaN` for any string that is
 * not of the grammar or names no real date and time. The grammar read character by character:
 * no regular expression, no `Date`, nothing allocated (the parse of every stored record and every
 * deadline goes through here, some forty times a record).
 */
export function timestampEpochMs(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const length = value.length;
  if (length < SHORTEST_TIMESTAMP || length > LONGEST_TIMESTAMP) return Number.NaN;
  if (!readDateTime(value)) return Number.NaN;
  const { year, month, day, hour, minute, second } = fixed;
  let at = 19;
  // An optional fraction of 1 to 9 digits; digits past the millisecond are cut, as `Date` cuts them.
  let ms = 0;
  if (value.charCodeAt(at) === 46 /* . */) {
    at++;
    const start = at;
    for (; at < length; at++) {
      const digit = value.charCodeAt(at) - 48;
      if (!isDigitValue(digit)) break;
      if (at - start < 3) ms = ms * 10 + digit;
    }
    const digits = at - start;
    if (digits < 1 || digits > 9) return Number.NaN;
    for (let pad = digits; pad < 3; pad++) ms *= 10;
  }
  let offsetMinutes = 0;
  const zone = value.charCodeAt(at);
  if (zone === 90 /* Z */) {
    if (at + 1 !== length) return Number.NaN;
  } else if (zone === 43 /* + */ || zone === 45 /* - */) {
    if (at + 6 !== length || value.charCodeAt(at + 3) !== 58 /* : */) return Number.NaN;
    const offsetHours = twoDigitsAt(value, at + 1);
    const offsetMins = twoDigitsAt(value, at + 4);
    if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59) {
      return Number.NaN;
    }
    offsetMinutes = (zone === 45 ? -1 : 1) * (offsetHours * 60 + offsetMins);
  } else {
    return Number.NaN;
  }
  return (
    toDayNumber(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    ms
  );
}

/** Whether epoch milliseconds fall within years 0001–9999 in UTC (`NaN` does not). */
export const isTimestampInRange = (epochMs: number): boolean =>
  epochMs >= MIN_TIMESTAMP_MS && epochMs <= MAX_TIMESTAMP_MS;

/** The epoch milliseconds of a timestamp, or `undefined` when it is not one (see above). */
export function parseTimestamp(value: unknown): number | undefined {
  const epochMs = timestampEpochMs(value);
  return isTimestampInRange(epochMs) ? epochMs : undefined;
}

/** Whether `value` has the grammar's shape and names a real date and time (range aside). */
export function hasTimestampForm(value: unknown): boolean {
  return !Number.isNaN(timestampEpochMs(value));
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
  const epochMs = timestampEpochMs(value);
  if (!isTimestampInRange(epochMs)) return undefined;
  const text = value as string;
  // `…SS.sssZ` of 24 characters is already canonical: the grammar fixed every other part.
  if (text.length === 24 && text.charCodeAt(23) === 90 /* Z */) return text;
  return formatTimestamp(epochMs);
}

/**
 * The canonical form of a string already known to have the grammar's form ({@link
 * hasTimestampForm} holds for it: the schemas check the form first), or `undefined` when its
 * instant falls outside years 0001–9999. A canonical string is not read again: with `Z` only year
 * 0000 falls outside the range, so the parse of a stored record reads each timestamp once.
 */
export function canonicalTimestampOfForm(text: string): string | undefined {
  if (text.length === 24 && text.charCodeAt(23) === 90 /* Z */) {
    return text.startsWith('0000') ? undefined : text;
  }
  return canonicalTimestamp(text);
}

/**
 * Whether `text` is a timestamp already in the canonical form (`YYYY-MM-DDTHH:MM:SS.sssZ`, a
 * real date and time, year 0001 or later): what {@link canonicalTimestamp} returns unchanged. It
 * reads only the form, with no arithmetic on the instant, for the parse of stored records, whose
 * timestamps all are canonical; `false` says only that the longer reading is needed.
 */
export function isCanonicalTimestamp(text: string): boolean {
  return (
    text.length === 24 &&
    text.charCodeAt(23) === 90 /* Z */ &&
    text.charCodeAt(19) === 46 /* . */ &&
    isDigitValue(text.charCodeAt(20) - 48) &&
    isDigitValue(text.charCodeAt(21) - 48) &&
    isDigitValue(text.charCodeAt(22) - 48) &&
    readDateTime(text) &&
    fixed.year >= 1
  );
}

/** The bilingual message for a timestamp outside years 0001–9999 once normalised to UTC. */
export const TIMESTAMP_RANGE_MESSAGE = Object.freeze({
  'zh-Hans': '换算为 UTC 后超出 0001–9999 年',
  en: 'falls outside years 0001–9999 once converted to UTC',
});
