import type { Suggestion } from '../../../model/suggestion.js';
import type { DashboardContext } from './context.js';
import { dayNumber } from './days.js';
import type { SuggestionEvaluationUnit } from './evaluationUnit.js';
import { firstReplyOf, isFinalEvaluation, lastReplyOf } from './replies.js';

// The readable statement of every per-item rule of the dashboard (internal). The generic metric
// definitions (SUGGESTION_METRICS run through `aggregate`) read these facts; the fused accumulator
// implements the same rules inline for speed, and the tests check that both agree.

type Assignment = Suggestion['assignments'][number];
type Reply = Suggestion['replies'][number];

/** Why an item is outside every item-based rate, or null when it counts. */
export type ItemExclusion = 'withdrawn' | 'merged' | 'notRegistered' | 'notAssigned';

const NOT_YET_ASSIGNED = new Set(['draft', 'submitted', 'registered']);

/** The first exclusion rule an item matches (in this order), or null. */
export function itemExclusion(s: Suggestion): ItemExclusion | null {
  if (s.state === 'withdrawn') return 'withdrawn';
  if (s.state === 'merged') return 'merged';
  if (s.state === 'notRegistered') return 'notRegistered';
  if (NOT_YET_ASSIGNED.has(s.state) || !s.assignments.some((a) => a.active)) return 'notAssigned';
  return null;
}

const isLead = (a: Assignment): boolean => a.role === 'lead' || a.role === 'sole';

/**
 * The item's reporting unit (牵头/主办单位): the active lead or sole unit; else the first active unit
 * that must reply (分办); else the first active unit; else the first unit at all.
 */
export function reportAssignment(s: Suggestion): Assignment | undefined {
  const active = s.assignments.filter((a) => a.active);
  return active.find(isLead) ?? active.find((a) => a.mustReply) ?? active[0] ?? s.assignments[0];
}

/**
 * The item's own assignment (交办): its first assignment, whose frozen `assignedDay` is the day the
 * item was assigned. A later reassignment (改交) changes the reporting unit, never the item's day
 * of assignment, so it cannot move the item into another reporting period.
 */
export function itemAssignment(s: Suggestion): Assignment | undefined {
  return s.assignments[0];
}

/** The units whose reply makes the item "replied" under the policy's 办复口径. */
export function owingAssignments(s: Suggestion, ctx: DashboardContext): Assignment[] {
  const active = s.assignments.filter((a) => a.active);
  const lead = active.find(isLead);
  if (!ctx.everyRequired && lead !== undefined) return [lead];
  const required = active.filter((a) => a.mustReply);
  if (required.length > 0) return required;
  return lead !== undefined ? [lead] : active.slice(0, 1);
}

/** The units that answer the deputy (件次): every active unit that must reply, or the reporting unit. */
function answeringAssignments(s: Suggestion): Assignment[] {
  const required = s.assignments.filter((a) => a.active && a.mustReply);
  if (required.length > 0) return required;
  const report = reportAssignment(s);
  return report === undefined ? [] : [report];
}

/** What one item contributes to the item-based figures. */
export interface ItemFacts {
  readonly exclusion: ItemExclusion | null;
  readonly replied: boolean;
  readonly repliedOnTime: boolean;
  readonly closed: boolean;
  readonly faceToFace: boolean;
  readonly hasForm: boolean;
  readonly reHandled: boolean;
  readonly keyItem: boolean;
  /** The outcome class of the replied item (latest non-follow-up reply of its reporting unit). */
  readonly outcomeClass: string | null;
  /** One class per answering unit that replied (件次). */
  readonly replyClasses: readonly string[];
  readonly daysToReply: number | null;
  /** Days past the binding deadline when overdue, else null. */
  readonly daysLate: number | null;
}

/** Whether a deputy's evaluations count under the policy. */
export function countsDeputy(s: Suggestion, ctx: DashboardContext, deputyId: string): boolean {
  if (!ctx.leadOnly) return true;
  return s.proposers.some((p) => p.role === 'lead' && p.deputyId === deputyId);
}

let cachedRecord: Suggestion | undefined;
let cachedContext: DashboardContext | undefined;
let cachedFacts: ItemFacts | undefined;

