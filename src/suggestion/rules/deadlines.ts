import { dueDate } from '../../calendar/dueDate.js';
import { safeDueDate } from '../../calendar/safeDueDate.js';
import { toCalendarDay } from '../../calendar/toCalendarDay.js';
import type { HandlingRole } from '../../model/handlingRole.js';
import type { Deadline, DeadlineRule } from '../../model/shared/deadline.js';
import type { SuggestionPolicy } from '../policy.js';
import type { AssignmentView, HandlingView } from './handling.js';

// Deadline arithmetic shared by guards and effects, so that a guard refuses exactly what the
// effect could not count.

/** Lead, sole and separate units reply to the deputy; assisting and joint units do not. */
export function mustReplyFor(role: string): boolean {
  return role === 'lead' || role === 'sole' || role === 'separate';
}

/**
 * What a rule counts from: the session close day (required) or a fixed date's reference day
 * (optional) from the payload, else the moment of the event itself.
 */
export function anchorFor(
  rule: DeadlineRule,
  at: string,
  anchorDay: string | undefined,
): string | undefined {
  if (rule.anchor === 'sessionClose') return anchorDay;
  if (rule.anchor === 'fixedDate' && anchorDay !== undefined) return anchorDay;
  return at;
}

/** A new assignment, before it is written to the record. */
export interface PlannedAssignment {
  readonly unitId: string;
  readonly role: HandlingRole;
  readonly assignedAt: string;
  readonly assignedDay: string;
  readonly deadline: Deadline;
  readonly mustReply: boolean;
  readonly active: true;
}

/** Why assignments could not be planned. */
export type PlanProblem = 'anchorDayMissing' | 'notCountable' | 'dueBeforeAssignment';

/** Counts every unit's deadline for an assignment at `at`. */
export function planAssignments(
  units: readonly { readonly unitId: string; readonly role: HandlingRole }[],
  at: string,
  anchorDay: string | undefined,
  policy: SuggestionPolicy,
): { ok: true; value: PlannedAssignment[] } | { ok: false; problem: PlanProblem } {
  const assignedDay = toCalendarDay(at, policy.timeZone);
  const planned: PlannedAssignment[] = [];
  for (const unit of units) {
    const mustReply = mustReplyFor(unit.role);
    const rule = mustReply ? policy.deadlines.reply : policy.deadlines.assistingInput;
    const anchor = anchorFor(rule, at, anchorDay);
    if (anchor === undefined) return { ok: false, problem: 'anchorDayMissing' };
    const due = safeDueDate(anchor, rule, policy);
    if (!due.ok) return { ok: false, problem: 'notCountable' };
    // A due day on the day of assignment is a real deadline: "reply by 30 June" assigned on 30
    // June is due that day, as dueDate counts it. Only a day already past is refused.
    if (due.value.day < assignedDay) return { ok: false, problem: 'dueBeforeAssignment' };
    planned.push({
      unitId: unit.unitId,
      role: unit.role,
      assignedAt: at,
      assignedDay,
      deadline: due.value,
      mustReply,
      active: true,
    });
  }
  return { ok: true, value: planned };
}

/**
 * The deadline of the unit that takes over from `from`: counted again from the reassignment when
 * the policy restarts the clock (a session-close or fixed-date rule keeps its anchor day), or the
 * original due day otherwise. `undefined` when it cannot be counted or falls before the day of
 * reassignment (a due day on that very day stands, as it does for a first assignment).
 */
export function reassignedDeadline(
  from: AssignmentView,
  at: string,
  policy: SuggestionPolicy,
): Deadline | undefined {
  const day = toCalendarDay(at, policy.timeZone);
  let deadline: Deadline = from.deadline;
  if (policy.reassignmentRestartsClock) {
    const rule = from.deadline.rule;
    const anchor = anchorFor(rule, at, from.deadline.anchorDay) ?? at;
    const due = safeDueDate(anchor, rule, policy);
    if (!due.ok) return undefined;
    deadline = due.value;
  }
  return deadline.day >= day ? deadline : undefined;
}

/** The window in which a deputy may return the feedback form, counted from the round's reply. */
export function evaluationWindowOf(
  record: HandlingView,
  policy: SuggestionPolicy,
): Deadline | undefined {
  let latest: string | undefined;
  for (const reply of record.replies) {
    if (
      reply.round === record.round &&
      !reply.followUp &&
      (latest === undefined || reply.at > latest)
    ) {
      latest = reply.at;
    }
  }
  if (latest === undefined) return undefined;
  const due = safeDueDate(latest, policy.deadlines.evaluationWindow, policy);
  return due.ok ? due.value : undefined;
}

/** The window in which a unit may ask for reassignment (申请调整), counted from its assignment. */
export function returnWindowOf(
  assignment: AssignmentView,
  policy: SuggestionPolicy,
): Deadline | undefined {
  const rule = policy.deadlines.returnWindow;
  const anchor = anchorFor(rule, assignment.assignedAt, undefined) ?? assignment.assignedAt;
  const due = safeDueDate(anchor, rule, policy);
  return due.ok ? due.value : undefined;
}

/**
 * When publication is due (公开期限): `policy.deadlines.publication` counted from the latest reply
 * (follow-up replies aside), since the replies are what is published. `undefined` before any
 * reply and once the item is published or withheld (`publication` is set).
 */
export function publicationDeadlineOf(
  record: Pick<HandlingView, 'replies'> & { readonly publication?: unknown },
  policy: SuggestionPolicy,
): Deadline | undefined {
  if (record.publication !== undefined) return undefined;
  let latest: string | undefined;
  for (const reply of record.replies) {
    if (!reply.followUp && (latest === undefined || reply.at > latest)) latest = reply.at;
  }
  if (latest === undefined) return undefined;
  return dueDate(latest, policy.deadlines.publication, policy);
}
