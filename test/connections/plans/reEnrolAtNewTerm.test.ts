import { describe, expect, it } from 'vitest';
import {
  reEnrolAtNewTerm,
  safeReEnrolAtNewTerm,
} from '../../../src/connections/plans/reEnrolAtNewTerm.js';
import { type Deputy, parseDeputy } from '../../../src/model/deputy.js';
import { type LiaisonStation, parseLiaisonStation } from '../../../src/model/liaisonStation.js';
import { untyped } from '../../workflow/support/untyped.js';

const congress = { jurisdiction: '320582', level: 'county', term: 18 } as const;

function seat(
  id: string,
  personId: string,
  term: number,
  level: 'county' | 'township' = 'county',
): Deputy {
  return parseDeputy({
    id,
    personId,
    name: `代表${id}`,
    gender: 'male',
    congress: { ...congress, level, term },
    constituency: { kind: 'constituency', id: 'C-1', name: '第一选区' },
    occupations: ['worker'],
    grassroots: true,
    status: { status: 'inOffice' },
    term: { from: term === 18 ? '2021-12-28' : '2026-12-28' },
    memberships: [],
  });
}

function station(id: string, enrolments: LiaisonStation['enrolments']): LiaisonStation {
  return parseLiaisonStation({
    id,
    name: `联络站${id}`,
    kind: 'station',
    area: { code: '320582001', name: '某街道' },
    active: { from: '2021-01-01' },
    enrolments,
  });
}

const deputies = [
  seat('A18', 'P-A', 18), // re-elected as A19
  seat('B18', 'P-B', 18), // leaves
  seat('C18', 'P-C', 18), // re-elected as C19, placed elsewhere by the office
  seat('E18', 'P-E', 18), // left the station before the end of the term
  seat('T1', 'P-T', 7, 'township'), // another level: untouched
  seat('A19', 'P-A', 19),
  seat('C19', 'P-C', 19),
  seat('N19', 'P-N', 19), // new, placed
  seat('M19', 'P-M', 19), // new, not placed
];
const stations = [
  station('S1', [
    { deputyId: 'A18', from: '2022-01-01' },
    { deputyId: 'B18', from: '2022-01-01' },
    { deputyId: 'E18', from: '2022-01-01', to: '2024-06-30' },
    { deputyId: 'T1', from: '2022-01-01' },
  ]),
  station('S2', [{ deputyId: 'C18', from: '2022-03-01' }]),
];
const options = {
  endingCongress: congress,
  newTermFrom: '2026-12-28',
  placements: [
    { deputyId: 'N19', stationId: 'S2' },
    { deputyId: 'C19', stationId: 'S1' },
  ],
};

describe('reEnrolAtNewTerm', () => {
  const result = reEnrolAtNewTerm(stations, deputies, options);

  it('ends every open enrolment of the old term on the day before the new one', () => {
    expect(result.ended).toEqual([
      { stationId: 'S1', deputyId: 'A18', to: '2026-12-27' },
      { stationId: 'S1', deputyId: 'B18', to: '2026-12-27' },
      { stationId: 'S2', deputyId: 'C18', to: '2026-12-27' },
    ]);
    const s1 = result.stations[0]?.enrolments ?? [];
    expect(s1.find((e) => e.deputyId === 'E18')).toEqual({
      deputyId: 'E18',
      from: '2022-01-01',
      to: '2024-06-30',
    });
    expect(s1.find((e) => e.deputyId === 'T1')).toEqual({ deputyId: 'T1', from: '2022-01-01' });
  });

  it('keeps re-elected deputies at their stations and places the others as the office decides', () => {
    expect(result.opened).toEqual([
      { stationId: 'S1', deputyId: 'A19', from: '2026-12-28', because: 'reElected' },
      { stationId: 'S1', deputyId: 'C19', from: '2026-12-28', because: 'placed' },
      { stationId: 'S2', deputyId: 'N19', from: '2026-12-28', because: 'placed' },
    ]);
    expect(result.unplaced).toEqual(['M19']);
    const none = reEnrolAtNewTerm(stations, deputies, {
      ...options,
      placements: [],
      keepReElected: false,
    });
    expect(none.opened).toEqual([]);
    expect(none.unplaced).toEqual(['A19', 'C19', 'N19', 'M19']);
  });

  it('gives stations that still parse, with no overlapping enrolment', () => {
    for (const [i, s] of result.stations.entries()) {
      expect(() => parseLiaisonStation({ ...stations[i], enrolments: s.enrolments })).not.toThrow();
    }
    // Run again on its own output: nothing more to end or open.
    const stored = stations.map((s, i) => ({
      ...s,
      enrolments: result.stations[i]?.enrolments ?? [],
    }));
    const again = reEnrolAtNewTerm(stored, deputies, options);
    expect([again.ended, again.opened]).toEqual([[], []]);
  });

  it('refuses a bad day, an unknown station, and a deputy not of the new term', () => {
    const bad = safeReEnrolAtNewTerm(stations, deputies, {
      ...options,
      newTermFrom: '2026-02-30',
      placements: [{ deputyId: 'B18', stationId: 'S9' }],
    });
    expect(bad.ok ? [] : bad.error.issues.map((i) => i.path.join('.'))).toEqual(['newTermFrom']);
    const placements = safeReEnrolAtNewTerm(stations, deputies, {
      ...options,
      placements: [{ deputyId: 'B18', stationId: 'S9' }],
    });
    expect(placements.ok ? [] : placements.error.issues.map((i) => i.path.join('.'))).toEqual([
      'placements.0.deputyId',
      'placements.0.stationId',
    ]);
    for (const x of [null, 1, {}])
      expect(safeReEnrolAtNewTerm(untyped(x), untyped(x), untyped(x)).ok).toBe(false);
  });

  it('names the first station it cannot read, rather than copy garbage out of it', () => {
    const [first, second] = stations as [LiaisonStation, LiaisonStation];
    const pathOf = (odd: unknown) => {
      const result = safeReEnrolAtNewTerm(untyped([first, odd]), deputies, options);
      return result.ok ? 'accepted' : result.error.issues.map((i) => i.path.join('.'));
    };
    // A string where the list belongs used to come back as one empty enrolment per character.
    expect(pathOf({ ...second, enrolments: 'x'.repeat(100_000) })).toEqual([
      'stations.1.enrolments',
    ]);
    expect(pathOf({ ...second, enrolments: { length: 1, 0: second.enrolments[0] } })).toEqual([
      'stations.1.enrolments',
    ]);
    const enrolment = second.enrolments[0];
    expect(pathOf({ ...second, enrolments: [enrolment, { deputyId: 'B18' }] })).toEqual([
      'stations.1.enrolments.1',
    ]);
    expect(pathOf({ ...second, enrolments: [{ ...enrolment, to: '2026-02-30' }] })).toEqual([
      'stations.1.enrolments.0',
    ]);
    expect(pathOf({ ...second, id: 7 })).toEqual(['stations.1']);
    expect(pathOf(second)).toBe('accepted');
  });
});
