import { isOnTime } from '../../calendar/isOnTime.js';
import { finalReplyOf, firstReplyOf, type ReplyView } from '../../model/internal/replyOrder.js';
import type { Deadline } from '../../model/shared/deadline.js';
import type { SuggestionPolicy } from '../policy.js';

export { finalReplyOf, firstReplyOf, type ReplyView };

// The handling rules of a suggestion (办理规则), written once: which units owe a reply, which reply
// is a unit's first or final, the binding deadline of a round, which evaluation is final and whose
// counts. The workflow's guards and effects, the dashboard's facts and the sample generator all
// import them; none restates them. The views are structural, so the same rules read a frozen
// record, an immer draft, a record of an extended workflow, or a record being generated.

/** One assignment (交办), as the rules read it. */
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

/** One evaluation form (征询意见表), as the rules read it. */
export interface EvaluationView {
  readonly deputyId: string;
  readonly round: number;
  readonly grade: string;
}

/** The fields of a suggestion the handling rules read. */
export interface HandlingView {
  readonly state: string;
  readonly round: number;
  readonly proposers: readonly { readonly deputyId: string; readonly role: string }[];
  /** 并案代表; absent reads as none (a view of a record made before 0.2, or a motion). */
  readonly mergedProposers?: readonly { readonly deputyId: string; readonly role: string }[];
  readonly assignments: readonly AssignmentView[];
  readonly replies: readonly ReplyView[];
  readonly evaluations: readonly EvaluationView[];
  readonly reHandlings: readonly { readonly round: number; readonly deadline: Deadline }[];
}

/** The policy parts the handling rules read. */
export type HandlingPolicy = Pick<SuggestionPolicy, 'repliedWhen' | 'evaluationCounting'>;

/** The states in which units owe replies. */
export const HANDLING_STATES: ReadonlySet<string> = new Set([
  'assigned',
  'inHandling',
  'reHandling',
]);

/** Whether a role leads the handling: 主办 (lead) or 独办 (sole). */
export function isLeadRole(role: string): boolean {
  return role === 'lead' || role === 'sole';
}

/** The active assignment of a unit, if any. */
export function activeAssignmentOf<A extends AssignmentView>(
  record: { readonly assignments: readonly A[] },
  unitId: string,
): A | undefined {
  return record.assignments.find((a) => a.active && a.unitId === unitId);
}

/** The active assignments that must reply to the deputy (主办, 独办, 分办; not 协办). */
export function requiredAssignments<A extends AssignmentView>(record: {
  readonly assignments: readonly A[];
}): A[] {
  return record.assignments.filter((a) => a.active && a.mustReply);
}

/**
 * The lead assignment whose reply alone makes a round replied under `repliedWhen: 'leadUnit'`:
 * the first active lead or sole unit that must reply, unless the item is split among units
 * (分办, each unit answering for its own part), which has no such lead. `undefined` otherwise.
 */
export function replyingLeadOf<A extends AssignmentView>(
  record: { readonly assignments: readonly A[] },
  policy: Pick<HandlingPolicy, 'repliedWhen'>,
): A | undefined {
  if (policy.repliedWhen !== 'leadUnit') return undefined;
  let lead: A | undefined;
  const assignments = record.assignments;
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i] as A;
    if (!a.active || !a.mustReply) continue;
    if (a.role === 'separate') return undefined;
    if (lead === undefined && isLeadRole(a.role)) lead = a;
  }
  return lead;
}

/**
 * The units whose replies make a round replied (办复口径): the lead (or sole) unit alone under
 * `repliedWhen: 'leadUnit'` when the item has one and is not split (分办); otherwise every active
 * unit that must reply. Empty when no active unit must reply (the item cannot be replied).
 */
export function owingAssignments<A extends AssignmentView>(
  record: { readonly assignments: readonly A[] },
  policy: Pick<HandlingPolicy, 'repliedWhen'>,
): A[] {
  const lead = replyingLeadOf(record, policy);
  return lead === undefined ? requiredAssignments(record) : [lead];
}

