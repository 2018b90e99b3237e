import { safeAddWorkingDays } from '../../calendar/addWorkingDays.js';
import { safeDueDate } from '../../calendar/safeDueDate.js';
import type { OpinionCategory, OpinionPolicy } from '../opinionPolicy.js';
import type { OpinionWorkflowRecord } from '../opinionTypes.js';

// The deadline arithmetic of the opinion loop, shared by guards and effects, so that a guard
// refuses exactly what the effect could not count.

/** The policy's category of that code, if it has one. */
export function categoryOf(policy: OpinionPolicy, code: string): OpinionCategory | undefined {
  return policy.categories.find((category) => category.code === code);
}

/** An assignment's time limit, as the record freezes it. */
export interface AssignedDeadline {
  readonly dueDay: string;
  readonly workingDays: number;
  readonly calendarId: string;
}

/**
 * The due day of an assignment at `at`: the category's working days counted from the day of
 * assignment with the policy's calendar (0: that same day). `undefined` when the record has no
 * category the policy knows or the day cannot be counted.
 */
export function assignmentDeadline(
  record: Pick<OpinionWorkflowRecord, 'classification'>,
  at: string,
  policy: OpinionPolicy,
): AssignedDeadline | undefined {
  const code = record.classification?.category;
  const category = code === undefined ? undefined : categoryOf(policy, code);
  if (category === undefined) return undefined;
  const rule = { amount: category.workingDays, unit: 'workingDays', anchor: 'assignment' } as const;
  const due = safeDueDate(at, rule, policy);
  if (!due.ok) return undefined;
  return {
    dueDay: due.value.day,
    workingDays: category.workingDays,
    calendarId: policy.calendar.id,
  };
}

/**
 * The last day to feed the outcome back to the constituent (反馈期限) when it was known at `at`:
 * the policy's `feedbackWorkingDays` counted from that day with its calendar (0: that same day).
 * `undefined` when the day cannot be counted.
 */
export function feedbackDueDayFrom(at: string, policy: OpinionPolicy): string | undefined {
  const rule = {
    amount: policy.feedbackWorkingDays,
    unit: 'workingDays',
    anchor: 'assignment',
  } as const;
  const due = safeDueDate(at, rule, policy);
  return due.ok ? due.value.day : undefined;
}

/**
 * When the feedback duty of a converted opinion starts: the suggestion's reply, or the moment the
 * opinion became or joined the suggestion when that came after the reply (a duty never starts
 * before the opinion was linked; records stored without `convertedAt` fall back on the receipt).
 * All are canonical UTC, so string order is time order.
 */
export function suggestionFeedbackStart(
  record: Pick<OpinionWorkflowRecord, 'receivedAt' | 'convertedAt'>,
  repliedAt: string,
): string {
  const linked = record.convertedAt ?? record.receivedAt;
  return repliedAt > linked ? repliedAt : linked;
}

/** The due day after adding `workingDays` to `dueDay` with the policy's calendar. */
export function extendedDueDay(
  dueDay: string,
  workingDays: number,
  policy: OpinionPolicy,
): string | undefined {
  const day = safeAddWorkingDays(dueDay, workingDays, policy.calendar);
  return day.ok ? day.value : undefined;
}

/** The working days approved extensions have added in the current assignment. */
export function extendedSoFar(record: Pick<OpinionWorkflowRecord, 'referral'>): number {
  let total = 0;
  for (const extension of record.referral?.extensions ?? []) {
    if (extension.decision === 'approved') total += extension.workingDays;
  }
  return total;
}

/** The extension request awaiting a decision, if any. */
export function pendingExtensionOf(record: Pick<OpinionWorkflowRecord, 'referral'>) {
  return record.referral?.extensions.find((extension) => extension.decision === undefined);
}
