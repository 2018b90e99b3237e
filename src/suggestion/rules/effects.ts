import { current, type Draft, isDraft, original } from 'immer';
import { dueDate } from '../../calendar/dueDate.js';
import { extendDeadline } from '../../calendar/extendDeadline.js';
import { isOnTime } from '../../calendar/isOnTime.js';
import { toCalendarDay } from '../../calendar/toCalendarDay.js';
import type { Deadline } from '../../model/shared/deadline.js';
import type {
  SuggestionContext,
  SuggestionEvent,
  SuggestionWorkflowRecord,
} from '../suggestionTypes.js';
import { planAssignments, reassignedDeadline } from './deadlines.js';
import { pendingExtensionOf, pendingReturnOf } from './guards.js';
import {
  activeAssignmentOf,
  earliestOwedDeadline,
  evaluationOutcome,
  followUpsAtClosure,
  needsFollowUp,
  openFollowUpOf,
  repliedCondition,
  roundDeadlineOf,
} from './handling.js';

// The effects of the suggestion workflow: immer recipes that write the facts later views need
// (due days, on-time verdicts, rounds), frozen when they happen.

type D = Draft<SuggestionWorkflowRecord>;

/** The event of that type, with its own payload. */
type E<T extends SuggestionEvent['type']> = Extract<SuggestionEvent, { readonly type: T }>;
type C = SuggestionContext;

/**
 * The record before this event: reading it, not the draft, keeps immer from creating a proxy for
 * every part a helper looks at (a transition then costs a few microseconds less). A replay runs
 * the effects on its own plain record (no draft), which is then the record before the event as
 * long as an effect reads from it only what it has not yet written: every effect below does
 * (`openFollowUps` reads assignments and replies, which no closing effect writes).
 */
const baseOf = (draft: D): SuggestionWorkflowRecord =>
  (isDraft(draft) ? original(draft) : draft) as SuggestionWorkflowRecord;

/** Opens the follow-up duties of a closure at `at` (跟踪办理), each due by the policy's rule. */
function openFollowUps(draft: D, at: string, policy: SuggestionContext['policy']): void {
  for (const { unitId, outcomeClass } of followUpsAtClosure(baseOf(draft), policy)) {
    draft.followUps.push({
      unitId,
      outcomeClass,
      openedAt: at,
      deadline: dueDate(at, policy.deadlines.followUp, policy),
    });
  }
}

/** Stores the binding deadline now (or removes it when nobody owes a reply). */
export function refreshDeadline(draft: D): void {
  const binding = earliestOwedDeadline(draft);
  if (binding === undefined) delete draft.deadline;
  // Deadlines are replaced, never edited in place, so the base object is the current value.
  else
    draft.deadline = isDraft(binding)
      ? (original(binding as Draft<Deadline>) as Deadline)
      : binding;
}

/** A plain (non-draft) copy of a value read from the draft, for functions outside immer. */
const plain = <T>(value: T): T => (isDraft(value) ? (current(value as Draft<T>) as T) : value);

const opt = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * What each event of the suggestion workflow writes on the record (办理规则：事件的效果), one
 * effect per event name, applied by the engine on an immer draft.
 */
