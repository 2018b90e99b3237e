import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import type { DeadlineContext } from '../../src/calendar/deadlineContext.js';
import { defineHolidayCalendar } from '../../src/calendar/defineHolidayCalendar.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import { extendDeadline } from '../../src/calendar/extendDeadline.js';
import { type DeadlineRule, DeadlineSchema } from '../../src/model/shared/deadline.js';
import { thrownCode } from './thrownCode.js';

const shanghai: DeadlineContext = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };
const threeMonths: DeadlineRule = { amount: 3, unit: 'calendarMonths', anchor: 'assignment' };

describe('extendDeadline', () => {
  it('counts the extension from the anchor: 3 + 3 months from 2024-11-30 is 2025-05-30', () => {
    const original = dueDate('2024-11-30', threeMonths, shanghai);
    const extended = extendDeadline(original, 3, shanghai);
    expect(extended.day).toBe('2025-05-30');
    expect(extended.extension).toEqual({ originalDay: '2025-02-28', months: 3 });
    expect(extended.anchorDay).toBe('2024-11-30');
    expect(extended.rule).toEqual(threeMonths);
    expect(DeadlineSchema.safeParse(extended).success).toBe(true);
  });

  it('equals a 6-month rule from the same anchor', () => {
    const sixMonths: DeadlineRule = { ...threeMonths, amount: 6 };
    for (const anchor of ['2024-08-31', '2024-11-30', '2025-01-31', '2023-08-29']) {
      const extended = extendDeadline(dueDate(anchor, threeMonths, shanghai), 3, shanghai);
      expect(extended.day).toBe(dueDate(anchor, sixMonths, shanghai).day);
    }
  });

  it('accumulates a second extension and keeps the first original day', () => {
    const original = dueDate('2024-11-30', threeMonths, shanghai);
    const twice = extendDeadline(extendDeadline(original, 1, shanghai), 2, shanghai);
    expect(twice).toEqual(extendDeadline(original, 3, shanghai));
    expect(twice.extension).toEqual({ originalDay: '2025-02-28', months: 3 });
  });

  it('adds months to the counted day of a non-month rule, then rolls again', () => {
    const workingDays: DeadlineRule = { amount: 5, unit: 'workingDays', anchor: 'receipt' };
    const original = dueDate('2025-09-30', workingDays, shanghai);
    expect(extendDeadline(original, 1, shanghai).day).toBe('2025-11-14');
    // 2025-02-01 + 3 months rolls from Thu 1 May to Tue 6 May; + 1 more month is Sun 1 June,
    // in the Dragon Boat break (31 May – 2 June), so it rolls to Tue 3 June.
    const roll = dueDate('2025-02-01', { ...threeMonths, rollToWorkingDay: true }, shanghai);
    expect(roll.day).toBe('2025-05-06');
    const extended = extendDeadline(roll, 1, shanghai);
    expect(extended.day).toBe('2025-06-03');
    expect(extended.extension?.originalDay).toBe('2025-05-06');
  });

  it('records the calendar of the context it was counted with', () => {
    const regional = defineHolidayCalendar({
      id: 'cn-official+local',
      base: chinaOfficialCalendar,
    });
    const extended = extendDeadline(dueDate('2024-11-30', threeMonths, shanghai), 3, {
      ...shanghai,
      calendar: regional,
    });
    expect(extended.calendarId).toBe('cn-official+local');
  });

  it('does not mutate its input and returns a frozen deadline', () => {
    const original = dueDate('2024-11-30', threeMonths, shanghai);
    const copy = structuredClone(original);
    const extended = extendDeadline(original, 3, shanghai);
    expect(original).toEqual(copy);
    expect(Object.isFrozen(extended)).toBe(true);
    expect(Object.isFrozen(extended.extension)).toBe(true);
  });

  it('rejects fractional, zero and over-long extensions', () => {
    const original = dueDate('2024-11-30', threeMonths, shanghai);
    expect(thrownCode(() => extendDeadline(original, 0, shanghai))).toBe('INVALID_EXTENSION');
    expect(thrownCode(() => extendDeadline(original, 1.5, shanghai))).toBe('INVALID_EXTENSION');
    expect(thrownCode(() => extendDeadline(original, 25, shanghai))).toBe('INVALID_EXTENSION');
    const long = extendDeadline(original, 20, shanghai);
    expect(thrownCode(() => extendDeadline(long, 5, shanghai))).toBe('INVALID_EXTENSION');
  });
});
