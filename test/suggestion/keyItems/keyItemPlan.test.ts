import { describe, expect, it } from 'vitest';
import { parseKeyItemPlan, safeParseKeyItemPlan } from '../../../src/model/keyItemPlan.js';
import { oneMilestone, rizhaoPlan } from './fixtures.js';

const issues = (input: unknown) => {
  const result = safeParseKeyItemPlan(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.error.issues.map((i) => ({ code: i.code, path: i.path }));
};

describe('KeyItemPlanSchema', () => {
  it('accepts a year plan, normalises timestamps to UTC and freezes it', () => {
    const plan = parseKeyItemPlan(rizhaoPlan());
    expect(plan.milestones[1]?.doneAt).toBe('2025-11-03T01:00:00.000Z');
    expect(Object.isFrozen(plan.items[0]?.leads[0])).toBe(true);
  });

  it('refuses a repeated item, a suggestion in two items, a repeated milestone', () => {
    const plan = rizhaoPlan();
    const items = [...plan.items, { ...plan.items[1], id: 'K-1', suggestionIds: ['S-1'] }];
    const milestones = [...plan.milestones, { ...plan.milestones[0], id: 'M-SUP' }];
    expect(issues({ ...plan, items, milestones })).toEqual([
      { code: 'DUPLICATE_ITEM', path: ['items', 2, 'id'] },
      { code: 'DUPLICATE_SUGGESTION', path: ['items', 2, 'suggestionIds', 0] },
      { code: 'DUPLICATE_MILESTONE', path: ['milestones', 4, 'id'] },
    ]);
  });

  it('refuses a milestone naming an item not in the plan (UNKNOWN_ITEM)', () => {
    const plan = rizhaoPlan();
    const milestones = [{ id: 'M-X', kind: 'survey', dueDay: '2025-11-15', itemIds: ['K-9'] }];
    expect(issues({ ...plan, milestones })).toEqual([
      { code: 'UNKNOWN_ITEM', path: ['milestones', 0, 'itemIds', 0] },
    ]);
  });

  it('refuses a window that starts after its due day (START_AFTER_DUE), accepts one day long', () => {
    expect(issues(oneMilestone({ startDay: '2024-03-01' }))).toEqual([
      { code: 'START_AFTER_DUE', path: ['milestones', 0, 'startDay'] },
    ]);
    expect(safeParseKeyItemPlan(oneMilestone({ startDay: '2024-02-29' })).ok).toBe(true);
  });

  it('knows leap days: 29 February 2024 is a day, 29 February 2025 is not', () => {
    expect(safeParseKeyItemPlan(oneMilestone({ dueDay: '2024-02-29' })).ok).toBe(true);
    expect(issues(oneMilestone({ dueDay: '2025-02-29' }))[0]?.path).toEqual([
      'milestones',
      0,
      'dueDay',
    ]);
    expect(issues(oneMilestone({ dueDay: '2025-04-31' }))[0]?.path).toEqual([
      'milestones',
      0,
      'dueDay',
    ]);
  });

  it('names its fields in Chinese and English', () => {
    const result = safeParseKeyItemPlan({ ...rizhaoPlan(), items: [{ id: 'K-1' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const topic = result.error.issues.find((i) => i.path.at(-1) === 'topic');
    expect(topic?.field).toMatchObject({ 'zh-Hans': '督办专题', en: 'topic' });
    expect(topic?.code).toBe('REQUIRED');
  });
});
