import { describe, expect, it } from 'vitest';
import { coverageMemberContact } from '../../../src/connections/coverage/coverageMemberContact.js';
import { coverageMemberQuota } from '../../../src/connections/coverage/coverageMemberQuota.js';
import { checkPlan } from '../../../src/connections/plans/checkPlan.js';
import type { ContactPlan } from '../../../src/connections/plans/contactPlan.js';
import { planContacts } from '../../../src/connections/plans/planContacts.js';
import { toContactAssignments } from '../../../src/connections/plans/toContactAssignments.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { parseStandingCommitteeMember } from '../../../src/model/standingCommitteeMember.js';
import { generateSample } from '../../../src/testing/generateSample.js';
import { activity, deepFreeze, deputy, isDeeplyFrozen, member } from '../coverage/fixtures.js';

const sample = generateSample({ seed: 1 });
const rules = { period: { from: '2025-01-01', to: '2026-12-31' } } as const;

describe('planContacts on the town sample', () => {
  const plan = planContacts(sample.members, sample.deputies, rules);

  it('assigns every active deputy, frozen, with the quota short spread evenly', () => {
    expect(isDeeplyFrozen(plan)).toBe(true);
    expect(plan.summary.unassigned).toBe(0);
    const assigned = new Set(plan.pairs.map((p) => p.deputyId));
    expect(assigned.size).toBe(plan.summary.activeDeputies);
    expect(plan.summary.places).toBeLessThan(plan.summary.activeDeputies);
    expect(plan.notes).toContainEqual({
      kind: 'quotaShort',
      places: plan.summary.places,
      deputies: plan.summary.activeDeputies,
    });
  });

  it('keeps the assignments in force on the first day', () => {
    const inForce = sample.members.flatMap((m) =>
      m.contactAssignments
        .filter(
          (a) => a.from <= rules.period.from && (a.to === undefined || a.to >= rules.period.from),
        )
        .map((a) => `${m.id}/${a.deputyId}`),
    );
    const kept = new Set(
      plan.pairs.filter((p) => p.kept).map((p) => `${p.memberId}/${p.deputyId}`),
    );
    for (const pair of inForce) expect(kept.has(pair)).toBe(true);
    expect(plan.summary.kept).toBe(inForce.length);
  });

  it('balances: members beyond quota differ by at most one among those the plan filled', () => {
    const over = plan.loads.map((l) => l.load - l.quota);
    expect(Math.max(...over) - Math.min(...over)).toBeLessThanOrEqual(1);
  });

  it('gives full coverage by construction once stored as contact assignments', () => {
    const updates = toContactAssignments(plan, sample.members);
    const stored = sample.members.map((m, i) =>
      parseStandingCommitteeMember({ ...m, contactAssignments: updates[i]?.contactAssignments }),
    );
    // A contact on the first day for every pair: every deputy covered by their assigned member.
    const contacts = plan.pairs.map((p) =>
      activity('memberContact', '2025-01-01', { memberIds: [p.memberId], deputyIds: [p.deputyId] }),
    );
    const day = { from: '2025-01-01', to: '2025-01-01' };
    const byDeputy = coverageMemberContact(sample.deputies, contacts, {
      period: day,
      members: stored,
      byAssignedMember: true,
    });
    expect(byDeputy.shortfalls).toEqual([]);
    expect(byDeputy.rate.numerator).toBe(plan.summary.activeDeputies);
    const byMember = coverageMemberQuota(stored, contacts, { period: day, perAssignedDeputy: 1 });
    expect(byMember.shortfalls).toEqual([]);
  });

  it('is deterministic and does not depend on input order', () => {
    const again = planContacts(
      [...sample.members].reverse(),
      [...sample.deputies].reverse(),
      rules,
    );
    expect(again).toEqual(plan);
  });
});

