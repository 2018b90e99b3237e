import type { Suggestion } from '../../../model/suggestion.js';
import type { DashboardContext } from './context.js';
import { dayNumber } from './days.js';

// 交办超期 (late to assign), stated once: the fused dashboard and the generic definition both call
// `assignmentLateness`, so they cannot disagree.
//
// The rule (policy.deadlines.assign, 5 working days of receipt by default) is the office's: it
// assigns a between-sessions item (闭会期间建议) within the time limit of receiving it. Items raised
// at a session are assigned in one batch after it, by the session's own timetable, so the rule does
// not judge them.

/**
 * What the rule found about one item (internal), as a number so the dashboard's loop neither
 * allocates nor branches on shapes: the days late to assign (0 when on time) of a judged item, or
 * one of the two codes below. A judged item still waits for its assignment when it has none
 * ({@link isWaitingForAssignment}).
 */
export type AssignmentLateness = number;

/** Not an item the rule judges: raised at a session, a draft, or withdrawn, merged or refused. */
export const NOT_JUDGED = -2;
/** The record lacks the facts: no `submittedAt` and no `submit` entry in its history. */
export const UNDECIDED = -1;

/** Whether a judged item still waits for its first assignment (尚未交办). */
export function isWaitingForAssignment(s: Suggestion): boolean {
  return s.assignments[0] === undefined;
}

/** States in which an item is received and still waits for its assignment. */
const WAITING = new Set(['submitted', 'registered']);
/** States that end an item without it ever needing a unit. */
const NEVER_ASSIGNED = new Set(['draft', 'withdrawn', 'merged', 'notRegistered']);

/**
 * When the office received the item (收到): `submittedAt`, else the `at` of the first `submit`
 * entry of its history (a record from an import that kept only the history), else unknown.
 */
export function receiptOf(s: Suggestion): string | undefined {
  if (typeof s.submittedAt === 'string') return s.submittedAt;
  const history = s.history;
  for (let i = 0; i < history.length; i++) {
    const entry = history[i] as Suggestion['history'][number];
    if (entry.type === 'submit') return entry.at;
  }
  return undefined;
}

/**
 * Whether the item was (or still is) late to assign, and by how many calendar days: the first
 * assignment's day (交办日, frozen on the record) after the due day, or, while it still waits for
 * a unit, asOf's day after the due day.
 */
export function assignmentLateness(s: Suggestion, ctx: DashboardContext): AssignmentLateness {
  if (s.period !== 'betweenSessions') return NOT_JUDGED;
  // Withdrawn, merged and refused items are left out, as from every item rate.
  if (NEVER_ASSIGNED.has(s.state)) return NOT_JUDGED;
  const first = s.assignments[0];
  if (first === undefined && !WAITING.has(s.state)) return NOT_JUDGED;
  const receipt = receiptOf(s);
  if (receipt === undefined) return UNDECIDED;
  const due = ctx.assignDueDay(ctx.instantDay(receipt));
  if (due === null) return UNDECIDED;
  const late = (first === undefined ? ctx.asOfDay : dayNumber(first.assignedDay)) - due;
  return late > 0 ? late : 0;
}
