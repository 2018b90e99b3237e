import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/model/suggestion.js';
import { aggregateStates } from '../../../src/stats/aggregateStates.js';
import { finalizeAggregate } from '../../../src/stats/finalizeAggregate.js';
import { mergeAggregateStates } from '../../../src/stats/mergeAggregateStates.js';
import {
  byLeadUnit,
  SUGGESTION_METRICS,
  safeSuggestionStats,
  suggestionFactsRow,
  suggestionStats,
  suggestionStatsAccumulator,
} from '../../../src/suggestion/figures/index.js';
import { pendingAssistingInputs } from '../../../src/suggestion/pendingAssistingInputs.js';
import { pendingFollowUps } from '../../../src/suggestion/pendingFollowUps.js';
import { defaultPolicy } from '../../../src/suggestion/policy.js';
import { assigned, deputy, step, unit } from '../support/walk.js';
import { expectSameFigures } from './support/sameFigures.js';

// 协办意见按期率 and 跟踪办理: hand-built records through the workflow, expectations counted by hand
// from the events sent (the deadlines are the policy's: assisting input 1 month from assignment,
// follow-up 3 months from the closure).

const policy = defaultPolicy;
const oneDeputy = { proposers: [{ deputyId: 'D-1', role: 'lead' as const }] };
const ASSIGNED = '2025-01-06T10:00:00+08:00'; // input due 2025-02-06

/** Lead U-1, assisting U-2 and joint U-3 (both owe an input by 2025-02-06). */
function withAssistingUnits(id = 'S-1'): Suggestion {
  const s = assigned(
    [
      { unitId: 'U-1', role: 'lead' },
      { unitId: 'U-2', role: 'assisting' },
      { unitId: 'U-3', role: 'joint' },
    ],
    ASSIGNED,
    { input: { ...oneDeputy, id } },
  );
  return s;
}

const send = (s: Suggestion, unitId: string, at: string) =>
  step(s, 'sendAssistingInput', { content: '协办意见' }, unit(unitId), at);

const statsOf = (records: Suggestion[], asOf: string) =>
  suggestionStats(records, { policy, asOf, groupBy: byLeadUnit });

