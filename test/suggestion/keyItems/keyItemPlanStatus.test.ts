import { describe, expect, it } from 'vitest';
import type { KeyItemPlan } from '../../../src/model/keyItemPlan.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { aggregate } from '../../../src/stats/aggregate.js';
import {
  keyItemMilestonesMetMetric,
  safeKeyItemMilestonesMetMetric,
} from '../../../src/suggestion/keyItems/keyItemMilestonesMetMetric.js';
import {
  keyItemPlanStatus,
  safeKeyItemPlanStatus,
} from '../../../src/suggestion/keyItems/keyItemPlanStatus.js';
import { defaultPolicy } from '../../../src/suggestion/policy.js';
import { oneMilestone, rizhaoPlan } from './fixtures.js';

const plan = () => rizhaoPlan() as KeyItemPlan;
const statusOf = (milestone: Record<string, unknown>, asOf: string, timeZone?: string) =>
  keyItemPlanStatus(oneMilestone(milestone, timeZone) as KeyItemPlan, asOf).milestones[0];
const errorOf = (result: { ok: boolean; error?: unknown }) => {
  if (result.ok) throw new Error('expected a refusal');
  return (result.error as { issues: { code: string; path: unknown }[] }).issues.map((i) => ({
    code: i.code,
    path: i.path,
  }));
};

describe('keyItemPlanStatus', () => {
  it("walks Rizhao's calendar: each milestone's status as of 5 December", () => {
    const status = keyItemPlanStatus(plan(), '2025-12-05T09:00:00+08:00');
    expect(status.asOfDay).toBe('2025-12-05');
    expect(status.milestones.map((m) => [m.id, m.status])).toEqual([
      ['M-SUP', 'metOnTime'],
      ['M-SUM', 'metLate'],
      ['M-VOTE', 'overdue'],
      ['M-REPORT', 'upcoming'],
    ]);
    expect(status.milestones[1]).toMatchObject({ doneDay: '2025-11-03', daysLate: 3 });
    expect(status.milestones[2]).toMatchObject({ daysLate: 5 });
    expect(status.counts).toEqual({
      upcoming: 1,
      underway: 0,
      dueSoon: 0,
      overdue: 1,
      metOnTime: 1,
      metLate: 1,
    });
    expect(status.milestonesMet).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
  });

  it('reports per item: a plan-wide milestone counts for every item, an item-specific one for its own', () => {
    const { items } = keyItemPlanStatus(plan(), '2025-12-05T09:00:00+08:00');
    expect(items).toEqual([
      { itemId: 'K-1', milestonesMet: { numerator: 1, denominator: 3, value: 1 / 3 }, overdue: 1 },
      { itemId: 'K-2', milestonesMet: { numerator: 1, denominator: 2, value: 0.5 }, overdue: 1 },
    ]);
  });

  it('is under way inside a window, due soon near its end, upcoming before it starts', () => {
    const window = { startDay: '2024-01-01', dueDay: '2024-02-29' };
    expect(statusOf(window, '2023-12-31')?.status).toBe('upcoming');
    expect(statusOf(window, '2024-01-01')?.status).toBe('underway');
    expect(statusOf(window, '2024-02-18')?.status).toBe('underway');
    expect(statusOf(window, '2024-02-19')).toMatchObject({ status: 'dueSoon', daysLeft: 10 });
    expect(statusOf(window, '2024-02-29')).toMatchObject({ status: 'dueSoon', daysLeft: 0 });
    expect(statusOf(window, '2024-03-01')).toMatchObject({ status: 'overdue', daysLate: 1 });
  });

  it('takes dueSoonDays from options.deadlineWarning, so a policy fits as it is', () => {
    const asOf = '2024-02-22';
    const p = oneMilestone({}) as KeyItemPlan;
    expect(
      keyItemPlanStatus(p, asOf, { deadlineWarning: { dueSoonDays: 3 } }).milestones[0]?.status,
    ).toBe('upcoming');
    expect(keyItemPlanStatus(p, asOf, defaultPolicy).milestones[0]?.status).toBe('dueSoon');
  });

  it('counts the leap day: due 29 Feb 2024, met 1 March is one day late', () => {
    expect(statusOf({ doneAt: '2024-03-01T08:00:00+08:00' }, '2024-03-02')).toMatchObject({
      status: 'metLate',
      daysLate: 1,
      doneDay: '2024-03-01',
    });
    expect(statusOf({ doneAt: '2024-02-29T23:59:59+08:00' }, '2024-03-02')?.status).toBe(
      'metOnTime',
    );
  });

  it('keeps the due day to its last minute in the plan zone, whatever offset doneAt carries', () => {
    // 23:59 on 29 Feb in Shanghai is 15:59Z; 16:00Z is already 1 March there.
    expect(statusOf({ doneAt: '2024-02-29T15:59:00Z' }, '2024-03-05')?.status).toBe('metOnTime');
    expect(statusOf({ doneAt: '2024-02-29T16:00:00Z' }, '2024-03-05')?.status).toBe('metLate');
    // The same instants in a New York plan: both on 29 Feb there.
    expect(
      statusOf({ doneAt: '2024-02-29T16:00:00Z' }, '2024-03-05', 'America/New_York')?.status,
    ).toBe('metOnTime');
    expect(
      statusOf({ doneAt: '2024-03-01T04:59:00Z' }, '2024-03-05', 'America/New_York')?.status,
    ).toBe('metOnTime');
    expect(
      statusOf({ doneAt: '2024-03-01T05:00:00Z' }, '2024-03-05', 'America/New_York')?.status,
    ).toBe('metLate');
  });

  it('reads asOf in the plan zone: a month end instant is already the next month in Shanghai', () => {
    const due = { dueDay: '2025-01-31' };
    const p = (tz: string) => oneMilestone(due, tz) as KeyItemPlan;
    const asOf = '2025-01-31T16:30:00Z';
    expect(keyItemPlanStatus(p('Asia/Shanghai'), asOf).milestones[0]).toMatchObject({
      status: 'overdue',
      daysLate: 1,
    });
    expect(keyItemPlanStatus(p('America/New_York'), asOf).milestones[0]).toMatchObject({
      status: 'dueSoon',
      daysLeft: 0,
    });
    expect(keyItemPlanStatus(p('Asia/Shanghai'), asOf).asOfDay).toBe('2025-02-01');
  });

  it('sees a plan as it stood: a milestone met after asOf is not met yet', () => {
    const met = { dueDay: '2025-11-30', doneAt: '2025-11-20T10:00:00+08:00' };
    expect(statusOf(met, '2025-11-20T09:59:59+08:00')?.status).toBe('dueSoon');
    expect(statusOf(met, '2025-11-20T10:00:00+08:00')?.status).toBe('metOnTime');
    // A bare day includes the whole of that day.
    expect(statusOf(met, '2025-11-20')?.status).toBe('metOnTime');
    expect(statusOf(met, '2025-11-19')?.status).toBe('upcoming');
    expect(statusOf({ ...met, doneAt: '2025-12-02T10:00:00+08:00' }, '2025-12-01')).toMatchObject({
      status: 'overdue',
      daysLate: 1,
    });
  });

  it('gives a null rate while no milestone is judged, never NaN or 0', () => {
    const status = keyItemPlanStatus(plan(), '2025-05-01');
    expect(status.milestonesMet).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(status.milestones.every((m) => m.status === 'upcoming')).toBe(true);
  });

  it('does not mutate the plan, and freezes what it returns', () => {
    const input = plan();
    const before = JSON.stringify(input);
    const status = keyItemPlanStatus(input, '2025-12-05');
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(status.milestones[0])).toBe(true);
    expect(Object.isFrozen(status.counts)).toBe(true);
  });

  it('refuses a bad asOf by name, with a bilingual message', () => {
    for (const asOf of ['2025-12-05 09:00', '2025-02-30', '2025-12-05T09:00:00', 20251205]) {
      const result = safeKeyItemPlanStatus(plan(), asOf as string);
      expect(errorOf(result)).toEqual([{ code: 'INVALID_TIMESTAMP', path: ['asOf'] }]);
    }
    try {
      keyItemPlanStatus(plan(), 'tomorrow');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RendaError);
      expect((error as RendaError).code).toBe('INVALID_INPUT');
      expect((error as RendaError).messageZh).toContain('asOf');
    }
  });

  it('refuses an unknown time zone, a bad threshold, and a plan that fails its schema', () => {
    expect(
      errorOf(safeKeyItemPlanStatus({ ...plan(), timeZone: 'Mars/Olympus' }, '2025-12-05')),
    ).toEqual([{ code: 'INVALID_TIME_ZONE', path: ['timeZone'] }]);
    expect(
      errorOf(
        safeKeyItemPlanStatus(plan(), '2025-12-05', { deadlineWarning: { dueSoonDays: -1 } }),
      ),
    ).toEqual([{ code: 'INVALID_VALUE', path: ['options', 'deadlineWarning', 'dueSoonDays'] }]);
    expect(errorOf(safeKeyItemPlanStatus(plan(), '2025-12-05', 7 as never))).toEqual([
      { code: 'INVALID_TYPE', path: ['options'] },
    ]);
    const bad = { ...plan(), milestones: [{ id: 'M', kind: 'report', dueDay: '2025-13-01' }] };
    expect(errorOf(safeKeyItemPlanStatus(bad as KeyItemPlan, '2025-12-05'))[0]?.path).toEqual([
      'milestones',
      0,
      'dueDay',
    ]);
    expect(safeKeyItemPlanStatus(null as never, '2025-12-05').ok).toBe(false);
  });
});

