import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../../src/model/suggestion.js';
import type { MetricPeriod } from '../../../../src/stats/defineMetric.js';
import type {
  SuggestionSqlGroupKey,
  SuggestionStatsPolicy,
} from '../../../../src/suggestion/figures/index.js';
import { handMade, POLICIES, SAMPLES } from '../support/samples.js';
import {
  type Engine,
  expectSameInEngine,
  inEachEngine,
  loadFacts,
  PG_URL,
} from './support/engines.js';
import { GROUP_KEYS } from './support/groupings.js';

// The dashboard computed inside the engines, from the facts tables, equals suggestionStats on the
// records the facts were taken from: deep-equal, total and per group, for every grouping, with
// and without a period, on every sample under every policy.

const PERIODS: readonly (MetricPeriod | undefined)[] = [
  undefined,
  '2025',
  { from: '2025-03-01', to: '2025-06-30' },
  { from: '2025-05-01' },
  '十四届三次会议',
];

async function expectSameDashboard(
  engine: Engine,
  records: readonly Suggestion[],
  policy: SuggestionStatsPolicy,
  asOf: string,
): Promise<void> {
  await loadFacts(engine, records, policy, asOf);
  const groupings: (SuggestionSqlGroupKey[] | undefined)[] = [
    undefined,
    ...GROUP_KEYS.map((key) => [key]),
    ['leadUnit', 'assignmentYear'],
  ];
  for (const groupBy of groupings) {
    // Every period ungrouped, and a filtering period beside none for every grouping.
    for (const period of groupBy === undefined ? PERIODS : PERIODS.slice(0, 3)) {
      await expectSameInEngine(engine, records, { policy, asOf, groupBy, period });
    }
  }
}

const SETS = () => [
  ...SAMPLES.slice(0, 2).map((sample) => ({ records: sample.suggestions, asOf: sample.asOf })),
  { records: handMade(), asOf: '2025-06-03T09:00:00+08:00' },
];

describe('the dashboard in the engines', () => {
  inEachEngine(
    'equals suggestionStats for every sample, policy, grouping and period',
    'renda_engines_test',
    async (engine) => {
      for (const { records, asOf } of SETS()) {
        for (const policy of POLICIES) await expectSameDashboard(engine, records, policy, asOf);
      }
    },
  );
});

it('has the PostgreSQL server the services script runs', () => {
  expect(PG_URL).toMatch(/^postgres(ql)?:\/\//);
});
