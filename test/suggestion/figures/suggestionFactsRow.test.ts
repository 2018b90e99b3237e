import { describe, expect, it } from 'vitest';
import {
  SUGGESTION_FACT_COLUMNS,
  type SuggestionFactsRow,
  safeSuggestionFactsRow,
  suggestionFactsRow,
  suggestionStats,
} from '../../../src/suggestion/figures/index.js';
import { handMade, POLICIES, SAMPLES } from './support/samples.js';

const count = (rows: readonly SuggestionFactsRow[], test: (row: SuggestionFactsRow) => boolean) =>
  rows.filter(test).length;
const sum = (rows: readonly SuggestionFactsRow[], column: (row: SuggestionFactsRow) => number) =>
  rows.reduce((total, row) => total + column(row), 0);

describe('suggestionFactsRow', () => {
  it('gives rows whose sums are the dashboard’s figures, for every sample and policy', () => {
    const sets = [
      ...SAMPLES.map((sample) => ({ records: sample.suggestions, asOf: sample.asOf })),
      { records: handMade(), asOf: '2025-06-03T09:00:00+08:00' },
    ];
    for (const { records, asOf } of sets) {
      for (const policy of POLICIES) {
        const rows = records.map((record) => suggestionFactsRow(record, { policy, asOf }));
        const { total } = suggestionStats(records, { policy, asOf });
        const counted = rows.filter((row) => row.excluded === null);
        const replied = counted.filter((row) => row.replied);
        const pair = (id: keyof typeof total.rates) => [
          total.rates[id].numerator,
          total.rates[id].denominator,
        ];
        expect(pair('replyRate')).toEqual([replied.length, counted.length]);
        expect(pair('onTimeReplyRate')).toEqual([count(counted, (r) => r.onTime), counted.length]);
        expect(pair('closureRate')).toEqual([count(counted, (r) => r.closed), counted.length]);
        expect(pair('faceToFaceRate')).toEqual([
          count(replied, (r) => r.faceToFace),
          replied.length,
        ]);
        expect(pair('feedbackRate')).toEqual([
          count(replied, (r) => r.formReturned),
          replied.length,
        ]);
        expect(pair('keyItemReplyRate')).toEqual([
          count(counted, (r) => r.keyItem && r.replied),
          count(counted, (r) => r.keyItem),
        ]);
        expect(pair('satisfactionRate')).toEqual([
          sum(counted, (r) => r.finalSatisfied + r.finalBasicallySatisfied),
          sum(counted, (r) => r.finalForms),
        ]);
        expect(pair('firstRoundNarrowSatisfactionRate')).toEqual([
          sum(counted, (r) => r.firstRoundSatisfied),
          sum(counted, (r) => r.firstRoundForms),
        ]);
        expect(pair('keyItemSatisfactionRate')).toEqual([
          sum(
            counted.filter((r) => r.keyItem),
            (r) => r.finalSatisfied + r.finalBasicallySatisfied,
          ),
          sum(
            counted.filter((r) => r.keyItem),
            (r) => r.finalForms,
          ),
        ]);
        expect(sum(rows, (r) => r.replies)).toBe(
          Object.values(total.outcomeClassReplies.counts).reduce((a, b) => a + b, 0),
        );
        expect(count(rows, (r) => r.overdue)).toBe(total.overdue.items.length);
        for (const reason of ['withdrawn', 'merged', 'notRegistered', 'notAssigned'] as const) {
          expect(count(rows, (r) => r.excluded === reason)).toBe(
            total.stateCounts.excluded[reason],
          );
        }
        expect(rows.filter((r) => r.daysToReply !== null && r.excluded === null).length).toBe(
          total.timeToReply.days.n,
        );
      }
    }
  });

  it('is a frozen row of primitives with exactly the documented columns', () => {
    const { suggestions, asOf } = SAMPLES[0] as (typeof SAMPLES)[number];
    const policy = POLICIES[0];
    for (const record of suggestions.slice(0, 50)) {
      const row = suggestionFactsRow(record, { policy, asOf });
      expect(Object.isFrozen(row)).toBe(true);
      expect(Object.keys(row)).toEqual(Object.keys(SUGGESTION_FACT_COLUMNS));
      for (const value of Object.values(row))
        expect(['string', 'number', 'boolean'].includes(typeof value) || value === null).toBe(true);
    }
    for (const name of Object.values(SUGGESTION_FACT_COLUMNS)) {
      expect(name['zh-Hans'].length).toBeGreaterThan(0);
      expect(name.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses bad options by name, and its safe twin never throws', () => {
    const record = handMade()[0] as Parameters<typeof suggestionFactsRow>[0];
    expect(() =>
      suggestionFactsRow(record, { policy: POLICIES[0], asOf: 'yesterday' }),
    ).toThrowError(/asOf/);
    for (const options of [undefined, null, 1, {}, { policy: POLICIES[0] }]) {
      const result = safeSuggestionFactsRow(record, options as never);
      expect(result.ok).toBe(false);
    }
    expect(
      safeSuggestionFactsRow(null as never, { policy: POLICIES[0], asOf: '2025-01-01T00:00:00Z' })
        .ok,
    ).toBe(false);
  });
});
