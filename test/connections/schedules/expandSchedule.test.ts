import { afterEach, describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../../src/calendar/chinaOfficialCalendar.js';
import { weekendsOnlyCalendar } from '../../../src/calendar/weekendsOnlyCalendar.js';
import { expandSchedule } from '../../../src/connections/schedules/expandSchedule.js';
import { safeExpandSchedule } from '../../../src/connections/schedules/safeSchedules.js';
import type { ReceptionSchedule } from '../../../src/model/liaisonStation.js';
import { thrownPaths } from './thrown.js';

// Every expected day below was checked by hand against a 2025 wall calendar and the State
// Council's 2025 notice (国办发明电〔2024〕12号): 1 Jan; Spring Festival 28 Jan–4 Feb off, Sunday
// 26 Jan and Saturday 8 Feb worked; Qingming 4–6 Apr; Labour Day 1–5 May, Sunday 27 Apr worked;
// Dragon Boat 31 May–2 Jun; National Day 1–8 Oct, Sunday 28 Sep and Saturday 11 Oct worked.
const Y2025 = { from: '2025-01-01', to: '2025-12-31' };
const official = { calendar: chinaOfficialCalendar };
const days = (schedule: ReceptionSchedule, period = Y2025, options = {}) =>
  expandSchedule(schedule, period, options).map((d) => d.day);

describe('expandSchedule: the four source schedules over 2025', () => {
  const the20th: ReceptionSchedule = { kind: 'monthlyDays', days: [20] }; // 临邑
  const oddMonths15th: ReceptionSchedule = { kind: 'oddMonths', day: 15, noticeDays: 3 };
  const the9thAnd19th: ReceptionSchedule = { kind: 'monthlyDays', days: [9, 19], noticeDays: 3 };
  const mondays: ReceptionSchedule = { kind: 'weekly', weekday: 1, noticeDays: 3 };

  it('the 20th of each month: every 20th, kept on weekends by default', () => {
    expect(days(the20th)).toEqual([
      '2025-01-20',
      '2025-02-20',
      '2025-03-20',
      '2025-04-20',
      '2025-05-20',
      '2025-06-20',
      '2025-07-20',
      '2025-08-20',
      '2025-09-20',
      '2025-10-20',
      '2025-11-20',
      '2025-12-20',
    ]);
  });

  it('the 20th of each month moved off the weekend (Sun 20 Apr, Sun 20 Jul, Sat 20 Sep, Sat 20 Dec)', () => {
    const next = days(the20th, Y2025, { ...official, onNonWorkingDay: 'nextWorkingDay' });
    expect(next.filter((d) => !d.endsWith('-20'))).toEqual([
      '2025-04-21',
      '2025-07-21',
      '2025-09-22',
      '2025-12-22',
    ]);
    const previous = days(the20th, Y2025, { ...official, onNonWorkingDay: 'previousWorkingDay' });
    expect(previous.filter((d) => !d.endsWith('-20'))).toEqual([
      '2025-04-18',
      '2025-07-18',
      '2025-09-19',
      '2025-12-19',
    ]);
    expect(days(the20th, Y2025, { ...official, onNonWorkingDay: 'skip' })).toHaveLength(8);
  });

  it('the 15th of odd months, with 3 days notice', () => {
    expect(expandSchedule(oddMonths15th, Y2025)).toEqual([
      { day: '2025-01-15', ruleDay: '2025-01-15', noticeDay: '2025-01-12' },
      { day: '2025-03-15', ruleDay: '2025-03-15', noticeDay: '2025-03-12' },
      { day: '2025-05-15', ruleDay: '2025-05-15', noticeDay: '2025-05-12' },
      { day: '2025-07-15', ruleDay: '2025-07-15', noticeDay: '2025-07-12' },
      { day: '2025-09-15', ruleDay: '2025-09-15', noticeDay: '2025-09-12' },
      { day: '2025-11-15', ruleDay: '2025-11-15', noticeDay: '2025-11-12' },
    ]);
    // Saturdays 15 Mar and 15 Nov move to the Monday; the notice follows the day as held.
    const moved = expandSchedule(oddMonths15th, Y2025, {
      ...official,
      onNonWorkingDay: 'nextWorkingDay',
    });
    expect(moved[1]).toEqual({ day: '2025-03-17', ruleDay: '2025-03-15', noticeDay: '2025-03-14' });
    expect(moved[5]).toEqual({ day: '2025-11-17', ruleDay: '2025-11-15', noticeDay: '2025-11-14' });
  });

  it('the 9th and the 19th: 24 days, 16 of them working days', () => {
    const all = days(the9thAnd19th);
    expect(all).toHaveLength(24);
    expect(all.slice(0, 4)).toEqual(['2025-01-09', '2025-01-19', '2025-02-09', '2025-02-19']);
    const working = days(the9thAnd19th, Y2025, { ...official, onNonWorkingDay: 'skip' });
    expect(all.filter((d) => !working.includes(d))).toEqual([
      '2025-01-19',
      '2025-02-09',
      '2025-03-09',
      '2025-04-19',
      '2025-07-19',
      '2025-08-09',
      '2025-10-19',
      '2025-11-09',
    ]);
    // Thursday 9 Oct is the first working day after the National Day break: kept.
    expect(working).toContain('2025-10-09');
  });

  it('every Monday: 52 in 2025; four fall in holidays and move to the next working day', () => {
    const all = days(mondays);
    expect(all).toHaveLength(52);
    expect([all[0], all[51]]).toEqual(['2025-01-06', '2025-12-29']);
    const next = expandSchedule(mondays, Y2025, { ...official, onNonWorkingDay: 'nextWorkingDay' });
    expect(next.filter((d) => d.day !== d.ruleDay)).toEqual([
      { day: '2025-02-05', ruleDay: '2025-02-03', noticeDay: '2025-02-02' }, // Spring Festival
      { day: '2025-05-06', ruleDay: '2025-05-05', noticeDay: '2025-05-03' }, // Labour Day
      { day: '2025-06-03', ruleDay: '2025-06-02', noticeDay: '2025-05-31' }, // Dragon Boat
      { day: '2025-10-09', ruleDay: '2025-10-06', noticeDay: '2025-10-06' }, // National Day
    ]);
    expect(days(mondays, Y2025, { ...official, onNonWorkingDay: 'skip' })).toHaveLength(48);
    expect(
      days(
        mondays,
        { from: '2025-09-22', to: '2025-10-19' },
        {
          ...official,
          onNonWorkingDay: 'previousWorkingDay',
        },
      ),
    ).toEqual(['2025-09-22', '2025-09-29', '2025-09-30', '2025-10-13']);
  });
});

describe('expandSchedule: 调休 make-up working days are working days', () => {
  it('keeps Saturdays and Sundays that were worked, and skips the rest', () => {
    const saturdays: ReceptionSchedule = { kind: 'weekly', weekday: 6 };
    const sundays: ReceptionSchedule = { kind: 'weekly', weekday: 7 };
    const skip = { ...official, onNonWorkingDay: 'skip' } as const;
    expect(days(saturdays, Y2025, skip)).toEqual(['2025-02-08', '2025-10-11']);
    expect(days(sundays, Y2025, skip)).toEqual(['2025-01-26', '2025-04-27', '2025-09-28']);
    // A plain weekends calendar knows no make-up days.
    expect(
      days(saturdays, Y2025, { calendar: weekendsOnlyCalendar, onNonWorkingDay: 'skip' }),
    ).toEqual([]);
  });

  it('moves the 1st of October over the whole break, to Thursday the 9th, or back to Tuesday 30 Sep', () => {
    const first: ReceptionSchedule = { kind: 'monthlyDays', days: [1] };
    const october = { from: '2025-10-01', to: '2025-10-31' };
    expect(days(first, october, { ...official, onNonWorkingDay: 'nextWorkingDay' })).toEqual([
      '2025-10-09',
    ]);
    // Moved back, 1 Oct leaves October (it belongs to the period where it is held), and
    // Saturday 1 Nov comes in as Friday 31 Oct.
    expect(days(first, october, { ...official, onNonWorkingDay: 'previousWorkingDay' })).toEqual([
      '2025-10-31',
    ]);
    expect(
      days(
        first,
        { from: '2025-09-15', to: '2025-10-31' },
        {
          ...official,
          onNonWorkingDay: 'previousWorkingDay',
        },
      ),
    ).toEqual(['2025-09-30', '2025-10-31']);
    // A rule day before the period moved into it counts: 1 Oct held on 9 Oct.
    expect(
      days(
        first,
        { from: '2025-10-09', to: '2025-10-31' },
        {
          ...official,
          onNonWorkingDay: 'nextWorkingDay',
        },
      ),
    ).toEqual(['2025-10-09']);
  });

  it('merges two rule days moved onto one day, keeping the earlier rule day', () => {
    const twice: ReceptionSchedule = { kind: 'monthlyDays', days: [5, 1] };
    expect(
      expandSchedule(
        twice,
        { from: '2025-10-01', to: '2025-10-31' },
        {
          ...official,
          onNonWorkingDay: 'nextWorkingDay',
        },
      ),
    ).toEqual([{ day: '2025-10-09', ruleDay: '2025-10-01' }]);
  });
});

describe('expandSchedule: days a month does not have', () => {
  const the31st: ReceptionSchedule = { kind: 'monthlyDays', days: [31] };

  it('skips the 31st in months without one, by default', () => {
    expect(days(the31st)).toEqual([
      '2025-01-31',
      '2025-03-31',
      '2025-05-31',
      '2025-07-31',
      '2025-08-31',
      '2025-10-31',
      '2025-12-31',
    ]);
    expect(days({ kind: 'oddMonths', day: 31 })).toEqual([
      '2025-01-31',
      '2025-03-31',
      '2025-05-31',
      '2025-07-31',
    ]);
  });

  it('takes the last day of the month with missingDay: lastDayOfMonth', () => {
    expect(days(the31st, Y2025, { missingDay: 'lastDayOfMonth' })).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
    ]);
    // The 30th and the 31st in February are one day.
    expect(
      days(
        { kind: 'monthlyDays', days: [30, 31] },
        { from: '2025-02-01', to: '2025-03-31' },
        {
          missingDay: 'lastDayOfMonth',
        },
      ),
    ).toEqual(['2025-02-28', '2025-03-30', '2025-03-31']);
  });

  it('has 29 February in 2024 and not in 2025', () => {
    const the29th: ReceptionSchedule = { kind: 'monthlyDays', days: [29] };
    const feb2024 = { from: '2024-02-01', to: '2024-02-29' };
    const feb2025 = { from: '2025-02-01', to: '2025-02-28' };
    expect(days(the29th, feb2024)).toEqual(['2024-02-29']);
    expect(days(the29th, feb2025)).toEqual([]);
    expect(days(the29th, feb2025, { missingDay: 'lastDayOfMonth' })).toEqual(['2025-02-28']);
    expect(
      days({ kind: 'monthlyDays', days: [30] }, feb2024, { missingDay: 'lastDayOfMonth' }),
    ).toEqual(['2024-02-29']);
  });
});

