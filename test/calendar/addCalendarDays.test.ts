import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/addCalendarDays.js';
import { dayArbitrary } from './arbitraries.js';
import { thrownCode } from './thrownCode.js';

describe('addCalendarDays', () => {
  it('crosses month ends, year ends and leap days', () => {
    expect(addCalendarDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addCalendarDays('2024-11-30', 90)).toBe('2025-02-28');
    expect(addCalendarDays('2025-06-01', 0)).toBe('2025-06-01');
  });

  it('handles centuries: 1900 and 2100 are not leap years, 2000 is', () => {
    expect(addCalendarDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addCalendarDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addCalendarDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('rejects a day that does not exist', () => {
    expect(thrownCode(() => addCalendarDays('2023-02-29', 1))).toBe('INVALID_DAY');
    expect(thrownCode(() => addCalendarDays('2025-04-31', 1))).toBe('INVALID_DAY');
    expect(thrownCode(() => addCalendarDays('2025-01-01', 0.5))).toBe('INVALID_AMOUNT');
  });

  it('agrees with UTC Date arithmetic (property)', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        const expected = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(addCalendarDays(day, n)).toBe(expected);
      }),
    );
  });

  it('is undone by adding the opposite (property)', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        expect(addCalendarDays(addCalendarDays(day, n), -n)).toBe(day);
      }),
    );
  });
});