describe('keyItemMilestonesMetMetric', () => {
  it('adds milestones up over plans through aggregate, by the same rule as the plan status', () => {
    const a = plan();
    const b = { ...plan(), id: 'P-B', timeZone: 'America/New_York' } as KeyItemPlan;
    const asOf = '2025-12-05T09:00:00+08:00';
    const met = keyItemMilestonesMetMetric(asOf);
    const { total } = aggregate([a, b], { met });
    const each = [a, b].map((p) => keyItemPlanStatus(p, asOf).milestonesMet);
    expect(total.met.numerator).toBe(each[0]!.numerator + each[1]!.numerator);
    expect(total.met.denominator).toBe(each[0]!.denominator + each[1]!.denominator);
    expect(total.met.n).toBe(8);
    expect(total.met.id).toBe('keyItemMilestonesMet');
  });

  it('refuses a bad asOf or threshold up front', () => {
    expect(errorOf(safeKeyItemMilestonesMetMetric('2025-02-30'))).toEqual([
      { code: 'INVALID_TIMESTAMP', path: ['asOf'] },
    ]);
    expect(
      errorOf(
        safeKeyItemMilestonesMetMetric('2025-12-05', { deadlineWarning: { dueSoonDays: 1.5 } }),
      ),
    ).toEqual([{ code: 'INVALID_VALUE', path: ['options', 'deadlineWarning', 'dueSoonDays'] }]);
  });

  it('stops the run with the plan schema error for a bad plan', () => {
    const met = keyItemMilestonesMetMetric('2025-12-05');
    expect(() => aggregate([{ id: 'P' } as KeyItemPlan], { met })).toThrow(RendaError);
  });
});
