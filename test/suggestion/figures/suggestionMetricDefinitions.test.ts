import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/model/suggestion.js';
import { aggregate } from '../../../src/stats/aggregate.js';
import {
  SUGGESTION_METRICS,
  SUGGESTION_RATE_IDS,
  suggestionMetricDefinitions,
  suggestionStats,
} from '../../../src/suggestion/figures/index.js';
import { handMade, POLICIES, SAMPLES } from './support/samples.js';

const nonZero = (record: Readonly<Record<string, number>>) =>
  Object.fromEntries(Object.entries(record).filter(([, n]) => n > 0));

const withoutStamp = (record: object): Record<string, number> => {
  const { asOf: _asOf, period: _period, ...rest } = record as Record<string, number>;
  return rest;
};

/** Runs every definition through the generic aggregate and compares with the dashboard. */
function expectSameFigures(
  records: readonly Suggestion[],
  policy: (typeof POLICIES)[number],
  asOf: string,
) {
  const definitions = suggestionMetricDefinitions(policy, asOf);
  const generic = aggregate(records, definitions, { asOf }).total;
  const dashboard = suggestionStats(records, { asOf, policy }).total;
  for (const id of SUGGESTION_RATE_IDS) {
    expect({ ...dashboard.rates[id] }, id).toEqual({ ...generic[id] });
  }
  expect(nonZero(dashboard.stateCounts.byState)).toEqual(nonZero(generic.stateCounts.counts));
  expect(nonZero(dashboard.outcomeClasses.counts)).toEqual({ ...generic.outcomeClasses.counts });
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

describe('SUGGESTION_METRICS', () => {
  it('defines every figure once, with id, version, names, formula, unit, exclusions and report line', () => {
    for (const [key, d] of Object.entries(SUGGESTION_METRICS)) {
      expect(d.id).toBe(key);
      expect(d.version).toBeGreaterThanOrEqual(1);
      expect(d.name['zh-Hans'].length).toBeGreaterThan(0);
      expect(d.name.en.length).toBeGreaterThan(0);
      expect(d.formula['zh-Hans'].length).toBeGreaterThan(0);
      expect(d.reportLine['zh-Hans'].length).toBeGreaterThan(0);
      expect(Object.isFrozen(d)).toBe(true);
    }
    for (const id of SUGGESTION_RATE_IDS) expect(SUGGESTION_METRICS[id].kind).toBe('rate');
  });

  it('leaves withdrawn, merged, not-registered and unassigned items out of every item rate', () => {
    for (const id of SUGGESTION_RATE_IDS) {
      const d = SUGGESTION_METRICS[id];
      const reasons = d.exclusions.map((e) => e.reason);
      expect(reasons).toEqual(
        d.unit === 'item'
          ? ['withdrawn', 'merged', 'notRegistered', 'notAssigned']
          : ['itemExcluded', 'coSigner'],
      );
    }
  });
});

describe('suggestionMetricDefinitions (one definition drives every view)', () => {
  it('gives, through the generic aggregate, the same figure as the dashboard on hand-made records', () => {
    for (const policy of POLICIES)
      expectSameFigures(handMade(), policy, '2025-06-03T09:00:00+08:00');
  });

  it('gives the same figures as the dashboard on generated samples of several seeds', () => {
    for (const { suggestions, asOf } of SAMPLES) {
      for (const policy of POLICIES) expectSameFigures(suggestions, policy, asOf);
    }
  });

  it('builds rate definitions that carry their exclusion labels', () => {
    const { replyRate, satisfactionRate } = suggestionMetricDefinitions(
      POLICIES[0],
      '2025-12-31T10:00:00Z',
    );
    expect(replyRate.exclude.map((e) => e.reason)).toEqual([
      'withdrawn',
      'merged',
      'notRegistered',
      'notAssigned',
    ]);
    expect(satisfactionRate.unit).toBe('evaluation');
  });
});
