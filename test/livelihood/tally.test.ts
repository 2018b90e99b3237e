import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyYearEndVote,
  safeClassifyYearEndVote,
} from '../../src/livelihood/classifyYearEndVote.js';
import { livelihoodAdoptionCoverage } from '../../src/livelihood/livelihoodAdoptionCoverage.js';
import {
  defaultLivelihoodPolicy,
  defineLivelihoodPolicy,
} from '../../src/livelihood/livelihoodPolicy.js';
import {
  type LivelihoodBallot,
  livelihoodTallyAccumulator,
  safeTallyLivelihoodBallots,
  tallyLivelihoodBallots,
} from '../../src/livelihood/livelihoodTally.js';
import { collected } from './support.js';

const policy = defaultLivelihoodPolicy;
const A = (marks: Record<string, 'for' | 'against' | 'abstain'>): LivelihoodBallot => ({
  kind: 'approval',
  marks,
});
const times = (n: number, b: LivelihoodBallot) => Array.from({ length: n }, () => b);

describe('tallyLivelihoodBallots', () => {
  const options = {
    candidates: ['P-1', 'P-2', 'P-3'],
    places: 2,
    policy,
    members: 10,
    present: 10,
  };

  it('ranks, adopts up to the places, and counts abstentions, unmarked included', () => {
    const ballots = [
      ...times(7, A({ 'P-1': 'for', 'P-2': 'for' })),
      ...times(3, A({ 'P-3': 'for', 'P-2': 'abstain' })),
    ];
    const t = tallyLivelihoodBallots(ballots, options);
    expect(t.adopted).toEqual(['P-1', 'P-2']);
    expect(t.ranking.map((r) => [r.candidateId, r.votesFor, r.abstain])).toEqual([
      ['P-1', 7, 3],
      ['P-2', 7, 3],
      ['P-3', 3, 7],
    ]);
    expect(t.ranking[1]?.rank).toBe(1);
    expect(t.threshold).toEqual({ base: 'allMembers', of: 10, needed: 6 });
  });

  it('breaks a tie by fewer against, then leaves the rest to a run-off', () => {
    const ballots = [
      ...times(6, A({ 'P-1': 'for', 'P-2': 'for' })),
      ...times(6, A({ 'P-3': 'for', 'P-2': 'for' })),
      A({ 'P-1': 'against' }),
    ];
    const wide = { ...options, members: 13, present: 13, candidates: ['P-1', 'P-2', 'P-3', 'P-4'] };
    // P-2 12; P-1 and P-3 6 each; threshold more than half of 13 = 7: only P-2 passes.
    expect(tallyLivelihoodBallots(ballots, wide).adopted).toEqual(['P-2']);
    const low = defineLivelihoodPolicy({ id: 'l', version: 1, threshold: { share: 0.25 } });
    const t = tallyLivelihoodBallots(ballots, { ...wide, policy: low });
    expect(t.adopted).toEqual(['P-2', 'P-3']); // P-3 has fewer against than P-1
    const runOff = defineLivelihoodPolicy({
      id: 'r',
      version: 1,
      threshold: { share: 0.25 },
      tieRule: 'runOff',
    });
    const r = tallyLivelihoodBallots(ballots, { ...wide, policy: runOff });
    expect(r.adopted).toEqual(['P-2']);
    expect(r.runOff).toEqual(['P-1', 'P-3']);
    expect(r.ranking.map((x) => x.rank)).toEqual([1, 2, 2, 4]);
  });

  it('adopts nothing when the quorum is not reached or the list is not competitive', () => {
    const ballots = times(6, A({ 'P-1': 'for' }));
    const noQuorum = tallyLivelihoodBallots(ballots, { ...options, present: 6 });
    expect(noQuorum.quorum).toEqual({ members: 10, present: 6, required: 7, met: false });
    expect(noQuorum.adopted).toEqual([]);
    const notCompetitive = tallyLivelihoodBallots(ballots, { ...options, places: 3 });
    expect(notCompetitive.competition).toEqual({ candidates: 3, required: 4, met: false });
    expect(notCompetitive.adopted).toEqual([]);
  });

  it('spoils ballots of the wrong kind, naming non-candidates or voting for more than the places', () => {
    const t = tallyLivelihoodBallots(
      [
        A({ 'P-1': 'for', 'P-2': 'for', 'P-3': 'for' }),
        A({ 'P-9': 'for' }),
        { kind: 'ranked', order: ['P-1'] },
        A({ 'P-1': 'for' }),
      ],
      options,
    );
    expect(t.ballots).toEqual({ cast: 4, valid: 1, invalid: 3 });
  });

  it('counts ranked ballots by Borda points or by first places', () => {
    const ranked = defineLivelihoodPolicy({
      id: 'rk',
      version: 1,
      ballot: 'ranked',
      threshold: { share: 0 },
    });
    const R = (...order: string[]): LivelihoodBallot => ({ kind: 'ranked', order });
    const ballots = [
      R('P-1', 'P-2', 'P-3'),
      R('P-1', 'P-3', 'P-2'),
      R('P-2', 'P-3', 'P-1'),
      R('P-3', 'P-2'),
    ];
    const borda = tallyLivelihoodBallots(ballots, {
      ...options,
      policy: ranked,
      members: 4,
      present: 4,
    });
    expect(borda.ranking.map((r) => [r.candidateId, r.points])).toEqual([
      ['P-2', 8],
      ['P-3', 8],
      ['P-1', 7],
    ]);
    // P-2 and P-3 tie on points; more first places (within the 2 places): P-2 3, P-3 3; still tied.
    expect(borda.adopted).toEqual(['P-2', 'P-3']);
    const first = defineLivelihoodPolicy({
      id: 'fp',
      version: 1,
      ballot: 'ranked',
      rankedCount: 'firstPlaces',
      threshold: { share: 0 },
    });
    const t = tallyLivelihoodBallots(ballots, {
      ...options,
      policy: first,
      members: 4,
      present: 4,
    });
    expect(t.ranking.map((r) => [r.candidateId, r.votesFor])).toEqual([
      ['P-2', 3],
      ['P-3', 3],
      ['P-1', 2],
    ]);
    expect(
      tallyLivelihoodBallots([R('P-1', 'P-1')], { ...options, policy: ranked }).ballots.invalid,
    ).toBe(1);
  });

  it('refuses bad options by name', () => {
    const r = safeTallyLivelihoodBallots([], { ...options, present: 11 });
    expect(r.ok || r.error.issues[0]?.code).toBe('PRESENT_EXCEEDS_MEMBERS');
    expect(() => tallyLivelihoodBallots(42 as never, options)).toThrow();
  });

  // Laws: the tally is a pure function of the multiset of ballots, and boxes merge exactly.
  const candidates = ['P-1', 'P-2', 'P-3', 'P-4'];
  const mark = fc.constantFrom('for', 'against', 'abstain', undefined);
  const approval = fc.tuple(mark, mark, mark, mark).map((ms) => ({
    kind: 'approval' as const,
    marks: Object.fromEntries(
      candidates.flatMap((c, i) => (ms[i] === undefined ? [] : [[c, ms[i]]])),
    ),
  }));
  const ranked = fc
    .shuffledSubarray(candidates, { minLength: 1 })
    .map((order) => ({ kind: 'ranked' as const, order }));
  const ballot = fc.oneof(
    approval,
    ranked,
    fc.constant(null),
    fc.constant({ kind: 'approval', marks: 'x' }),
  );
  const pol = fc.constantFrom(
    policy,
    defineLivelihoodPolicy({
      id: 'r',
      version: 1,
      ballot: 'ranked',
      tieRule: 'runOff',
      threshold: { share: 0.2 },
    }),
    defineLivelihoodPolicy({
      id: 'f',
      version: 1,
      ballot: 'ranked',
      rankedCount: 'firstPlaces',
      threshold: { base: 'present' },
    }),
  );

  it('is order-independent and mergeable across ballot boxes (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(ballot, { maxLength: 40 }),
        fc.array(ballot, { maxLength: 40 }),
        pol,
        fc.integer({ min: 1, max: 3 }),
        (a, b, p, places) => {
          const opts = { candidates, places, policy: p, members: 60, present: 50 };
          const acc = livelihoodTallyAccumulator(opts);
          const run = (xs: readonly unknown[]) => xs.reduce(acc.step, acc.init());
          const whole = tallyLivelihoodBallots([...a, ...b] as LivelihoodBallot[], opts);
          expect(
            tallyLivelihoodBallots([...b, ...a].reverse() as LivelihoodBallot[], opts),
          ).toEqual(whole);
          const merged = acc.merge(JSON.parse(JSON.stringify(run(a))), run(b));
          expect(acc.result(merged)).toEqual(whole);
          expect(acc.result(acc.merge(acc.init(), merged))).toEqual(whole);
          expect(whole.adopted.length + whole.runOff.length).toBeLessThanOrEqual(
            places + candidates.length,
          );
          expect(whole.adopted.length).toBeLessThanOrEqual(places);
        },
      ),
    );
  });
});