/**
 * When the item became replied (办复时间): the latest of the owing units' first replies, i.e. when
 * the last unit owing a reply gave its first; `undefined` while one has not (the dashboard's 办复
 * fact reads the same first replies of the same owing units). Timestamps are canonical UTC, so
 * string order is time order.
 */
export function repliedAtOf(
  record: {
    readonly assignments: readonly AssignmentView[];
    readonly replies: readonly ReplyView[];
  },
  policy: Pick<HandlingPolicy, 'repliedWhen'>,
): string | undefined {
  const owing = owingAssignments(record, policy);
  let latest: string | undefined;
  for (const a of owing) {
    const first = firstReplyOf(record.replies, a.unitId);
    if (first === undefined) return undefined;
    if (latest === undefined || first.at > latest) latest = first.at;
  }
  return latest;
}

/**
 * A unit's latest reply of any kind, follow-ups included (the replies are kept in time order):
 * what a follow-up reply is compared with.
 */
export function latestReplyOf<R extends ReplyView>(
  replies: readonly R[],
  unitId: string,
): R | undefined {
  for (let i = replies.length - 1; i >= 0; i--) {
    const reply = replies[i];
    if (reply?.unitId === unitId) return reply;
  }
  return undefined;
}

/** Whether answers in an outcome class need a follow-up reply (跟踪办理: 正在解决, 列入计划). */
export function needsFollowUp(
  policy: Pick<SuggestionPolicy, 'outcomeTaxonomy'>,
  outcomeClass: string,
): boolean {
  return policy.outcomeTaxonomy.classes.some((c) => c.code === outcomeClass && c.followUp);
}

/**
 * The follow-up duties a closure opens (跟踪办理义务): one for each active unit that must reply
 * whose latest reply is in a class that needs follow-up, with that class.
 */
export function followUpsAtClosure(
  record: Pick<HandlingView, 'assignments' | 'replies'>,
  policy: Pick<SuggestionPolicy, 'outcomeTaxonomy'>,
): { readonly unitId: string; readonly outcomeClass: string }[] {
  const opened: { unitId: string; outcomeClass: string }[] = [];
  for (const a of record.assignments) {
    if (!a.active || !a.mustReply) continue;
    const last = latestReplyOf(record.replies, a.unitId);
    if (last !== undefined && needsFollowUp(policy, last.outcomeClass)) {
      opened.push({ unitId: a.unitId, outcomeClass: last.outcomeClass });
    }
  }
  return opened;
}

/** One follow-up duty, as the rules read it. */
export interface FollowUpView {
  readonly unitId: string;
  readonly deadline: Deadline;
  readonly dischargedAt?: string | undefined;
}

/** A unit's open follow-up duty, if it has one (at most one is open at a time). */
export function openFollowUpOf<F extends FollowUpView>(
  followUps: readonly F[],
  unitId: string,
): F | undefined {
  return followUps.find((f) => f.unitId === unitId && f.dischargedAt === undefined);
}

/** One assisting unit's input (协办意见), as the rules read it. */
export interface AssistingInputView {
  readonly unitId: string;
  readonly round: number;
}

/** Whether an assisting unit has sent its input (协办意见) in the current round. */
export function sentInputThisRound(
  record: { readonly round: number; readonly assistingInputs: readonly AssistingInputView[] },
  unitId: string,
): boolean {
  return record.assistingInputs.some((i) => i.unitId === unitId && i.round === record.round);
}

/**
 * Whether a unit owes its input (协办意见) this round: an active assisting or joint unit (协办 /
 * 会办), which does not reply to the deputy but sends its input to the lead unit that replies, and
 * has not sent it yet. It does not look at the item's state: its callers ask it only of an item in
 * handling.
 */
export function owesInput(
  record: { readonly round: number; readonly assistingInputs: readonly AssistingInputView[] },
  assignment: AssignmentView,
): boolean {
  return (
    assignment.active && !assignment.mustReply && !sentInputThisRound(record, assignment.unitId)
  );
}

/** The active assisting and joint units (协办 / 会办) that have not sent their input this round. */
export function owedInputs<A extends AssignmentView>(record: {
  readonly round: number;
  readonly assignments: readonly A[];
  readonly assistingInputs: readonly AssistingInputView[];
}): A[] {
  return record.assignments.filter((a) => owesInput(record, a));
}

