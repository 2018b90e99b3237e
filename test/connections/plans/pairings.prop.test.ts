import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPairings } from '../../../src/connections/plans/checkPairings.js';
import type { PairingRules } from '../../../src/connections/plans/pairingRules.js';
import { planPairings } from '../../../src/connections/plans/planPairings.js';
import type { Deputy } from '../../../src/model/deputy.js';
import { deputy } from '../coverage/fixtures.js';

const YEAR = { from: '2025-01-01', to: '2025-12-31' } as const;

// Random rosters of officials and grassroots deputies, re-elected or new, some suspended.
const input = fc.record({
  deputies: fc.array(
    fc.record({
      official: fc.boolean(),
      reElected: fc.boolean(),
      suspended: fc.boolean(),
      area: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 40 },
  ),
  kind: fc.constantFrom('leaderWithGrassroots', 'returningWithNew') as fc.Arbitrary<
    'leaderWithGrassroots' | 'returningWithNew'
  >,
  quota: fc.integer({ min: 0, max: 5 }),
  matching: fc.constantFrom('none', 'area', 'field') as fc.Arbitrary<'none' | 'area' | 'field'>,
  seed: fc.integer(),
});
type Spec = typeof input extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec): { deputies: Deputy[]; rules: PairingRules } {
  const deputies = spec.deputies.map((d, i) => ({
    ...deputy(`D-${String(i).padStart(3, '0')}`, {
      grassroots: !d.official,
      reElected: d.reElected,
      ...(d.suspended
        ? { status: { status: 'suspended', since: '2024-06-01', reason: 'servingSentence' } }
        : {}),
    }),
    occupations: [d.official ? 'official' : 'farmer'] as Deputy['occupations'],
    constituency: { kind: 'constituency' as const, id: `EC-${d.area}`, name: `第${d.area}选区` },
  }));
  return {
    deputies,
    rules: { kind: spec.kind, period: YEAR, quota: spec.quota, matching: spec.matching },
  };
}

describe('planPairings (property)', () => {
  it('pairs every qualifying deputy once when a holder qualifies, and nobody else', () => {
    fc.assert(
      fc.property(input, (spec) => {
        const { deputies, rules } = build(spec);
        const plan = planPairings({ deputies }, rules);
        const serving = deputies.filter((d) => d.status.status === 'inOffice');
        const holds = (d: Deputy) =>
          spec.kind === 'leaderWithGrassroots' ? !d.grassroots : d.reElected === true;
        const holders = new Set(serving.filter(holds).map((d) => d.id));
        const partners = new Set(serving.filter((d) => !holds(d)).map((d) => d.id));
        expect(plan.summary.holders).toBe(holders.size);
        expect(plan.summary.partners).toBe(partners.size);
        const paired = plan.pairs.map((p) => p.partnerId);
        expect(new Set(paired).size).toBe(paired.length);
        for (const p of plan.pairs) {
          expect(holders.has(p.holderId)).toBe(true);
          expect(partners.has(p.partnerId)).toBe(true);
        }
        expect(paired.length).toBe(holders.size === 0 ? 0 : partners.size);
        // Within the places unless they run short; then overloads differ by at most one.
        const places = plan.loads.reduce((sum, l) => sum + l.quota, 0);
        if (places >= partners.size && spec.matching === 'none')
          for (const l of plan.loads) expect(l.load).toBeLessThanOrEqual(l.quota);
        if (places < partners.size) {
          const over = plan.loads.map((l) => l.load - l.quota);
          expect(Math.max(...over) - Math.min(...over)).toBeLessThanOrEqual(1);
        }
        // The plan checked on its first day leaves nobody unpaired when someone holds.
        const check = checkPairings(plan, [], rules, { asOf: YEAR.from, deputies });
        expect(check.counts.unpairedPartner).toBe(holders.size === 0 ? partners.size : 0);
      }),
    );
  });

  it('is deterministic: the same roster in any order gives the same plan', () => {
    fc.assert(
      fc.property(input, (spec) => {
        const { deputies, rules } = build(spec);
        const shuffled = fc.sample(fc.shuffledSubarray(deputies, { minLength: deputies.length }), {
          numRuns: 1,
          seed: spec.seed,
        })[0] as Deputy[];
        expect(planPairings({ deputies: shuffled }, rules)).toEqual(
          planPairings({ deputies }, rules),
        );
      }),
    );
  });
});
