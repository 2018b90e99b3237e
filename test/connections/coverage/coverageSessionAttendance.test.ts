import { describe, expect, it } from 'vitest';
import { coverageSessionAttendance } from '../../../src/connections/coverage/coverageSessionAttendance.js';
import { activity, deepFreeze, deputy, isDeeplyFrozen } from './fixtures.js';

const TERM = { from: '2022-01-04', to: '2027-01-03' } as const;
const g1 = deputy('D-G1');
const g2 = deputy('D-G2');
const n1 = deputy('D-N1', { grassroots: false });
// By-elected for the last quarter of the term: ⌈2 × share⌉ = 1 under prorate.
const late = deputy('D-LATE', { term: { from: '2026-10-01', to: '2027-01-03' } });
const deputies = deepFreeze([g1, g2, n1, late]);
const session = (day: string, deputyIds: string[]) =>
  activity('scSessionAttendance', day, { deputyIds });
const activities = deepFreeze([
  session('2023-04-20', ['D-G1', 'D-N1']),
  session('2024-06-20', ['D-G1']),
  session('2026-12-20', ['D-LATE']),
  activity('committeeAttendance', '2024-08-20', { deputyIds: ['D-G2'] }),
]);

describe('coverageSessionAttendance', () => {
  it('covers grassroots deputies who attended at least once per term, and lists who did not', () => {
    const r = coverageSessionAttendance(deputies, activities, { period: TERM });
    expect(r.covered).toEqual(['D-G1', 'D-LATE']);
    expect(r.shortfalls).toEqual([{ id: 'D-G2', name: '代表D-G2', have: 0, need: 1, short: 1 }]);
    expect(r.excluded).toEqual([{ id: 'D-N1', reason: 'notGrassroots' }]);
    expect(r.rate.value).toBeCloseTo(2 / 3);
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('reports distinct deputies and attendances (人次) across all deputies', () => {
    const r = coverageSessionAttendance(deputies, activities, { period: TERM });
    expect(r.attendingDeputies).toBe(3);
    expect(r.attendances).toBe(4);
  });

  it('puts every deputy in the roster with grassrootsOnly: false', () => {
    const r = coverageSessionAttendance(deputies, activities, {
      period: TERM,
      grassrootsOnly: false,
    });
    expect(r.covered).toEqual(['D-G1', 'D-LATE', 'D-N1']);
    expect(r.excluded).toEqual([]);
  });

  it('pro-rates minAttendances for a deputy who served part of the term', () => {
    const r = coverageSessionAttendance(deputies, activities, { period: TERM, minAttendances: 2 });
    expect(r.covered).toEqual(['D-G1', 'D-LATE']);
    const inc = coverageSessionAttendance(deputies, activities, {
      period: TERM,
      minAttendances: 2,
      partial: 'include',
    });
    expect(inc.shortfalls.find((s) => s.id === 'D-LATE')).toMatchObject({
      have: 1,
      need: 2,
      short: 1,
    });
  });
});
