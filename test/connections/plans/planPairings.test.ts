import { describe, expect, it } from 'vitest';
import { checkPairings } from '../../../src/connections/plans/checkPairings.js';
import { checkPlan } from '../../../src/connections/plans/checkPlan.js';
import type { PairingPlan } from '../../../src/connections/plans/pairingPlan.js';
import type { PairingRules } from '../../../src/connections/plans/pairingRules.js';
import { planContacts } from '../../../src/connections/plans/planContacts.js';
import { planPairings } from '../../../src/connections/plans/planPairings.js';
import { safeCheckPairings, safePlanPairings } from '../../../src/connections/plans/safePlans.js';
import type { Activity } from '../../../src/model/activity.js';
import { type Committee, parseCommittee } from '../../../src/model/committee.js';
import type { Deputy } from '../../../src/model/deputy.js';
import { generateSample } from '../../../src/testing/generateSample.js';
import { activity, deputy, isDeeplyFrozen, member } from '../coverage/fixtures.js';

const sample = generateSample({ seed: 1 });
const YEAR = { from: '2025-01-01', to: '2025-12-31' } as const;

function committee(id: string, active: { from: string; to?: string } = { from: '2022-01-01' }) {
  return parseCommittee({
    id,
    name: `委员会${id}`,
    kind: 'special',
    congress: { jurisdiction: '330281', level: 'county', term: 18 },
    active,
  });
}

const official = (id: string, extra: Partial<Deputy> = {}): Deputy => ({
  ...deputy(id, { grassroots: false }),
  occupations: ['official'],
  ...extra,
});
const grassroots = (id: string, extra: Partial<Deputy> = {}): Deputy => ({
  ...deputy(id),
  ...extra,
});
const met = (day: string, deputyIds: string[], organiserId?: string): Activity => ({
  ...activity('research', day, { deputyIds }),
  ...(organiserId === undefined ? {} : { organiserId }),
});

describe('planPairings on the town sample', () => {
  for (const kind of ['leaderWithGrassroots', 'returningWithNew'] as const) {
    it(`${kind}: every deputy to pair gets one holder, balanced, frozen, order-free`, () => {
      const rules: PairingRules = { kind, period: YEAR, quota: 3 };
      const plan = planPairings({ deputies: sample.deputies }, rules);
      expect(isDeeplyFrozen(plan)).toBe(true);
      expect(plan.summary.holders).toBeGreaterThan(0);
      expect(plan.summary.partners).toBeGreaterThan(0);
      expect(plan.summary.unassigned).toBe(0);
      const paired = plan.pairs.map((p) => p.partnerId);
      expect(new Set(paired).size).toBe(paired.length);
      expect(paired.length).toBe(plan.summary.partners);
      const over = plan.loads.map((l) => Math.max(0, l.load - l.quota));
      const under = plan.loads.filter((l) => l.load < l.quota);
      // Balanced: places are filled evenly before anyone goes over.
      if (under.length > 0) expect(Math.max(...over)).toBe(0);
      else expect(Math.max(...over) - Math.min(...over)).toBeLessThanOrEqual(1);
      // Full coverage by construction: checking the plan on its first day finds nobody unpaired.
      const check = checkPairings(plan, [], rules, {
        asOf: YEAR.from,
        deputies: sample.deputies,
      });
      expect(check.counts.unpairedPartner).toBe(0);
      expect(check.counts.pairForUnqualifiedPartner).toBe(0);
      const again = planPairings({ deputies: [...sample.deputies].reverse() }, rules);
      expect(again).toEqual(plan);
    });
  }

  it('pairs officials with grassroots deputies and re-elected deputies with new ones', () => {
    const byId = new Map(sample.deputies.map((d) => [d.id, d]));
    const leaders = planPairings(
      { deputies: sample.deputies },
      { kind: 'leaderWithGrassroots', period: YEAR, quota: 3 },
    );
    for (const p of leaders.pairs) {
      expect(byId.get(p.holderId)?.occupations).toContain('official');
      expect(byId.get(p.holderId)?.grassroots).toBe(false);
      expect(byId.get(p.partnerId)?.grassroots).toBe(true);
    }
    const mentors = planPairings(
      { deputies: sample.deputies },
      { kind: 'returningWithNew', period: YEAR, quota: 2 },
    );
    for (const p of mentors.pairs) {
      expect(byId.get(p.holderId)?.reElected).toBe(true);
      expect(byId.get(p.partnerId)?.reElected).not.toBe(true);
    }
  });
});

