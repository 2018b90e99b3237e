import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { jiaYiBingOutcomeTaxonomy } from '../../src/suggestion/outcomeTaxonomy.js';
import {
  defaultPolicy,
  definePolicy,
  rulesVersionOf,
  safeDefinePolicy,
} from '../../src/suggestion/policy.js';

describe('defaultPolicy', () => {
  it('holds the statutory defaults and is frozen throughout', () => {
    expect(defaultPolicy.deadlines.reply).toEqual({
      amount: 3,
      unit: 'calendarMonths',
      anchor: 'assignment',
    });
    expect(defaultPolicy.maxReHandlingRounds).toBeNull();
    expect(defaultPolicy.outcomeTaxonomy.classes.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(Object.isFrozen(defaultPolicy.deadlines.reply)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.outcomeTaxonomy.classes[0])).toBe(true);
  });
});

describe('definePolicy', () => {
  it('overrides one deadline without restating the others', () => {
    const policy = definePolicy({
      id: 'ningbo',
      version: 2,
      deadlines: { reHandlingReply: { amount: 2, unit: 'calendarMonths', anchor: 'assignment' } },
    });
    expect(policy.deadlines.reHandlingReply.amount).toBe(2);
    expect(policy.deadlines.reply).toEqual(defaultPolicy.deadlines.reply);
    expect(policy.deadlines.returnWindow).toEqual(defaultPolicy.deadlines.returnWindow);
    expect(rulesVersionOf(policy)).toBe('ningbo@2');
    expect(Object.isFrozen(policy)).toBe(true);
  });

  it('accepts a fixed reply date (30 June) and another taxonomy', () => {
    const policy = definePolicy({
      id: 'qinyang',
      version: 1,
      deadlines: {
        reply: { amount: 0, unit: 'calendarDays', anchor: 'fixedDate', fixedDate: '06-30' },
      },
      outcomeTaxonomy: jiaYiBingOutcomeTaxonomy,
      maxReHandlingRounds: 2,
    });
    expect(policy.deadlines.reply.fixedDate).toBe('06-30');
    expect(policy.outcomeTaxonomy.id).toBe('jia-yi-bing');
    expect(policy.calendar).toBe(defaultPolicy.calendar);
  });

  it('names the bad field in both languages and leaves the input untouched', () => {
    const overrides = {
      id: 'x',
      version: 1,
      timeZone: 'Mars/Olympus',
      deadlineWarning: { dueSoonDays: -1 },
    };
    const before = structuredClone(overrides);
    const result = safeDefinePolicy(overrides);
    expect(overrides).toEqual(before);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.error.issues.map((issue) => [issue.code, issue.path.join('.')]);
    expect(codes).toContainEqual(['UNKNOWN_TIME_ZONE', 'timeZone']);
    expect(codes).toContainEqual(['TOO_SMALL', 'deadlineWarning.dueSoonDays']);
    expect(() => definePolicy(overrides)).toThrow(RendaError);
  });

  it('rejects a taxonomy with duplicate codes and a fixed-date rule without its date', () => {
    const [a] = jiaYiBingOutcomeTaxonomy.classes;
    if (!a) throw new Error('fixture');
    const result = safeDefinePolicy({
      id: 'x',
      version: 1,
      outcomeTaxonomy: { id: 't', source: '', classes: [a, a] },
      deadlines: { reply: { amount: 0, unit: 'calendarDays', anchor: 'fixedDate' } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.error.issues.map((issue) => issue.code);
    expect(codes).toContain('DUPLICATE_CLASS');
    expect(codes).toContain('FIXED_DATE_MISSING');
  });
});
