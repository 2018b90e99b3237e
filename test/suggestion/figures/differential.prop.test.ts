import * as fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Suggestion } from '../../../src/model/suggestion.js';
import type { GroupBy } from '../../../src/stats/aggregateTypes.js';
import { byAssignmentYear, byLeadUnit, byTopic } from '../../../src/suggestion/figures/index.js';
import { definePolicy } from '../../../src/suggestion/policy.js';
import { command, randomWalk } from '../support/randomWalk.js';
import { asOfAfter, asOfDayArb, dutyPlan, dutyWalk } from './support/dutyWalk.js';
import { expectSameFigures } from './support/sameFigures.js';

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

const topics = ['交通', '教育', '医疗'];
const groupings: readonly (GroupBy<Suggestion> | undefined)[] = [
  undefined,
  byLeadUnit,
  byAssignmentYear(),
  [byLeadUnit, byTopic],
];

/** Walks that mostly move forward, so records reach replies, forms and re-handling. */
const forward = fc.oneof(
  { weight: 3, arbitrary: command.map((c) => ({ ...c, focus: c.focus % 4 })) },
  { weight: 1, arbitrary: command },
);

describe('suggestionStats against the per-definition path (differential)', () => {
  it('gives every figure equal, total and per group, for random walks under random policies', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.array(
          fc.record({
            proposers: fc.integer({ min: 1, max: 3 }),
            commands: fc.array(forward, { minLength: 3, maxLength: 40 }),
            topic: fc.nat(topics.length),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 400 }),
        fc.nat(groupings.length - 1),
        (policy, walks, daysAfter, grouping) => {
          let latest = 0;
          const records = walks.map((walk, index): Suggestion => {
            const { record, time } = randomWalk(policy, walk.proposers, walk.commands);
            latest = Math.max(latest, time);
            const topic = topics[walk.topic];
            return { ...record, id: `S-${index}`, ...(topic === undefined ? {} : { topic }) };
          });
          const asOf = new Date(latest + daysAfter * 86_400_000).toISOString();
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