describe("committees' contact lists", () => {
  const edu = committee('C-EDU');
  const agr = committee('C-AGR');
  const gone = committee('C-OLD', { from: '2022-01-01', to: '2024-12-31' });
  const onEdu = grassroots('D-1', {
    occupations: ['worker'],
    memberships: [{ kind: 'committee', orgId: 'C-EDU', from: '2023-01-01' }],
  });
  const farmer = grassroots('D-2');
  const teacher = grassroots('D-3', { occupations: ['professional'] });
  const deputies = [onEdu, farmer, teacher];
  const committees: Committee[] = [edu, agr, gone];

  it('matches by field: a committee takes its own members and its fields first', () => {
    const plan = planPairings(
      { deputies, committees },
      {
        kind: 'committeeContacts',
        period: YEAR,
        quota: 2,
        matching: 'field',
        committeeFields: { 'C-AGR': ['farmer'] },
      },
    );
    const holderOf = new Map(plan.pairs.map((p) => [p.partnerId, p]));
    expect(holderOf.get('D-1')).toMatchObject({ holderId: 'C-EDU', matchedBy: 'field' });
    expect(holderOf.get('D-2')).toMatchObject({ holderId: 'C-AGR', matchedBy: 'field' });
    expect(holderOf.get('D-3')?.matchedBy).toBeUndefined();
    expect(plan.summary).toMatchObject({ holders: 2, partners: 3, matched: 2, unassigned: 0 });
    expect(plan.loads.map((l) => l.holderId)).toEqual(['C-AGR', 'C-EDU']);
  });

  it('keeps pairs in force and drops those whose committee is gone', () => {
    const plan = planPairings(
      { deputies, committees },
      {
        kind: 'committeeContacts',
        period: YEAR,
        quota: 2,
        inForce: [
          { holderId: 'C-AGR', partnerId: 'D-3', from: '2023-03-01' },
          { holderId: 'C-OLD', partnerId: 'D-1', from: '2023-03-01' },
          { holderId: 'C-EDU', partnerId: 'D-2', from: '2026-01-01' },
        ],
      },
    );
    expect(plan.pairs).toContainEqual({
      holderId: 'C-AGR',
      partnerId: 'D-3',
      from: '2023-03-01',
      kept: true,
    });
    expect(plan.notes).toContainEqual({
      kind: 'droppedPair',
      holderId: 'C-OLD',
      partnerId: 'D-1',
      reason: 'holderNotQualified',
    });
    expect(plan.summary.kept).toBe(1);
  });

  it('refuses area matching for committees, a missing quota and an unknown kind', () => {
    const refused = safePlanPairings(
      { deputies, committees },
      { kind: 'committeeContacts', period: YEAR, quota: 2, matching: 'area' },
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues.map((i) => i.path)).toContainEqual(['matching']);
    const noQuota = safePlanPairings({ deputies }, {
      kind: 'returningWithNew',
      period: YEAR,
    } as unknown as PairingRules);
    expect(noQuota.ok).toBe(false);
    if (!noQuota.ok) expect(noQuota.error.issues[0]?.path).toEqual(['quota']);
    const unknown = safePlanPairings({ deputies }, {
      kind: 'mentors',
      period: YEAR,
      quota: 1,
    } as unknown as PairingRules);
    expect(unknown.ok).toBe(false);
  });
});

