import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appraisalUnitFigures,
  safeAppraisalUnitFigures,
} from '../../src/livelihood/appraisals/appraisalUnitFigures.js';
import {
  appraisalTallyAccumulator,
  safeAppraisalTallyAccumulator,
  safeTallyAppraisalBallots,
  tallyAppraisalBallots,
} from '../../src/livelihood/appraisals/tallyAppraisalBallots.js';
import {
  defaultLivelihoodPolicy,
  defineLivelihoodPolicy,
} from '../../src/livelihood/livelihoodPolicy.js';
import type { AppraisalBallot } from '../../src/model/appraisalBallot.js';
import type { SatisfactionGrade } from '../../src/model/shared/satisfaction.js';
import { evaluateUnits } from '../../src/suggestion/figures/evaluateUnits.js';
import { shenzhen2007UnitThresholds } from '../../src/suggestion/figures/shenzhen2007UnitThresholds.js';

const policy = defaultLivelihoodPolicy;
/** A standing committee's quorum (more than half may sit), ratings of all members. */
const scPolicy = defineLivelihoodPolicy({ id: 'sc', version: 1, quorum: { share: 0.5 } });
const ofPresent = defineLivelihoodPolicy({
  id: 'sc-present',
  version: 1,
  quorum: { share: 0.5 },
  yearEnd: { electorate: 'present' },
});

type Mark = SatisfactionGrade | 'abstain' | 'absent';

/** One subject's roll: a ballot per mark, raters M-1, M-2 … in order. */
function roll(
  marks: readonly Mark[],
  subject: AppraisalBallot['subject'] = { kind: 'unit', id: 'U-1' },
  year = 2025,
): AppraisalBallot[] {
  return marks.map((mark, i) => ({
    raterId: `M-${i + 1}`,
    raterRole: i % 5 === 0 ? 'deputy' : 'scMember',
    subject,
    year,
    ...(mark === 'absent' ? { absent: true } : mark === 'abstain' ? {} : { verdict: mark }),
  }));
}
const times = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);
/** Zhenhai's project 2: 20 satisfied, 8 basically satisfied, 1 dissatisfied. */
const zhenhai = (absent: number): Mark[] => [
  ...times<Mark>(20, 'satisfied'),
  ...times<Mark>(8, 'basicallySatisfied'),
  'dissatisfied',
  ...times<Mark>(absent, 'absent'),
];
const only = (ballots: readonly AppraisalBallot[], p = policy) => {
  const [result, ...rest] = tallyAppraisalBallots(ballots, { policy: p }).results;
  expect(rest).toEqual([]);
  return result!;
};

