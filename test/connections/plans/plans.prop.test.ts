import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planContacts } from '../../../src/connections/plans/planContacts.js';
import type { Deputy } from '../../../src/model/deputy.js';
import type { StandingCommitteeMember } from '../../../src/model/standingCommitteeMember.js';
import { deputy, member } from '../coverage/fixtures.js';

const rules = { period: { from: '2025-01-01', to: '2025-12-31' } };
const suspended = {
  status: 'suspended' as const,
  since: '2024-06-01',
  reason: 'servingSentence' as const,
};

const input = fc.record({
  members: fc.array(fc.record({ leader: fc.boolean(), joinsLate: fc.boolean() }), {
    maxLength: 12,
  }),
  deputies: fc.array(fc.record({ suspended: fc.boolean(), area: fc.integer({ min: 0, max: 3 }) }), {
    maxLength: 60,
  }),
  quota: fc.record({
    leader: fc.integer({ min: 0, max: 6 }),
    member: fc.integer({ min: 0, max: 4 }),
  }),
  matching: fc.constantFrom('none', 'area', 'field') as fc.Arbitrary<'none' | 'area' | 'field'>,
});

function build(spec: Spec) {
  const members: StandingCommitteeMember[] = spec.members.map((m, i) => ({
    ...member(`M-${i}`, [], { from: m.joinsLate ? '2025-03-01' : '2022-01-10' }),
    position: m.leader ? 'viceChair' : 'member',
  }));
  const deputies: Deputy[] = spec.deputies.map((d, i) => ({
    ...deputy(`D-${String(i).padStart(3, '0')}`, d.suspended ? { status: suspended } : {}),
    constituency: { kind: 'constituency', id: `EC-${d.area}`, name: '选区' },
  }));
  const memberAreas = Object.fromEntries(members.map((m, i) => [m.id, [`EC-${i % 4}`]]));
  return {
    members,
    deputies,
    rules: { ...rules, quota: spec.quota, matching: spec.matching, memberAreas },
  };
}

type Spec = typeof input extends fc.Arbitrary<infer T> ? T : never;

describe('planContacts laws', () => {
  it('assigns every active deputy when a member serves; within quota unless short, then evenly', () => {
    fc.assert(
      fc.property(input, (spec) => {
        const { members, deputies, rules: r } = build(spec);
        const plan = planContacts(members, deputies, r);
        const active = deputies.filter((d) => d.status.status === 'inOffice').length;
        const serving = members.filter((m) => m.term.from <= '2025-01-01').length;
        const assigned = new Set(plan.pairs.map((p) => p.deputyId));
        expect(assigned.size).toBe(serving > 0 ? active : 0);
        if (plan.summary.places >= active) {
          for (const l of plan.loads) expect(l.load).toBeLessThanOrEqual(l.quota);
        } else if (plan.loads.length > 0) {
          const beyond = plan.loads.map((l) => l.load - l.quota);
          expect(Math.min(...beyond)).toBeGreaterThanOrEqual(0);
          expect(Math.max(...beyond) - Math.min(...beyond)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same input, in any order, gives the same plan', () => {
    fc.assert(
      fc.property(input, (spec) => {
        const { members, deputies, rules: r } = build(spec);
        const a = planContacts(members, deputies, r);
        const b = planContacts([...members].reverse(), [...deputies].reverse(), r);
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
