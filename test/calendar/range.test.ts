import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, safeAddCalendarDays } from '../../src/calendar/addCalendarDays.js';
import { addCalendarMonths, safeAddCalendarMonths } from '../../src/calendar/addCalendarMonths.js';
import { addWorkingDays, safeAddWorkingDays } from '../../src/calendar/addWorkingDays.js';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import { extendDeadline } from '../../src/calendar/extendDeadline.js';
import { isOnTime } from '../../src/calendar/isOnTime.js';
import { safeDueDate } from '../../src/calendar/safeDueDate.js';
import { toCalendarDay } from '../../src/calendar/toCalendarDay.js';
import { weekendsOnlyCalendar } from '../../src/calendar/weekendsOnlyCalendar.js';
import type { DeadlineRule } from '../../src/model/shared/deadline.js';
import { thrownCode } from './thrownCode.js';

const FIRST = '0001-01-01';
const LAST = '9999-12-31';
const inRange = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= FIRST && day <= LAST;

/** Days near either end of the range, and anywhere between. */
const edgeDay = fc.oneof(
  fc.integer({ min: 0, max: 800 }).map((n) => addCalendarDays(FIRST, n)),
  fc.integer({ min: 0, max: 800 }).map((n) => addCalendarDays(LAST, -n)),
  fc.integer({ min: 0, max: 3_652_058 }).map((n) => addCalendarDays(FIRST, n)),
);

const shanghai = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };

