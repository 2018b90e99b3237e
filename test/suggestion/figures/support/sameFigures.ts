import { expect } from 'vitest';
import type { Suggestion } from '../../../../src/model/suggestion.js';
import { aggregate } from '../../../../src/stats/aggregate.js';
import type { GroupBy } from '../../../../src/stats/aggregateTypes.js';
import type { AggregateResults } from '../../../../src/stats/finalizeAggregate.js';
import {
  SUGGESTION_RATE_IDS,
  type SuggestionMetricDefinitions,
  type SuggestionStats,
  type SuggestionStatsPolicy,
  suggestionMetricDefinitions,
  suggestionStats,
} from '../../../../src/suggestion/figures/index.js';

// The dashboard (one fused pass) against the per-definition path (every figure of
// SUGGESTION_METRICS as its own accumulator through the generic aggregate): figure by figure.

const nonZero = (record: Readonly<Record<string, number>>) =>
  Object.fromEntries(Object.entries(record).filter(([, n]) => n > 0));

const withoutStamp = (record: object): Record<string, number> => {
  const { asOf: _asOf, period: _period, ...rest } = record as Record<string, number>;
  return rest;
};

/** Compares one group's (or the total's) figures of both paths. */
function expectSameGroup(
  dashboard: SuggestionStats,
  generic: AggregateResults<SuggestionMetricDefinitions>,
): void {
  for (const id of SUGGESTION_RATE_IDS) {
    expect({ ...dashboard.rates[id] }, id).toEqual({ ...generic[id] });
  }
  expect(nonZero(dashboard.stateCounts.byState)).toEqual(nonZero(generic.stateCounts.counts));
  expect(nonZero(dashboard.outcomeClasses.counts)).toEqual({ ...generic.outcomeClasses.counts });
  expect({ ...dashboard.topics.counts }).toEqual({ ...generic.topics.counts });
  expect(nonZero(dashboard.outcomeClassReplies.counts)).toEqual(
    nonZero(withoutStamp(generic.outcomeClassReplies)),
  );
  const days = dashboard.timeToReply.days;
  const genericDays = generic.timeToReply;
  expect([days.n, days.mean, days.median, days.p90, days.min, days.max]).toEqual([
    genericDays.n,
    genericDays.mean,
    genericDays.median,
    genericDays.p90,
    genericDays.min,
    genericDays.max,
  ]);
  expect(dashboard.overdue.items.map((o) => [o.id, o.daysLate])).toEqual(generic.overdue);
  for (const id of ['assistingInputs', 'followUps'] as const) {
    const fused = dashboard[id];
    const own = generic[id];
    expect(fused.n, id).toBe(own.n);
    expect({ ...fused.excluded }, id).toEqual(own.excluded);
    expect(nonZero({ ...fused.counts }), id).toEqual(nonZero(own.counts as Record<string, number>));
    expect(Object.keys(fused.byUnit), id).toEqual(Object.keys(own.byUnit).sort());
    for (const [unitId, counts] of Object.entries(fused.byUnit)) {
      expect(nonZero({ ...counts }), `${id} ${unitId}`).toEqual(
        nonZero(own.byUnit[unitId] as Record<string, number>),
      );
    }
  }
  const rounds = withoutStamp(generic.rounds) as unknown as Record<string, number[]>;
  expect(
    dashboard.rounds.rounds
      .filter((r) => r.replies + r.evaluations > 0)
      .map((r) => [r.round, r.replies, r.evaluations, r.satisfaction.numerator]),
  ).toEqual(
    Object.keys(rounds)
      .map(Number)
      .sort((a, b) => a - b)
      .map((round) => [round, ...(rounds[String(round)] as number[])]),
  );
}

/**
 * Runs every definition through the generic aggregate and the dashboard over the same records,
 * with the same grouping, and compares every figure of the total and of every group.
 */
export function expectSameFigures(
  records: readonly Suggestion[],
  policy: SuggestionStatsPolicy,
  asOf: string,
  groupBy?: GroupBy<Suggestion>,
): void {
  const definitions = suggestionMetricDefinitions(policy, asOf);
  const grouping = groupBy === undefined ? {} : { groupBy };
  const generic = aggregate(records, definitions, { asOf, ...grouping });
  const dashboard = suggestionStats(records, { asOf, policy, ...grouping });
  expectSameGroup(dashboard.total, generic.total);
  expect(dashboard.groups.map((g) => g.key)).toEqual(generic.groups.map((g) => g.key));
  dashboard.groups.forEach((group, index) => {
    expectSameGroup(
      group.stats,
      (generic.groups[index] as (typeof generic.groups)[number]).results,
    );
  });
}
