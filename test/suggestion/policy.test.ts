import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../src/calendar/deadlineStatus.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import type { WorkingDayCalendar } from '../../src/calendar/workingDayCalendar.js';
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

describe('definePolicy: hostile and mistaken input', () => {
  const thrower = new Proxy(
    {},
    {
      get() {
        throw new Error('get trap');
      },
      ownKeys() {
        throw new Error('ownKeys trap');
      },
    },
  );
  const getter = Object.defineProperty({ id: 'x', version: 1 }, 'timeZone', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

  it('returns a frozen INVALID_INPUT result, never throws, for input it cannot read', () => {
    const inputs: unknown[] = [undefined, null, 5, 'x', 10n, [], thrower, getter];
    for (const input of inputs) {
      const result = safeDefinePolicy(input as never);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message.en).toMatch(/Policy/);
      expect(Object.isFrozen(result.error.issues)).toBe(true);
      expect(() => JSON.stringify(result)).not.toThrow();
      expect(() => definePolicy(input as never)).toThrow(RendaError);
    }
  });

  it('accepts null-prototype overrides and a Proxy calendar whose traps throw is refused by name', () => {
    const bare = Object.assign(Object.create(null), { id: 'bare', version: 3 });
    expect(definePolicy(bare).id).toBe('bare');
    const result = safeDefinePolicy({ id: 'x', version: 1, calendar: thrower as never });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]?.path).toEqual(['calendar']);
  });

  it('refuses unknown keys at every level instead of silently using the default', () => {
    for (const overrides of [
      { id: 'x', version: 1, deadlineWarnings: { dueSoonDays: 3 } },
      { id: 'x', version: 1, deadlineWarning: { dueSoon: 3 } },
      { id: 'x', version: 1, deadlines: { replyy: defaultPolicy.deadlines.reply } },
      {
        id: 'x',
        version: 1,
        deadlines: { reply: { ...defaultPolicy.deadlines.reply, rollToWorkinDay: true } },
      },
    ]) {
      expect(safeDefinePolicy(overrides as never).ok).toBe(false);
    }
  });

  it('refuses a group that is not an object rather than spreading it', () => {
    const result = safeDefinePolicy({ id: 'x', version: 1, deadlines: 'abc' as never });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]?.path).toEqual(['deadlines']);
  });

  it('keeps an unfrozen calendar unfrozen, and still counts with it', () => {
    const calls: string[] = [];
    const calendar: WorkingDayCalendar = {
      id: 'every-day',
      isWorkingDay(day) {
        calls.push(day);
        return true;
      },
    };
    const policy = definePolicy({ id: 'x', version: 1, calendar });
    expect(Object.isFrozen(calendar)).toBe(false);
    expect(Object.isFrozen(policy.calendar)).toBe(true);
    expect(policy.calendar.id).toBe('every-day');
    const deadline = dueDate(
      '2025-10-01',
      { amount: 2, unit: 'workingDays', anchor: 'receipt' },
      policy,
    );
    expect(deadline.day).toBe('2025-10-03');
    expect(calls).toEqual(['2025-10-02', '2025-10-03']);
  });

  it('never throws on any JSON-like overrides (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (input) => {
        const result = safeDefinePolicy(input as never);
        expect(typeof result.ok).toBe('boolean');
        expect(Object.isFrozen(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the policy values are read', () => {
  const deadline = dueDate(
    '2024-11-30',
    { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
    defaultPolicy,
  ); // due 2025-02-28

  it('deadlineStatus judges with the policy deadlineWarning when given the policy', () => {
    // 10 days left: due soon under the default policy (10), on track under a 7-day policy.
    expect(deadlineStatus({ deadline }, '2025-02-18', defaultPolicy).status).toBe('dueSoon');
    const strict = definePolicy({ id: 'x', version: 1, deadlineWarning: { dueSoonDays: 7 } });
    expect(strict.deadlineWarning.veryOverdueDays).toBe(30);
    expect(deadlineStatus({ deadline }, '2025-02-18', strict).status).toBe('onTrack');
    const lenient = definePolicy({ id: 'y', version: 1, deadlineWarning: { veryOverdueDays: 5 } });
    expect(deadlineStatus({ deadline }, '2025-03-06', lenient).status).toBe('veryOverdue');
    expect(deadlineStatus({ deadline }, '2025-03-06', defaultPolicy).status).toBe('overdue');
  });

  it('deadlineStatus without options uses the default policy values, not a second set', () => {
    for (const asOf of ['2025-02-17', '2025-02-18', '2025-03-30', '2025-03-31']) {
      expect(deadlineStatus({ deadline }, asOf)).toEqual(
        deadlineStatus({ deadline }, asOf, defaultPolicy),
      );
    }
  });
});
