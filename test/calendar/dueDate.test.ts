import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import type { DeadlineContext } from '../../src/calendar/deadlineContext.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import { safeDueDate } from '../../src/calendar/safeDueDate.js';
import type { WorkingDayCalendar } from '../../src/calendar/workingDayCalendar.js';
import { type DeadlineRule, DeadlineSchema } from '../../src/model/shared/deadline.js';
import { dayArbitrary, officialDayArbitrary } from './arbitraries.js';
import { thrownCode } from './thrownCode.js';

const shanghai: DeadlineContext = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };
const threeMonths: DeadlineRule = { amount: 3, unit: 'calendarMonths', anchor: 'assignment' };
const fiveWorkingDays: DeadlineRule = { amount: 5, unit: 'workingDays', anchor: 'receipt' };

describe('dueDate', () => {
  it('gives 2025-02-28 for an item assigned on 2024-11-30 with 3 months to reply', () => {
    const deadline = dueDate('2024-11-30T10:00:00+08:00', threeMonths, shanghai);
    expect(deadline).toEqual({
      day: '2025-02-28',
      anchorDay: '2024-11-30',
      rule: threeMonths,
      calendarId: 'cn-official',
      timeZone: 'Asia/Shanghai',
    });
    expect(DeadlineSchema.safeParse(deadline).success).toBe(true);
  });

  it('gives 29 February in a leap year', () => {
    expect(dueDate('2023-11-30', threeMonths, shanghai).day).toBe('2024-02-29');
    expect(dueDate('2023-11-29', threeMonths, shanghai).day).toBe('2024-02-29');
    expect(dueDate('2023-11-28', threeMonths, shanghai).day).toBe('2024-02-28');
  });

  it('counts an assignment at 23:30 on 31 January in Shanghai from 31 January', () => {
    const deadline = dueDate(
      '2025-01-31T23:30:00+08:00',
      { amount: 1, unit: 'calendarMonths', anchor: 'assignment' },
      shanghai,
    );
    expect(deadline.anchorDay).toBe('2025-01-31');
    expect(deadline.day).toBe('2025-02-28');
    // The same instant written in UTC is the same day zero.
    expect(dueDate('2025-01-31T15:30:00Z', threeMonths, shanghai).anchorDay).toBe('2025-01-31');
    // Thirty-one minutes later it is already 1 February in Shanghai.
    expect(dueDate('2025-01-31T16:01:00Z', threeMonths, shanghai).anchorDay).toBe('2025-02-01');
  });

  it('counts day zero in the context zone, not the anchor offset', () => {
    const newYork: DeadlineContext = {
      timeZone: 'America/New_York',
      calendar: chinaOfficialCalendar,
    };
    expect(dueDate('2025-02-01T01:00:00+08:00', threeMonths, newYork).anchorDay).toBe('2025-01-31');
  });

  it('counts 5 working days across the 2025 National Day break', () => {
    const deadline = dueDate('2025-09-30T17:00:00+08:00', fiveWorkingDays, shanghai);
    expect(deadline.day).toBe('2025-10-14');
  });

  it('counts calendar days from day zero', () => {
    const tenDays: DeadlineRule = { amount: 10, unit: 'calendarDays', anchor: 'receipt' };
    expect(dueDate('2025-02-25', tenDays, shanghai).day).toBe('2025-03-07');
    expect(dueDate('2024-02-25', tenDays, shanghai).day).toBe('2024-03-06');
  });

  it('counts a fixed date in the anchor year, or the next year once it is past', () => {
    const june30: DeadlineRule = {
      amount: 0,
      unit: 'calendarDays',
      anchor: 'fixedDate',
      fixedDate: '06-30',
    };
    expect(dueDate('2025-03-10T09:00:00+08:00', june30, shanghai).day).toBe('2025-06-30');
    expect(dueDate('2025-06-30', june30, shanghai).day).toBe('2025-06-30'); // the same day is not past
    expect(dueDate('2025-07-01', june30, shanghai).day).toBe('2026-06-30');
    // 23:30 on 30 June in Shanghai is still 30 June, whatever UTC says.
    expect(dueDate('2025-06-30T23:30:00+08:00', june30, shanghai).day).toBe('2025-06-30');
  });

  it('clamps a 29 February fixed date in a common year', () => {
    const leap: DeadlineRule = {
      amount: 0,
      unit: 'calendarDays',
      anchor: 'fixedDate',
      fixedDate: '02-29',
    };
    expect(dueDate('2025-01-10', leap, shanghai).day).toBe('2025-02-28');
    expect(dueDate('2024-01-10', leap, shanghai).day).toBe('2024-02-29');
    expect(dueDate('2025-03-01', leap, shanghai).day).toBe('2026-02-28');
  });

  it('rolls a non-working due day forward only when the rule says so', () => {
    // 2025-02-01 + 3 months = Thu 1 May 2025, inside the Labour Day break (1–5 May).
    const roll: DeadlineRule = { ...threeMonths, rollToWorkingDay: true };
    expect(dueDate('2025-02-01', threeMonths, shanghai).day).toBe('2025-05-01');
    expect(dueDate('2025-02-01', roll, shanghai).day).toBe('2025-05-06');
    // A working due day stays put.
    expect(dueDate('2024-11-30', roll, shanghai).day).toBe('2025-02-28');
    // Saturday 11 Oct 2025 is a make-up working day, so it is not rolled.
    expect(dueDate('2025-07-11', roll, shanghai).day).toBe('2025-10-11');
  });

  it('returns a frozen deadline and does not mutate the rule', () => {
    const rule: DeadlineRule = { ...threeMonths };
    const deadline = dueDate('2024-11-30', rule, shanghai);
    expect(Object.isFrozen(deadline)).toBe(true);
    expect(Object.isFrozen(deadline.rule)).toBe(true);
    expect(Object.isFrozen(rule)).toBe(false);
    expect(rule).toEqual(threeMonths);
  });

  it('throws a RendaError for an invalid anchor rather than produce a day', () => {
    expect(thrownCode(() => dueDate('2025-02-30', threeMonths, shanghai))).toBe('INVALID_ANCHOR');
    expect(thrownCode(() => dueDate('2025-01-31T23:30:00', threeMonths, shanghai))).toBe(
      'INVALID_ANCHOR',
    );
    expect(thrownCode(() => dueDate('', threeMonths, shanghai))).toBe('INVALID_ANCHOR');
  });

  it('is monotonic in the anchor (property)', () => {
    const rules: DeadlineRule[] = [
      threeMonths,
      { ...threeMonths, rollToWorkingDay: true },
      fiveWorkingDays,
      { amount: 20, unit: 'calendarDays', anchor: 'receipt', rollToWorkingDay: true },
      { amount: 0, unit: 'calendarDays', anchor: 'fixedDate', fixedDate: '06-30' },
    ];
    fc.assert(
      fc.property(
        officialDayArbitrary,
        officialDayArbitrary,
        fc.constantFrom(...rules),
        (a, b, rule) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(dueDate(early, rule, shanghai).day <= dueDate(late, rule, shanghai).day).toBe(
            true,
          );
        },
      ),
    );
  });

  it('puts working-day results on working days, and never before day zero (property)', () => {
    fc.assert(
      fc.property(officialDayArbitrary, fc.integer({ min: 1, max: 30 }), (anchor, amount) => {
        const deadline = dueDate(
          anchor,
          { amount, unit: 'workingDays', anchor: 'receipt' },
          shanghai,
        );
        expect(chinaOfficialCalendar.isWorkingDay(deadline.day)).toBe(true);
        expect(deadline.day > deadline.anchorDay).toBe(true);
      }),
    );
  });

  it('never lands on a non-working day when rolling (property)', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: 0, max: 12 }), (anchor, amount) => {
        const deadline = dueDate(
          anchor,
          { amount, unit: 'calendarMonths', anchor: 'assignment', rollToWorkingDay: true },
          shanghai,
        );
        expect(chinaOfficialCalendar.isWorkingDay(deadline.day)).toBe(true);
      }),
    );
  });
});

