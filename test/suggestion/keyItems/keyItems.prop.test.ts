import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../src/internal/civilDays.js';
import type { KeyItemPlan } from '../../../src/model/keyItemPlan.js';
import type { KeyItemVote } from '../../../src/model/keyItemVote.js';
import { aggregate } from '../../../src/stats/aggregate.js';
import { keyItemMilestonesMetMetric } from '../../../src/suggestion/keyItems/keyItemMilestonesMetMetric.js';
import { keyItemPlanStatus } from '../../../src/suggestion/keyItems/keyItemPlanStatus.js';
import {
  safeTallyKeyItemVote,
  tallyKeyItemVote,
} from '../../../src/suggestion/keyItems/tallyKeyItemVote.js';

// Days around a leap year and its month ends: 2023-12-01 … 2025-03-31.
const FIRST = toDayNumber(2023, 12, 1);
const LAST = toDayNumber(2025, 3, 31);
const day = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const zone = fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Apia');
const offset = fc.constantFrom('+08:00', 'Z', '-05:00', '+13:00');
const instant = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), offset)
  .map(([d, h, m, o]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00${o}`);

const milestone = fc.record(
  {
    dueDay: day,
    startOffset: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
    doneAt: fc.option(instant, { nil: undefined }),
  },
  { requiredKeys: ['dueDay'] },
);

const plan = fc.tuple(zone, fc.array(milestone, { maxLength: 12 })).map(
  ([timeZone, ms]): KeyItemPlan => ({
    id: 'P',
    year: 2024,
    timeZone,
    items: [{ id: 'K-1', topic: '专题', suggestionIds: ['S-1'], leads: [] }],
    milestones: ms.map((m, i) => {
      const start =
        m.startOffset === undefined
          ? undefined
          : fromDayNumber(
              Math.max(
                FIRST,
                toDayNumber(...(m.dueDay.split('-').map(Number) as [number, number, number])) -
                  m.startOffset,
              ),
            );
      return {
        id: `M-${i}`,
        kind: 'other' as const,
        dueDay: m.dueDay,
        ...(start === undefined ? {} : { startDay: start }),
        ...(m.doneAt === undefined ? {} : { doneAt: m.doneAt }),
      };
    }),
  }),
);

const JUDGED = new Set(['metOnTime', 'metLate', 'overdue']);

describe('key-item milestones (properties)', () => {
  it('counts every milestone once, and the rate is honest', () => {
    fc.assert(
      fc.property(plan, fc.oneof(day, instant), (p, asOf) => {
        const status = keyItemPlanStatus(p, asOf);
        const total = Object.values(status.counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(p.milestones.length);
        const { numerator, denominator, value } = status.milestonesMet;
        expect(numerator).toBe(status.counts.metOnTime);
        expect(denominator).toBe(
          status.counts.metOnTime + status.counts.metLate + status.counts.overdue,
        );
        expect(value === null).toBe(denominator === 0);
        if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
        if (value !== null) expect(value).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never un-judges a milestone as time passes, and never changes a verdict once met', () => {
    fc.assert(
      fc.property(plan, day, day, (p, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const before = keyItemPlanStatus(p, early).milestones;
        const after = keyItemPlanStatus(p, late).milestones;
        before.forEach((m, i) => {
          const next = after[i]?.status as string;
          if (JUDGED.has(m.status)) expect(JUDGED.has(next)).toBe(true);
          if (m.status === 'metOnTime' || m.status === 'metLate') expect(next).toBe(m.status);
        });
      }),
    );
  });

  it('is met on time exactly when met on or before the due day in the plan zone', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const status = keyItemPlanStatus(p, '2099-01-01');
        status.milestones.forEach((m) => {
          if (m.doneAt === undefined) expect(m.status).toBe('overdue');
          else expect(m.status).toBe((m.doneDay as string) <= m.dueDay ? 'metOnTime' : 'metLate');
        });
      }),
    );
  });

  it('adds up over plans: the metric over any split equals the sum of the plan statuses', () => {
    fc.assert(
      fc.property(fc.array(plan, { maxLength: 5 }), day, fc.nat(5), (plans, asOf, cut) => {
        const met = keyItemMilestonesMetMetric(asOf);
        const whole = aggregate(plans, { met }).total.met;
        const states = [plans.slice(0, cut), plans.slice(cut)].map((part) =>
          part.reduce((state, p) => met.step(state, p), met.init()),
        );
        const merged = met.result(met.merge(states[0]!, states[1]!));
        expect(merged.numerator).toBe(whole.numerator);
        expect(merged.denominator).toBe(whole.denominator);
        const sum = plans.map((p) => keyItemPlanStatus(p, asOf).milestonesMet);
        expect(whole.numerator).toBe(sum.reduce((a, r) => a + r.numerator, 0));
        expect(whole.denominator).toBe(sum.reduce((a, r) => a + r.denominator, 0));
      }),
    );
  });

  it('does not depend on the machine time zone: a bare day and its own midnight agree', () => {
    fc.assert(
      fc.property(plan, day, (p, asOf) => {
        const viaDay = keyItemPlanStatus(p, asOf).asOfDay;
        expect(viaDay).toBe(asOf);
      }),
    );
  });
});

const count = fc.nat(60);
const result = fc.record({
  satisfied: count,
  basicallySatisfied: count,
  dissatisfied: count,
  abstained: count,
  invalid: count,
});

describe('satisfaction vote tally (properties)', () => {
  it('refuses exactly the tallies with more votes than members present', () => {
    fc.assert(
      fc.property(result, fc.nat(300), fc.nat(50), (r, present, extra) => {
        const vote: KeyItemVote = {
          id: 'V',
          day: '2025-11-26',
          electorate: { members: present + extra, present },
          results: [{ itemId: 'K', ...r }],
        };
        const cast = r.satisfied + r.basicallySatisfied + r.dissatisfied + r.abstained + r.invalid;
        const tallied = safeTallyKeyItemVote(vote);
        expect(tallied.ok).toBe(cast <= present);
        if (!tallied.ok) expect(tallied.error.issues[0]?.code).toBe('VOTES_EXCEED_PRESENT');
      }),
    );
  });

  it('keeps broad ≥ narrow, cast = valid + abstained + invalid, and passes by the threshold exactly', () => {
    fc.assert(
      fc.property(
        result,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('atLeast', 'moreThan') as fc.Arbitrary<'atLeast' | 'moreThan'>,
        (r, threshold, comparison) => {
          const cast =
            r.satisfied + r.basicallySatisfied + r.dissatisfied + r.abstained + r.invalid;
          const vote: KeyItemVote = {
            id: 'V',
            day: '2025-11-26',
            electorate: { members: cast, present: cast },
            results: [{ itemId: 'K', ...r }],
          };
          const item = tallyKeyItemVote(vote, { threshold, comparison }).items[0]!;
          expect(item.cast).toBe(item.valid + item.abstained + item.invalid);
          expect(item.satisfactionRate.numerator).toBeGreaterThanOrEqual(
            item.narrowSatisfactionRate.numerator,
          );
          expect(item.satisfactionRate.denominator).toBe(item.valid);
          const value = item.satisfactionRate.value;
          const expected =
            value !== null && (comparison === 'atLeast' ? value >= threshold : value > threshold);
          expect(item.passed).toBe(expected);
        },
      ),
    );
  });
});
