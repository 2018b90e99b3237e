import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { safeDueDate } from '../../src/calendar/safeDueDate.js';
import { safeToCalendarDay, toCalendarDay } from '../../src/calendar/toCalendarDay.js';
import { canonicalTimestamp } from '../../src/internal/timestamp.js';
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
