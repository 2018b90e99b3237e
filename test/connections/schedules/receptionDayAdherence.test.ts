import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../../src/calendar/chinaOfficialCalendar.js';
import { receptionDayAdherence } from '../../../src/connections/schedules/receptionDayAdherence.js';
import { safeReceptionDayAdherence } from '../../../src/connections/schedules/safeSchedules.js';
import type { LiaisonStation, ReceptionSchedule } from '../../../src/model/liaisonStation.js';
import { generateSample } from '../../../src/testing/index.js';
import { activity, deepFreeze, isDeeplyFrozen, station, YEAR } from '../coverage/fixtures.js';
import { thrownPaths } from './thrown.js';

const reception = (stationId: string, day: string, deputyId = 'D-1') =>
  activity('receptionDay', day, { deputyIds: [deputyId] }, { stationId });
const scheduled = (
  id: string,
  schedule: ReceptionSchedule,
  active?: { from: string; to?: string },
): LiaisonStation => ({ ...station(id, [], active), receptionSchedule: schedule });

// ST-20: the 20th of each month (临邑). ST-ODD: the 15th of odd months. ST-MON: every Monday,
// from 1 Sep 2025. ST-NONE has no schedule; ST-OLD closed in 2024.
const st20 = scheduled('ST-20', { kind: 'monthlyDays', days: [20], noticeDays: 3 });
const stOdd = scheduled('ST-ODD', { kind: 'oddMonths', day: 15, noticeDays: 3 });
const stMon = scheduled(
  'ST-MON',
  { kind: 'weekly', weekday: 1, noticeDays: 2 },
  { from: '2025-09-01' },
);
const stNone = station('ST-NONE');
const stOld = scheduled(
  'ST-OLD',
  { kind: 'weekly', weekday: 3 },
  { from: '2020-01-01', to: '2024-12-31' },
);
const stations = deepFreeze([stOdd, st20, stMon, stNone, stOld]);
const activities = deepFreeze([
  // ST-20: Jan, Feb held twice by two deputies (one reception day), Mar missing, Apr held on
  // Monday 21 Apr (the 20th was a Sunday), plus an extra day in May.
  reception('ST-20', '2025-01-20'),
  reception('ST-20', '2025-02-20', 'D-1'),
  reception('ST-20', '2025-02-20', 'D-2'),
  reception('ST-20', '2025-04-21'),
  reception('ST-20', '2025-05-06'),
  reception('ST-20', '2025-05-20'),
  // ST-ODD: all three due days held; one after asOf is not read.
  reception('ST-ODD', '2025-01-15'),
  reception('ST-ODD', '2025-03-15'),
  reception('ST-ODD', '2025-05-15'),
  reception('ST-ODD', '2025-07-15'),
  // Another kind at ST-20 on 20 Mar does not count.
  activity('symposium', '2025-03-20', { deputyIds: ['D-1'] }, { stationId: 'ST-20' }),
  // A reception at a station without a schedule.
  reception('ST-NONE', '2025-03-03'),
]);
const asOf = '2025-06-30';

