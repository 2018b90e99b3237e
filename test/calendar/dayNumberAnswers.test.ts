import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINA_OFFICIAL_ARRANGEMENTS } from '../../src/calendar/chinaOfficialArrangements.js';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { defineHolidayCalendar } from '../../src/calendar/defineHolidayCalendar.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import { weekendsOnlyCalendar } from '../../src/calendar/weekendsOnlyCalendar.js';
import type { WorkingDayCalendar } from '../../src/calendar/workingDayCalendar.js';
import type { DeadlineRule } from '../../src/model/shared/deadline.js';

// renda's own calendars answer the deadline functions by day number; a calendar of the user's
// answers by string. These properties hold the two ways to the same answers.

const day = fc
  .date({ min: new Date('2019-06-01T00:00:00Z'), max: new Date('2027-06-30T00:00:00Z') })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString().slice(0, 10));

/** The official rule read straight from the notices, by string (the oracle). */
function officialOracle(text: string): boolean {
  const arrangement = CHINA_OFFICIAL_ARRANGEMENTS[Number(text.slice(0, 4))];
  const monthDay = text.slice(5);
  if (arrangement?.workdays.includes(monthDay)) return true;
  if (arrangement?.holidays.some(([, from, to]) => monthDay >= from && monthDay <= to)) {
    return false;
  }
  const weekday = new Date(`${text}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The same calendar as the user would write it: a plain object answering by string. */
const asUsers = (calendar: WorkingDayCalendar): WorkingDayCalendar => ({
  id: calendar.id,
  isWorkingDay: (text: string) => calendar.isWorkingDay(text),
});

const rules: readonly DeadlineRule[] = [
  { amount: 5, unit: 'workingDays', anchor: 'receipt' },
  { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
  { amount: 15, unit: 'calendarDays', anchor: 'assignment', rollToWorkingDay: true },
];

describe('calendars that answer by day number', () => {
  it('the official calendar says what the notices say, day by day (property)', () => {
    fc.assert(
      fc.property(day, (text) => {
        expect(chinaOfficialCalendar.isWorkingDay(text)).toBe(officialOracle(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('a holiday calendar on a renda base answers as the same calendar on a user’s base (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(day, { maxLength: 8 }), fc.nat(8), day, (days, split, asked) => {
        const options = {
          id: 'local',
          holidays: days.slice(split),
          workdays: days.slice(0, split),
        };
        const fast = defineHolidayCalendar({ ...options, base: chinaOfficialCalendar });
        const slow = defineHolidayCalendar({ ...options, base: asUsers(chinaOfficialCalendar) });
        expect(fast.isWorkingDay(asked)).toBe(slow.isWorkingDay(asked));
      }),
      { numRuns: 1000 },
    );
  });

  it('dueDate counts the same deadline with a renda calendar as with a user’s copy of it (property)', () => {
    const calendars = [chinaOfficialCalendar, weekendsOnlyCalendar];
    fc.assert(
      fc.property(day, fc.nat(2), fc.nat(1), (anchor, r, c) => {
        const rule = rules[r] as DeadlineRule;
        const calendar = calendars[c] as WorkingDayCalendar;
        const zone = 'Asia/Shanghai';
        expect(dueDate(anchor, rule, { timeZone: zone, calendar })).toEqual({
          ...dueDate(anchor, rule, { timeZone: zone, calendar: asUsers(calendar) }),
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('still refuses a malformed day, by string', () => {
    expect(() => chinaOfficialCalendar.isWorkingDay('2025-02-30')).toThrow();
    expect(() => weekendsOnlyCalendar.isWorkingDay('2025-1-01')).toThrow();
  });
});

describe('rule objects checked once', () => {
  const context = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };

  it('checks a rule that is not frozen on every call, so a change is seen', () => {
    const rule: { amount: number; unit: 'calendarDays'; anchor: 'receipt' } = {
      amount: 5,
      unit: 'calendarDays',
      anchor: 'receipt',
    };
    expect(dueDate('2025-03-03', rule, context).day).toBe('2025-03-08');
    rule.amount = -1;
    expect(() => dueDate('2025-03-03', rule, context)).toThrow(/rule\.amount/);
  });

  it('gives the same deadline for a frozen rule on every call, and a frozen rule in it', () => {
    const rule = Object.freeze({ amount: 2, unit: 'workingDays', anchor: 'receipt' } as const);
    const first = dueDate('2025-09-30', rule, context);
    const again = dueDate('2025-09-30', rule, context);
    expect(first).toEqual(again);
    expect(first.day).toBe('2025-10-10'); // 国庆 break to 8 October; 9 and 10 October count
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.rule)).toBe(true);
    expect(first.rule).not.toBe(rule);
  });
});
