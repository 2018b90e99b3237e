import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/addWorkingDays.js';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { defineHolidayCalendar } from '../../src/calendar/defineHolidayCalendar.js';
import { weekendsOnlyCalendar } from '../../src/calendar/weekendsOnlyCalendar.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import { thrownCode } from './thrownCode.js';

describe('defineHolidayCalendar', () => {
  it('adds regional holidays on top of the national calendar', () => {
    const regional = defineHolidayCalendar({
      id: 'cn-official+local',
      base: chinaOfficialCalendar,
      holidays: ['2025-03-31', '2025-04-01'],
    });
    expect(regional.id).toBe('cn-official+local');
    expect(regional.isWorkingDay('2025-03-31')).toBe(false);
    expect(regional.isWorkingDay('2025-10-08')).toBe(false); // national break still applies
    expect(regional.isWorkingDay('2025-10-11')).toBe(true); // national make-up day still applies
    expect(addWorkingDays('2025-03-28', 1, regional)).toBe('2025-04-02');
  });

  it('adds working days, e.g. a regional make-up Saturday', () => {
    const calendar = defineHolidayCalendar({ id: 'local', workdays: ['2025-06-07'] });
    expect(calendar.isWorkingDay('2025-06-07')).toBe(true);
    expect(calendar.isWorkingDay('2025-06-08')).toBe(false);
  });

  it('builds on weekends only without a base, and delegates covers to the base', () => {
    const plain = defineHolidayCalendar({ id: 'plain' });
    expect(plain.isWorkingDay('2025-10-01')).toBe(weekendsOnlyCalendar.isWorkingDay('2025-10-01'));
    expect(plain.covers?.(2030)).toBe(true);
    const regional = defineHolidayCalendar({ id: 'r', base: chinaOfficialCalendar });
    expect(regional.covers?.(2025)).toBe(true);
    expect(regional.covers?.(2030)).toBe(false);
    const noCovers = defineHolidayCalendar({
      id: 'r2',
      base: { id: 'x', isWorkingDay: () => true },
    });
    expect(noCovers.covers?.(2030)).toBe(true);
  });

  it('is frozen and copies its lists', () => {
    const holidays = ['2025-03-31'];
    const calendar = defineHolidayCalendar({ id: 'copy', holidays });
    holidays.push('2025-04-01');
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(calendar.isWorkingDay('2025-04-01')).toBe(true);
    expect(holidays).toEqual(['2025-03-31', '2025-04-01']);
  });

  it('rejects invalid days with their path', () => {
    try {
      defineHolidayCalendar({ id: 'bad', holidays: ['2025-03-31', '2025-02-29'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RendaError);
      expect((error as RendaError).code).toBe('INVALID_CALENDAR');
      expect((error as RendaError).detail).toMatchObject({ path: ['holidays', 1] });
    }
    expect(thrownCode(() => defineHolidayCalendar({ id: 'bad', workdays: ['2025/06/07'] }))).toBe(
      'INVALID_CALENDAR',
    );
  });

  it('rejects a day that is both a holiday and a working day, and a bad id', () => {
    expect(
      thrownCode(() =>
        defineHolidayCalendar({ id: 'both', holidays: ['2025-06-07'], workdays: ['2025-06-07'] }),
      ),
    ).toBe('INVALID_CALENDAR');
    expect(thrownCode(() => defineHolidayCalendar({ id: '' }))).toBe('INVALID_CALENDAR');
    expect(thrownCode(() => defineHolidayCalendar({ id: 'x'.repeat(65) }))).toBe(
      'INVALID_CALENDAR',
    );
  });
});

describe('weekendsOnlyCalendar', () => {
  it('works Monday to Friday and rests on weekends, holidays included', () => {
    expect(weekendsOnlyCalendar.id).toBe('weekends-only');
    expect(weekendsOnlyCalendar.isWorkingDay('2025-10-01')).toBe(true); // Wednesday
    expect(weekendsOnlyCalendar.isWorkingDay('2025-10-03')).toBe(true); // Friday
    expect(weekendsOnlyCalendar.isWorkingDay('2025-10-04')).toBe(false); // Saturday
    expect(weekendsOnlyCalendar.isWorkingDay('2025-10-05')).toBe(false); // Sunday
    expect(weekendsOnlyCalendar.isWorkingDay('1970-01-01')).toBe(true); // Thursday
    expect(weekendsOnlyCalendar.isWorkingDay('1969-12-28')).toBe(false); // Sunday
    expect(Object.isFrozen(weekendsOnlyCalendar)).toBe(true);
  });

  it('throws INVALID_DAY for a malformed day', () => {
    expect(thrownCode(() => weekendsOnlyCalendar.isWorkingDay('2025-02-30'))).toBe('INVALID_DAY');
  });
});