describe('协办意见按期率 (assistingInputOnTimeRate) and the assisting inputs figure', () => {
  it('counts an input sent on time, and an owed one only once it is past due', () => {
    const s = send(withAssistingUnits(), 'U-2', '2025-01-20T10:00:00+08:00');
    // Before U-3's due day: its input is owed but not due, so only U-2's counts.
    const early = statsOf([s], '2025-02-06T20:00:00+08:00').total;
    expect(early.rates.assistingInputOnTimeRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect({ ...early.assistingInputs.counts }).toEqual({
      done: 1,
      onTime: 1,
      late: 0,
      open: 1,
      overdue: 0,
      due: 1,
    });
    expect(early.assistingInputs.n).toBe(2);
    // The day after: U-3's input is overdue, and due.
    const late = statsOf([s], '2025-02-07T09:00:00+08:00').total;
    expect(late.rates.assistingInputOnTimeRate).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
    expect({ ...late.assistingInputs.byUnit['U-3'] }).toMatchObject({
      open: 1,
      overdue: 1,
      due: 1,
    });
    // The same units and deadline the workflow's own listing names.
    expect(pendingAssistingInputs(s).map((p) => [p.unitId, p.deadline.day])).toEqual([
      ['U-3', '2025-02-06'],
    ]);
  });

  it('judges a sent input by the verdict frozen when it was sent', () => {
    let s = send(withAssistingUnits(), 'U-2', '2025-02-10T10:00:00+08:00'); // 4 days late
    s = send(s, 'U-3', '2025-01-10T10:00:00+08:00');
    const { total } = statsOf([s], '2025-03-01T09:00:00+08:00');
    expect(total.rates.assistingInputOnTimeRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect({ ...total.assistingInputs.byUnit['U-2'] }).toEqual({
      done: 1,
      onTime: 0,
      late: 1,
      open: 0,
      overdue: 0,
      due: 1,
    });
    expect(total.assistingInputs.byUnit['U-3']?.onTime).toBe(1);
  });

  it('owes nothing once the lead unit has replied, as pendingAssistingInputs says', () => {
    let s = send(withAssistingUnits(), 'U-2', '2025-01-20T10:00:00+08:00');
    s = step(s, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2025-02-20T10:00:00+08:00');
    expect(pendingAssistingInputs(s)).toEqual([]);
    const { total } = statsOf([s], '2025-03-01T09:00:00+08:00');
    expect(total.assistingInputs.counts.open).toBe(0);
    expect(total.rates.assistingInputOnTimeRate).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('puts each input under its assisting unit, whatever group the item is in', () => {
    const first = send(withAssistingUnits('S-1'), 'U-2', '2025-01-20T10:00:00+08:00');
    let second = assigned(
      [
        { unitId: 'U-4', role: 'lead' },
        { unitId: 'U-2', role: 'assisting' },
      ],
      ASSIGNED,
      { input: { ...oneDeputy, id: 'S-2' } },
    );
    second = send(second, 'U-2', '2025-02-12T10:00:00+08:00'); // late
    const { total, groups } = statsOf([first, second], '2025-02-20T09:00:00+08:00');
    // Grouped by lead unit: U-1's group holds the inputs U-1 received, from U-2 and U-3.
    const u1 = groups.find((g) => g.key[0] === 'U-1')?.stats;
    expect(Object.keys(u1?.assistingInputs.byUnit ?? {})).toEqual(['U-2', 'U-3']);
    expect(u1?.rates.assistingInputOnTimeRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(groups.some((g) => g.key[0] === 'U-2')).toBe(false);
    // The assisting unit U-2 (whom a unit evaluation scores): one on time, one late.
    expect({ ...total.assistingInputs.byUnit['U-2'] }).toMatchObject({
      done: 2,
      onTime: 1,
      late: 1,
    });
    expect(total.assistingInputs.counts).toMatchObject({ done: 2, open: 1, overdue: 1, due: 3 });
  });

  it('files units named like inherited properties as units, and pollutes nothing', () => {
    const s = send(withAssistingUnits(), 'U-2', '2025-01-20T10:00:00+08:00');
    const rename = (id: string) => (id === 'U-2' ? '__proto__' : id === 'U-3' ? 'constructor' : id);
    const odd = {
      ...s,
      assignments: s.assignments.map((a) => ({ ...a, unitId: rename(a.unitId) })),
      assistingInputs: s.assistingInputs.map((i) => ({ ...i, unitId: rename(i.unitId) })),
    } as Suggestion;
    const asOf = '2025-02-07T09:00:00+08:00';
    for (const stats of [statsOf([odd, odd], asOf), statsOf([s, s], asOf)]) {
      const byUnit = stats.total.assistingInputs.byUnit;
      const [sent, owed] = Object.values(byUnit);
      expect(sent).toMatchObject({ done: 2, onTime: 2 });
      expect(owed).toMatchObject({ open: 2, overdue: 2 });
    }
    const { byUnit } = statsOf([odd], asOf).total.assistingInputs;
    expect(Object.keys(byUnit)).toEqual(['__proto__', 'constructor']);
    expect(Object.hasOwn(byUnit, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).done).toBeUndefined();
    expectSameFigures([odd, odd], policy, asOf, byLeadUnit);
  });

  it('leaves out the inputs of a withdrawn item', () => {
    let s = send(withAssistingUnits(), 'U-2', '2025-01-20T10:00:00+08:00');
    s = step(s, 'withdraw', { reason: '已解决' }, deputy('D-1'), '2025-01-25T10:00:00+08:00');
    const { total } = statsOf([s], '2025-03-01T09:00:00+08:00');
    expect(total.rates.assistingInputOnTimeRate).toMatchObject({
      n: 0,
      denominator: 0,
      value: null,
    });
    expect(total.rates.assistingInputOnTimeRate.excluded).toEqual({ itemExcluded: 1 });
    expect(total.assistingInputs.excluded).toEqual({ itemExcluded: 1 });
    expect(total.assistingInputs.byUnit).toEqual({});
  });
});

/** Lead U-1 alone replies in class `cls` on 2025-02-10; the deputy's satisfied form closes it. */
function closedWith(cls: string): Suggestion {
  let s = assigned([{ unitId: 'U-1', role: 'lead' }], ASSIGNED, { input: oneDeputy });
  s = step(s, 'reply', { outcomeClass: cls }, unit('U-1'), '2025-02-10T10:00:00+08:00');
  return step(s, 'evaluate', { grade: 'satisfied' }, deputy('D-1'), '2025-02-15T10:00:00+08:00');
}

const followUp = (s: Suggestion, cls: string, at: string) =>
  step(s, 'followUpReply', { outcomeClass: cls }, unit('U-1'), at);

describe('跟踪办理 (followUps and followUpOnTimeRate)', () => {
  it('counts an open duty, overdue from the day after its due day', () => {
    const s = closedWith('B'); // 列入计划: a follow-up is owed by 2025-05-15
    expect(s.state).toBe('closed');
    expect(pendingFollowUps(s).map((f) => f.deadline.day)).toEqual(['2025-05-15']);
    const before = statsOf([s], '2025-05-15T20:00:00+08:00').total;
    expect({ ...before.followUps.counts }).toMatchObject({ open: 1, overdue: 0, due: 0 });
    expect(before.rates.followUpOnTimeRate).toMatchObject({ denominator: 0, value: null });
    const after = statsOf([s], '2025-05-16T09:00:00+08:00').total;
    expect({ ...after.followUps.counts }).toMatchObject({ open: 1, overdue: 1, due: 1 });
    expect(after.rates.followUpOnTimeRate).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('judges a discharged duty by the verdict frozen on the follow-up reply', () => {
    const onTime = followUp(closedWith('B'), 'A', '2025-04-01T10:00:00+08:00');
    const late = followUp(closedWith('B'), 'A', '2025-05-20T10:00:00+08:00');
    const asOf = '2025-08-01T09:00:00+08:00';
    expect(statsOf([onTime], asOf).total.followUps.counts).toMatchObject({
      done: 1,
      onTime: 1,
      late: 0,
      open: 0,
    });
    expect(statsOf([late], asOf).total.followUps.counts).toMatchObject({
      done: 1,
      onTime: 0,
      late: 1,
    });
    expect(statsOf([onTime, late], asOf).total.rates.followUpOnTimeRate).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
  });

  it('counts the further duty a follow-up reply still in progress opens', () => {
    const s = followUp(closedWith('B'), 'B', '2025-04-01T10:00:00+08:00'); // due again 2025-07-01
    const { total } = statsOf([s], '2025-07-05T09:00:00+08:00');
    expect({ ...total.followUps.byUnit['U-1'] }).toEqual({
      done: 1,
      onTime: 1,
      late: 0,
      open: 1,
      overdue: 1,
      due: 2,
    });
    expect(total.rates.followUpOnTimeRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(pendingFollowUps(s)).toHaveLength(1);
  });

  it('counts no follow-up for a class that needs none', () => {
    const { total } = statsOf([closedWith('A')], '2025-09-01T09:00:00+08:00');
    expect(total.followUps.n).toBe(0);
    expect(total.followUps.byUnit).toEqual({});
  });
});

describe('the duty figures across every path', () => {
  const records = () => {
    const a = send(withAssistingUnits('S-1'), 'U-2', '2025-02-10T10:00:00+08:00');
    const b = followUp({ ...closedWith('B'), id: 'S-2' }, 'B', '2025-05-20T10:00:00+08:00');
    return [a, b, { ...closedWith('B'), id: 'S-3' }];
  };
  const asOf = '2025-09-01T09:00:00+08:00';

  it('agree between the dashboard and the per-definition path, total and by group', () => {
    expectSameFigures(records(), policy, asOf);
    expectSameFigures(records(), policy, asOf, byLeadUnit);
  });

  it('are sums of the facts row’s columns', () => {
    const rows = records().map((r) => suggestionFactsRow(r, { policy, asOf }));
    const sum = (column: (row: (typeof rows)[number]) => number) =>
      rows.reduce((n, row) => n + column(row), 0);
    const { total } = statsOf(records(), asOf);
    const inputs = total.assistingInputs.counts;
    expect([inputs.done, inputs.late, inputs.open, inputs.overdue]).toEqual([
      sum((r) => r.assistingInputsSent),
      sum((r) => r.assistingInputsLate),
      sum((r) => r.assistingInputsOwed),
      sum((r) => r.assistingInputsOverdue),
    ]);
    const duties = total.followUps.counts;
    expect([duties.done, duties.late, duties.open, duties.overdue]).toEqual([
      sum((r) => r.followUpsDischarged),
      sum((r) => r.followUpsLate),
      sum((r) => r.followUpsOpen),
      sum((r) => r.followUpsOverdue),
    ]);
  });

  it('merge across shards to the figures of one pass', () => {
    const metrics = { stats: suggestionStatsAccumulator(policy, asOf) };
    const [a, b, c] = records() as [Suggestion, Suggestion, Suggestion];
    const merged = mergeAggregateStates(
      aggregateStates([a], metrics, { groupBy: byLeadUnit }),
      aggregateStates([b, c], metrics, { groupBy: byLeadUnit }),
      metrics,
    );
    const whole = aggregateStates([a, b, c], metrics, { groupBy: byLeadUnit });
    const json = (states: typeof whole) =>
      JSON.parse(JSON.stringify(finalizeAggregate(states, metrics)));
    expect(json(merged)).toEqual(json(whole));
    expect(json(merged).total.stats.assistingInputs.byUnit).toMatchObject({
      'U-2': { late: 1 },
      'U-3': { overdue: 1 },
    });
  });

  it('refuse to merge a state of the version before the duty figures', () => {
    const metrics = { stats: suggestionStatsAccumulator(policy, asOf) };
    const older = { stats: { ...metrics.stats, version: 2 } };
    const state = aggregateStates(records(), older);
    expect(() => mergeAggregateStates(state, aggregateStates(records(), metrics), metrics)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('read a stored record without the duty lists as one with none, and never throw', () => {
    const legacy = { ...closedWith('A') } as Record<string, unknown>;
    delete legacy.followUps;
    delete legacy.assistingInputs;
    const result = safeSuggestionStats([legacy as unknown as Suggestion], { policy, asOf });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.total.followUps.n).toBe(0);
    const odd = { ...closedWith('B'), followUps: [{ unitId: 'U-1' }] } as unknown as Suggestion;
    expect(() => safeSuggestionStats([odd], { policy, asOf })).not.toThrow();
  });

  it('refuse an item in handling whose inputs are not a list, rather than count its units as owing', () => {
    const s = send(withAssistingUnits(), 'U-2', '2025-01-20T10:00:00+08:00');
    const asOfDue = '2025-02-07T09:00:00+08:00';
    expect(safeSuggestionStats([s], { policy, asOf: asOfDue }).ok).toBe(true);
    const sent = s.assistingInputs[0];
    for (const assistingInputs of ['', { length: 1, 0: sent }]) {
      const odd = { ...s, assistingInputs } as unknown as Suggestion;
      const result = safeSuggestionStats([odd], { policy, asOf: asOfDue });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
  });

  it('are described by their definitions', () => {
    expect(SUGGESTION_METRICS.assistingInputOnTimeRate.rule).toEqual({
      unit: 'assistingInput',
      population: [],
      denominator: ['due'],
      numerator: ['onTime'],
    });
    expect(SUGGESTION_METRICS.followUps.kind).toBe('counts');
    expect(SUGGESTION_METRICS.assistingInputs.tally?.unit).toBe('assistingInput');
  });
});
