import { TZDate } from '@date-fns/tz';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCalendarDay } from '../../src/calendar/toCalendarDay.js';
import { epochArbitrary } from './arbitraries.js';
import { thrownCode } from './thrownCode.js';

function viaTZDate(epoch: number, timeZone: string): string {
  const zoned = new TZDate(epoch, timeZone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`;
}

/**
 * The day in a zone from `Intl`'s own date parts (proleptic Gregorian, era-aware): the oracle for
 * zones whose offset lies between −01:00 and 00:00, where TZDate drops the sign (it reads
 * `GMT-00:44:30` as +44.5 minutes).
 */
function viaIntlParts(epoch: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    era: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(epoch);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const year = part('era') === 'AD' ? Number(part('year')) : 1 - Number(part('year'));
  return `${String(year).padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const FAST_ZONES = [
  'Asia/Shanghai',
  'Asia/Chongqing',
  'Asia/Chungking',
  'Asia/Harbin',
  'PRC',
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Taipei',
  'UTC',
  'Etc/UTC',
];

describe('toCalendarDay', () => {
  it('gives the day in the zone, not in UTC or the machine zone', () => {
    expect(toCalendarDay('2025-01-31T23:30:00+08:00', 'Asia/Shanghai')).toBe('2025-01-31');
    expect(toCalendarDay('2025-01-31T16:30:00Z', 'Asia/Shanghai')).toBe('2025-02-01');
    expect(toCalendarDay('2025-01-31T16:30:00Z', 'UTC')).toBe('2025-01-31');
    expect(toCalendarDay('2025-02-01T01:00:00+08:00', 'America/New_York')).toBe('2025-01-31');
    expect(toCalendarDay('2025-01-31T15:59:59.999Z', 'Asia/Shanghai')).toBe('2025-01-31');
    expect(toCalendarDay('2025-01-31T16:00:00.000Z', 'Asia/Shanghai')).toBe('2025-02-01');
  });

  it('uses the 1986–1991 summer time in Asia/Shanghai (TZDate path)', () => {
    // 1 Jul 1990 15:30Z is 00:30 on 2 Jul in +09:00 summer time, 23:30 on 1 Jul in +08:00.
    expect(toCalendarDay('1990-07-01T15:30:00Z', 'Asia/Shanghai')).toBe('1990-07-02');
  });

  it('handles zones with DST and large offsets', () => {
    expect(toCalendarDay('2025-03-09T06:30:00Z', 'America/New_York')).toBe('2025-03-09');
    expect(toCalendarDay('2025-01-01T10:30:00Z', 'Pacific/Kiritimati')).toBe('2025-01-02');
    expect(toCalendarDay('2025-01-01T10:30:00Z', 'Pacific/Pago_Pago')).toBe('2024-12-31');
  });

  it('returns a plain YYYY-MM-DD day unchanged', () => {
    expect(toCalendarDay('2025-01-31', 'Asia/Shanghai')).toBe('2025-01-31');
    expect(toCalendarDay('2025-01-31', 'Pacific/Kiritimati')).toBe('2025-01-31');
  });

  it('reads the one timestamp grammar the schemas read: fractions yes, other ISO forms no', () => {
    expect(toCalendarDay('2025-01-31T16:00:00.123456Z', 'Asia/Shanghai')).toBe('2025-02-01');
    expect(toCalendarDay('2025-01-31T23:30:00.5+08:00', 'Asia/Shanghai')).toBe('2025-01-31');
    // 0.1 also took these, which the model schemas refused.
    for (const form of [
      '2025-01-31T23:30:00+0800',
      '2025-01-31T23:30+08:00',
      '2025-01-31 16:00:00.123456Z',
      '2025-01-31t16:00:00z',
      '2025-01-31T16:00:00,5Z',
      '2025-01-31T16:00:00+08',
    ]) {
      expect(thrownCode(() => toCalendarDay(form, 'Asia/Shanghai'))).toBe('INVALID_TIMESTAMP');
    }
  });

  it('refuses timestamps without an offset, impossible dates and unknown zones', () => {
    expect(thrownCode(() => toCalendarDay('2025-01-31T23:30:00', 'Asia/Shanghai'))).toBe(
      'INVALID_TIMESTAMP',
    );
    expect(thrownCode(() => toCalendarDay('2025-02-30T10:00:00Z', 'Asia/Shanghai'))).toBe(
      'INVALID_TIMESTAMP',
    );
    expect(thrownCode(() => toCalendarDay('2025-01-31T24:00:00Z', 'Asia/Shanghai'))).toBe(
      'INVALID_TIMESTAMP',
    );
    expect(thrownCode(() => toCalendarDay('2025-02-29', 'Asia/Shanghai'))).toBe(
      'INVALID_TIMESTAMP',
    );
    expect(thrownCode(() => toCalendarDay('not a date', 'Asia/Shanghai'))).toBe(
      'INVALID_TIMESTAMP',
    );
    expect(thrownCode(() => toCalendarDay('2025-01-31T10:00:00Z', 'Mars/Olympus'))).toBe(
      'INVALID_TIME_ZONE',
    );
    expect(thrownCode(() => toCalendarDay('2025-01-31T10:00:00Z', ''))).toBe('INVALID_TIME_ZONE');
  });

  it('agrees with TZDate for fixed-offset zones, on both sides of the fast-path threshold (property)', () => {
    fc.assert(
      fc.property(epochArbitrary, fc.constantFrom(...FAST_ZONES), (epoch, zone) => {
        const instant = new Date(epoch).toISOString();
        expect(toCalendarDay(instant, zone)).toBe(viaTZDate(epoch, zone));
      }),
    );
  });

  it('agrees with TZDate around the Asia/Shanghai threshold of 15 Sep 1991 (property)', () => {
    const threshold = Date.UTC(1991, 8, 15);
    fc.assert(
      fc.property(
        fc.integer({ min: threshold - 30 * 86_400_000, max: threshold + 30 * 86_400_000 }),
        (epoch) => {
          const instant = new Date(epoch).toISOString();
          expect(toCalendarDay(instant, 'Asia/Shanghai')).toBe(viaTZDate(epoch, 'Asia/Shanghai'));
        },
      ),
    );
  });

  it('agrees with TZDate for instants written with any offset (property)', () => {
    fc.assert(
      fc.property(
        epochArbitrary,
        fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
        fc.constantFrom('Asia/Shanghai', 'Asia/Urumqi', 'America/New_York', 'Europe/London'),
        (epoch, offsetMinutes, zone) => {
          const local = new Date(epoch + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(toCalendarDay(`${local}${offset}`, zone)).toBe(
            viaTZDate(Math.floor(epoch / 1000) * 1000, zone),
          );
        },
      ),
    );
  });

  it('agrees with Intl in zones with summer time, half-hour offsets and local mean time, years 1–9999 (property)', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe', // 30-minute summer time
      'Pacific/Chatham', // +12:45 / +13:45
      'America/St_Johns', // −03:30
      'Asia/Kathmandu', // +05:45
      'Africa/Monrovia', // −00:44:30 until 1972
      'Asia/Urumqi',
      'Asia/Shanghai', // before 1991: local mean time +08:05:43, summer time 1986–1991
    ];
    fc.assert(
      fc.property(
        // 0001-01-02 to 9999-12-30 UTC, so that the day in every zone stays within years 1–9999.
        fc.integer({ min: -62_135_510_400_000, max: 253_402_128_000_000 }),
        fc.constantFrom(...zones),
        (epoch, zone) => {
          const instant = new Date(epoch).toISOString();
          expect(toCalendarDay(instant, zone)).toBe(viaIntlParts(epoch, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the day before in Monrovia at 00:00Z before 1972 (offset −00:44:30, which TZDate reads as positive)', () => {
    expect(toCalendarDay('1970-01-01T00:00:00Z', 'Africa/Monrovia')).toBe('1969-12-31');
    expect(toCalendarDay('1970-01-01T00:44:30Z', 'Africa/Monrovia')).toBe('1970-01-01');
  });

  it('agrees with TZDate on each side of a summer-time change, to the second (property)', () => {
    // 2025-03-09 02:00 and 2025-11-02 02:00 in New York; 2025-03-30 01:00Z in London.
    const changes = [Date.UTC(2025, 2, 9, 7), Date.UTC(2025, 10, 2, 6), Date.UTC(2025, 2, 30, 1)];
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        fc.integer({ min: -6 * 3600, max: 6 * 3600 }),
        fc.constantFrom('America/New_York', 'Europe/London'),
        (change, seconds, zone) => {
          const epoch = change + seconds * 1000;
          expect(toCalendarDay(new Date(epoch).toISOString(), zone)).toBe(viaTZDate(epoch, zone));
        },
      ),
    );
  });
});
