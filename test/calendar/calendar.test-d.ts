import { describe, expectTypeOf, it } from 'vitest';
import { safeAddWorkingDays } from '../../src/calendar/addWorkingDays.js';
import type { DeadlineContext } from '../../src/calendar/deadlineContext.js';
import type { DeadlineError, DeadlineResult } from '../../src/calendar/deadlineError.js';
import {
  type DeadlineStatusResult,
  deadlineStatus,
  safeDeadlineStatus,
} from '../../src/calendar/deadlineStatus.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import {
  type DueDateError,
  type SafeDueDateResult,
  safeDueDate,
} from '../../src/calendar/safeDueDate.js';
import type { WorkingDayCalendar } from '../../src/calendar/workingDayCalendar.js';
import type { Deadline, DeadlineRule } from '../../src/model/shared/deadline.js';
import type { Suggestion } from '../../src/model/suggestion.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { suggestionDeadline } from '../../src/suggestion/suggestionDeadline.js';

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

  it('every safeX returns a DeadlineResult whose error is a DeadlineError', () => {
    const days = safeAddWorkingDays('2025-01-01', 5, context.calendar);
    expectTypeOf(days).toEqualTypeOf<DeadlineResult<string>>();
    if (!days.ok) expectTypeOf(days.error).toEqualTypeOf<DeadlineError>();
    expectTypeOf<DueDateError>().toEqualTypeOf<DeadlineError>();
    expectTypeOf(safeDeadlineStatus({}, '2025-01-01')).toEqualTypeOf<
      DeadlineResult<DeadlineStatusResult>
    >();
  });

  it('deadlineStatus takes the policy as its options, and refuses 0.1 top-level thresholds', () => {
    expectTypeOf(
      deadlineStatus({}, '2025-01-01', defaultPolicy),
    ).toEqualTypeOf<DeadlineStatusResult>();
    deadlineStatus({}, '2025-01-01', { deadlineWarning: { dueSoonDays: 3 } });
    // @ts-expect-error the thresholds live under deadlineWarning, as in the policy
    deadlineStatus({}, '2025-01-01', { dueSoonDays: 3 });
  });

  it('suggestionDeadline reads a kind of deadline', () => {
    const record = {} as Suggestion;
    expectTypeOf(suggestionDeadline(record)).toEqualTypeOf<Deadline | undefined>();
    suggestionDeadline(record, 'publication', { policy: defaultPolicy });
    // @ts-expect-error only reply and publication deadlines are read here
    suggestionDeadline(record, 'assign');
  });
});