/**
 * The assisting and joint units (协办 / 会办) whose input the lead unit still waits for before it
 * replies at `at`, as `policy.assistingInputBeforeReply` says: none (`optional`), every active
 * one that has not sent its input this round (`required`), or those whose input is not yet due
 * either (`requiredUntilDue`: once a unit's deadline has passed, the lead may reply without it).
 */
export function awaitedInputs<A extends AssignmentView>(
  record: Pick<HandlingView, 'round' | 'reHandlings'> & {
    readonly assignments: readonly A[];
    readonly assistingInputs: readonly AssistingInputView[];
  },
  policy: Pick<SuggestionPolicy, 'assistingInputBeforeReply'>,
  at: string,
): A[] {
  const rule = policy.assistingInputBeforeReply;
  if (rule === 'optional') return [];
  return owedInputs(record).filter(
    (a) => rule === 'required' || isOnTime(at, roundDeadlineOf(record, a)),
  );
}

/** Whether a unit has given its (non-follow-up) reply in the current round. */
export function repliedThisRound(
  record: Pick<HandlingView, 'replies' | 'round'>,
  unitId: string,
): boolean {
  const replies = record.replies;
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i] as ReplyView;
    if (r.unitId === unitId && r.round === record.round && !r.followUp) return true;
  }
  return false;
}

/**
 * The deadline a unit's reply is judged against in the current round: its own frozen deadline in
 * round 1, the re-handling round's deadline later (重新办理期限).
 */
export function roundDeadlineOf(
  record: Pick<HandlingView, 'round' | 'reHandlings'>,
  assignment: Pick<AssignmentView, 'deadline'>,
): Deadline {
  if (record.round === 1) return assignment.deadline;
  const reHandlings = record.reHandlings;
  for (let i = 0; i < reHandlings.length; i++) {
    const h = reHandlings[i] as HandlingView['reHandlings'][number];
    if (h.round === record.round) return h.deadline;
  }
  return assignment.deadline;
}

/**
 * Whether the current round counts as replied (办复), optionally as if `alsoReplied` had just
 * replied: every owing unit ({@link owingAssignments}) has replied this round.
 */
export function repliedCondition(
  record: Pick<HandlingView, 'assignments' | 'replies' | 'round'>,
  policy: Pick<HandlingPolicy, 'repliedWhen'>,
  alsoReplied?: string,
): boolean {
  const owing = owingAssignments(record, policy);
  return (
    owing.length > 0 &&
    owing.every((a) => a.unitId === alsoReplied || repliedThisRound(record, a.unitId))
  );
}

/** The units that still owe a reply this round, in assignment order. */
export function pendingAssignments(record: HandlingView): AssignmentView[] {
  if (!HANDLING_STATES.has(record.state)) return [];
  return owedAssignments(record);
}

/**
 * The active units that must reply and have not this round, whatever the state: every such unit
 * owes its reply (a 分办 unit its part, the lead its answer), whether or not the policy counts the
 * item replied without it.
 */
function owedAssignments(
  record: Pick<HandlingView, 'assignments' | 'replies' | 'round'>,
  alsoReplied?: string,
): AssignmentView[] {
  return requiredAssignments(record).filter(
    (a) => a.unitId !== alsoReplied && !repliedThisRound(record, a.unitId),
  );
}

/** The binding deadline now: `undefined` outside the handling states. */
export function bindingDeadlineOf(record: HandlingView): Deadline | undefined {
  return HANDLING_STATES.has(record.state) ? earliestOwedDeadline(record) : undefined;
}

/**
 * The binding deadline of the round (约束期限): the earliest round deadline among the units that
 * still owe a reply this round, whatever the state (effects run before the engine sets the new
 * state); `undefined` when nobody owes one.
 */
export function earliestOwedDeadline(
  record: Pick<HandlingView, 'assignments' | 'replies' | 'round' | 'reHandlings'>,
  alsoReplied?: string,
): Deadline | undefined {
  let binding: Deadline | undefined;
  for (const assignment of owedAssignments(record, alsoReplied)) {
    const deadline = roundDeadlineOf(record, assignment);
    if (binding === undefined || deadline.day < binding.day) binding = deadline;
  }
  return binding;
}