describe('no date helper returns a day outside 0001-01-01…9999-12-31', () => {
  it('day, month and working-day arithmetic either stays in range or says DAY_OUT_OF_RANGE (property)', () => {
    fc.assert(
      fc.property(edgeDay, fc.integer({ min: -3_700_000, max: 3_700_000 }), (day, n) => {
        for (const result of [
          safeAddCalendarDays(day, n),
          safeAddCalendarMonths(day, Math.trunc(n / 30)),
          safeAddWorkingDays(day, Math.trunc(n / 400), weekendsOnlyCalendar),
        ]) {
          if (result.ok) expect(inRange(result.value)).toBe(true);
          else expect(result.error.code).toMatch(/^(DAY_OUT_OF_RANGE|INVALID_AMOUNT)$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses the days 0.1 returned: 10000-01-01 and years before 1', () => {
    expect(thrownCode(() => addCalendarDays(LAST, 1))).toBe('DAY_OUT_OF_RANGE');
    expect(thrownCode(() => addCalendarDays(FIRST, -1))).toBe('DAY_OUT_OF_RANGE');
    expect(thrownCode(() => addCalendarDays('2025-01-01', -740_000))).toBe('DAY_OUT_OF_RANGE');
    expect(thrownCode(() => addCalendarMonths('9999-12-31', 1))).toBe('DAY_OUT_OF_RANGE');
    expect(thrownCode(() => addCalendarMonths('0001-01-31', -1))).toBe('DAY_OUT_OF_RANGE');
    expect(thrownCode(() => addWorkingDays(LAST, 1, weekendsOnlyCalendar))).toBe(
      'DAY_OUT_OF_RANGE',
    );
    expect(thrownCode(() => addWorkingDays(FIRST, -1, weekendsOnlyCalendar))).toBe(
      'DAY_OUT_OF_RANGE',
    );
    expect(thrownCode(() => addCalendarDays('0000-12-31', 1))).toBe('INVALID_DAY');
    expect(addCalendarDays('9999-12-30', 1)).toBe(LAST);
    expect(addCalendarMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(addCalendarMonths('0001-02-28', -1)).toBe('0001-01-28');
  });

  it('refuses a due day past 9999, a fixed date that rolls into year 10000, and an extension past it', () => {
    const months: DeadlineRule = { amount: 3, unit: 'calendarMonths', anchor: 'assignment' };
    const fixed: DeadlineRule = {
      amount: 0,
      unit: 'calendarDays',
      anchor: 'fixedDate',
      fixedDate: '06-30',
    };
    const roll: DeadlineRule = {
      amount: 0,
      unit: 'calendarDays',
      anchor: 'receipt',
      rollToWorkingDay: true,
    };
    for (const [anchor, rule] of [
      ['9999-11-01', months],
      ['9999-07-01', fixed],
      ['9999-12-31', { ...roll, amount: 0 }],
    ] as const) {
      const result = safeDueDate(anchor, rule, { timeZone: 'UTC', calendar: weekendsOnlyCalendar });
      if (anchor === '9999-12-31') {
        // 31 Dec 9999 is a Friday, a working day: no roll needed, so it stands.
        expect(result.ok && result.value.day).toBe(LAST);
      } else {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('DAY_OUT_OF_RANGE');
      }
    }
    const late = dueDate('9999-09-01', months, shanghai);
    expect(late.day).toBe('9999-12-01');
    expect(thrownCode(() => extendDeadline(late, 1, shanghai))).toBe('DAY_OUT_OF_RANGE');
  });

  it('refuses an instant whose day in the zone falls outside the range, and keeps the edges', () => {
    expect(toCalendarDay('9999-12-31T15:59:59.999Z', 'Asia/Shanghai')).toBe(LAST);
    expect(thrownCode(() => toCalendarDay('9999-12-31T16:00:00Z', 'Asia/Shanghai'))).toBe(
      'DAY_OUT_OF_RANGE',
    );
    expect(toCalendarDay('0001-01-01T00:00:00Z', 'Asia/Shanghai')).toBe(FIRST);
    expect(thrownCode(() => toCalendarDay('0001-01-01T01:00:00Z', 'America/New_York'))).toBe(
      'DAY_OUT_OF_RANGE',
    );
    expect(toCalendarDay('9999-12-31T23:59:59Z', 'America/New_York')).toBe(LAST);
    const deadline = dueDate(
      '9999-12-31',
      { amount: 0, unit: 'calendarDays', anchor: 'receipt' },
      shanghai,
    );
    expect(isOnTime('9999-12-31T15:59:59Z', deadline)).toBe(true);
  });
});

describe('counting at month ends, leap years, 调休 and zones with DST', () => {
  it('clamps month ends and knows the Gregorian leap years, year 1 and year 9999 too', () => {
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addCalendarMonths('1900-01-31', 1)).toBe('1900-02-28');
    expect(addCalendarMonths('2000-01-31', 1)).toBe('2000-02-29');
    expect(addCalendarMonths('0004-01-31', 1)).toBe('0004-02-29');
    expect(addCalendarMonths('9996-01-31', 1)).toBe('9996-02-29');
    expect(addCalendarDays('0001-02-28', 1)).toBe('0001-03-01');
    expect(addCalendarDays('9999-02-28', 1)).toBe('9999-03-01');
  });

  it('counts working days across the 2025 Spring Festival with its 调休 Sunday and Saturday', () => {
    // Break 28 Jan – 4 Feb 2025; make-up working days Sunday 26 Jan and Saturday 8 Feb.
    expect(addWorkingDays('2025-01-24', 1, chinaOfficialCalendar)).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-26', 2, chinaOfficialCalendar)).toBe('2025-02-05');
    expect(addWorkingDays('2025-02-07', 1, chinaOfficialCalendar)).toBe('2025-02-08');
    expect(addWorkingDays('2025-02-05', -1, chinaOfficialCalendar)).toBe('2025-01-27');
    const assign = dueDate(
      '2025-01-24T17:00:00+08:00',
      { amount: 5, unit: 'workingDays', anchor: 'receipt' },
      shanghai,
    );
    // 26, 27 Jan, then 5, 6, 7 Feb.
    expect(assign.day).toBe('2025-02-07');
  });

  it('takes the day in zones with daylight saving time at the changes', () => {
    // New York springs forward on 9 March 2025 at 02:00 EST (07:00Z) and falls back on 2 November.
    expect(toCalendarDay('2025-03-09T04:59:59Z', 'America/New_York')).toBe('2025-03-08');
    expect(toCalendarDay('2025-03-09T05:00:00Z', 'America/New_York')).toBe('2025-03-09');
    expect(toCalendarDay('2025-11-03T03:59:59Z', 'America/New_York')).toBe('2025-11-02');
    expect(toCalendarDay('2025-11-03T05:00:00Z', 'America/New_York')).toBe('2025-11-03');
    // London: BST from 30 March 2025; 23:30Z on 30 March is already 31 March there.
    expect(toCalendarDay('2025-03-30T23:30:00Z', 'Europe/London')).toBe('2025-03-31');
    expect(toCalendarDay('2025-01-30T23:30:00Z', 'Europe/London')).toBe('2025-01-30');
    // Shanghai: +08:00 since 1991, summer time 1986–1991.
    expect(toCalendarDay('2025-01-31T16:00:00Z', 'Asia/Shanghai')).toBe('2025-02-01');
    expect(toCalendarDay('1990-07-01T15:30:00Z', 'Asia/Shanghai')).toBe('1990-07-02');
  });
});
