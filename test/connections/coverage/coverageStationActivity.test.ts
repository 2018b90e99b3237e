import { describe, expect, it } from 'vitest';
import { coverageStationActivity } from '../../../src/connections/coverage/coverageStationActivity.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { activity, deepFreeze, isDeeplyFrozen, station, YEAR } from './fixtures.js';

const reception = (stationId: string, day: string, deputyId = 'D-1') =>
  activity('receptionDay', day, { deputyIds: [deputyId] }, { stationId });

const s1 = station('ST-1');
const s2 = station('ST-2');
const opened = station('ST-NEW', [], { from: '2025-08-16' });
const closed = station('ST-OLD', [], { from: '2020-01-01', to: '2024-12-31' });
const stations = deepFreeze([s1, s2, opened, closed]);
const days = {
  'ST-1': [
    '2025-01-10',
    '2025-02-10',
    '2025-03-10',
    '2025-04-10',
    '2025-05-10',
    '2025-06-10',
    '2025-08-10',
    '2025-10-10',
    '2025-11-10',
    '2025-12-10',
  ],
  'ST-2': [
    '2025-01-10',
    '2025-02-10',
    '2025-03-10',
    '2025-04-10',
    '2025-05-10',
    '2025-06-10',
    '2025-07-10',
    '2025-08-10',
    '2025-09-10',
    '2025-10-10',
    '2025-11-10',
    '2025-12-10',
  ],
  'ST-NEW': ['2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01'],
};
const activities = deepFreeze([
  ...Object.entries(days).flatMap(([id, list]) => list.map((day) => reception(id, day))),
  // A second deputy on the same day is the same reception day.
  reception('ST-1', '2025-08-10', 'D-2'),
  activity('symposium', '2025-08-20', { deputyIds: ['D-1'] }, { stationId: 'ST-1' }),
]);

describe('coverageStationActivity', () => {
  it('lists a station short in one quarter, with the worst quarter as window', () => {
    const r = coverageStationActivity(stations, activities, {
      period: YEAR,
      minReceptionDays: 3,
      per: 'quarter',
    });
    expect(r.covered).toEqual(['ST-2']);
    expect(r.shortfalls.map((s) => s.id)).toEqual(['ST-1', 'ST-NEW']);
    expect(r.shortfalls.slice(0, 1)).toEqual([
      {
        id: 'ST-1',
        name: '联络站ST-1',
        have: 1,
        need: 3,
        short: 2,
        window: { from: '2025-07-01', to: '2025-09-30' },
      },
    ]);
    expect(r.excluded).toEqual([{ id: 'ST-OLD', reason: 'endedBefore' }]);
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('pro-rates a station opened mid-quarter and skips the quarters before it opened', () => {
    // Q3: open 16 Aug–30 Sep, 46 of 92 days → ⌈3 × 46/92⌉ = 2; it held 1.
    const r = coverageStationActivity([opened], activities, {
      period: YEAR,
      minReceptionDays: 3,
      per: 'quarter',
    });
    expect(r.shortfalls[0]).toMatchObject({
      have: 1,
      need: 2,
      short: 1,
      window: { from: '2025-07-01' },
    });
  });

  it('counts activities of the given kinds with minActivities', () => {
    const r = coverageStationActivity([s1], activities, {
      period: YEAR,
      minActivities: 2,
      kinds: ['symposium', 'receptionDay'],
      per: 'month',
    });
    // July has nothing at ST-1.
    expect(r.shortfalls[0]).toMatchObject({
      have: 0,
      need: 2,
      window: { from: '2025-07-01', to: '2025-07-31' },
    });
  });

  it('checks once over the period by default', () => {
    const r = coverageStationActivity(stations, activities, { period: YEAR, minReceptionDays: 10 });
    expect(r.covered).toEqual(['ST-1', 'ST-2', 'ST-NEW']);
  });

  it('clips the first and last quarter to a period that starts mid-quarter', () => {
    const r = coverageStationActivity([s1], activities, {
      period: { from: '2025-02-15', to: '2025-08-15' },
      minReceptionDays: 1,
      per: 'quarter',
    });
    expect(r.covered).toEqual(['ST-1']);
  });

  it('rejects both targets at once', () => {
    expect(() =>
      coverageStationActivity(stations, activities, {
        period: YEAR,
        minReceptionDays: 1,
        minActivities: 1,
      }),
    ).toThrow(RendaError);
  });
});
