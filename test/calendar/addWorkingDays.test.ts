import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/addWorkingDays.js';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { weekendsOnlyCalendar } from '../../src/calendar/weekendsOnlyCalendar.js';
import type { WorkingDayCalendar } from '../../src/calendar/workingDayCalendar.js';
import { officialDayArbitrary } from './arbitraries.js';
import { thrownCode } from './thrownCode.js';

describe('addWorkingDays', () => {
  it('counts 5 working days across the 2025 National Day break, with the Saturday make-up day', () => {
    // Working days after Tue 30 Sep: Thu 9, Fri 10, Sat 11 (调休上班), Mon 13, Tue 14 Oct.
    expect(addWorkingDays('2025-09-30', 1, chinaOfficialCalendar)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3, chinaOfficialCalendar)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-30', 4, chinaOfficialCalendar)).toBe('2025-10-13');
    expect(addWorkingDays('2025-09-30', 5, chinaOfficialCalendar)).toBe('2025-10-14');
  });

  it('counts the Sunday make-up day before the break', () => {
    // Fri 26 Sep → Sun 28 Sep (调休上班) → Mon 29 → Tue 30.
    expect(addWorkingDays('2025-09-26', 1, chinaOfficialCalendar)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 3, chinaOfficialCalendar)).toBe('2025-09-30');
  });

  it('counts the 2024 Spring Festival make-up Sundays', () => {
    // Fri 2 Feb → Sun 4 Feb (调休上班); after Fri 9 Feb the break runs to 17 Feb; Sun 18 works.
    expect(addWorkingDays('2024-02-02', 1, chinaOfficialCalendar)).toBe('2024-02-04');
    expect(addWorkingDays('2024-02-09', 1, chinaOfficialCalendar)).toBe('2024-02-18');
    expect(addWorkingDays('2024-02-09', 2, chinaOfficialCalendar)).toBe('2024-02-19');
  });

  it('skips the extended 2020 Spring Festival break', () => {
    expect(addWorkingDays('2020-01-23', 1, chinaOfficialCalendar)).toBe('2020-02-03');
  });

  it('never counts day zero, even when it is a working day', () => {
    expect(addWorkingDays('2025-06-02', 1, weekendsOnlyCalendar)).toBe('2025-06-03');
    expect(addWorkingDays('2025-06-07', 1, weekendsOnlyCalendar)).toBe('2025-06-09'); // from a Saturday
  });

  it('returns day zero for n = 0 and counts backwards for negative n', () => {
    expect(addWorkingDays('2025-10-04', 0, chinaOfficialCalendar)).toBe('2025-10-04');
    expect(addWorkingDays('2025-10-14', -5, chinaOfficialCalendar)).toBe('2025-09-30');
  });

  it('rejects bad input and a calendar without working days', () => {
    const never: WorkingDayCalendar = { id: 'never', isWorkingDay: () => false };
    expect(thrownCode(() => addWorkingDays('2025-9-30', 1, chinaOfficialCalendar))).toBe(
      'INVALID_DAY',
    );
    expect(thrownCode(() => addWorkingDays('2025-09-30', 1.5, chinaOfficialCalendar))).toBe(
      'INVALID_AMOUNT',
    );
    expect(thrownCode(() => addWorkingDays('2025-09-30', 1, never))).toBe('NO_WORKING_DAY');
  });

  it('lands on a working day, with exactly n working days counted (property)', () => {
    fc.assert(
      fc.property(officialDayArbitrary, fc.integer({ min: 1, max: 40 }), (day, n) => {
        const result = addWorkingDays(day, n, chinaOfficialCalendar);
        expect(chinaOfficialCalendar.isWorkingDay(result)).toBe(true);
        expect(result > day).toBe(true);
        expect(addWorkingDays(day, n - 1, chinaOfficialCalendar) < result).toBe(true);
      }),
    );
  });
});