describe('tallyAppraisalBallots', () => {
  it('applies the "more than half" rule: 29 present, 20/8/1 is satisfied of all 29 members or of those present', () => {
    const r = only(roll(zhenhai(0)));
    expect([r.members, r.present, r.satisfied, r.basicallySatisfied, r.dissatisfied]).toEqual([
      29, 29, 20, 8, 1,
    ]);
    expect(r.needed).toEqual({ base: 29, satisfied: 15, satisfiedOrBasically: 15 });
    expect(r.rating).toBe('satisfied');
    expect(only(roll(zhenhai(0)), ofPresent).rating).toBe('satisfied');
  });

  it('takes the shares of all members or of those present, as the policy says', () => {
    // 45 on the roll, 29 present: 20 is not more than half of 45, 28 is.
    const ballots = roll(zhenhai(16));
    const all = only(ballots, scPolicy);
    expect([all.members, all.present]).toEqual([45, 29]);
    expect(all.needed).toEqual({ base: 45, satisfied: 23, satisfiedOrBasically: 23 });
    expect(all.rating).toBe('basicallySatisfied');
    const present = only(ballots, ofPresent);
    expect(present.needed.base).toBe(29);
    expect(present.rating).toBe('satisfied');
    // "More than" is strict: 15 of 30 is not more than half.
    const half = roll([...times<Mark>(15, 'satisfied'), ...times<Mark>(15, 'dissatisfied')]);
    expect(only(half).rating).toBe('dissatisfied');
  });

  it('counts abstentions among those present but in no grade, so they weigh against every rating', () => {
    const r = only(roll([...times<Mark>(5, 'satisfied'), ...times<Mark>(5, 'abstain')]));
    expect([r.present, r.abstained, r.valid]).toEqual([10, 5, 5]);
    expect(r.satisfactionRate).toMatchObject({ numerator: 5, denominator: 5, value: 1 });
    expect(r.rating).toBe('dissatisfied');
  });

  it('gives no rating when the quorum is not reached', () => {
    const r = only(roll([...times<Mark>(6, 'satisfied'), ...times<Mark>(4, 'absent')]));
    expect(r.quorum).toEqual({ required: 7, met: false });
    expect(r.rating).toBeNull();
    expect(only(roll([...times<Mark>(7, 'satisfied'), ...times<Mark>(3, 'absent')])).rating).toBe(
      'satisfied',
    );
  });

  it('spoils every ballot of a rater who voted twice on a subject, whatever the order', () => {
    const ballots = roll(['satisfied', 'satisfied', 'dissatisfied']);
    const again = { ...ballots[2]!, verdict: 'satisfied' as const };
    for (const order of [
      [...ballots, again],
      [again, ...ballots],
    ]) {
      const r = only(order);
      expect([r.members, r.present, r.satisfied, r.dissatisfied, r.invalid]).toEqual([
        3, 3, 2, 0, 1,
      ]);
    }
  });

  it('keeps each subject and year apart, units before key items, and counts unreadable ballots', () => {
    const ballots = [
      ...roll(['satisfied'], { kind: 'keyItem', id: 'S-1' }),
      ...roll(['dissatisfied'], { kind: 'unit', id: 'U-2' }, 2024),
      ...roll(['satisfied'], { kind: 'unit', id: 'U-2' }),
      ...roll(['satisfied'], { kind: 'unit', id: 'U-10' }),
      { raterId: 'M-1', raterRole: 'mayor' },
      null,
    ] as AppraisalBallot[];
    const t = tallyAppraisalBallots(ballots, { policy });
    expect(t.results.map((r) => [r.year, r.subject.kind, r.subject.id])).toEqual([
      [2024, 'unit', 'U-2'],
      [2025, 'unit', 'U-10'],
      [2025, 'unit', 'U-2'],
      [2025, 'keyItem', 'S-1'],
    ]);
    expect(t.ballots).toEqual({ cast: 6, counted: 4, unreadable: 2 });
    expect(t.rule).toEqual({
      policy: 'default@1',
      electorate: 'allMembers',
      satisfiedShare: 0.5,
      basicallySatisfiedShare: 0.5,
      quorumShare: 2 / 3,
    });
  });

  it('counts the roll and attendance by role', () => {
    const r = only(roll(['satisfied', 'satisfied', 'absent', 'satisfied', 'satisfied', 'absent']));
    expect(r.byRole).toEqual({
      deputy: { members: 2, present: 1 },
      scMember: { members: 4, present: 3 },
    });
  });

  it('refuses a bad policy by name and a non-iterable', () => {
    const bad = safeTallyAppraisalBallots([], { policy: { ...policy, yearEnd: 'half' } as never });
    expect(bad.ok || bad.error.issues[0]?.path).toEqual(['policy', 'yearEnd']);
    const notIterable = safeTallyAppraisalBallots(42 as never, { policy });
    expect(notIterable.ok || notIterable.error.issues[0]?.path).toEqual(['ballots']);
    expect(safeAppraisalTallyAccumulator(undefined as never).ok).toBe(false);
    expect(() => tallyAppraisalBallots([], {} as never)).toThrow();
  });

  it('does not mutate its input, and its output is frozen', () => {
    const ballots = roll(zhenhai(2));
    const before = structuredClone(ballots);
    const t = tallyAppraisalBallots(ballots, { policy });
    expect(ballots).toEqual(before);
    expect(Object.isFrozen(t.results[0]?.byRole.deputy)).toBe(true);
  });

  // Laws: the tally is a pure function of the multiset of ballots, and boxes merge exactly.
  const mark = fc.constantFrom<Mark>(
    'satisfied',
    'basicallySatisfied',
    'dissatisfied',
    'abstain',
    'absent',
  );
  const ballot = fc.oneof(
    fc
      .record({
        rater: fc.integer({ min: 1, max: 12 }),
        role: fc.constantFrom('deputy', 'scMember'),
        subject: fc.constantFrom('U-1', 'U-2', 'K-1', '__proto__'),
        year: fc.constantFrom(2024, 2025),
        mark,
      })
      .map(({ rater, role, subject, year, mark: m }): unknown => ({
        raterId: rater === 12 ? '__proto__' : `M-${rater}`,
        raterRole: role,
        subject: { kind: subject === 'K-1' ? 'keyItem' : 'unit', id: subject },
        year,
        ...(m === 'absent' ? { absent: true } : m === 'abstain' ? {} : { verdict: m }),
      })),
    fc.constant(null),
    fc.constant({ raterId: 'M-1' }),
  );
  const policies = fc.constantFrom(policy, scPolicy, ofPresent);

  it('is order-independent and mergeable across any split into ballot boxes (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(ballot, { maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        policies,
        fc.integer(),
        (ballots, cuts, p, seed) => {
          const options = { policy: p };
          const acc = appraisalTallyAccumulator(options);
          const whole = tallyAppraisalBallots(ballots as AppraisalBallot[], options);
          expect(
            tallyAppraisalBallots([...ballots].reverse() as AppraisalBallot[], options),
          ).toEqual(whole);
          // Cut the ballots into boxes, count each, merge them in a shuffled order.
          const points = [...new Set(cuts.map((c) => c % (ballots.length + 1)))].sort(
            (a, b) => a - b,
          );
          const boxes = [0, ...points, ballots.length]
            .slice(1)
            .map((end, i, ends) => ballots.slice(i === 0 ? 0 : ends[i - 1], end));
          const states = boxes.map((box) =>
            JSON.parse(JSON.stringify(box.reduce(acc.step, acc.init()))),
          );
          const order = states
            .map((_, i) => i)
            .sort((a, b) => ((a * 31 + seed) % 7) - ((b * 31 + seed) % 7));
          const merged = order.reduce((state, i) => acc.merge(state, states[i]), acc.init());
          expect(acc.result(merged)).toEqual(whole);
          for (const r of whole.results) {
            expect(
              r.satisfied + r.basicallySatisfied + r.dissatisfied + r.abstained + r.invalid,
            ).toBe(r.present);
            expect(r.present).toBeLessThanOrEqual(r.members);
          }
        },
      ),
    );
  });
});

