import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCalendarDay } from '../../../src/calendar/toCalendarDay.js';
import type { Suggestion } from '../../../src/model/suggestion.js';
import { aggregate } from '../../../src/stats/aggregate.js';
import {
  byAssignmentYear,
  suggestionMetricDefinitions,
  suggestionStats,
} from '../../../src/suggestion/figures/index.js';
import { dayNumber } from '../../../src/suggestion/figures/internal/days.js';
import { isReplied } from '../../../src/suggestion/isReplied.js';
import { pendingUnits } from '../../../src/suggestion/pendingUnits.js';
import { defaultPolicy, type SuggestionPolicy } from '../../../src/suggestion/policy.js';
import { suggestionDeadline } from '../../../src/suggestion/suggestionDeadline.js';
import { command, POLICIES, randomWalk } from '../support/randomWalk.js';
import { assigned, deputy, office, step, unit } from '../support/walk.js';

// The dashboard reads records the workflow writes: on every record the workflow can produce, its
// overdue list must name the items the workflow says are owed past their binding deadline, with
// the same days late, and count as replied what the workflow counts as replied.

// Commands that mostly move the item forward (submit, register, assign, accept, reply, evaluate),
// so that walks reach re-handling rounds with several units often.
const forward = fc.oneof(
  { weight: 3, arbitrary: command.map((c) => ({ ...c, focus: c.focus % 4 })) },
  { weight: 1, arbitrary: command },
);

const separate = [
  { unitId: 'U-1', role: 'separate' },
  { unitId: 'U-2', role: 'separate' },
];

/** A 分办 item in its second round: U-1 has re-replied, U-2 has not. */
function reHandledSeparately(): Suggestion {
  let s = assigned(separate, '2024-12-02T10:00:00+08:00');
  s = step(s, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2025-01-10T10:00:00+08:00');
  s = step(s, 'reply', { outcomeClass: 'B' }, unit('U-2'), '2025-01-13T10:00:00+08:00');
  s = step(s, 'evaluate', { grade: 'dissatisfied' }, deputy('D-1'), '2025-01-20T10:00:00+08:00');
  return step(s, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2025-02-05T10:00:00+08:00');
}

const overdueOf = (
  records: Suggestion[],
  asOf: string,
  policy: SuggestionPolicy = defaultPolicy,
) => {
  const fused = suggestionStats(records, { asOf, policy }).total.overdue.items.map((o) => [
    o.id,
    o.daysLate,
  ]);
  const { overdue } = suggestionMetricDefinitions(policy, asOf);
  const generic = aggregate(records, { overdue }, { asOf }).total.overdue;
  expect(generic).toEqual(fused);
  return fused;
};

describe('the dashboard on records the workflow writes', () => {
  it('lists a 分办 item as overdue in a re-handling round when one unit has not re-replied', () => {
    const s = reHandledSeparately();
    expect(s.state).toBe('reHandling');
    expect(pendingUnits(s)).toEqual(['U-2']);
    const due = suggestionDeadline(s)?.day as string;
    expect(due).toBe('2025-02-20');
    expect(overdueOf([s], '2025-02-20T20:00:00+08:00')).toEqual([]);
    expect(overdueOf([s], '2025-03-02T10:00:00+08:00')).toEqual([['S-1', 10]]);
  });

  it('counts a reassigned item in the period of its first assignment (交办), not of the 改交', () => {
    let s = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-12-27T10:00:00+08:00');
    s = step(s, 'requestReturn', { reason: '职责不符' }, unit('U-1'), '2024-12-30T10:00:00+08:00');
    s = step(s, 'decideReturn', { decision: 'approved' }, office, '2025-01-02T10:00:00+08:00');
    s = step(s, 'reassign', { from: 'U-1', to: 'U-2' }, office, '2025-01-03T10:00:00+08:00');
    const asOf = '2025-06-30T10:00:00+08:00';
    const in2024 = suggestionStats([s], {
      asOf,
      policy: defaultPolicy,
      period: { from: '2024-01-01', to: '2024-12-31' },
    }).total;
    expect(in2024.stateCounts.outsidePeriod).toBe(0);
    expect(in2024.rates.replyRate.denominator).toBe(1);
    const in2025 = suggestionStats([s], {
      asOf,
      policy: defaultPolicy,
      period: { from: '2025-01-01', to: '2025-12-31' },
    }).total;
    expect(in2025.stateCounts.outsidePeriod).toBe(1);
    expect(byAssignmentYear(defaultPolicy)(s)).toBe('2024');
    expect(byAssignmentYear()(s)).toBe('2024');
  });

  it('agrees with the workflow on overdue items, days late and replied items, for random walks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POLICIES),
        fc.integer({ min: 1, max: 3 }),
        fc.array(forward, { minLength: 5, maxLength: 60 }),
        fc.integer({ min: 0, max: 400 }),
        (policy, proposers, commands, daysAfter) => {
          const { record, time } = randomWalk(policy, proposers, commands);
          const asOf = new Date(time + daysAfter * 86_400_000).toISOString();
          const asOfDay = dayNumber(toCalendarDay(asOf, policy.timeZone));
          const deadline = suggestionDeadline(record);
          const expected =
            deadline !== undefined && dayNumber(deadline.day) < asOfDay
              ? [[record.id, asOfDay - dayNumber(deadline.day)]]
              : [];
          expect(overdueOf([record], asOf, policy)).toEqual(expected);
          const total = suggestionStats([record], { asOf, policy }).total;
          const counted = total.rates.replyRate.denominator === 1;
          if (counted && (record.state === 'replied' || isReplied(record, policy))) {
            expect(total.rates.replyRate.numerator).toBe(1);
          }
        },
      ),
      { numRuns: 600 },
    );
    // 600 random walks through the workflow: seconds on a loaded machine, not a hang.
  }, 60_000);
});
