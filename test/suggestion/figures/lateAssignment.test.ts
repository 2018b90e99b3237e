import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/model/suggestion.js';
import { aggregate } from '../../../src/stats/aggregate.js';
import { suggestionMetricDefinitions } from '../../../src/suggestion/figures/suggestionMetricDefinitions.js';
import { suggestionStats } from '../../../src/suggestion/figures/suggestionStats.js';
import { defaultPolicy, definePolicy } from '../../../src/suggestion/policy.js';
import { generateSample } from '../../../src/testing/generateSample.js';
import { item } from './support/build.js';

// 交办超期: a between-sessions item must be assigned within policy.deadlines.assign of receipt
// (5 working days by default). Received Friday 2025-01-10; 5 working days later is Friday 01-17.

const betweenSessions = (s: Suggestion, extra: Partial<Suggestion> = {}): Suggestion => ({
  ...s,
  period: 'betweenSessions',
  ...extra,
});
const asOf = '2025-06-30T12:00:00+08:00';

describe('交办超期 (late to assign) on the dashboard', () => {
  it('lists an item assigned after the due day, with calendar days late, and counts it', () => {
    const onTime = betweenSessions(
      item({ id: 'S-ON', units: [{ unitId: 'U1', assignedDay: '2025-01-17' }] }),
    );
    const late = betweenSessions(
      item({ id: 'S-LATE', units: [{ unitId: 'U1', assignedDay: '2025-01-20' }] }),
    );
    const session = item({ id: 'S-SESSION', units: [{ unitId: 'U1', assignedDay: '2025-03-01' }] });
    const { total } = suggestionStats([onTime, late, session], { asOf, policy: defaultPolicy });
    expect(total.lateAssignment.items).toEqual([{ id: 'S-LATE', daysLate: 3, assigned: true }]);
    expect(total.lateAssignment.n).toBe(1);
    expect(total.lateAssignment.judged).toBe(2);
    expect(total.lateAssignment.rule).toEqual(defaultPolicy.deadlines.assign);
  });

  it('lists an item still waiting for a unit past its due day, counted to asOf', () => {
    const waiting = betweenSessions(item({ id: 'S-WAIT', state: 'registered', units: [] }));
    const { total } = suggestionStats([waiting], {
      asOf: '2025-01-22T12:00:00+08:00',
      policy: defaultPolicy,
    });
    expect(total.lateAssignment.items).toEqual([{ id: 'S-WAIT', daysLate: 5, assigned: false }]);
    expect(total.lateAssignment.waiting).toBe(1);
  });

  it('reads the rule from the policy, not a copy of the default', () => {
    const ten = definePolicy({
      id: 'ten',
      version: 1,
      deadlines: { assign: { amount: 10, unit: 'workingDays', anchor: 'receipt' } },
    });
    const late = betweenSessions(
      item({ id: 'S-LATE', units: [{ unitId: 'U1', assignedDay: '2025-01-20' }] }),
    );
    expect(suggestionStats([late], { asOf, policy: ten }).total.lateAssignment.n).toBe(0);
  });

  it('takes the receipt from the submit entry when submittedAt is absent, else says undecided', () => {
    const base = betweenSessions(
      item({ id: 'S-H', units: [{ unitId: 'U1', assignedDay: '2025-01-20' }] }),
    );
    const { submittedAt: _dropped, ...withoutReceipt } = base;
    const fromHistory = {
      ...withoutReceipt,
      history: [
        { type: 'submit', at: '2025-01-10T09:30:00+08:00', actor: { id: 'D-1', role: 'deputy' } },
      ],
    } as unknown as Suggestion;
    const unknown = { ...withoutReceipt, id: 'S-U' } as Suggestion;
    const { total } = suggestionStats([fromHistory, unknown], { asOf, policy: defaultPolicy });
    expect(total.lateAssignment.items.map((i) => i.id)).toEqual(['S-H']);
    expect(total.lateAssignment.undecided).toBe(1);
  });

  it('agrees with the generic definition on generated samples', () => {
    for (const seed of [1, 2, 3]) {
      const { suggestions, policy, asOf: at } = generateSample({ seed });
      const fused = suggestionStats(suggestions, { asOf: at, policy }).total.lateAssignment.items;
      const { lateAssignment } = suggestionMetricDefinitions(policy, at);
      const generic = aggregate(suggestions, { lateAssignment }).total.lateAssignment;
      expect(fused.map((i) => [i.id, i.daysLate, i.assigned])).toEqual(generic);
    }
  }, 60_000);
});