describe('checkPairings finds the violations a test plants', () => {
  const lead = official('L-1');
  const lead2 = official('L-2', {
    status: { status: 'ended', on: '2025-03-31', reason: 'resigned' },
  });
  const g1 = grassroots('G-1');
  const g2 = grassroots('G-2');
  const g3 = grassroots('G-3', {
    status: { status: 'suspended', since: '2025-05-01', reason: 'detainedInCriminalCase' },
  });
  const g4 = grassroots('G-4');
  const deputies = [lead, lead2, g1, g2, g3, g4];
  const rules: PairingRules = {
    kind: 'leaderWithGrassroots',
    period: YEAR,
    quota: 2,
    minContactsPerYear: 2,
    minContactsPerQuarter: 1,
  };
  const pair = (holderId: string, partnerId: string) => ({
    holderId,
    partnerId,
    from: YEAR.from,
    to: YEAR.to,
    kept: false,
  });

  it('lists each planted problem once, naming who', () => {
    const plan: PairingPlan = {
      ...planPairings({ deputies }, rules),
      // G-1 twice under L-1 (over quota), G-3 suspended since May, L-2 gone since April,
      // G-4 left without a pair.
      pairs: [pair('L-1', 'G-1'), pair('L-1', 'G-2'), pair('L-1', 'G-3'), pair('L-2', 'G-1')],
    };
    const activities = [
      met('2025-02-10', ['L-1', 'G-1']),
      met('2025-05-10', ['L-1', 'G-1', 'G-3']),
      met('2025-02-11', ['L-1', 'G-2']),
      met('2025-06-01', ['L-1', 'G-3']), // suspended that day: does not count
    ];
    const check = checkPairings(plan, activities, rules, { asOf: '2025-07-01', deputies });
    expect(isDeeplyFrozen(check)).toBe(true);
    const kinds = check.violations.map((v) => v.kind);
    expect(check.violations).toContainEqual({ kind: 'unpairedPartner', partnerId: 'G-4' });
    // L-1 is the one holder left, with 2 places for 3 deputies to pair: 3 pairs is the best a
    // plan can do, so no quota is broken (the suspended G-3 and the unpaired G-4 are reported).
    expect(kinds).not.toContain('holderOverQuota');
    expect(check.violations).toContainEqual({
      kind: 'pairForUnqualifiedPartner',
      holderId: 'L-1',
      partnerId: 'G-3',
    });
    expect(check.violations).toContainEqual({
      kind: 'pairForUnqualifiedHolder',
      holderId: 'L-2',
      partnerId: 'G-1',
    });
    // L-1/G-2 met once in Q1 and never in Q2; the year so far (182 of 365 days) owes
    // ceil(2 × 182 / 365) = 1, which G-2 has.
    const g2Late = check.violations.filter(
      (v) => v.kind === 'pairBehindPace' && v.partnerId === 'G-2',
    );
    expect(g2Late).toEqual([
      {
        kind: 'pairBehindPace',
        holderId: 'L-1',
        partnerId: 'G-2',
        per: 'quarter',
        window: { from: '2025-04-01', to: '2025-06-30' },
        have: 0,
        need: 1,
      },
    ]);
    expect(check.violations.some((v) => v.kind === 'pairBehindPace' && v.partnerId === 'G-1')).toBe(
      false,
    );
    expect(kinds).toEqual([...kinds].sort((a, b) => order(a) - order(b)));
    expect(Object.values(check.counts).reduce((a, b) => a + b, 0)).toBe(check.violations.length);
  });

  it("counts a committee's contacts only in activities it organised", () => {
    const edu = committee('C-EDU');
    const committeeRules: PairingRules = {
      kind: 'committeeContacts',
      period: YEAR,
      quota: 1,
      minContactsPerYear: 1,
    };
    const plan = planPairings({ deputies: [g1], committees: [edu] }, committeeRules);
    const options = { asOf: '2025-12-31', deputies: [g1], committees: [edu] };
    const notOrganised = checkPairings(plan, [met('2025-03-01', ['G-1'])], committeeRules, options);
    expect(notOrganised.counts.pairBehindPace).toBe(1);
    const organised = checkPairings(
      plan,
      [met('2025-03-01', ['G-1'], 'C-EDU')],
      committeeRules,
      options,
    );
    expect(organised.counts.pairBehindPace).toBe(0);
  });

  it('never throws on bad input from the safe twin', () => {
    expect(safeCheckPairings({ pairs: 'x' } as never, [], rules, { asOf: 'x', deputies }).ok).toBe(
      false,
    );
  });
});

const ORDER = [
  'unpairedPartner',
  'holderOverQuota',
  'holderUnderQuota',
  'pairBehindPace',
  'pairForUnqualifiedPartner',
  'pairForUnqualifiedHolder',
];
const order = (kind: string) => ORDER.indexOf(kind);

describe('checkPlan and a member who left', () => {
  it('flags a pair in force whose member no longer serves, and its deputy as unassigned', () => {
    const d = deputy('D-1');
    const left = member('M-1', [], { from: '2022-01-10', to: '2025-03-31' });
    const rules = { period: YEAR } as const;
    const plan = planContacts([left], [d], rules);
    const check = checkPlan(plan, [], rules, {
      asOf: '2025-06-30',
      deputies: [d],
      members: [left],
    });
    expect(check.violations).toContainEqual({
      kind: 'pairForInactiveMember',
      memberId: 'M-1',
      deputyId: 'D-1',
    });
    expect(check.violations).toContainEqual({ kind: 'unassignedDeputy', deputyId: 'D-1' });
  });
});