export const effects = {
  submit(draft: D, event: E<'submit'>): void {
    draft.submittedAt = event.at;
    if (event.payload?.kind !== undefined) draft.kind = event.payload.kind;
  },
  register(draft: D, event: E<'register'>): void {
    if (!event.payload) return;
    draft.screening = { at: event.at, registered: true, number: event.payload.number };
  },
  refuseRegistration(draft: D, event: E<'refuseRegistration'>): void {
    if (!event.payload) return;
    draft.screening = {
      at: event.at,
      registered: false,
      reason: event.payload.reason,
      noticeAt: event.payload.noticeAt ?? event.at,
    };
  },
  convertFromMotion(draft: D, event: E<'convertFromMotion'>): void {
    draft.kind = 'suggestion';
    draft.convertedFromMotion = { ...opt('motionId', event.payload?.motionId), at: event.at };
  },
  merge(draft: D, event: E<'merge'>): void {
    const into = event.payload?.into;
    if (into !== undefined) {
      draft.mergedInto = into;
      delete draft.deadline;
      return;
    }
    for (const id of event.payload?.from ?? []) {
      if (!draft.mergedFrom.includes(id)) draft.mergedFrom.push(id);
    }
    // A deputy listed again for the same item (the same merge recorded twice) is listed once.
    for (const p of event.payload?.proposers ?? []) {
      const listed = draft.mergedProposers.some(
        (q) => q.itemId === p.itemId && q.deputyId === p.deputyId,
      );
      if (!listed) draft.mergedProposers.push({ ...p });
    }
  },
  withdraw(draft: D, event: E<'withdraw'>): void {
    draft.withdrawal = {
      at: event.at,
      ...opt('reason', event.payload?.reason),
      ...opt('reasonCode', event.payload?.reasonCode),
    };
    delete draft.deadline;
  },
  assign(draft: D, event: E<'assign'>, context: C): void {
    if (!event.payload) return;
    const plan = planAssignments(
      event.payload.units,
      event.at,
      event.payload.anchorDay,
      context.policy,
    );
    // The guards refused every plan that fails; this cannot happen after them.
    if (!plan.ok) throw new Error(`assignment cannot be planned: ${plan.problem}`);
    for (const assignment of plan.value) draft.assignments.push({ ...assignment });
    refreshDeadline(draft);
  },
  requestReturn(draft: D, event: E<'requestReturn'>): void {
    const assignment = draft.assignments.find((a) => a.active && a.unitId === event.actor.id);
    if (!assignment || !event.payload) return;
    assignment.returnRequest = {
      at: event.at,
      reason: event.payload.reason,
      ...opt('reasonCode', event.payload.reasonCode),
      ...opt('suggestedUnitId', event.payload.suggestedUnitId),
    };
  },
  decideReturn(draft: D, event: E<'decideReturn'>): void {
    if (!event.payload) return;
    const pending = pendingReturnOf(draft as SuggestionWorkflowRecord, event.payload.unitId);
    const assignment = draft.assignments.find((a) => a === pending);
    if (!assignment?.returnRequest) return;
    assignment.returnRequest.decision = event.payload.decision;
    assignment.returnRequest.decidedAt = event.at;
  },
  reassign(draft: D, event: E<'reassign'>, context: C): void {
    if (!event.payload) return;
    const from = draft.assignments.find((a) => a.active && a.unitId === event.payload?.from);
    if (!from) return;
    const deadline = reassignedDeadline(plain(from), event.at, context.policy);
    if (deadline === undefined) throw new Error('the new deadline cannot be counted');
    from.active = false;
    const { reasonCode, reason } = event.payload;
    // Only with a reason: a record reassigned before reasons existed replays as it was stored.
    if (reasonCode !== undefined || reason !== undefined) {
      from.reassignment = {
        at: event.at,
        toUnitId: event.payload.to,
        ...opt('reasonCode', reasonCode),
        ...opt('reason', reason),
      };
    }
    draft.assignments.push({
      unitId: event.payload.to,
      role: from.role,
      assignedAt: event.at,
      assignedDay: toCalendarDay(event.at, context.policy.timeZone),
      deadline,
      mustReply: from.mustReply,
      active: true,
    });
    refreshDeadline(draft);
  },
  accept(draft: D, event: E<'accept'>): void {
    const assignment = draft.assignments.find((a) => a.active && a.unitId === event.actor.id);
    if (assignment) assignment.acceptedAt = event.at;
  },
  sendAssistingInput(draft: D, event: E<'sendAssistingInput'>): void {
    const base = baseOf(draft);
    const assignment = activeAssignmentOf(base, event.actor.id);
    if (!assignment) return;
    const deadline = roundDeadlineOf(base, assignment);
    draft.assistingInputs.push({
      unitId: event.actor.id,
      round: draft.round,
      at: event.at,
      recordedAt: event.recordedAt,
      dueDay: deadline.day,
      onTime: isOnTime(event.at, deadline),
      ...opt('content', event.payload?.content),
    });
  },
  consultBeforeSubmission(draft: D, event: E<'consultBeforeSubmission'>): void {
    if (!event.payload) return;
    draft.preSubmissionConsultations.push({
      deputyId: event.actor.id,
      unitId: event.payload.unitId,
      faceToFace: event.payload.faceToFace,
      at: event.at,
      ...opt('note', event.payload.note),
    });
  },
  holdingReply(draft: D, event: E<'holdingReply'>): void {
    draft.holdingReplies.push({
      unitId: event.actor.id,
      round: draft.round,
      at: event.at,
      recordedAt: event.recordedAt,
      ...opt('expectedDay', event.payload?.expectedDay),
      ...opt('content', event.payload?.content),
    });
  },
  routeDirect(draft: D, event: E<'routeDirect'>): void {
    if (!event.payload) return;
    draft.directRoute = {
      to: event.payload.to,
      at: event.at,
      ...opt('note', event.payload.note),
      instructions: [],
    };
  },
  recordInstruction(draft: D, event: E<'recordInstruction'>): void {
    if (!event.payload || draft.directRoute === undefined) return;
    draft.directRoute.instructions.push({
      by: event.payload.by,
      content: event.payload.content,
      at: event.at,
      recordedAt: event.recordedAt,
    });
  },
  consult(draft: D, event: E<'consult'>): void {
    if (!event.payload) return;
    draft.consultations.push({
      unitId: event.actor.id,
      deputyIds: [...(event.payload.deputyIds ?? baseOf(draft).proposers.map((p) => p.deputyId))],
      faceToFace: event.payload.faceToFace,
      at: event.at,
      ...opt('note', event.payload.note),
    });
  },
  supervise(draft: D, event: E<'supervise'>): void {
    if (!event.payload) return;
    draft.supervisions.push({
      kind: event.payload.kind,
      by: { role: event.actor.role, id: event.actor.id },
      at: event.at,
      ...opt('note', event.payload.note),
    });
  },
  designateKeyItem(draft: D, event: E<'designateKeyItem'>): void {
    if (!event.payload) return;
    const { designatedBy, supervisorIds, leadingOfficial, topic, leads } = event.payload;
    draft.keyItem = {
      designatedAt: event.at,
      designatedBy,
      supervisorIds: [
        ...(supervisorIds ?? (event.actor.role === 'supervisor' ? [event.actor.id] : [])),
      ],
      ...opt('leadingOfficial', leadingOfficial),
      ...opt('topic', topic),
      ...opt(
        'leads',
        leads?.map((lead) => ({
          ...lead,
          ...opt(
            'leaders',
            lead.leaders?.map((leader) => ({ ...leader })),
          ),
        })),
      ),
      ...opt('planId', event.payload.planId),
      ...opt('planItemId', event.payload.planItemId),
    };
  },
  requestExtension(draft: D, event: E<'requestExtension'>): void {
    if (!event.payload) return;
    draft.extensions.push({
      unitId: event.actor.id,
      months: event.payload.months,
      reason: event.payload.reason,
      requestedAt: event.at,
    });
  },
  decideExtension(draft: D, event: E<'decideExtension'>, context: C): void {
    if (!event.payload) return;
    const pending = pendingExtensionOf(draft as SuggestionWorkflowRecord, event.payload.unitId);
    const request = draft.extensions.find((e) => e === pending);
    if (!request) return;
    request.decision = event.payload.decision;
    request.decidedAt = event.at;
    if (event.payload.decision !== 'approved') return;
    request.months = event.payload.months ?? request.months;
    const assignment = draft.assignments.find((a) => a.active && a.unitId === request.unitId);
    if (!assignment) return;
    assignment.deadline = extendDeadline(
      plain(assignment.deadline),
      request.months,
      context.policy,
    );
    refreshDeadline(draft);
  },
  reply(draft: D, event: E<'reply'>, context: C): void {
    const base = baseOf(draft);
    const assignment = activeAssignmentOf(base, event.actor.id);
    if (!assignment || !event.payload) return;
    const deadline = roundDeadlineOf(base, assignment);
    // Read from the record before the reply is written (see baseOf).
    const binding = repliedCondition(base, context.policy, event.actor.id)
      ? undefined
      : earliestOwedDeadline(base, event.actor.id);
    draft.replies.push({
      unitId: event.actor.id,
      round: draft.round,
      outcomeClass: event.payload.outcomeClass,
      faceToFace: event.payload.faceToFace ?? false,
      followUp: false,
      at: event.at,
      recordedAt: event.recordedAt,
      dueDay: deadline.day,
      onTime: isOnTime(event.at, deadline),
      ...opt('content', event.payload.content),
    });
    if (binding === undefined) delete draft.deadline;
    else draft.deadline = binding;
  },
  evaluate(draft: D, event: E<'evaluate'>, context: C): void {
    if (!event.payload) return;
    const { grade, attitude, comment } = event.payload;
    const outcome = evaluationOutcome(baseOf(draft), event.actor.id, grade, context.policy);
    draft.evaluations.push({
      deputyId: event.actor.id,
      round: draft.round,
      grade,
      ...opt('attitude', attitude),
      at: event.at,
      recordedAt: event.recordedAt,
      ...opt('comment', comment),
    });
    if (outcome === 'evaluated') {
      draft.closure = { at: event.at, reason: 'evaluated' };
      openFollowUps(draft, event.at, context.policy);
    } else if (outcome === 'roundsExhausted') {
      draft.closure = { at: event.at, reason: 'roundsExhausted' };
      openFollowUps(draft, event.at, context.policy);
      // 提级督办: the last allowed round ended dissatisfied; the office assigns a supervisor.
      draft.supervisions.push({
        kind: 'escalation',
        by: { role: 'system', id: 'system' },
        at: event.at,
      });
    } else if (outcome === 'reHandling') {
      const round = draft.round + 1;
      const deadline = dueDate(event.at, context.policy.deadlines.reHandlingReply, context.policy);
      draft.round = round;
      draft.reHandlings.push({ round, startedAt: event.at, deadline });
      draft.deadline = deadline;
    }
  },
  lapseEvaluation(draft: D, event: E<'lapseEvaluation'>, context: C): void {
    draft.closure = { at: event.at, reason: 'evaluationLapsed' };
    openFollowUps(draft, event.at, context.policy);
    delete draft.deadline;
  },
  close(draft: D, event: E<'close'>, context: C): void {
    draft.closure = {
      at: event.at,
      reason: 'byOffice',
      ...opt('reasonCode', event.payload?.reasonCode),
      ...opt('note', event.payload?.note),
    };
    openFollowUps(draft, event.at, context.policy);
    delete draft.deadline;
  },
  followUpReply(draft: D, event: E<'followUpReply'>, context: C): void {
    if (!event.payload) return;
    const { policy } = context;
    // 跟踪办理: the reply discharges the unit's open duty (the guard made sure there is one).
    const duty = openFollowUpOf(draft.followUps, event.actor.id);
    if (!duty) return;
    const onTime = isOnTime(event.at, duty.deadline);
    duty.dischargedAt = event.at;
    duty.onTime = onTime;
    draft.replies.push({
      unitId: event.actor.id,
      round: draft.round,
      outcomeClass: event.payload.outcomeClass,
      faceToFace: event.payload.faceToFace ?? false,
      followUp: true,
      at: event.at,
      recordedAt: event.recordedAt,
      dueDay: duty.deadline.day,
      onTime,
      ...opt('content', event.payload.content),
    });
    // Still in progress (a cross-year item's brief reply): a further duty opens from this reply.
    if (needsFollowUp(policy, event.payload.outcomeClass)) {
      draft.followUps.push({
        unitId: event.actor.id,
        outcomeClass: event.payload.outcomeClass,
        openedAt: event.at,
        deadline: dueDate(event.at, policy.deadlines.followUp, policy),
      });
    }
  },
  publish(draft: D, event: E<'publish'>): void {
    if (!event.payload) return;
    const { mode, withheldReason } = event.payload;
    draft.publication = {
      mode,
      ...opt('publishedAt', mode === 'withheld' ? undefined : event.at),
      ...opt('withheldReason', withheldReason),
    };
  },
};
