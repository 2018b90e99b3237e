import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../src/calendar/deadlineStatus.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import type { Suggestion } from '../../src/model/suggestion.js';
import { defaultPolicy, definePolicy } from '../../src/suggestion/policy.js';
import {
  safeSuggestionDeadline,
  suggestionDeadline,
} from '../../src/suggestion/suggestionDeadline.js';
import { thrownCode } from '../calendar/thrownCode.js';
import { attempt, office, registered, step, unit } from './support/walk.js';

const lead = [{ unitId: 'U-1', role: 'lead' }];

const fixedJune = definePolicy({
  id: 'fixed',
  version: 1,
  deadlines: {
    reply: { amount: 0, unit: 'calendarDays', anchor: 'fixedDate', fixedDate: '06-30' },
  },
});

describe('fixed-date deadlines: assignment on the fixed date itself', () => {
  it('assigns on 30 June under "reply by 30 June", due that very day, as dueDate says', () => {
    const at = '2025-06-30T10:00:00+08:00';
    expect(dueDate(at, fixedJune.deadlines.reply, fixedJune).day).toBe('2025-06-30');
    const result = attempt(registered({}, fixedJune), 'assign', { units: lead }, office, at, {
      policy: fixedJune,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [assignment] = result.value.record.assignments;
    expect(assignment?.assignedDay).toBe('2025-06-30');
    expect(assignment?.deadline.day).toBe('2025-06-30');
    expect(result.value.record.deadline?.day).toBe('2025-06-30');
  });

  it('rolls to next year the day after, and still refuses a due day already past', () => {
    const at = '2025-07-01T00:10:00+08:00';
    const result = attempt(registered({}, fixedJune), 'assign', { units: lead }, office, at, {
      policy: fixedJune,
    });
    expect(result.ok && result.value.record.deadline?.day).toBe('2026-06-30');
    // A session-close rule whose three months ran out before the assignment cannot be met.
    const sessionClose = definePolicy({
      id: 'session',
      version: 1,
      deadlines: { reply: { amount: 3, unit: 'calendarMonths', anchor: 'sessionClose' } },
    });
    const late = attempt(
      registered({}, sessionClose),
      'assign',
      { units: lead, anchorDay: '2025-01-15' },
      office,
      '2025-04-16T10:00:00+08:00',
      { policy: sessionClose },
    );
    expect(late.ok).toBe(false);
  });

  it('judges a reply on the fixed date itself on time', () => {
    const at = '2025-06-30T09:00:00+08:00';
    const result = attempt(registered({}, fixedJune), 'assign', { units: lead }, office, at, {
      policy: fixedJune,
    });
    if (!result.ok) throw new Error('assignment refused');
    const deadline = result.value.record.deadline;
    if (deadline === undefined) throw new Error('no deadline');
    expect(deadlineStatus({ deadline }, '2025-06-30T23:59:00+08:00', fixedJune).status).toBe(
      'dueSoon',
    );
    expect(deadlineStatus({ deadline }, '2025-07-01T00:00:00+08:00', fixedJune).status).toBe(
      'overdue',
    );
  });
});

function repliedRecord(): Suggestion {
  let record = step(registered(), 'assign', { units: lead }, office, '2025-03-03T10:00:00+08:00');
  record = step(record, 'accept', undefined, unit('U-1'), '2025-03-04T10:00:00+08:00');
  return step(
    record,
    'reply',
    { outcomeClass: 'A', faceToFace: true, content: '已解决' },
    unit('U-1'),
    '2025-04-30T10:00:00+08:00',
  );
}

describe('suggestionDeadline', () => {
  it('reads the reply deadline by default, as 0.1 did', () => {
    const record = step(
      registered(),
      'assign',
      { units: lead },
      office,
      '2024-11-30T10:00:00+08:00',
    );
    expect(suggestionDeadline(record)?.day).toBe('2025-02-28');
    expect(suggestionDeadline(record, 'reply')).toEqual(record.deadline);
  });

  it('counts publication 20 working days from the reply, with the 调休 of the policy calendar', () => {
    const record = repliedRecord();
    expect(record.state).toBe('replied');
    const deadline = suggestionDeadline(record, 'publication', { policy: defaultPolicy });
    // Reply on Wednesday 30 April 2025; 1–5 May is the Labour Day break. Working days: 6–9 May
    // (4), 12–16 (9), 19–23 (14), 26–30 May (19), 3 June (20: 2 June is the Dragon Boat holiday).
    expect(deadline?.anchorDay).toBe('2025-04-30');
    expect(deadline?.day).toBe('2025-06-03');
    expect(Object.isFrozen(deadline)).toBe(true);
    expect(deadlineStatus({ deadline }, '2025-06-04', defaultPolicy).status).toBe('overdue');
  });

  it('has no publication deadline before a reply or once published', () => {
    const before = step(
      registered(),
      'assign',
      { units: lead },
      office,
      '2025-03-03T10:00:00+08:00',
    );
    expect(suggestionDeadline(before, 'publication', { policy: defaultPolicy })).toBeUndefined();
    const published = step(
      repliedRecord(),
      'publish',
      { mode: 'full' },
      office,
      '2025-05-10T10:00:00+08:00',
    );
    expect(suggestionDeadline(published, 'publication', { policy: defaultPolicy })).toBeUndefined();
  });

  it('needs the policy for publication, refuses an unknown kind, and never throws when safe', () => {
    const record = repliedRecord();
    expect(thrownCode(() => suggestionDeadline(record, 'publication'))).toBe('INVALID_OPTIONS');
    expect(thrownCode(() => suggestionDeadline(record, 'assign' as never))).toBe('INVALID_OPTIONS');
    expect(thrownCode(() => suggestionDeadline(null as never))).toBe('INVALID_INPUT');
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const result = safeSuggestionDeadline(hostile as never, 'publication', {
      policy: defaultPolicy,
    });
    expect(result.ok).toBe(false);
    expect(Object.isFrozen(result)).toBe(true);
  });
});
