import * as fc from 'fast-check';
import { describe } from 'vitest';
import type { SuggestionSqlGroupKey } from '../../../../src/suggestion/figures/index.js';
import { definePolicy } from '../../../../src/suggestion/policy.js';
import { asOfAfter, asOfDayArb, dutyPlan, dutyWalk } from '../support/dutyWalk.js';
import { WALK_TOPICS, walkRecords, walksArb } from '../support/walkRecords.js';
import { type Engine, expectSameInEngine, inEachEngine, loadFacts } from './support/engines.js';
import { GROUP_KEYS } from './support/groupings.js';

// Random workflow walks under random policies → facts tables in each engine → the dashboard's SQL
// → rows → stats, deep-equal to suggestionStats on the same records, for a random grouping, with
// and without a period.

const policyArb = fc
  .record({
    repliedWhen: fc.constantFrom('leadUnit', 'everyRequiredUnit'),
    evaluationCounting: fc.constantFrom('leadOnly', 'everyDeputy'),
    satisfactionBase: fc.constantFrom('forms', 'items', 'replies'),
    assistingInputBeforeReply: fc.constantFrom('optional', 'required', 'requiredUntilDue'),
  })
  .map((rules) => definePolicy({ id: 'random', version: 1, ...rules }));

const walks = fc
  .tuple(policyArb, walksArb(30), fc.integer({ min: 0, max: 400 }))
  .map(([policy, plan, daysAfter]) => ({
    policy,
    ...walkRecords(policy, plan, WALK_TOPICS, daysAfter),
  }));
const dutyRecords = fc
  .tuple(policyArb, fc.array(dutyPlan, { minLength: 1, maxLength: 5 }), asOfDayArb)
  .map(([policy, plans, asOfDay]) => ({
    policy,
    records: plans.map((plan, index) => dutyWalk(plan, `S-${index}`, policy, asOfDay)),
    asOf: asOfAfter(asOfDay),
  }));

const groupingArb = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...GROUP_KEYS).map((key) => [key]),
  fc.constant(['leadUnit', 'assignmentMonth'] as SuggestionSqlGroupKey[]),
);
const periodArb = fc.constantFrom(undefined, '2025', { from: '2025-02-01', to: '2025-04-30' });

function property(engine: () => Engine) {
  return fc.asyncProperty(
    fc.oneof(walks, dutyRecords),
    groupingArb,
    periodArb,
    async ({ policy, records, asOf }, groupBy, period) => {
      await loadFacts(engine(), records, policy, asOf);
      await expectSameInEngine(engine(), records, { policy, asOf, groupBy, period });
    },
  );
}

describe('the dashboard on random walks', () => {
  inEachEngine(
    'equals suggestionStats, total and per group',
    'renda_engines_prop',
    async (engine) => {
      await fc.assert(
        property(() => engine),
        { numRuns: 40 },
      );
    },
  );
});
