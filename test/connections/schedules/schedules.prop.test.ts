import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../../src/calendar/chinaOfficialCalendar.js';
import { fromDayNumber, toDayNumber } from '../../../src/calendar/internal/days.js';
import { expandSchedule } from '../../../src/connections/schedules/expandSchedule.js';
import { receptionDayAdherence } from '../../../src/connections/schedules/receptionDayAdherence.js';
import {
  MISSING_DAY_POLICIES,
  NON_WORKING_DAY_POLICIES,
  NOTICE_COUNTS,
  type ScheduleOptions,
} from '../../../src/connections/schedules/scheduleOptions.js';
import type { LiaisonStation, ReceptionSchedule } from '../../../src/model/liaisonStation.js';
import { activity, station } from '../coverage/fixtures.js';

const noticeDays = fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined });
const withNotice = <T extends object>(rule: T, notice: number | undefined) =>
  (notice === undefined ? rule : { ...rule, noticeDays: notice }) as unknown as ReceptionSchedule;
const schedule: fc.Arbitrary<ReceptionSchedule> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), noticeDays)
    .map(([weekday, n]) => withNotice({ kind: 'weekly', weekday }, n)),
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 4 }),
      noticeDays,
    )
    .map(([days, n]) => withNotice({ kind: 'monthlyDays', days }, n)),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), noticeDays)
    .map(([day, n]) => withNotice({ kind: 'oddMonths', day }, n)),
);
const options: fc.Arbitrary<ScheduleOptions> = fc.record({
  calendar: fc.constant(chinaOfficialCalendar),
  onNonWorkingDay: fc.constantFrom(...NON_WORKING_DAY_POLICIES),
  missingDay: fc.constantFrom(...MISSING_DAY_POLICIES),
  noticeIn: fc.constantFrom(...NOTICE_COUNTS),
});
// Spans over 2019–2027: the official calendar's years and a weekends-only year on each side.
const FIRST = toDayNumber(2019, 1, 1);
const LAST = toDayNumber(2027, 12, 31);
const span = fc
  .tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 500 }))
  .map(([from, length]) => ({ from, to: Math.min(LAST, from + length) }));
const period = (from: number, to: number) => ({ from: fromDayNumber(from), to: fromDayNumber(to) });

describe('expandSchedule laws', () => {
  it('every day is in the period, strictly increasing, on or after its notice day', () => {
    fc.assert(
      fc.property(schedule, span, options, (rule, s, opts) => {
        const p = period(s.from, s.to);
        const days = expandSchedule(rule, p, opts);
        let previous = '';
        for (const d of days) {
          expect(d.day >= p.from && d.day <= p.to).toBe(true);
          expect(d.day > previous).toBe(true);
          previous = d.day;
          if (d.noticeDay !== undefined) expect(d.noticeDay <= d.day).toBe(true);
          if (opts.onNonWorkingDay === 'keep') expect(d.ruleDay).toBe(d.day);
          else expect(chinaOfficialCalendar.isWorkingDay(d.day)).toBe(true);
        }
      }),
    );
  });

  it('expanding [a, c] is expanding [a, b] then [b + 1, c]', () => {
    fc.assert(
      fc.property(
        schedule,
        span,
        fc.double({ min: 0, max: 1, noNaN: true }),
        options,
        (rule, s, cut, opts) => {
          fc.pre(s.to > s.from);
          const b = s.from + Math.floor(cut * (s.to - s.from - 1));
          const whole = expandSchedule(rule, period(s.from, s.to), opts);
          const left = expandSchedule(rule, period(s.from, b), opts);
          const right = expandSchedule(rule, period(b + 1, s.to), opts);
          expect([...left, ...right]).toEqual(whole);
        },
      ),
    );
  });
});

describe('receptionDayAdherence laws', () => {
  const YEAR = { from: '2025-01-01', to: '2025-12-31' };
  const stationsAndActivities = fc
    .array(fc.tuple(schedule, fc.array(fc.integer({ min: 0, max: 364 }), { maxLength: 30 })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((entries) => {
      const stations: LiaisonStation[] = [];
      const activities = [];
      for (const [index, [rule, offsets]] of entries.entries()) {
        const id = `ST-${index}`;
        stations.push({ ...station(id), receptionSchedule: rule });
        for (const offset of offsets) {
          const day = fromDayNumber(toDayNumber(2025, 1, 1) + offset);
          activities.push(activity('receptionDay', day, { deputyIds: ['D-1'] }, { stationId: id }));
        }
      }
      return { stations, activities };
    });

  it('held + missed = due for every station, and the rates add up', () => {
    fc.assert(
      fc.property(
        stationsAndActivities,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 5 }),
        options,
        ({ stations, activities }, asOfOffset, toleranceDays, opts) => {
          const asOf = fromDayNumber(toDayNumber(2025, 1, 1) + asOfOffset);
          const result = receptionDayAdherence(stations, activities, {
            ...opts,
            period: YEAR,
            asOf,
            toleranceDays,
          });
          let held = 0;
          let due = 0;
          for (const s of result.stations) {
            expect(s.held.length + s.missed.length).toBe(s.due.length);
            expect(s.due.every((d) => d <= asOf)).toBe(true);
            expect(s.rate.numerator).toBeLessThanOrEqual(s.rate.denominator);
            held += s.held.length;
            due += s.due.length;
          }
          expect(result.rate.numerator).toBe(held);
          expect(result.rate.denominator).toBe(due);
          expect(result.rate.numerator).toBeLessThanOrEqual(result.rate.denominator);
        },
      ),
      { numRuns: 50 },
    );
  });
});
