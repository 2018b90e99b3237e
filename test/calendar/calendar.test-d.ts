import { describe, expectTypeOf, it } from 'vitest';
import type { DeadlineContext } from '../../src/calendar/deadlineContext.js';
import { type DeadlineStatusResult, deadlineStatus } from '../../src/calendar/deadlineStatus.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import {
  type DueDateError,
  type SafeDueDateResult,
  safeDueDate,
} from '../../src/calendar/safeDueDate.js';
import type { WorkingDayCalendar } from '../../src/calendar/workingDayCalendar.js';
import type { Deadline, DeadlineRule } from '../../src/model/shared/deadline.js';

declare const context: DeadlineContext;
declare const rule: DeadlineRule;

describe('calendar types', () => {
  it('dueDate returns the shared Deadline type', () => {
    expectTypeOf(dueDate('2025-01-01', rule, context)).toEqualTypeOf<Deadline>();
  });

  it('safeDueDate narrows on ok', () => {
    const result: SafeDueDateResult = safeDueDate('2025-01-01', rule, context);
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Deadline>();
    else expectTypeOf(result.error).toEqualTypeOf<DueDateError>();
  });

  it('accepts any object with a timeZone and a calendar as the context, e.g. a policy', () => {
    const policy = {
      id: 'default',
      version: 1,
      timeZone: 'Asia/Shanghai',
      calendar: { id: 'x', isWorkingDay: (_day: string) => true },
      replyWithin: rule,
    };
    expectTypeOf(policy).toExtend<DeadlineContext>();
    expectTypeOf({ id: 'x', isWorkingDay: (_day: string) => true }).toExtend<WorkingDayCalendar>();
  });

  it('takes records with extra fields, an optional deadline or none at all', () => {
    const suggestion = { id: 'S-1', title: 't', deadline: undefined as Deadline | undefined };
    expectTypeOf(deadlineStatus(suggestion, '2025-01-01')).toEqualTypeOf<DeadlineStatusResult>();
    expectTypeOf(deadlineStatus({}, '2025-01-01')).toEqualTypeOf<DeadlineStatusResult>();
    // @ts-expect-error a deadline must be a Deadline, not a day string
    deadlineStatus({ deadline: '2025-01-01' }, '2025-01-01');
  });
});
