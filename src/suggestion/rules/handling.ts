import type { Deadline } from '../../model/shared/deadline.js';
import type { SuggestionPolicy } from '../policy.js';

// Read-only views of the parts of a suggestion the workflow reasons about. Typed structurally so
// the same helpers read a frozen record, an immer draft, or an extended record.

/** One assignment, as the helpers read it. */
export interface AssignmentView {
  readonly unitId: string;
  readonly role: string;
  readonly assignedAt: string;
  readonly assignedDay: string;
  readonly deadline: Deadline;
  readonly mustReply: boolean;
  readonly active: boolean;
  readonly acceptedAt?: string | undefined;
  readonly returnRequest?:
    | { readonly decision?: string | undefined; readonly decidedAt?: string | undefined }
    | undefined;
}

/** The fields of a suggestion the handling helpers read. */
export interface HandlingView {
  readonly state: string;
  readonly round: number;
  readonly proposers: readonly { readonly deputyId: string; readonly role: string }[];
  readonly assignments: readonly AssignmentView[];
  readonly replies: readonly {
    readonly unitId: string;
    readonly round: number;
    readonly followUp: boolean;
    readonly outcomeClass: string;
    readonly at: string;
  }[];
  readonly evaluations: readonly {
    readonly deputyId: string;
    readonly round: number;
    readonly grade: string;
  }[];
  readonly reHandlings: readonly { readonly round: number; readonly deadline: Deadline }[];
}

/** The states in which units owe replies. */
export const HANDLING_STATES: ReadonlySet<string> = new Set([
  'assigned',
  'inHandling',
  'reHandling',
]);

/** The active assignment of a unit, if any. */
export function activeAssignmentOf(
  record: HandlingView,
  unitId: string,
): AssignmentView | undefined {
  return record.assignments.find((a) => a.active && a.unitId === unitId);
}

/** The active assignments that must reply to the deputy (lead, sole, separate). */
export function requiredAssignments(record: HandlingView): AssignmentView[] {
  return record.assignments.filter((a) => a.active && a.mustReply);
}

/** Whether a unit has given its (non follow-up) reply in the current round. */
export function repliedThisRound(record: HandlingView, unitId: string): boolean {
  return record.replies.some((r) => r.unitId === unitId && r.round === record.round && !r.followUp);
}

/** The deadline a unit's reply is judged against this round. */
export function roundDeadlineOf(record: HandlingView, assignment: AssignmentView): Deadline {
  if (record.round === 1) return assignment.deadline;
  return record.reHandlings.find((r) => r.round === record.round)?.deadline ?? assignment.deadline;
}

/**
 * Whether the current round counts as replied (办复), optionally as if `alsoReplied` had just
 * replied: separate (分办) units each reply; otherwise the lead or sole unit's reply suffices
 * under `repliedWhen: 'leadUnit'`, and every unit that must reply under `everyRequiredUnit`.
 */
export function repliedCondition(
  record: HandlingView,
  policy: Pick<SuggestionPolicy, 'repliedWhen'>,
  alsoReplied?: string,
): boolean {
  const required = requiredAssignments(record);
  if (required.length === 0) return false;
  const done = (a: AssignmentView) =>
    a.unitId === alsoReplied || repliedThisRound(record, a.unitId);
  if (policy.repliedWhen === 'leadUnit' && !required.some((a) => a.role === 'separate')) {
    const lead = required.find((a) => a.role === 'lead' || a.role === 'sole');
    if (lead !== undefined) return done(lead);
  }
  return required.every(done);
}

/** The units that still owe a reply this round, in assignment order. */
export function pendingAssignments(record: HandlingView): AssignmentView[] {
  if (!HANDLING_STATES.has(record.state)) return [];
  return owingAssignments(record);
}

/** The active units that must reply and have not this round, whatever the state. */
function owingAssignments(record: HandlingView, alsoReplied?: string): AssignmentView[] {
  return requiredAssignments(record).filter(
    (a) => a.unitId !== alsoReplied && !repliedThisRound(record, a.unitId),
  );
}

/** The binding deadline now: `undefined` outside the handling states. */
export function bindingDeadlineOf(record: HandlingView): Deadline | undefined {
  return HANDLING_STATES.has(record.state) ? earliestOwedDeadline(record) : undefined;
}

/**
 * The earliest deadline among the units that still owe a reply this round, whatever the state
 * (effects run before the engine sets the new state).
 */
export function earliestOwedDeadline(
  record: HandlingView,
  alsoReplied?: string,
): Deadline | undefined {
  let binding: Deadline | undefined;
  for (const assignment of owingAssignments(record, alsoReplied)) {
    const deadline = roundDeadlineOf(record, assignment);
    if (binding === undefined || deadline.day < binding.day) binding = deadline;
  }
  return binding;
}

/** The deputies whose evaluation the current round waits for (评价人). */
export function requiredEvaluators(
  record: HandlingView,
  policy: Pick<SuggestionPolicy, 'evaluationCounting'>,
): string[] {
  const proposers =
    policy.evaluationCounting === 'leadOnly'
      ? record.proposers.filter((p) => p.role === 'lead')
      : record.proposers;
  return proposers.map((p) => p.deputyId);
}

/** What an evaluation leads to. */
export type EvaluationOutcome = 'evaluated' | 'roundsExhausted' | 'reHandling' | 'waiting';

/**
 * What the current round becomes once `deputyId` has graded it: any dissatisfied verdict from a
 * required evaluator opens a re-handling round (or closes the item when the cap is reached);
 * satisfied or basically satisfied from every required evaluator closes it; otherwise it waits
 * for the others.
 */
export function evaluationOutcome(
  record: HandlingView,
  deputyId: string,
  grade: string,
  policy: Pick<SuggestionPolicy, 'evaluationCounting' | 'maxReHandlingRounds'>,
): EvaluationOutcome {
  if (grade === 'dissatisfied') {
    const cap = policy.maxReHandlingRounds;
    return cap !== null && record.round - 1 >= cap ? 'roundsExhausted' : 'reHandling';
  }
  const graded = new Set(
    record.evaluations.filter((e) => e.round === record.round).map((e) => e.deputyId),
  );
  graded.add(deputyId);
  return requiredEvaluators(record, policy).every((id) => graded.has(id)) ? 'evaluated' : 'waiting';
}

/** The lead proposer's id. */
export function leadProposerOf(record: HandlingView): string | undefined {
  return record.proposers.find((p) => p.role === 'lead')?.deputyId;
}

/** A unit's latest reply (follow-ups included), if any. */
export function lastReplyOf(
  record: HandlingView,
  unitId: string,
): HandlingView['replies'][number] | undefined {
  for (let i = record.replies.length - 1; i >= 0; i--) {
    const reply = record.replies[i];
    if (reply?.unitId === unitId) return reply;
  }
  return undefined;
}

/** The position of a class in the taxonomy (best first), or -1. */
export function classRank(policy: SuggestionPolicy, code: string): number {
  return policy.outcomeTaxonomy.classes.findIndex((c) => c.code === code);
}
