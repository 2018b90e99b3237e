import * as fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Suggestion } from '../../../src/model/suggestion.js';
import type { GroupBy } from '../../../src/stats/aggregateTypes.js';
import { byAssignmentYear, byLeadUnit, byTopic } from '../../../src/suggestion/figures/index.js';
import { definePolicy } from '../../../src/suggestion/policy.js';
import { asOfAfter, asOfDayArb, dutyPlan, dutyWalk } from './support/dutyWalk.js';
import { expectSameFigures } from './support/sameFigures.js';
import { WALK_TOPICS, walkRecords, walksArb } from './support/walkRecords.js';

// The differential proof of issue 8: the fused dashboard (suggestionStats) and the per-definition
// path (each figure of SUGGESTION_METRICS as its own accumulator through aggregate) give the same
// figures, total and per group, on records of random workflow walks under random policies.

const policyArb = fc
  .record({
    repliedWhen: fc.constantFrom('leadUnit', 'everyRequiredUnit'),
    evaluationCounting: fc.constantFrom('leadOnly', 'everyDeputy'),
    maxReHandlingRounds: fc.constantFrom(null, 0, 1, 2),
    satisfactionBase: fc.constantFrom('forms', 'items', 'replies'),
    assistingInputBeforeReply: fc.constantFrom('optional', 'required', 'requiredUntilDue'),
  })
  .map((rules) => definePolicy({ id: 'random', version: 1, ...rules }));

const groupings: readonly (GroupBy<Suggestion> | undefined)[] = [
  undefined,
  byLeadUnit,
  byAssignmentYear(),
  [byLeadUnit, byTopic],
];

describe('suggestionStats against the per-definition path (differential)', () => {
  it('gives every figure equal, total and per group, for random walks under random policies', () => {
    fc.assert(
      fc.property(
        policyArb,
        walksArb(40),
        fc.integer({ min: 0, max: 400 }),
        fc.nat(groupings.length - 1),
        (policy, walks, daysAfter, grouping) => {
          const { records, asOf } = walkRecords(policy, walks, WALK_TOPICS, daysAfter);
          expectSameFigures(records, policy, asOf, groupings[grouping]);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('gives the duty figures (协办意见, 跟踪办理) equal on walks that reach them often', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.array(dutyPlan, { minLength: 1, maxLength: 5 }),
        asOfDayArb,
        fc.nat(groupings.length - 1),
        (policy, plans, asOfDay, grouping) => {
          const records = plans.map((plan, index) => dutyWalk(plan, `S-${index}`, policy, asOfDay));
          expectSameFigures(records, policy, asOfAfter(asOfDay), groupings[grouping]);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
