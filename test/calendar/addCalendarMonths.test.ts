import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/calendar/addCalendarMonths.js';
import { dayArbitrary } from './arbitraries.js';
import { thrownCode } from './thrownCode.js';

describe('addCalendarMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addCalendarMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addCalendarMonths('2025-05-31', -3)).toBe('2025-02-28');
  });

  it('lands on 29 February in a leap year', () => {
    expect(addCalendarMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addCalendarMonths('2099-11-30', 3)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(addCalendarMonths('2399-12-29', 2)).toBe('2400-02-29'); // 2400 is
  });

  it('keeps the day of month when it exists, across years', () => {
    expect(addCalendarMonths('2025-10-15', 3)).toBe('2026-01-15');
    expect(addCalendarMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addCalendarMonths('2025-01-15', 0)).toBe('2025-01-15');
  });

  it('rejects invalid days and fractional months', () => {
    expect(thrownCode(() => addCalendarMonths('2025-02-29', 1))).toBe('INVALID_DAY');
    expect(thrownCode(() => addCalendarMonths('2025-13-01', 1))).toBe('INVALID_DAY');
    expect(thrownCode(() => addCalendarMonths('20250101', 1))).toBe('INVALID_DAY');
    expect(thrownCode(() => addCalendarMonths('2025-01-01', 1.5))).toBe('INVALID_AMOUNT');
    expect(thrownCode(() => addCalendarMonths('2025-01-01', Number.NaN))).toBe('INVALID_AMOUNT');
  });

  it('never overflows into the following month (property)', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: -240, max: 240 }), (day, n) => {
        const result = addCalendarMonths(day, n);
        const startMonth = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
        const resultMonth = Number(result.slice(0, 4)) * 12 + Number(result.slice(5, 7)) - 1;
        expect(resultMonth - startMonth).toBe(n);
        expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(day.slice(8)));
      }),
    );
  });
});