describe('expandSchedule: notice', () => {
  it('counts back across a month end and a year end', () => {
    const first: ReceptionSchedule = { kind: 'monthlyDays', days: [1, 2], noticeDays: 3 };
    expect(expandSchedule(first, { from: '2025-01-01', to: '2025-03-01' })).toEqual([
      { day: '2025-01-01', ruleDay: '2025-01-01', noticeDay: '2024-12-29' },
      { day: '2025-01-02', ruleDay: '2025-01-02', noticeDay: '2024-12-30' },
      { day: '2025-02-01', ruleDay: '2025-02-01', noticeDay: '2025-01-29' },
      { day: '2025-02-02', ruleDay: '2025-02-02', noticeDay: '2025-01-30' },
      { day: '2025-03-01', ruleDay: '2025-03-01', noticeDay: '2025-02-26' },
    ]);
    // 1 March 2024 (a leap year): 29 February is counted.
    expect(expandSchedule(first, { from: '2024-03-01', to: '2024-03-01' })[0]?.noticeDay).toBe(
      '2024-02-27',
    );
  });

  it('counts working days with noticeIn: workingDays, make-up days included', () => {
    const options = { ...official, noticeIn: 'workingDays' } as const;
    // Thursday 2 Jan 2025: 31 Dec, 30 Dec, then Friday 27 Dec 2024.
    expect(
      expandSchedule(
        { kind: 'monthlyDays', days: [2], noticeDays: 3 },
        { from: '2025-01-01', to: '2025-01-31' },
        options,
      ),
    ).toEqual([{ day: '2025-01-02', ruleDay: '2025-01-02', noticeDay: '2024-12-27' }]);
    // Thursday 9 Oct 2025: back over the break to Tue 30 Sep, Mon 29 Sep, and Sunday 28 Sep (worked).
    expect(
      expandSchedule(
        { kind: 'monthlyDays', days: [9], noticeDays: 3 },
        { from: '2025-10-01', to: '2025-10-31' },
        options,
      ),
    ).toEqual([{ day: '2025-10-09', ruleDay: '2025-10-09', noticeDay: '2025-09-28' }]);
  });

  it('leaves noticeDay out when the schedule sets no notice, and is the day itself for 0', () => {
    const [a] = expandSchedule(
      { kind: 'weekly', weekday: 3 },
      { from: '2025-01-01', to: '2025-01-01' },
    );
    expect(a).toEqual({ day: '2025-01-01', ruleDay: '2025-01-01' });
    expect(Object.hasOwn(a ?? {}, 'noticeDay')).toBe(false);
    const [b] = expandSchedule(
      { kind: 'weekly', weekday: 3, noticeDays: 0 },
      { from: '2025-01-01', to: '2025-01-01' },
    );
    expect(b?.noticeDay).toBe('2025-01-01');
  });
});