describe('appraisalUnitFigures', () => {
  const tally = tallyAppraisalBallots(
    [
      ...roll(['satisfied', 'satisfied', 'basicallySatisfied'], { kind: 'unit', id: 'U-WATER' }),
      ...roll(['basicallySatisfied', 'basicallySatisfied'], { kind: 'unit', id: 'U-ROADS' }),
      ...roll(['dissatisfied', 'dissatisfied', 'satisfied'], { kind: 'keyItem', id: 'S-7' }),
      ...roll(['satisfied', 'absent', 'absent'], { kind: 'unit', id: 'U-PARKS' }),
      ...roll(['dissatisfied'], { kind: 'unit', id: 'U-WATER' }, 2024),
    ],
    { policy },
  );

  it('counts each rated appraisal of the year once for its unit, key items for the units that handled them', () => {
    const figures = appraisalUnitFigures(tally.results, {
      year: 2025,
      keyItemUnits: { 'S-7': ['U-ROADS', 'U-ROADS'] },
    });
    expect(figures).toEqual([
      { unitId: 'U-PARKS', satisfiedRate: null, dissatisfiedCount: 0, basicallyOrBetterAll: true },
      { unitId: 'U-ROADS', satisfiedRate: 0, dissatisfiedCount: 1, basicallyOrBetterAll: false },
      { unitId: 'U-WATER', satisfiedRate: 1, dissatisfiedCount: 0, basicallyOrBetterAll: true },
    ]);
    // Without the key item's units, it counts for none.
    expect(appraisalUnitFigures(tally.results, { year: 2025 })[1]).toEqual({
      unitId: 'U-ROADS',
      satisfiedRate: 0,
      dissatisfiedCount: 0,
      basicallyOrBetterAll: true,
    });
  });

  it('feeds evaluateUnits: satisfied is good, basically satisfied passes, dissatisfied fails', () => {
    const handling = {
      signedWithin7DaysRate: 1,
      repliedWithin3MonthsRate: 1,
      overdueCount: 0,
      repliedWithin6MonthsAll: true,
    };
    const units = appraisalUnitFigures(tally.results, {
      year: 2025,
      keyItemUnits: { 'S-7': ['U-ROADS'] },
    }).map((s) => ({ ...handling, ...s }));
    const graded = evaluateUnits(units, shenzhen2007UnitThresholds);
    const satisfaction = graded.units.map((u) => [
      u.unitId,
      u.perCriterion.find((c) => c.criterion === 'satisfaction')?.grade,
    ]);
    expect(satisfaction).toEqual([
      ['U-PARKS', 'notApplicable'],
      ['U-ROADS', 'fail'],
      ['U-WATER', 'good'],
    ]);
    const basically = appraisalUnitFigures(tally.results, { year: 2025 }).find(
      (u) => u.unitId === 'U-ROADS',
    );
    expect(
      evaluateUnits([{ ...handling, ...basically! }], shenzhen2007UnitThresholds).units[0]?.grade,
    ).toBe('pass');
  });

  it('refuses results and options it cannot read, by name', () => {
    const year = safeAppraisalUnitFigures([], { year: 25 });
    expect(year.ok || year.error.issues[0]?.path).toEqual(['options', 'year']);
    const result = safeAppraisalUnitFigures([{ subject: { kind: 'unit' } }] as never, {
      year: 2025,
    });
    expect(result.ok || result.error.issues[0]?.path).toEqual(['results', 0, 'subject', 'id']);
    expect(safeAppraisalUnitFigures(7 as never, { year: 2025 }).ok).toBe(false);
  });
});
