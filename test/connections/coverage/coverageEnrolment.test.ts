import { describe, expect, it } from 'vitest';
import { coverageEnrolment } from '../../../src/connections/coverage/coverageEnrolment.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { deepFreeze, deputy, group, isDeeplyFrozen, station, YEAR } from './fixtures.js';

const both = deputy('D-BOTH');
const stationOnly = deputy('D-ST');
// Enrolled through the deputy's own memberships, not the group's list.
const viaMembership = deputy('D-MEM', {
  memberships: [{ kind: 'group', orgId: 'G-1', from: '2022-01-04' }],
});
const none = deputy('D-NONE');
const left = deputy('D-LEFT-STATION');
const deputies = deepFreeze([both, stationOnly, viaMembership, none, left]);
const stations = deepFreeze([
  station('ST-1', [
    { deputyId: 'D-BOTH', from: '2022-01-04' },
    { deputyId: 'D-ST', from: '2022-01-04' },
    { deputyId: 'D-MEM', from: '2022-01-04' },
    { deputyId: 'D-LEFT-STATION', from: '2022-01-04', to: '2024-12-31' },
  ]),
]);
const groups = deepFreeze([group('G-1', [{ deputyId: 'D-BOTH', from: '2022-01-04' }])]);

describe('coverageEnrolment', () => {
  it('requires a station enrolment that overlaps the period', () => {
    const r = coverageEnrolment(deputies, stations, groups, { period: YEAR, require: 'station' });
    expect(r.covered).toEqual(['D-BOTH', 'D-MEM', 'D-ST']);
    expect(r.shortfalls.map((s) => [s.id, s.missing])).toEqual([
      ['D-LEFT-STATION', ['station']],
      ['D-NONE', ['station']],
    ]);
  });

  it('requires both with need 2 and names what is missing', () => {
    const r = coverageEnrolment(deputies, stations, groups, { period: YEAR, require: 'both' });
    expect(r.covered).toEqual(['D-BOTH', 'D-MEM']);
    expect(r.shortfalls).toEqual([
      {
        id: 'D-LEFT-STATION',
        name: '代表D-LEFT-STATION',
        have: 0,
        need: 2,
        short: 2,
        missing: ['station', 'group'],
      },
      {
        id: 'D-NONE',
        name: '代表D-NONE',
        have: 0,
        need: 2,
        short: 2,
        missing: ['station', 'group'],
      },
      { id: 'D-ST', name: '代表D-ST', have: 1, need: 2, short: 1, missing: ['group'] },
    ]);
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('checks one day with asOf', () => {
    const late = station('ST-2', [{ deputyId: 'D-NONE', from: '2025-12-01' }]);
    const r = coverageEnrolment([none], [late], [], {
      period: YEAR,
      require: 'station',
      asOf: '2025-06-30',
    });
    expect(r.covered).toEqual([]);
    const r2 = coverageEnrolment([none], [late], [], {
      period: YEAR,
      require: 'station',
      asOf: '2025-12-31',
    });
    expect(r2.covered).toEqual(['D-NONE']);
  });

  it('rejects asOf outside the period and an unknown requirement', () => {
    expect(() =>
      coverageEnrolment(deputies, stations, groups, {
        period: YEAR,
        require: 'station',
        asOf: '2026-01-01',
      }),
    ).toThrow(RendaError);
    expect(() =>
      coverageEnrolment(deputies, stations, groups, { period: YEAR, require: 'home' as 'station' }),
    ).toThrow(RendaError);
  });

  it('with asOf, counts only deputies serving on that day (not one who left or is suspended)', () => {
    // Enrolled all the time they served; qualification ended 30 June (memberships end with it).
    const gone = deputy('D-GONE', {
      status: { status: 'ended', on: '2025-06-30', reason: 'movedOut' },
      memberships: [{ kind: 'station', orgId: 'ST-1', from: '2022-01-04', to: '2025-06-30' }],
    });
    // Suspended from 1 December on, still enrolled.
    const suspended = deputy('D-SUSP', {
      status: { status: 'suspended', since: '2025-12-01', reason: 'servingSentence' },
      memberships: [{ kind: 'station', orgId: 'ST-1', from: '2022-01-04' }],
    });
    // By-elected on 1 June, enrolled from then on; asOf 31 March is before the term.
    const late = deputy('D-LATE', {
      term: { from: '2025-06-01', to: '2027-01-03' },
      memberships: [{ kind: 'station', orgId: 'ST-1', from: '2025-06-01' }],
    });
    const stay = deputy('D-STAY', {
      memberships: [{ kind: 'station', orgId: 'ST-1', from: '2022-01-04' }],
    });
    const yearEnd = coverageEnrolment([gone, suspended, late, stay], [], [], {
      period: YEAR,
      require: 'station',
      asOf: '2025-12-31',
    });
    expect(yearEnd.covered).toEqual(['D-LATE', 'D-STAY']);
    expect(yearEnd.shortfalls).toEqual([]);
    expect(yearEnd.excluded).toEqual([
      { id: 'D-GONE', reason: 'endedBefore' },
      { id: 'D-SUSP', reason: 'suspendedWholePeriod' },
    ]);
    expect(yearEnd.rate.value).toBe(1);
    const march = coverageEnrolment([gone, suspended, late, stay], [], [], {
      period: YEAR,
      require: 'station',
      asOf: '2025-03-31',
    });
    expect(march.covered).toEqual(['D-GONE', 'D-STAY', 'D-SUSP']);
    expect(march.excluded).toEqual([{ id: 'D-LATE', reason: 'joinedAfter' }]);
  });

  it('counts an online station only when asked, on the station or on the deputy', () => {
    const online = {
      ...station('ST-NET', [{ deputyId: 'D-NET', from: '2022-01-04' }]),
      kind: 'online' as const,
    };
    const viaOnlineMembership = deputy('D-NET-MEM', {
      memberships: [{ kind: 'station', orgId: 'ST-NET', from: '2022-01-04' }],
    });
    const people = [deputy('D-NET'), viaOnlineMembership];
    const strict = coverageEnrolment(people, [online], [], { period: YEAR, require: 'station' });
    expect(strict.covered).toEqual([]);
    expect(strict.shortfalls.map((s) => s.id)).toEqual(['D-NET', 'D-NET-MEM']);
    const lenient = coverageEnrolment(people, [online], [], {
      period: YEAR,
      require: 'station',
      countOnlineStations: true,
    });
    expect(lenient.covered).toEqual(['D-NET', 'D-NET-MEM']);
  });
});