describe('classifyYearEndVote', () => {
  it('applies Zhenhai’s rule: 29 present, 20/8/1 is satisfied under either base when members = 29', () => {
    const counts = { satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 };
    expect(
      classifyYearEndVote(counts, { electorate: 'allMembers', members: 29, present: 29 }),
    ).toBe('satisfied');
    expect(classifyYearEndVote(counts, { electorate: 'present', members: 29, present: 29 })).toBe(
      'satisfied',
    );
    expect(
      classifyYearEndVote(counts, { electorate: 'allMembers', members: 45, present: 29 }),
    ).toBe('basicallySatisfied');
    expect(
      classifyYearEndVote(counts, { electorate: 'allMembers', members: 57, present: 29 }),
    ).toBe('dissatisfied');
    // "More than half" is strict: 15 of 30 is not.
    expect(
      classifyYearEndVote(
        { satisfied: 15, basicallySatisfied: 0, dissatisfied: 15 },
        { electorate: 'present', members: 30, present: 30 },
      ),
    ).toBe('dissatisfied');
  });

  it('refuses counts beyond those present', () => {
    const r = safeClassifyYearEndVote(
      { satisfied: 20, basicallySatisfied: 8, dissatisfied: 2 },
      { electorate: 'present', members: 29, present: 29 },
    );
    expect(r.ok || r.error.issues[0]?.code).toBe('VOTES_EXCEED_PRESENT');
  });
});

describe('livelihoodAdoptionCoverage', () => {
  it('is the share of jurisdictions that adopted a project by vote in the year', () => {
    const p = collected(policy);
    const projects = [
      {
        ...p,
        vote: {
          at: '2025-01-10T03:00:00.000Z',
          ballot: 'approval' as const,
          members: 9,
          present: 9,
          votesFor: 8,
          against: 0,
          abstain: 1,
          adopted: true,
        },
      },
      { ...p, id: 'P-2', jurisdictionId: 'T-2', stage: 'notSelected' as const },
      { ...p, id: 'P-3', jurisdictionId: 'T-3', year: 2024, stage: 'selected' as const },
    ];
    const c = livelihoodAdoptionCoverage(
      projects,
      [{ id: 'T-1' }, { id: 'T-2' }, { id: 'T-3', name: '西镇' }],
      { year: 2025 },
    );
    expect(c.covered).toEqual(['T-1']);
    expect(c.rate).toMatchObject({ numerator: 1, denominator: 3 });
    expect(c.shortfalls.map((s) => s.id)).toEqual(['T-2', 'T-3']);
    expect(livelihoodAdoptionCoverage([], [], { year: 2025 }).rate.value).toBeNull();
  });
});