describe('expandSchedule: time zones', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('gives the same days whatever the machine zone', () => {
    const run = () =>
      expandSchedule({ kind: 'weekly', weekday: 1, noticeDays: 3 }, Y2025, {
        ...official,
        onNonWorkingDay: 'nextWorkingDay',
        noticeIn: 'workingDays',
      });
    process.env.TZ = 'UTC';
    const utc = run();
    for (const zone of ['Pacific/Kiritimati', 'America/Adak', 'Asia/Shanghai']) {
      process.env.TZ = zone;
      expect(run(), zone).toEqual(utc);
    }
  });
});

describe('expandSchedule: results and errors', () => {
  it('returns a frozen array of frozen days and does not touch its input', () => {
    const schedule = Object.freeze({
      kind: 'monthlyDays',
      days: Object.freeze([9, 19]),
    }) as ReceptionSchedule;
    const result = expandSchedule(schedule, Y2025);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result[0])).toBe(true);
    expect(schedule).toEqual({ kind: 'monthlyDays', days: [9, 19] });
  });

  it('refuses a bad schedule, period and option together, naming each field', () => {
    expect(
      thrownPaths(() =>
        expandSchedule(
          { kind: 'weekly', weekday: 8 } as ReceptionSchedule,
          { from: '2025-12-31', to: '2025-01-01' },
          { missingDay: 'clamp' as never },
        ),
      ),
    ).toEqual([['schedule', 'weekday'], ['period', 'to'], ['missingDay']]);
  });

  it('refuses an unknown kind and a day of the month past 31', () => {
    const unknown = safeExpandSchedule({ kind: 'evenMonths', day: 1 } as never, Y2025);
    expect(unknown.ok ? [] : unknown.error.issues.map((i) => i.path)).toEqual([
      ['schedule', 'kind'],
    ]);
    const day32 = safeExpandSchedule({ kind: 'monthlyDays', days: [32] }, Y2025);
    expect(day32.ok ? [] : day32.error.issues.map((i) => i.path)).toEqual([
      ['schedule', 'days', 0],
    ]);
  });

  it('needs a calendar only to move, skip or count working days', () => {
    for (const options of [
      { onNonWorkingDay: 'nextWorkingDay' },
      { onNonWorkingDay: 'skip' },
      { noticeIn: 'workingDays' },
    ] as const) {
      const result = safeExpandSchedule({ kind: 'weekly', weekday: 1 }, Y2025, options);
      expect(result.ok ? [] : result.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['INVALID_VALUE', ['calendar']],
      ]);
    }
    const notCalendar = safeExpandSchedule({ kind: 'weekly', weekday: 1 }, Y2025, {
      calendar: 'cn-official' as never,
    });
    expect(notCalendar.ok ? [] : notCalendar.error.issues.map((i) => i.path)).toEqual([
      ['calendar'],
    ]);
    expect(safeExpandSchedule({ kind: 'weekly', weekday: 1 }, Y2025).ok).toBe(true);
  });

  it('refuses a period longer than ten years', () => {
    const result = safeExpandSchedule(
      { kind: 'weekly', weekday: 1 },
      { from: '2000-01-01', to: '2025-12-31' },
    );
    expect(result.ok ? [] : result.error.issues.map((i) => i.code)).toEqual(['PERIOD_TOO_LONG']);
  });
});
