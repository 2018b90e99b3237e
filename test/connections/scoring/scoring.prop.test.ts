import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineScoringRules,
  type ScoringItem,
} from '../../../src/connections/scoring/defineScoringRules.js';
import { scoreDeputies } from '../../../src/connections/scoring/scoreDeputies.js';
import { evaluateUnits } from '../../../src/suggestion/figures/evaluateUnits.js';
import { shenzhen2007UnitThresholds } from '../../../src/suggestion/figures/shenzhen2007UnitThresholds.js';
import { deputy, record, YEAR } from '../coverage/fixtures.js';

const KINDS = ['suggestionSubmitted', 'training', 'sessionAbsence', 'award'] as const;
const roster = ['D-0', 'D-1', 'D-2', 'D-3'].map((id) => deputy(id));
const records = fc
  .array(
    fc.record({
      who: fc.integer({ min: 0, max: 3 }),
      kind: fc.constantFrom(...KINDS),
      month: fc.integer({ min: 1, max: 12 }),
      excused: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((list) =>
    list.map((r) =>
      record(
        `D-${r.who}`,
        r.kind,
        `2025-${String(r.month).padStart(2, '0')}-15`,
        r.kind === 'sessionAbsence' ? r.excused : undefined,
      ),
    ),
  );
const item = fc.record({
  kind: fc.constantFrom(...KINDS),
  points: fc.integer({ min: 1, max: 10 }),
  cap: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
});
const toItem = (i: {
  kind: (typeof KINDS)[number];
  points: number;
  cap: number | undefined;
}): ScoringItem =>
  i.cap === undefined
    ? { kind: i.kind, points: i.points }
    : { kind: i.kind, points: i.points, cap: i.cap };
const rulesArb = fc
  .record({
    base: fc.integer({ min: 0, max: 60 }),
    items: fc.array(item, { minLength: 1, maxLength: 4 }),
    penalties: fc.array(item, { maxLength: 2 }),
    cap: fc.option(fc.integer({ min: 50, max: 150 }), { nil: null }),
  })
  .map((r) =>
    defineScoringRules({
      id: 'prop',
      version: 1,
      base: r.base,
      items: r.items.map(toItem),
      penalties: r.penalties.map(toItem),
      cap: r.cap,
      bands: [
        { min: 80, grade: { 'zh-Hans': '好', en: 'Good' } },
        { min: 60, grade: { 'zh-Hans': '较好', en: 'Fairly good' } },
        { min: null, grade: { 'zh-Hans': '差', en: 'Poor' } },
      ],
      period: 'year',
    }),
  );

describe('scoring invariants (fast-check)', () => {
  it('total = base + Σ breakdown points, held at the cap; items never exceed their caps', () => {
    fc.assert(
      fc.property(rulesArb, records, (rules, recs) => {
        const result = scoreDeputies(roster, recs, rules, { period: YEAR });
        expect(result.scores).toHaveLength(roster.length);
        for (const score of result.scores) {
          const sum = score.breakdown.reduce((s, line) => s + line.points, rules.base);
          expect(score.raw).toBe(sum);
          expect(score.total).toBe(rules.cap === null ? sum : Math.min(sum, rules.cap));
          score.breakdown.forEach((line, i) => {
            const spec =
              i < rules.items.length ? rules.items[i]! : rules.penalties[i - rules.items.length]!;
            const magnitude = Math.abs(line.points);
            expect(magnitude).toBeLessThanOrEqual(line.count * spec.points);
            if (spec.cap !== undefined) expect(magnitude).toBeLessThanOrEqual(spec.cap);
            expect(line.capped).toBe(magnitude < line.count * spec.points);
          });
          const expected = score.total >= 80 ? 'Good' : score.total >= 60 ? 'Fairly good' : 'Poor';
          expect(score.grade?.en).toBe(expected);
        }
        for (let i = 1; i < result.scores.length; i++) {
          expect(result.scores[i - 1]!.total).toBeGreaterThanOrEqual(result.scores[i]!.total);
        }
        expect(result.distribution.reduce((s, d) => s + d.count, 0)).toBe(roster.length);
      }),
    );
  });

  it('a unit fails exactly when some criterion fails', () => {
    const rate = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          signedWithin7DaysRate: rate,
          repliedWithin3MonthsRate: rate,
          overdueCount: fc.nat(3),
          repliedWithin6MonthsAll: fc.boolean(),
          satisfiedRate: rate,
          dissatisfiedCount: fc.nat(3),
          basicallyOrBetterAll: fc.boolean(),
        }),
        (figures) => {
          const unit = evaluateUnits([{ unitId: 'U', ...figures }], shenzhen2007UnitThresholds)
            .units[0]!;
          const grades = unit.perCriterion.map((c) => c.grade);
          expect(unit.grade === 'fail').toBe(grades.includes('fail'));
          if (unit.grade === 'good')
            expect(grades.every((g) => g === 'good' || g === 'notApplicable')).toBe(true);
        },
      ),
    );
  });
});

describe('scoring with decimal points (fast-check)', () => {
  it('totals and grades match exact arithmetic in tenths', () => {
    const tenthItem = fc.record({
      kind: fc.constantFrom(...KINDS),
      tenths: fc.integer({ min: 1, max: 15 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.array(tenthItem, { minLength: 1, maxLength: 3 }),
        fc.array(tenthItem, { maxLength: 2 }),
        records,
        (base, items, penalties, recs) => {
          const toSpec = (i: { kind: (typeof KINDS)[number]; tenths: number }): ScoringItem => ({
            kind: i.kind,
            points: i.tenths / 10,
          });
          const rules = defineScoringRules({
            id: 'tenths',
            version: 1,
            base,
            items: items.map(toSpec),
            penalties: penalties.map(toSpec),
            cap: null,
            bands: [
              { min: 60, grade: { 'zh-Hans': '合格', en: 'Pass' } },
              { min: null, grade: { 'zh-Hans': '不合格', en: 'Fail' } },
            ],
            period: 'year',
          });
          const result = scoreDeputies(roster, recs, rules, { period: YEAR });
          for (const score of result.scores) {
            // Exact total in tenths, with integers only.
            let tenths = base * 10;
            score.breakdown.forEach((line, i) => {
              const spec = i < items.length ? items[i]! : penalties[i - items.length]!;
              tenths += (i < items.length ? 1 : -1) * line.count * spec.tenths;
            });
            expect(score.total).toBe(tenths / 10);
            expect(score.grade?.en).toBe(tenths >= 600 ? 'Pass' : 'Fail');
          }
        },
      ),
    );
  });
});