describe('safeDueDate', () => {
  it('returns the same deadline as dueDate on good input', () => {
    const result = safeDueDate('2024-11-30', threeMonths, shanghai);
    expect(result).toEqual({ ok: true, value: dueDate('2024-11-30', threeMonths, shanghai) });
  });

  it('returns INVALID_ANCHOR with the path for a bad anchor', () => {
    const result = safeDueDate('2023-02-29', threeMonths, shanghai);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_ANCHOR');
    expect(result.error.path).toEqual(['anchor']);
    expect(Object.isFrozen(result.error)).toBe(true);
  });

  it('returns INVALID_RULE naming the field for a bad rule', () => {
    const missingDate = safeDueDate(
      '2025-01-01',
      { amount: 0, unit: 'calendarDays', anchor: 'fixedDate' },
      shanghai,
    );
    expect(missingDate.ok ? undefined : [missingDate.error.code, missingDate.error.path]).toEqual([
      'INVALID_RULE',
      ['rule', 'fixedDate'],
    ]);
    const negative = safeDueDate('2025-01-01', { ...threeMonths, amount: -1 }, shanghai);
    expect(negative.ok ? undefined : negative.error.path).toEqual(['rule', 'amount']);
  });

  it('returns INVALID_TIME_ZONE, INVALID_CALENDAR and NO_WORKING_DAY', () => {
    const badZone = safeDueDate('2025-01-01', threeMonths, {
      ...shanghai,
      timeZone: 'Asia/Beijing',
    });
    expect(badZone.ok ? undefined : badZone.error.code).toBe('INVALID_TIME_ZONE');
    const noId = { isWorkingDay: () => true } as unknown as WorkingDayCalendar;
    const badCalendar = safeDueDate('2025-01-01', threeMonths, { ...shanghai, calendar: noId });
    expect(badCalendar.ok ? undefined : badCalendar.error.code).toBe('INVALID_CALENDAR');
    const never: WorkingDayCalendar = { id: 'never', isWorkingDay: () => false };
    const noWorkingDay = safeDueDate('2025-01-01', fiveWorkingDays, {
      ...shanghai,
      calendar: never,
    });
    expect(noWorkingDay.ok ? undefined : noWorkingDay.error.code).toBe('NO_WORKING_DAY');
  });

  it('does not throw on anything (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (anchor, rule) => {
        expect(() => safeDueDate(anchor, rule as DeadlineRule, shanghai)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (anchor, rule, context) => {
        const result = safeDueDate(
          anchor as string,
          rule as DeadlineRule,
          context as DeadlineContext,
        );
        expect(result.ok).toBe(false);
      }),
    );
  });
});
