import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { safeDueDate } from '../../src/calendar/safeDueDate.js';
import { safeToCalendarDay, toCalendarDay } from '../../src/calendar/toCalendarDay.js';
import {
  canonicalTimestamp,
  isCanonicalTimestamp,
  isTimestampInRange,
  timestampEpochMs,
} from '../../src/internal/timestamp.js';
import { IsoTimestampSchema } from '../../src/model/shared/primitives.js';
import { thrownCode } from './thrownCode.js';

const digits = (n: number, max: number) =>
  fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));

/** Strings near the grammar: impossible days, hour 24, odd offsets and fractions, year edges. */
const nearTimestamp = fc
  .tuple(
    fc.oneof(digits(4, 9999), fc.constantFrom('0000', '0001', '9999')),
    digits(2, 13),
    digits(2, 32),
    digits(2, 24),
    digits(2, 60),
    digits(2, 60),
    fc.constantFrom('', '.0', '.123', '.1234567', '.123456789', '.1234567890', '.'),
    fc.constantFrom('Z', 'z', '+08:00', '-05:30', '+23:59', '-23:59', '+24:00', '+0800', '+08', ''),
    fc.constantFrom('T', 't', ' '),
  )
  .map(
    ([y, mo, d, h, mi, s, frac, zone, sep]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${zone}`,
  );

/** A valid timestamp, any offset, years 0001–9999 on input. */
const validTimestamp = fc
  .tuple(
    fc.date({
      min: new Date('0001-01-02T00:00:00Z'),
      max: new Date('9999-12-30T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
  )
  .map(([date, offset]) => {
    const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return { text: `${local}${sign}${hh}:${mm}`, epoch: date.getTime() };
  });

const rule = { amount: 0, unit: 'calendarDays', anchor: 'receipt' } as const;
const utc = { timeZone: 'UTC', calendar: chinaOfficialCalendar };

/**
 * The grammar as one regular expression, as renda read it before the scanner: the oracle the
 * character-by-character reader must agree with (test code only).
 */
const GRAMMAR =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

function oracle(value: string): { ok: true; epochMs: number } | { ok: false; problem: string } {
  const m = GRAMMAR.exec(value);
  if (m === null) return { ok: false, problem: 'format' };
  const [, y, mo, d, h, mi, sec, frac, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > (monthDays[month - 1] as number)) {
    return { ok: false, problem: 'format' };
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59)
    return { ok: false, problem: 'format' };
  if (sign !== undefined && (Number(oh) > 23 || Number(om) > 59)) {
    return { ok: false, problem: 'format' };
  }
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(Number(h), Number(mi) - offset, Number(sec), ms);
  const epochMs = date.getTime();
  const first = new Date(0);
  first.setUTCFullYear(1, 0, 1);
  const last = new Date(0);
  last.setUTCFullYear(9999, 11, 31);
  last.setUTCHours(23, 59, 59, 999);
  if (epochMs < first.getTime() || epochMs > last.getTime()) return { ok: false, problem: 'range' };
  return { ok: true, epochMs };
}

/** What the reader says of a string, in the oracle's terms. */
function reading(text: string): { ok: true; epochMs: number } | { ok: false; problem: string } {
  const epochMs = timestampEpochMs(text);
  if (Number.isNaN(epochMs)) return { ok: false, problem: 'format' };
  if (!isTimestampInRange(epochMs)) return { ok: false, problem: 'range' };
  return { ok: true, epochMs };
}

describe('the timestamp reader', () => {
  it('agrees with the grammar as a regular expression, on strings near it and on mutations (property)', () => {
    const mutated = fc
      .tuple(
        nearTimestamp,
        fc.nat(40),
        fc.constantFrom('', '0', '9', '-', ':', '.', 'T', 'Z', '+', '١', 'x'),
      )
      .map(([text, at, char]) => text.slice(0, at) + char + text.slice(at + 1));
    fc.assert(
      fc.property(
        fc.oneof(
          nearTimestamp,
          mutated,
          validTimestamp.map((v) => v.text),
        ),
        (text) => {
          expect(reading(text)).toEqual(oracle(text));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('the canonical-form reader', () => {
  it('holds exactly for the strings canonicalTimestamp returns unchanged (property)', () => {
    const canonicalLike = fc
      .tuple(nearTimestamp, fc.constantFrom('.000Z', '.999Z', '.12Z', 'Z', '.1234Z'))
      .map(([text, tail]) => text.slice(0, 19) + tail);
    fc.assert(
      fc.property(
        fc.oneof(
          nearTimestamp,
          canonicalLike,
          validTimestamp.map((v) => v.text),
        ),
        (text) => {
          expect(isCanonicalTimestamp(text)).toBe(canonicalTimestamp(text) === text);
        },
      ),
      { numRuns: 3000 },
    );
    expect(isCanonicalTimestamp('0000-01-01T00:00:00.000Z')).toBe(false);
    expect(isCanonicalTimestamp('0001-01-01T00:00:00.000Z')).toBe(true);
    expect(isCanonicalTimestamp('2024-02-29T23:59:59.999Z')).toBe(true);
    expect(isCanonicalTimestamp('2023-02-29T23:59:59.999Z')).toBe(false);
  });
});

describe('one timestamp grammar for the schemas and the calendar', () => {
  it('the schema accepts exactly what dueDate and toCalendarDay accept (property)', () => {
    fc.assert(
      fc.property(nearTimestamp, (text) => {
        const schema = IsoTimestampSchema.safeParse(text).success;
        expect(safeDueDate(text, rule, utc).ok).toBe(schema);
        expect(safeToCalendarDay(text, 'UTC').ok).toBe(schema);
        expect(canonicalTimestamp(text) !== undefined).toBe(schema);
      }),
      { numRuns: 3000 },
    );
  });

  it('normalises to the 24-character UTC form Date gives, so string order is time order (property)', () => {
    fc.assert(
      fc.property(validTimestamp, validTimestamp, (a, b) => {
        const ca = IsoTimestampSchema.parse(a.text);
        const cb = IsoTimestampSchema.parse(b.text);
        expect(ca).toBe(new Date(a.epoch).toISOString());
        expect(ca).toHaveLength(24);
        expect(ca < cb).toBe(a.epoch < b.epoch);
        expect(IsoTimestampSchema.parse(ca)).toBe(ca);
      }),
    );
  });

  it('refuses an instant outside years 0001–9999 once in UTC, with a bilingual code', () => {
    for (const text of [
      '9999-12-31T23:59:59-00:01',
      '0001-01-01T00:00:00+00:01',
      '0000-12-31T23:59:59Z',
    ]) {
      const parsed = IsoTimestampSchema.safeParse(text);
      expect(parsed.success).toBe(false);
      const issue = parsed.error?.issues[0];
      expect(issue?.code).toBe('custom');
      expect((issue as { params?: { code?: string } }).params?.code).toBe('TIMESTAMP_OUT_OF_RANGE');
      expect(thrownCode(() => toCalendarDay(text, 'UTC'))).toBe('TIMESTAMP_OUT_OF_RANGE');
    }
    // Year 0000 on input is fine when its UTC instant is year 1.
    expect(IsoTimestampSchema.parse('0000-12-31T23:30:00-01:00')).toBe('0001-01-01T00:30:00.000Z');
  });

  it('keeps the first and last instants, and cuts fractions to milliseconds as Date does', () => {
    expect(IsoTimestampSchema.parse('0001-01-01T00:00:00Z')).toBe('0001-01-01T00:00:00.000Z');
    expect(IsoTimestampSchema.parse('9999-12-31T23:59:59.999999999Z')).toBe(
      '9999-12-31T23:59:59.999Z',
    );
    expect(IsoTimestampSchema.parse('2024-02-29T23:59:59.5+08:00')).toBe(
      '2024-02-29T15:59:59.500Z',
    );
    // A fraction of more than 9 digits (finer than a nanosecond) is not a timestamp.
    expect(IsoTimestampSchema.safeParse('2025-01-01T00:00:00.1234567890Z').success).toBe(false);
  });

  it('refuses a 10 MB string quickly, in the schema and in the calendar', () => {
    const huge = `2025-01-01T00:00:00.${'1'.repeat(10 * 1024 * 1024)}Z`;
    const started = performance.now();
    expect(IsoTimestampSchema.safeParse(huge).success).toBe(false);
    const result = safeToCalendarDay(huge, 'Asia/Shanghai');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en.length).toBeLessThan(600);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
