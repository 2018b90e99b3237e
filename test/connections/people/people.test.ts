import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPeople } from '../../../src/connections/people/countPeople.js';
import { likelyDuplicatePeople } from '../../../src/connections/people/likelyDuplicatePeople.js';
import { type Deputy, parseDeputy } from '../../../src/model/deputy.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { generateSample } from '../../../src/testing/generateSample.js';

type Level = Deputy['congress']['level'];
const INDIRECT: readonly Level[] = ['national', 'provincial', 'city'];

function seat(
  id: string,
  level: Level,
  extra: Partial<Pick<Deputy, 'personId' | 'name' | 'gender' | 'birthYear'>> & {
    term?: number;
  } = {},
): Deputy {
  const { term, ...rest } = extra;
  return parseDeputy({
    id,
    name: '王芳',
    gender: 'female',
    birthYear: 1975,
    congress: { jurisdiction: '330281', level, term: term ?? 18 },
    constituency: {
      kind: INDIRECT.includes(level) ? 'electoralUnit' : 'constituency',
      id: 'C-1',
      name: '第一选区',
    },
    occupations: ['farmer'],
    grassroots: true,
    status: { status: 'inOffice' },
    term: { from: '2022-01-04' },
    memberships: [],
    ...rest,
  });
}

describe('personId', () => {
  it('parses with and without it', () => {
    expect(seat('D-1', 'county', { personId: 'P-1' }).personId).toBe('P-1');
    expect(seat('D-1', 'county').personId).toBeUndefined();
  });
});

describe('countPeople', () => {
  it('counts a person with seats at three levels as 1 人 and 3 人次', () => {
    const seats = [
      seat('D-T', 'township', { personId: 'P-1' }),
      seat('D-C', 'county', { personId: 'P-1' }),
      seat('D-S', 'city', { personId: 'P-1' }),
      seat('D-X', 'county', { name: '李强', gender: 'male' }),
    ];
    const count = countPeople(seats);
    expect(count.seats).toBe(4);
    expect(count.people).toBe(2);
    expect(count.byLevel).toEqual({
      city: { seats: 1, people: 1 },
      county: { seats: 2, people: 2 },
      township: { seats: 1, people: 1 },
    });
    expect(Object.keys(count.byLevel)).toEqual(['city', 'county', 'township']);
    expect(count.multiLevel).toBe(1);
    expect(count.byLevelCount).toEqual({ 1: 1, 3: 1 });
  });

  it('counts two terms at one level as 2 人次 and 1 人 there, and a repeated record once', () => {
    const a = seat('D-17', 'county', { personId: 'P-1', term: 17 });
    const count = countPeople([a, seat('D-18', 'county', { personId: 'P-1' }), a]);
    expect(count).toMatchObject({ seats: 2, people: 1, multiLevel: 0 });
    expect(count.byLevel.county).toEqual({ seats: 2, people: 1 });
  });

  it('refuses what is not iterable', () => {
    expect(() => countPeople(3 as never)).toThrow(RendaError);
    expect(() => countPeople([{}] as never)).toThrow(RendaError);
    expect(() => likelyDuplicatePeople(null as never)).toThrow(RendaError);
  });

  it('never counts more people than seats', () => {
    const levels: Level[] = ['national', 'provincial', 'city', 'county', 'township'];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...levels), fc.option(fc.constantFrom('P-1', 'P-2', 'P-3'))),
          { maxLength: 20 },
        ),
        (rows) => {
          const seats = rows.map(([level, person], i) =>
            seat(`D-${i}`, level, person === null ? {} : { personId: person }),
          );
          const count = countPeople(seats);
          expect(count.people).toBeLessThanOrEqual(count.seats);
          expect(count.seats).toBe(seats.length);
          const perLevel = Object.values(count.byLevel);
          expect(perLevel.reduce((n, l) => n + l.seats, 0)).toBe(count.seats);
          for (const l of perLevel) expect(l.people).toBeLessThanOrEqual(l.seats);
          expect(Object.values(count.byLevelCount).reduce((n, k) => n + k, 0)).toBe(count.people);
        },
      ),
    );
  });

  it('counts the sample', () => {
    const { deputies } = generateSample({ seed: 1 });
    const count = countPeople(deputies);
    expect(count.seats).toBe(deputies.length);
    // The sample gives every seat a person, a few of them holding seats at two levels.
    const levelsOf = new Map<string, string[]>();
    for (const d of deputies) {
      expect(d.personId).toBeDefined();
      levelsOf.set(d.personId as string, [
        ...(levelsOf.get(d.personId as string) ?? []),
        d.congress.level,
      ]);
    }
    const shared = [...levelsOf.values()].filter((levels) => levels.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const levels of shared) expect(new Set(levels).size).toBe(levels.length);
    expect(count.people).toBe(levelsOf.size);
    expect(count.people).toBe(deputies.length - shared.length);
  });
});

describe('likelyDuplicatePeople', () => {
  it('flags unlinked seats that look like one person at different levels', () => {
    const flagged = likelyDuplicatePeople([
      seat('D-2', 'city', { personId: 'P-9' }),
      seat('D-1', 'county'),
      seat('D-3', 'county', { name: '李强', gender: 'male' }),
    ]);
    expect(flagged).toEqual([
      {
        reason: 'sameNameGenderBirthYear',
        seatIds: ['D-1', 'D-2'],
        personIds: ['P-9'],
        name: '王芳',
      },
    ]);
  });

  it('matches names across spaces, but not other years, genders, one congress or linked seats', () => {
    expect(
      likelyDuplicatePeople([seat('D-1', 'county'), seat('D-2', 'city', { name: '王 芳' })]),
    ).toHaveLength(1);
    expect(
      likelyDuplicatePeople([seat('D-1', 'county'), seat('D-2', 'city', { birthYear: 1976 })]),
    ).toEqual([]);
    expect(
      likelyDuplicatePeople([seat('D-1', 'county'), seat('D-2', 'city', { gender: 'male' })]),
    ).toEqual([]);
    // Two seats in one congress are two people (one person, one seat per congress).
    expect(likelyDuplicatePeople([seat('D-1', 'county'), seat('D-2', 'county')])).toEqual([]);
    // Linked already, or told apart by the app.
    expect(
      likelyDuplicatePeople([
        seat('D-1', 'county', { personId: 'P-1' }),
        seat('D-2', 'city', { personId: 'P-1' }),
        seat('D-3', 'township', { personId: 'P-2' }),
      ]),
    ).toEqual([]);
  });

  it('flags one personId whose seats disagree on gender or birth year', () => {
    const flagged = likelyDuplicatePeople([
      seat('D-1', 'county', { personId: 'P-1' }),
      seat('D-2', 'city', { personId: 'P-1', gender: 'male', birthYear: 1980 }),
    ]);
    expect(flagged.map((f) => f.reason)).toEqual(['conflictingGender', 'conflictingBirthYear']);
    expect(flagged[0]?.seatIds).toEqual(['D-1', 'D-2']);
  });

  it('does not depend on input order', () => {
    const seats = [
      seat('D-1', 'county'),
      seat('D-2', 'city'),
      seat('D-3', 'township', { name: '李强', gender: 'male', personId: 'P-3' }),
      seat('D-4', 'county', { name: '李强', gender: 'male', personId: 'P-3', birthYear: 1990 }),
    ];
    const forward = likelyDuplicatePeople(seats);
    expect(forward).toHaveLength(2);
    expect(likelyDuplicatePeople([...seats].reverse())).toEqual(forward);
    expect(Object.isFrozen(forward)).toBe(true);
  });
});