describe('receptionDayAdherence', () => {
  it('counts held, missed and extra days per station, strictly on the scheduled day', () => {
    const result = receptionDayAdherence(stations, activities, { period: YEAR, asOf });
    expect(result.stations.map((s) => s.id)).toEqual(['ST-20', 'ST-MON', 'ST-ODD']);
    expect(result.excluded).toEqual([
      { id: 'ST-NONE', reason: 'noSchedule' },
      { id: 'ST-OLD', reason: 'notActive' },
    ]);
    const s20 = result.stations[0];
    expect(s20?.scheduled).toHaveLength(12);
    expect(s20?.due).toEqual([
      '2025-01-20',
      '2025-02-20',
      '2025-03-20',
      '2025-04-20',
      '2025-05-20',
      '2025-06-20',
    ]);
    expect(s20?.held).toEqual([
      { day: '2025-01-20', heldOn: '2025-01-20' },
      { day: '2025-02-20', heldOn: '2025-02-20' },
      { day: '2025-05-20', heldOn: '2025-05-20' },
    ]);
    expect(s20?.missed).toEqual(['2025-03-20', '2025-04-20', '2025-06-20']);
    expect(s20?.extra).toEqual(['2025-04-21', '2025-05-06']);
    expect(s20?.rate).toMatchObject({ numerator: 3, denominator: 6 });
    // ST-MON opens on 1 Sep: nothing is due by 30 June.
    expect(result.stations[1]?.due).toEqual([]);
    expect(result.stations[1]?.scheduled[0]).toEqual({
      day: '2025-09-01',
      ruleDay: '2025-09-01',
      noticeDay: '2025-08-30',
    });
    expect(result.stations[1]?.rate.value).toBeNull();
    expect(result.stations[2]?.held.map((h) => h.day)).toEqual([
      '2025-01-15',
      '2025-03-15',
      '2025-05-15',
    ]);
    expect(result.rate).toMatchObject({ numerator: 6, denominator: 9 });
    expect(result.formula.en).toBe(
      'scheduled reception days held ÷ scheduled reception days due by 2025-06-30',
    );
  });

  it('counts a day moved off the weekend as due on the day it moved to', () => {
    const result = receptionDayAdherence([st20], activities, {
      period: YEAR,
      asOf,
      calendar: chinaOfficialCalendar,
      onNonWorkingDay: 'nextWorkingDay',
    });
    const s20 = result.stations[0];
    expect(s20?.due).toContain('2025-04-21');
    expect(s20?.held.map((h) => h.heldOn)).toEqual([
      '2025-01-20',
      '2025-02-20',
      '2025-04-21',
      '2025-05-20',
    ]);
    expect(s20?.extra).toEqual(['2025-05-06']);
  });

  it('lets a reception within toleranceDays count, each for one scheduled day', () => {
    const result = receptionDayAdherence([st20], activities, {
      period: YEAR,
      asOf,
      toleranceDays: 1,
    });
    expect(result.stations[0]?.held).toContainEqual({ day: '2025-04-20', heldOn: '2025-04-21' });
    expect(result.stations[0]?.missed).toEqual(['2025-03-20', '2025-06-20']);
    // Two scheduled days, one reception between them: it counts once.
    const weekly = scheduled('ST-W', { kind: 'monthlyDays', days: [10, 12] });
    const one = receptionDayAdherence([weekly], [reception('ST-W', '2025-01-11')], {
      period: { from: '2025-01-01', to: '2025-01-31' },
      asOf: '2025-01-31',
      toleranceDays: 1,
    });
    expect(one.stations[0]?.held).toEqual([{ day: '2025-01-10', heldOn: '2025-01-11' }]);
    expect(one.stations[0]?.missed).toEqual(['2025-01-12']);
  });

  it('reads a timestamp asOf as its day in the time zone', () => {
    const late = '2025-05-19T23:30:00-04:00'; // 20 May 11:30 in Shanghai
    const shanghai = receptionDayAdherence([st20], activities, { period: YEAR, asOf: late });
    expect(shanghai.asOf).toBe('2025-05-20');
    expect(shanghai.rate.denominator).toBe(5);
    const newYork = receptionDayAdherence([st20], activities, {
      period: YEAR,
      asOf: late,
      timeZone: 'America/New_York',
    });
    expect(newYork.asOf).toBe('2025-05-19');
    expect(newYork.rate.denominator).toBe(4);
    // Receptions after asOf are not read yet.
    expect(newYork.stations[0]?.extra).toEqual(['2025-04-21', '2025-05-06']);
  });

  it('has no due day before the period starts, and a null rate', () => {
    const result = receptionDayAdherence(stations, activities, {
      period: YEAR,
      asOf: '2024-12-31',
    });
    expect(result.rate).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  it('returns a deeply frozen result and leaves its input alone', () => {
    const result = receptionDayAdherence(stations, activities, { period: YEAR, asOf });
    expect(isDeeplyFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('refuses a bad period, asOf, tolerance and time zone, naming each field', () => {
    expect(
      thrownPaths(() =>
        receptionDayAdherence(stations, activities, {
          period: { from: '2025-01-01', to: '2025-02-30' },
          asOf: 'today',
          toleranceDays: 40,
          timeZone: 'Mars/Olympus',
        }),
      ),
    ).toEqual([['period', 'to'], ['timeZone'], ['asOf'], ['toleranceDays']]);
    const noAsOf = safeReceptionDayAdherence(stations, activities, { period: YEAR } as never);
    expect(noAsOf.ok ? [] : noAsOf.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['REQUIRED', ['asOf']],
    ]);
  });

  it('names a station whose stored schedule is bad', () => {
    const bad = { ...st20, receptionSchedule: { kind: 'weekly', weekday: 0 } } as LiaisonStation;
    const result = safeReceptionDayAdherence([stOdd, bad], [], { period: YEAR, asOf });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual([
      ['stations', 1, 'receptionSchedule', 'weekday'],
    ]);
  });

  it('finds the sample stations holding about nine in ten reception days, moved to working days', () => {
    const sample = generateSample({ seed: 1 });
    const result = receptionDayAdherence(sample.stations, sample.activities, {
      period: YEAR,
      asOf: '2025-12-31',
      calendar: chinaOfficialCalendar,
      onNonWorkingDay: 'nextWorkingDay',
    });
    expect(result.stations.length).toBeGreaterThan(0);
    for (const s of result.stations) expect(s.extra, s.id).toEqual([]);
    expect(result.rate.value).toBeGreaterThan(0.8);
    expect(result.rate.value).toBeLessThan(0.95);
    // The one 联络点 that falls short held only its first day.
    const short = result.stations.find((s) => s.id === 'ST-0001-P');
    expect(short?.held).toHaveLength(1);
  });
});