/** The facts of an item (the last one is cached, since every definition asks about the same record). */
export function itemFacts(s: Suggestion, ctx: DashboardContext): ItemFacts {
  if (s === cachedRecord && ctx === cachedContext && cachedFacts !== undefined) return cachedFacts;
  const facts = computeFacts(s, ctx);
  cachedRecord = s;
  cachedContext = ctx;
  cachedFacts = facts;
  return facts;
}

function computeFacts(s: Suggestion, ctx: DashboardContext): ItemFacts {
  const exclusion = itemExclusion(s);
  const none: ItemFacts = {
    exclusion,
    replied: false,
    repliedOnTime: false,
    closed: false,
    faceToFace: false,
    hasForm: false,
    reHandled: false,
    keyItem: false,
    outcomeClass: null,
    replyClasses: [],
    daysToReply: null,
    daysLate: null,
  };
  if (exclusion !== null) return none;
  const owing = owingAssignments(s, ctx);
  const report = reportAssignment(s) as Assignment;
  const firsts = owing.map((a) => firstReplyOf(s.replies, a.unitId));
  const replied = firsts.every((r) => r !== undefined);
  const repliedOnTime = replied && firsts.every((r) => r?.onTime === true);
  const classUnit = owing.includes(report) ? report : (owing[0] as Assignment);
  const outcomeClass = replied
    ? (lastReplyOf(s.replies, classUnit.unitId)?.outcomeClass ?? null)
    : null;
  const daysToReply = replied
    ? Math.max(
        ...owing.map((a, i) =>
          Math.max(0, ctx.instantDay((firsts[i] as Reply).at) - dayNumber(a.assignedDay)),
        ),
      )
    : null;
  const replyClasses = answeringAssignments(s)
    .map((a) => lastReplyOf(s.replies, a.unitId)?.outcomeClass)
    .filter((c): c is string => c !== undefined);
  return {
    exclusion,
    replied,
    repliedOnTime,
    closed: s.state === 'closed',
    faceToFace:
      replied && (s.replies.some((r) => r.faceToFace) || s.consultations.some((c) => c.faceToFace)),
    hasForm: replied && s.evaluations.some((e) => countsDeputy(s, ctx, e.deputyId)),
    reHandled: replied && s.reHandlings.length > 0,
    keyItem: s.keyItem !== undefined,
    outcomeClass,
    replyClasses,
    daysToReply,
    daysLate: daysLate(s, ctx, owing),
  };
}

/**
 * Days late of an open item: every unit that owes a reply in the current round (the owing units
 * under the policy's 办复口径, in a re-handling round as in round 1: a 分办 item's units each owe
 * their re-reply), its binding deadline (the unit's frozen deadline in round 1, the round's
 * re-handling deadline later) against asOf's day; the worst counts. The same units and days as
 * the workflow's `pendingUnits` and `suggestionDeadline`.
 */
function daysLate(
  s: Suggestion,
  ctx: DashboardContext,
  owing: readonly Assignment[],
): number | null {
  if (s.state === 'closed') return null;
  const round = s.round;
  const roundDue = s.reHandlings.find((h) => h.round === round)?.deadline.day;
  let worst = 0;
  for (const a of owing) {
    const answered = s.replies.some(
      (r) => !r.followUp && r.unitId === a.unitId && r.round === round,
    );
    if (answered) continue;
    const due = round === 1 ? a.deadline.day : (roundDue ?? a.deadline.day);
    worst = Math.max(worst, ctx.asOfDay - dayNumber(due));
  }
  return worst > 0 ? worst : null;
}

/**
 * The evaluation units of an item: `final` = each deputy's latest round; `first` = round 1 only.
 */
export function evaluationUnits(
  s: Suggestion,
  ctx: DashboardContext,
  which: 'final' | 'first',
): SuggestionEvaluationUnit[] {
  const itemExcluded = itemExclusion(s) !== null;
  const chosen = s.evaluations.filter((e) =>
    which === 'first' ? e.round === 1 : isFinalEvaluation(s.evaluations, e),
  );
  return chosen.map((e) => ({
    grade: e.grade,
    excluded: itemExcluded ? 'itemExcluded' : countsDeputy(s, ctx, e.deputyId) ? null : 'coSigner',
    keyItem: s.keyItem !== undefined,
  }));
}
