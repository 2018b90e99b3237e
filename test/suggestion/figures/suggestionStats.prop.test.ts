import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCalendarDay } from '../../../src/calendar/toCalendarDay.js';
import { aggregateStates } from '../../../src/stats/aggregateStates.js';
import { finalizeAggregate } from '../../../src/stats/finalizeAggregate.js';
import { mergeAggregateStates } from '../../../src/stats/mergeAggregateStates.js';
import {
  byAssignmentMonth,
  byLeadUnit,
  SUGGESTION_RATE_IDS,
  suggestionStats,
  suggestionStatsAccumulator,
} from '../../../src/suggestion/figures/index.js';
import { dayNumber, instantDayIn } from '../../../src/suggestion/figures/internal/days.js';
import { POLICIES, SAMPLES } from './support/samples.js';

/** A deterministic shuffle (mulberry32) so fast-check can shrink the seed. */
function shuffled<T>(values: readonly T[], seed: number): T[] {
  const out = [...values];
  let a = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const j = (((t ^ (t >>> 14)) >>> 0) % (i + 1)) as number;
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const sampleArb = fc.constantFrom(...SAMPLES.filter((s) => s.suggestions.length < 1000));
const policyArb = fc.constantFrom(...POLICIES);

describe('suggestionStats laws', () => {
  it('keeps every rate in [0, 1], and null exactly when the denominator is 0, in the total and every group', () => {
    fc.assert(
      fc.property(sampleArb, policyArb, fc.nat(), fc.nat(), (sample, policy, seed, size) => {
        const records = shuffled(sample.suggestions, seed).slice(
          0,
          size % (sample.suggestions.length + 1),
        );
        const result = suggestionStats(records, { asOf: sample.asOf, policy, groupBy: byLeadUnit });
        for (const stats of [result.total, ...result.groups.map((g) => g.stats)]) {
          for (const id of SUGGESTION_RATE_IDS) {
            const { numerator, denominator, value } = stats.rates[id];
            expect(value === null).toBe(denominator === 0);
            if (value !== null) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
              expect(numerator).toBeLessThanOrEqual(denominator);
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('gives the one-pass result when the partial states of any split (shuffle + cut) are merged', () => {
    fc.assert(
      fc.property(
        sampleArb,
        policyArb,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (sample, policy, seed, cut1, cut2) => {
          const records = shuffled(sample.suggestions, seed);
          const a = cut1 % (records.length + 1);
          const b = a + (cut2 % (records.length - a + 1));
          const metrics = { stats: suggestionStatsAccumulator(policy, sample.asOf) };
          const options = { groupBy: byLeadUnit };
          const parts = [records.slice(0, a), records.slice(a, b), records.slice(b)].map((part) =>
            aggregateStates(part, metrics, options),
          );
          const merged = mergeAggregateStates(
            parts[2] as never,
            mergeAggregateStates(parts[0] as never, parts[1] as never, metrics),
            metrics,
          );
          const onePass = finalizeAggregate(
            aggregateStates(sample.suggestions, metrics, options),
            metrics,
          );
          expect(finalizeAggregate(merged, metrics)).toEqual(onePass);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('round-trips its state through JSON', () => {
    fc.assert(
      fc.property(sampleArb, policyArb, (sample, policy) => {
        const metrics = { stats: suggestionStatsAccumulator(policy, sample.asOf) };
        const states = aggregateStates(sample.suggestions, metrics, { groupBy: byLeadUnit });
        const json = JSON.parse(JSON.stringify(states));
        expect(json).toEqual(states);
        expect(finalizeAggregate(json, metrics)).toEqual(finalizeAggregate(states, metrics));
      }),
      { numRuns: 10 },
    );
  });

  it('gives grouped totals equal to the ungrouped figures, and groups that add up', () => {
    fc.assert(
      fc.property(
        sampleArb,
        policyArb,
        fc.constantFrom('unit', 'month', 'both'),
        (sample, policy, by) => {
          const groupBy =
            by === 'unit'
              ? byLeadUnit
              : by === 'month'
                ? byAssignmentMonth(policy)
                : [byLeadUnit, byAssignmentMonth()];
          const options = { asOf: sample.asOf, policy };
          const grouped = suggestionStats(sample.suggestions, { ...options, groupBy });
          const plain = suggestionStats(sample.suggestions, options);
          expect(grouped.total).toEqual(plain.total);
          for (const id of SUGGESTION_RATE_IDS) {
            const sum = (f: (r: { numerator: number; denominator: number }) => number) =>
              grouped.groups.reduce((acc, g) => acc + f(g.stats.rates[id]), 0);
            expect(sum((r) => r.numerator)).toBe(plain.total.rates[id].numerator);
            expect(sum((r) => r.denominator)).toBe(plain.total.rates[id].denominator);
          }
          const overdue = grouped.groups.reduce((acc, g) => acc + g.stats.overdue.n, 0);
          expect(overdue).toBe(plain.total.overdue.n);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('the fixed-offset day fast path', () => {
  it('agrees with toCalendarDay for Asia/Shanghai and UTC', () => {
    const fast = { 'Asia/Shanghai': instantDayIn('Asia/Shanghai'), UTC: instantDayIn('UTC') };
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1995-01-01T00:00:00Z'),
          max: new Date('2090-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('Asia/Shanghai', 'UTC') as fc.Arbitrary<'Asia/Shanghai' | 'UTC'>,
        (date, zone) => {
          const iso = date.toISOString();
          expect(fast[zone](iso)).toBe(dayNumber(toCalendarDay(iso, zone)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('falls back to toCalendarDay for other zones and non-canonical timestamps', () => {
    const berlin = instantDayIn('Europe/Berlin');
    expect(berlin('2025-03-30T22:30:00.000Z')).toBe(dayNumber('2025-03-31'));
    const shanghai = instantDayIn('Asia/Shanghai');
    expect(shanghai('2025-05-01T23:30:00-02:00')).toBe(dayNumber('2025-05-02'));
    expect(shanghai('1988-06-01T15:30:00.000Z')).toBe(
      dayNumber(toCalendarDay('1988-06-01T15:30:00.000Z', 'Asia/Shanghai')),
    );
  });
});
