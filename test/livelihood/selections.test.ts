import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreDeputies } from '../../src/connections/scoring/scoreDeputies.js';
import { yinchuanStyleRules } from '../../src/connections/scoring/yinchuanStyleRules.js';
import {
  candidatesFromDeputyScores,
  safeCandidatesFromDeputyScores,
} from '../../src/livelihood/selections/candidatesFromDeputyScores.js';
import {
  safeSelectCandidates,
  selectCandidates,
} from '../../src/livelihood/selections/selectCandidates.js';
import type {
  SelectCandidatesOptions,
  SelectionCandidate,
} from '../../src/livelihood/selections/selectionTypes.js';
import { generateSample } from '../../src/testing/index.js';

const suggestion = (id: string, scores: Record<string, number>): SelectionCandidate => ({
  id,
  kind: 'suggestion',
  scores,
});
const codeOf = (candidates: readonly SelectionCandidate[], options: SelectCandidatesOptions) => {
  const result = safeSelectCandidates(candidates, options);
  return result.ok ? 'ok' : [result.error.issues[0]?.code, result.error.issues[0]?.path];
};

describe('selectCandidates', () => {
  const candidates = [
    suggestion('S-4', { quality: 70 }),
    suggestion('S-1', { quality: 90 }),
    suggestion('S-3', { quality: 80 }),
    suggestion('S-2', { quality: 80 }),
    suggestion('S-5', { quality: 60 }),
  ];
  const criteria = [{ id: 'quality', weight: 1 }];

  it('selects the quota down the ranking', () => {
    const r = selectCandidates(candidates, { quota: 3, criteria });
    expect(r.kind).toBe('suggestion');
    expect(r.selected).toEqual(['S-1', 'S-2', 'S-3']);
    expect(r.notSelected).toEqual(['S-4', 'S-5']);
    expect(r.ranking.map((row) => [row.candidateId, row.rank, row.score])).toEqual([
      ['S-1', 1, 90],
      ['S-2', 2, 80],
      ['S-3', 2, 80],
      ['S-4', 4, 70],
      ['S-5', 5, 60],
    ]);
    expect(r.placesLeft).toBe(0);
  });

  it('flags a tie at the cut for a run-off, leaving its places open', () => {
    const r = selectCandidates(candidates, { quota: 2, criteria });
    expect(r.selected).toEqual(['S-1']);
    expect(r.tiedAtCut).toEqual(['S-2', 'S-3']);
    expect(r.placesLeft).toBe(1);
    expect(r.ranking.find((row) => row.candidateId === 'S-4')?.status).toBe('notSelected');
  });

  it('breaks a tie by named criteria first, then by id when the rule says so', () => {
    const withVotes = selectCandidates(candidates, {
      quota: 2,
      criteria,
      votes: { 'S-2': 10, 'S-3': 12 },
      tieBreak: ['votes'],
    });
    expect(withVotes.selected).toEqual(['S-1', 'S-3']);
    expect(withVotes.ranking.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(withVotes.ranking[1]?.values).toEqual({ quality: 80, votes: 12 });
    const byId = selectCandidates(candidates, { quota: 2, criteria, tieRule: 'byId' });
    expect(byId.selected).toEqual(['S-1', 'S-2']);
    expect(byId.tiedAtCut).toEqual([]);
  });

  it('weighs criteria and votes together, decimal-exact at zero', () => {
    const exact = selectCandidates(
      [
        suggestion('S-A', { a: 0.3, b: 0.1, c: 0.2 }),
        suggestion('S-B', { a: 0, b: 0, c: 0 }),
        suggestion('S-C', { a: 0.1, b: 0, c: 0 }),
      ],
      {
        quota: 2,
        criteria: [
          { id: 'a', weight: 1 },
          { id: 'b', weight: -1 },
          { id: 'c', weight: -1 },
        ],
      },
    );
    // 0.3 − 0.1 − 0.2 is 0, not 5.55e-17: S-A and S-B tie for the second place.
    expect(exact.ranking.map((row) => row.score)).toEqual([0.1, 0, 0]);
    expect(exact.tiedAtCut).toEqual(['S-A', 'S-B']);
    const mixed = selectCandidates(
      [suggestion('S-1', { quality: 90 }), suggestion('S-2', { quality: 70 })],
      {
        quota: 1,
        criteria: [
          { id: 'quality', weight: 0.7 },
          { id: 'votes', weight: 0.3 },
        ],
        votes: { 'S-2': 100 },
      },
    );
    expect(mixed.ranking.map((row) => [row.candidateId, row.score])).toEqual([
      ['S-2', 79],
      ['S-1', 63],
    ]);
  });

  it('ranks by votes alone when no criteria are given, and keeps candidates below the minimum out', () => {
    const deputies: SelectionCandidate[] = ['D-1', 'D-2', 'D-3'].map((id) => ({
      id,
      kind: 'deputy',
    }));
    // More than half of 40 voters: 21 votes at least.
    const r = selectCandidates(deputies, {
      quota: 3,
      votes: { 'D-1': 30, 'D-2': 20, 'D-3': 25 },
      minimumScore: 21,
    });
    expect(r.selected).toEqual(['D-1', 'D-3']);
    expect(r.notSelected).toEqual(['D-2']);
    expect(r.ranking[2]).toMatchObject({ candidateId: 'D-2', belowMinimum: true, score: 20 });
    expect(r.placesLeft).toBe(1);
  });

  it('gives an empty result for no candidates', () => {
    const r = selectCandidates([], { quota: 3, votes: {} });
    expect(r).toMatchObject({ kind: null, selected: [], placesLeft: 3 });
  });

  it('refuses what it cannot select by, naming the field', () => {
    const station: SelectionCandidate = { id: 'ST-1', kind: 'station', scores: { quality: 1 } };
    expect(codeOf([...candidates, candidates[0]!], { quota: 1, criteria })).toEqual([
      'DUPLICATE_CANDIDATE',
      ['candidates', 5, 'id'],
    ]);
    expect(codeOf([...candidates, station], { quota: 1, criteria })).toEqual([
      'MIXED_KINDS',
      ['candidates', 5, 'kind'],
    ]);
    expect(codeOf(candidates, { quota: 1, criteria: [{ id: 'qualty', weight: 1 }] })).toEqual([
      'UNKNOWN_CRITERION',
      ['options', 'criteria', 0, 'id'],
    ]);
    expect(codeOf(candidates, { quota: 1, criteria, tieBreak: ['votes'] })).toEqual([
      'UNKNOWN_CRITERION',
      ['options', 'tieBreak', 0],
    ]);
    expect(codeOf(candidates, { quota: 1, votes: { 'S-9': 1 } })).toEqual([
      'UNKNOWN_CANDIDATE',
      ['options', 'votes', 'S-9'],
    ]);
    expect(codeOf(candidates, { quota: 1 })).toEqual(['NO_SCORING', ['options', 'criteria']]);
    expect(codeOf([suggestion('S-1', { votes: 3 })], { quota: 1, votes: { 'S-1': 3 } })).toEqual([
      'VOTES_TWICE',
      ['candidates', 0, 'scores', 'votes'],
    ]);
    expect(codeOf(candidates, { quota: 0, criteria })[1]).toEqual(['options', 'quota']);
    expect(() =>
      selectCandidates(candidates, { quota: 1, criteria, tieRule: 'lot' as never }),
    ).toThrow();
  });

  it('does not mutate its input, and its output is frozen', () => {
    const before = structuredClone(candidates);
    const r = selectCandidates(candidates, { quota: 2, criteria });
    expect(candidates).toEqual(before);
    expect(Object.isFrozen(r.ranking[0]?.values)).toBe(true);
  });

  const scores = fc.dictionary(
    fc.constantFrom('a', 'b'),
    fc.integer({ min: -3, max: 3 }).map((n) => n / 10),
  );
  const pool = fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('S-1', 'S-2', 'S-3', 'S-4', 'S-5', 'S-6', '__proto__'),
      scores,
    }),
    { selector: (c) => c.id, minLength: 1, maxLength: 7 },
  );

  it('does not depend on the candidates’ order, and partitions them within the quota (fast-check)', () => {
    fc.assert(
      fc.property(
        pool,
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('runOff', 'byId') as fc.Arbitrary<'runOff' | 'byId'>,
        fc.option(fc.constantFrom(-0.2, 0, 0.1), { nil: undefined }),
        fc.infiniteStream(fc.nat()),
        (drawn, quota, tieRule, minimumScore, noise) => {
          const list = drawn.map((c) => ({
            ...c,
            kind: 'suggestion' as const,
            scores: { a: 0, ...c.scores },
          }));
          // A criterion no candidate has is refused, so `b` weighs only when someone has it.
          const withB = list.some((c) => 'b' in c.scores);
          const options: SelectCandidatesOptions = {
            quota,
            criteria: [{ id: 'a', weight: 1 }, ...(withB ? [{ id: 'b', weight: 0.5 }] : [])],
            tieRule,
            ...(minimumScore === undefined ? {} : { minimumScore }),
          };
          const result = selectCandidates(list, options);
          const shuffled = [...list]
            .map((c) => ({ c, k: noise.next().value as number }))
            .sort((x, y) => x.k - y.k)
            .map(({ c }) => c);
          expect(selectCandidates(shuffled, options)).toEqual(result);
          const all = [...result.selected, ...result.tiedAtCut, ...result.notSelected];
          expect(all.sort()).toEqual(list.map((c) => c.id).sort());
          expect(result.selected.length).toBeLessThanOrEqual(quota);
          expect(result.placesLeft).toBe(quota - result.selected.length);
          if (result.tiedAtCut.length > 0)
            expect(result.tiedAtCut.length).toBeGreaterThan(result.placesLeft);
          if (tieRule === 'byId') expect(result.tiedAtCut).toEqual([]);
          // Ranks never rise down the ranking, and nobody selected scores below someone left out
          // for want of a place.
          result.ranking.forEach((row, i) => {
            if (i > 0) expect(row.rank).toBeGreaterThanOrEqual(result.ranking[i - 1]!.rank);
          });
          const lowestIn = Math.min(
            ...result.ranking.filter((r) => r.status === 'selected').map((r) => r.score),
          );
          for (const row of result.ranking.filter(
            (r) => r.status === 'notSelected' && !r.belowMinimum,
          ))
            expect(row.score).toBeLessThanOrEqual(lowestIn);
        },
      ),
    );
  });
});