describe('planContacts', () => {
  const deputies = deepFreeze([
    deputy('D-1'),
    deputy('D-2'),
    deputy('D-3'),
    deputy('D-4', {
      status: { status: 'suspended', since: '2024-12-01', reason: 'servingSentence' },
    }),
  ]);

  it('fills the members with most places left first, and notes who is under quota', () => {
    const plan = planContacts([member('M-1'), member('M-2')], deputies, rules);
    expect(plan.loads.map((l) => l.load)).toEqual([2, 1]);
    expect(plan.notes).toEqual([
      { kind: 'underQuota', memberId: 'M-1', quota: 3, load: 2 },
      { kind: 'underQuota', memberId: 'M-2', quota: 3, load: 1 },
    ]);
    expect(
      plan.pairs.every((p) => !p.kept && p.from === '2025-01-01' && p.to === '2026-12-31'),
    ).toBe(true);
  });

  it('drops an assignment whose deputy is suspended on the first day, with the reason', () => {
    const plan = planContacts(
      [member('M-1', [{ deputyId: 'D-4', from: '2022-01-10' }])],
      deputies,
      rules,
    );
    expect(plan.pairs.some((p) => p.deputyId === 'D-4')).toBe(false);
    expect(plan.notes).toContainEqual({
      kind: 'droppedAssignment',
      memberId: 'M-1',
      deputyId: 'D-4',
      reason: 'deputyNotServing',
    });
  });

  it('matches by area when asked, and falls back when the matching members are full', () => {
    const east = (id: string) => ({
      ...deputy(id),
      constituency: { kind: 'constituency' as const, id: 'EC-EAST', name: '东' },
    });
    const people = [east('D-E1'), east('D-E2'), deputy('D-W1')];
    const plan = planContacts([member('M-1'), member('M-2')], people, {
      ...rules,
      quota: { member: 2 },
      matching: 'area',
      memberAreas: { 'M-2': ['EC-EAST'] },
    });
    const byDeputy = Object.fromEntries(plan.pairs.map((p) => [p.deputyId, p]));
    expect(byDeputy['D-E1']).toMatchObject({ memberId: 'M-2', matchedBy: 'area' });
    expect(byDeputy['D-E2']).toMatchObject({ memberId: 'M-2', matchedBy: 'area' });
    expect(byDeputy['D-W1']?.memberId).toBe('M-1');
    expect(plan.summary.matched).toBe(2);
  });

  it('matches an area by division-code prefix', () => {
    const inTown = {
      ...deputy('D-1'),
      congress: { jurisdiction: '330281101', level: 'township' as const, term: 20 },
    };
    const plan = planContacts([member('M-1'), member('M-2')], [inTown], {
      ...rules,
      matching: 'area',
      memberAreas: { 'M-2': ['330281000000'] },
    });
    expect(plan.pairs[0]).toMatchObject({ memberId: 'M-2', matchedBy: 'area' });
  });

  it('lists every deputy as unassigned when no member serves', () => {
    const plan = planContacts([member('M-1', [], { from: '2026-01-01' })], deputies, rules);
    expect(plan.summary.unassigned).toBe(3);
    expect(plan.notes[0]).toEqual({ kind: 'noMembers', deputies: 3 });
  });

  it('refuses bad rules by name', () => {
    expect(() => planContacts([], [], { period: rules.period, quota: { leader: -1 } })).toThrow(
      RendaError,
    );
    try {
      planContacts([], [], { period: rules.period, matching: 'nearby' as never });
    } catch (error) {
      expect((error as RendaError).detail).toMatchObject({ issues: [{ path: ['matching'] }] });
    }
  });
});

