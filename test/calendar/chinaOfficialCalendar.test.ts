import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/addCalendarDays.js';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { thrownCode } from './thrownCode.js';

const require = createRequire(import.meta.url);

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

/**
 * The reference answers of `chinese-days` for every day, computed in a child process pinned to
 * Asia/Shanghai. The package reads the machine zone: it parses `YYYY-MM-DD` as UTC midnight but
 * formats and takes weekdays with local getters, both in its lookups and in the holiday tables
 * it builds at load time, so west of UTC (TZ=America/New_York, one of the CI runs) every answer
 * is a day off. Only this reference check touches the machine zone; renda never does.
 */
function referenceWorkdays(days: readonly string[]): boolean[] {
  const script = `
    const { isWorkday } = require(${JSON.stringify(require.resolve('chinese-days'))});
    const days = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    process.stdout.write(JSON.stringify(days.map((day) => isWorkday(day))));
  `;
  const output = execFileSync(process.execPath, ['-e', script], {
    input: JSON.stringify(days),
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  });
  return JSON.parse(output) as boolean[];
}

describe('chinaOfficialCalendar', () => {
  it('has the id cn-official and is frozen', () => {
    expect(chinaOfficialCalendar.id).toBe('cn-official');
    expect(Object.isFrozen(chinaOfficialCalendar)).toBe(true);
  });

  it('agrees with chinese-days on every day of 2020–2026', () => {
    const days = everyDay('2020-01-01', '2026-12-31');
    expect(days).toHaveLength(2557);
    const reference = referenceWorkdays(days);
    // 2557 days, 250 or so working days a year: guards against an empty or all-`true` reference.
    expect(reference.filter(Boolean).length).toBe(
      days.filter((d) => chinaOfficialCalendar.isWorkingDay(d)).length,
    );
    expect(reference.filter(Boolean).length).toBeGreaterThan(1700);
    expect(reference.filter(Boolean).length).toBeLessThan(1760);
    const mismatches = days.filter(
      (day, index) => chinaOfficialCalendar.isWorkingDay(day) !== reference[index],
    );
    expect(mismatches).toEqual([]);
  });

  it('covers 2020–2026 and nothing else', () => {
    for (let year = 2020; year <= 2026; year++)
      expect(chinaOfficialCalendar.covers?.(year)).toBe(true);
    expect(chinaOfficialCalendar.covers?.(2019)).toBe(false);
    expect(chinaOfficialCalendar.covers?.(2027)).toBe(false);
  });

  it('falls back to weekends only outside the table', () => {
    expect(chinaOfficialCalendar.isWorkingDay('2027-01-01')).toBe(true); // a Friday: no notice yet
    expect(chinaOfficialCalendar.isWorkingDay('2027-01-02')).toBe(false); // a Saturday
    expect(chinaOfficialCalendar.isWorkingDay('2019-10-01')).toBe(true); // not in the table
  });

  it('has the 2024 Spring Festival break and its two Sunday make-up working days', () => {
    expect(chinaOfficialCalendar.isWorkingDay('2024-02-04')).toBe(true); // Sunday, 调休上班
    expect(chinaOfficialCalendar.isWorkingDay('2024-02-09')).toBe(true); // Friday before the break
    for (const day of everyDay('2024-02-10', '2024-02-17')) {
      expect(chinaOfficialCalendar.isWorkingDay(day)).toBe(false);
    }
    expect(chinaOfficialCalendar.isWorkingDay('2024-02-18')).toBe(true); // Sunday, 调休上班
  });

  it('has the 2020 Spring Festival extension to 2 February (国办发明电〔2020〕1号)', () => {
    for (const day of everyDay('2020-01-24', '2020-02-02')) {
      expect(chinaOfficialCalendar.isWorkingDay(day)).toBe(false);
    }
    // Saturday 1 Feb was to be a make-up working day; the extension cancelled it.
    expect(chinaOfficialCalendar.isWorkingDay('2020-02-01')).toBe(false);
    expect(chinaOfficialCalendar.isWorkingDay('2020-01-19')).toBe(true); // Sunday, 调休上班
    expect(chinaOfficialCalendar.isWorkingDay('2020-02-03')).toBe(true); // work resumed
  });

  it('has the longer 2025 Spring Festival and Labour Day breaks (国务院令第797号)', () => {
    // 除夕 (28 Jan) is a statutory holiday from 2025: an 8-day break, 28 Jan – 4 Feb.
    expect(
      everyDay('2025-01-28', '2025-02-04').every((d) => !chinaOfficialCalendar.isWorkingDay(d)),
    ).toBe(true);
    expect(chinaOfficialCalendar.isWorkingDay('2025-02-05')).toBe(true);
    // 1 and 2 May are statutory: a 5-day break with a single make-up day (Sunday 27 Apr).
    expect(
      everyDay('2025-05-01', '2025-05-05').every((d) => !chinaOfficialCalendar.isWorkingDay(d)),
    ).toBe(true);
    expect(chinaOfficialCalendar.isWorkingDay('2025-04-27')).toBe(true);
  });

  it('has the 2025 National Day break with its make-up working days', () => {
    expect(chinaOfficialCalendar.isWorkingDay('2025-09-28')).toBe(true); // Sunday
    expect(
      everyDay('2025-10-01', '2025-10-08').some((d) => chinaOfficialCalendar.isWorkingDay(d)),
    ).toBe(false);
    expect(chinaOfficialCalendar.isWorkingDay('2025-10-11')).toBe(true); // Saturday
    expect(chinaOfficialCalendar.isWorkingDay('2025-10-12')).toBe(false); // Sunday
  });

  it('throws INVALID_DAY for a day that does not exist', () => {
    expect(thrownCode(() => chinaOfficialCalendar.isWorkingDay('2025-02-29'))).toBe('INVALID_DAY');
    expect(thrownCode(() => chinaOfficialCalendar.isWorkingDay('2025-1-1'))).toBe('INVALID_DAY');
  });
});