describe('candidatesFromDeputyScores', () => {
  it('turns duty-record scores into deputy candidates, and selects outstanding deputies by them', () => {
    const { deputies, performanceRecords, activities } = generateSample({ seed: 3 });
    const scores = scoreDeputies(
      deputies,
      [...performanceRecords, ...activities],
      yinchuanStyleRules,
      {
        period: { from: '2025-01-01', to: '2025-12-31' },
      },
    );
    const candidates = candidatesFromDeputyScores(scores);
    expect(candidates).toHaveLength(scores.scores.length);
    expect(candidates[0]).toEqual({
      id: scores.scores[0]?.deputyId,
      kind: 'deputy',
      name: scores.scores[0]?.name,
      scores: { dutyScore: scores.scores[0]?.total, dutyScoreRaw: scores.scores[0]?.raw },
    });
    const r = selectCandidates(candidates, {
      quota: 5,
      criteria: [{ id: 'dutyScore', weight: 1 }],
    });
    expect(r.ranking[0]?.score).toBe(scores.scores[0]?.total);
    expect(r.selected.length + r.tiedAtCut.length).toBeGreaterThanOrEqual(5);
    const named = candidatesFromDeputyScores(scores, { criterion: '履职积分' });
    expect(Object.keys(named[0]?.scores ?? {})).toEqual(['履职积分', '履职积分Raw']);
  });

  it('parts deputies the cap has tied by the points before it, when the tie-break names them', () => {
    const capped = {
      scores: [
        { deputyId: 'D-1', name: '甲', total: 100, raw: 112 },
        { deputyId: 'D-2', name: '乙', total: 100, raw: 104 },
        { deputyId: 'D-3', name: '丙', total: 95, raw: 95 },
      ],
    } as never;
    const criteria = [{ id: 'dutyScore', weight: 1 }];
    const candidates = candidatesFromDeputyScores(capped);
    expect(selectCandidates(candidates, { quota: 1, criteria }).tiedAtCut).toEqual(['D-1', 'D-2']);
    const parted = selectCandidates(candidates, { quota: 1, criteria, tieBreak: ['dutyScoreRaw'] });
    expect(parted.selected).toEqual(['D-1']);
  });

  it('refuses what is not a scoring result', () => {
    const r = safeCandidatesFromDeputyScores({ scores: [{ deputyId: 'D-1' }] } as never);
    expect(r.ok || r.error.issues[0]?.path).toEqual(['result', 'scores', 0, 'name']);
  });
});