/** The lead proposer's id (领衔代表). */
export function leadProposerOf(record: Pick<HandlingView, 'proposers'>): string | undefined {
  return record.proposers.find((p) => p.role === 'lead')?.deputyId;
}

/**
 * Whether a deputy's evaluation counts (满意率口径): under `everyDeputy` every proposer's, of the
 * item and of every item merged into it (per deputy); under `leadOnly` only the lead proposer's
 * of the item and of each merged item (per item: 并案 still gives every merged item its say).
 */
export function countsEvaluator(
  record: Pick<HandlingView, 'proposers' | 'mergedProposers'>,
  policy: Pick<HandlingPolicy, 'evaluationCounting'>,
  deputyId: string,
): boolean {
  if (policy.evaluationCounting !== 'leadOnly') return true;
  if (leadAmong(record.proposers, deputyId)) return true;
  const merged = record.mergedProposers;
  return merged !== undefined && merged.length > 0 && leadAmong(merged, deputyId);
}

function leadAmong(
  proposers: readonly { readonly deputyId: string; readonly role: string }[],
  deputyId: string,
): boolean {
  for (let i = 0; i < proposers.length; i++) {
    const p = proposers[i] as HandlingView['proposers'][number];
    if (p.role === 'lead' && p.deputyId === deputyId) return true;
  }
  return false;
}

/**
 * The deputies who evaluate the item's answer (评价人), each once, in the order they are listed:
 * its proposers, then the proposers of the items merged into it, as {@link countsEvaluator} counts
 * them. A deputy who proposed more than one of the items is listed under their first listing.
 */
export function evaluatorsOf(
  record: Pick<HandlingView, 'proposers' | 'mergedProposers'>,
  policy: Pick<HandlingPolicy, 'evaluationCounting'>,
): { readonly deputyId: string; readonly role: string }[] {
  const out: { readonly deputyId: string; readonly role: string }[] = [];
  const seen = new Set<string>();
  const add = (list: readonly { readonly deputyId: string; readonly role: string }[]): void => {
    for (const p of list) {
      if (seen.has(p.deputyId) || !countsEvaluator(record, policy, p.deputyId)) continue;
      seen.add(p.deputyId);
      out.push(p);
    }
  };
  add(record.proposers);
  add(record.mergedProposers ?? []);
  return out;
}

/** The deputies whose evaluation the current round waits for (评价人). */
export function requiredEvaluators(
  record: Pick<HandlingView, 'proposers' | 'mergedProposers'>,
  policy: Pick<HandlingPolicy, 'evaluationCounting'>,
): string[] {
  return evaluatorsOf(record, policy).map((p) => p.deputyId);
}

/**
 * Whether an evaluation is its deputy's final one (最终评价): no form of a later round from the
 * same deputy. Reads without allocating.
 */
export function isFinalEvaluation(
  evaluations: readonly EvaluationView[],
  evaluation: EvaluationView,
): boolean {
  for (let k = 0; k < evaluations.length; k++) {
    const other = evaluations[k] as EvaluationView;
    if (other.round > evaluation.round && other.deputyId === evaluation.deputyId) return false;
  }
  return true;
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

/**
 * The item's reporting unit (主办单位, the unit its outcome is reported under): the active lead or
 * sole unit; else the first active unit that must reply (分办); else the first active unit; else
 * the first unit at all.
 */
export function reportingAssignmentOf<A extends AssignmentView>(record: {
  readonly assignments: readonly A[];
}): A | undefined {
  const assignments = record.assignments;
  let required: A | undefined;
  let active: A | undefined;
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i] as A;
    if (!a.active) continue;
    if (isLeadRole(a.role)) return a;
    if (required === undefined && a.mustReply) required = a;
    active ??= a;
  }
  return required ?? active ?? assignments[0];
}

/** The position of a class in the taxonomy (best first), or -1. */
export function classRank(policy: Pick<SuggestionPolicy, 'outcomeTaxonomy'>, code: string): number {
  return policy.outcomeTaxonomy.classes.findIndex((c) => c.code === code);
}