describe('checkPlan', () => {
  const plan = planContacts(sample.members, sample.deputies, rules);
  const contactsFor = (p: ContactPlan) =>
    p.pairs.flatMap((pair) => [
      activity('memberContact', '2025-02-10', {
        memberIds: [pair.memberId],
        deputyIds: [pair.deputyId],
      }),
    ]);
  const asOf = '2025-07-01';
  const activities = contactsFor(plan);

  it('finds only the quota notes when every pair is on pace', () => {
    const check = checkPlan(plan, activities, rules, {
      asOf,
      deputies: sample.deputies,
      members: sample.members,
    });
    expect(check.counts.unassignedDeputy).toBe(0);
    expect(check.counts.pairBehindPace).toBe(0);
    // The plan goes past the quotas evenly when the places run short (its notes say so): that is
    // the best a plan can do, so it breaks no quota.
    expect(plan.notes.some((n) => n.kind === 'overQuota')).toBe(true);
    expect(check.counts.memberOverQuota).toBe(0);
    expect(check.counts.memberUnderQuota).toBe(0);
  });

  it('shares more places than deputies evenly, and finds a member short by more', () => {
    // Few deputies for the members' places: every quota cannot be met. A new plan (nothing kept)
    // shares the shortfall evenly.
    const few = sample.deputies.slice(0, 12);
    const members = sample.members.map((m) => ({ ...m, contactAssignments: [] }));
    const sparse = planContacts(members, few, rules);
    const serving = sparse.loads.filter((l) => l.quota > 0);
    const places = serving.reduce((sum, l) => sum + l.quota, 0);
    expect(places).toBeGreaterThan(few.length);
    const options = { asOf, deputies: few, members };
    const check = checkPlan(sparse, contactsFor(sparse), rules, options);
    expect(check.counts.memberUnderQuota).toBe(0);
    expect(check.counts.memberOverQuota).toBe(0);
    // Give one member's deputies to another: the first is short by a whole quota, the second
    // is past its own.
    const loaded = sparse.loads.filter((l) => l.load > 0);
    const [from, to] = loaded as [ContactPlan['loads'][number], ContactPlan['loads'][number]];
    const moved: ContactPlan = {
      ...sparse,
      pairs: sparse.pairs.map((p) =>
        p.memberId === from.memberId ? { ...p, memberId: to.memberId } : p,
      ),
    };
    const found = checkPlan(moved, contactsFor(moved), rules, options).violations;
    expect(found).toContainEqual({
      kind: 'memberUnderQuota',
      memberId: from.memberId,
      quota: from.quota,
      load: 0,
    });
    expect(found).toContainEqual({
      kind: 'memberOverQuota',
      memberId: to.memberId,
      quota: to.quota,
      load: to.load + from.load,
    });
  });

  it('finds the violations a test plants', () => {
    const [removed, ...rest] = plan.pairs as ContactPlan['pairs'];
    if (removed === undefined) throw new Error('an empty plan');
    const crowded = plan.loads[plan.loads.length - 1]?.memberId as string;
    const extra = sample.deputies
      .slice(0, 6)
      .map((d) => ({ memberId: crowded, deputyId: d.id, from: '2025-01-01', kept: false }));
    const planted: ContactPlan = { ...plan, pairs: [...rest, ...extra] };
    // No contact at all for the first remaining pair.
    const silent = rest[0] as ContactPlan['pairs'][number];
    const contacts = contactsFor(planted).filter(
      (a) =>
        !(
          a.participants.deputyIds[0] === silent.deputyId &&
          a.participants.memberIds[0] === silent.memberId
        ),
    );
    const suspended = sample.deputies.find(
      (d) => d.status.status === 'suspended' && d.status.since <= asOf,
    );
    const check = checkPlan(planted, contacts, rules, { asOf, deputies: sample.deputies });
    const still =
      rest.some((p) => p.deputyId === removed.deputyId) ||
      extra.some((p) => p.deputyId === removed.deputyId);
    if (!still)
      expect(check.violations).toContainEqual({
        kind: 'unassignedDeputy',
        deputyId: removed.deputyId,
      });
    expect(check.violations).toContainEqual(
      expect.objectContaining({ kind: 'memberOverQuota', memberId: crowded }),
    );
    expect(check.violations).toContainEqual({
      kind: 'pairBehindPace',
      memberId: silent.memberId,
      deputyId: silent.deputyId,
      per: 'year',
      window: { from: '2025-01-01', to: asOf },
      have: 0,
      need: 1,
    });
    expect(suspended).toBeDefined();
    const suspendedPairs = planted.pairs.filter((p) => p.deputyId === suspended?.id);
    expect(suspendedPairs.length).toBeGreaterThan(0);
    for (const p of suspendedPairs) {
      expect(check.violations).toContainEqual({
        kind: 'pairForInactiveDeputy',
        memberId: p.memberId,
        deputyId: p.deputyId,
      });
    }
    expect(Object.values(check.counts).reduce((a, b) => a + b, 0)).toBe(check.violations.length);
  });

  it('checks ended quarters when the rules ask', () => {
    const quarterly = { ...rules, minContactsPerQuarter: 1 };
    const check = checkPlan(plan, activities, quarterly, { asOf, deputies: sample.deputies });
    // Contacts were all in Q1, so Q2 is short for every pair whose deputy served in it.
    const q2 = check.violations.filter((v) => v.kind === 'pairBehindPace' && v.per === 'quarter');
    expect(q2.length).toBeGreaterThan(0);
    expect(q2.every((v) => v.kind === 'pairBehindPace' && v.window.from === '2025-04-01')).toBe(
      true,
    );
  });

  it('does not count a contact on a day the deputy was suspended', () => {
    const d = deputy('D-1', {
      status: {
        status: 'suspended',
        since: '2025-02-01',
        until: '2025-02-28',
        reason: 'servingSentence',
      },
    });
    const p = planContacts([member('M-1')], [d], rules);
    const inSuspension = [
      activity('memberContact', '2025-02-10', { memberIds: ['M-1'], deputyIds: ['D-1'] }),
    ];
    const check = checkPlan(p, inSuspension, rules, { asOf: '2025-12-31', deputies: [d] });
    expect(check.violations).toContainEqual(
      expect.objectContaining({ kind: 'pairBehindPace', have: 0, need: 2 }),
    );
  });

  it('refuses a plan that is not one', () => {
    expect(() => checkPlan({ pairs: 3 } as never, [], rules, { asOf, deputies: [] })).toThrow(
      RendaError,
    );
    expect(() => checkPlan(plan, [], rules, { asOf: '2025-13-01', deputies: [] })).toThrow(
      RendaError,
    );
  });
});
