import type { Deadline } from '../../model/shared/deadline.js';
import type { SatisfactionGrade } from '../../model/shared/satisfaction.js';
import type { Suggestion } from '../../model/suggestion.js';
import {
  evaluatorsOf,
  followUpsAtClosure,
  needsFollowUp,
  openFollowUpOf,
  owedInputs,
  repliedCondition,
  roundDeadlineOf,
} from '../../suggestion/rules/handling.js';
import type { SampleContext } from './context.js';
import type { Random } from './random.js';
import {
  type ActorRef,
  type deadlineCache,
  type MutableSuggestion,
  refreshDeadline,
  type SuggestionLife,
  verdict,
} from './suggestionLife.js';
import type { SuggestionPlan } from './suggestionPlan.js';
import { DAY, dayNumberOf, dayOfMoment, HOUR, isoOf, momentOf } from './time.js';

// The second half of a suggestion's life: replies, evaluations and re-handling rounds, then what
// comes after closing (publication, follow-up). It follows the suggestion workflow's rules: the
// reply that completes the round moves the item to `replied`; the evaluation that completes it
// closes it (`evaluated`); the first dissatisfied grade opens the next round at once, or closes
// it as `roundsExhausted` with an escalation once `policy.maxReHandlingRounds` is reached;
// `lapseEvaluation` closes it by itself; only the office's `close` (no payload) closes it as
// `byOffice`.

type MutableAssignment = MutableSuggestion['assignments'][number];

/** What the first half of a life hands to the second. */
export interface RoundsInput {
  readonly ctx: SampleContext;
  readonly cache: ReturnType<typeof deadlineCache>;
  readonly r: Random;
  readonly plan: SuggestionPlan;
  /** A moment on the first working day on or after a day, at a random minute in a range. */
  readonly at: (day: number, from?: number, to?: number) => number;
  /** The unit that answers for the item (the lead, sole or first separate unit). */
  readonly leadAssignment: MutableAssignment;
  readonly supervisor: ActorRef;
  readonly office: ActorRef;
}

const SYSTEM: ActorRef = { role: 'system', id: 'system' };
const WITHHELD_REASON = '代表要求不予公开';

/** Replies, evaluations and rounds, until the item closes, halts or `asOf` comes. */
export function handleRounds(
  life: SuggestionLife,
  record: MutableSuggestion,
  input: RoundsInput,
): Suggestion {
  const { ctx, cache, r, plan, at, office, supervisor } = input;
  const wd = ctx.workingDays;
  const replying = record.assignments.filter((a) => a.active && a.mustReply);
  const maxReHandlings = ctx.policy.maxReHandlingRounds ?? Number.POSITIVE_INFINITY;
  const evaluators = evaluatorsOf(record, ctx.policy);
  let roundDeadline: Deadline | undefined;
  let outcome = plan.outcomes[0] ?? 'A';
  for (;;) {
    const round = record.round;
    outcome = plan.outcomes[round - 1] ?? outcome;
    // 协办意见: each assisting or joint unit sends its view to the lead first; about one in eight
    // is late.
    for (const assignment of owedInputs(record)) {
      const deadline = roundDeadlineOf(record, assignment);
      const due = dayNumberOf(deadline.day);
      const day = r.chance(0.12) ? due + r.int(1, 10) : due - r.int(0, 20);
      const t = life.event('sendAssistingInput', at(day), unit(assignment.unitId));
      if (t === undefined) return record as Suggestion;
      const iso = isoOf(t);
      record.assistingInputs.push({
        unitId: assignment.unitId,
        round,
        at: iso,
        recordedAt: iso,
        ...verdict(iso, deadline),
      });
    }
    for (const [k, assignment] of replying.entries()) {
      const deadline = roundDeadline ?? assignment.deadline;
      const due = dayNumberOf(deadline.day);
      let day: number;
      if (round === 1 && plan.late) day = due + r.int(5, 40);
      else {
        const planned =
          round === 1
            ? dayNumberOf(assignment.assignedDay) + plan.replyAfter + k * r.int(1, 6)
            : dayOfMoment(life.now) + r.int(8, 22);
        day = Math.min(planned, due);
        while (!wd.isWorking(day) && day > dayOfMoment(life.now)) day--;
      }
      const replyAt = momentOf(day, r.int(9 * 60, 17 * 60));
      // 阶段性答复: on a cross-year item (due the next year), a lead answering "in progress" or
      // "planned" first sends a brief reply half a month ahead (DOMAIN §2.11); read from the
      // deadline and the outcome, so no draw is added.
      const crossYear = deadline.day.slice(0, 4) !== assignment.assignedDay.slice(0, 4);
      if (round === 1 && k === 0 && crossYear && needsFollowUp(ctx.policy, outcome)) {
        const payload = { round, expectedDay: deadline.day };
        const held = life.event(
          'holdingReply',
          momentOf(day - 15, 10 * 60),
          unit(assignment.unitId),
          payload,
        );
        if (held === undefined) return record as Suggestion;
        const iso = isoOf(held);
        record.holdingReplies.push({
          unitId: assignment.unitId,
          round,
          at: iso,
          recordedAt: iso,
          expectedDay: deadline.day,
        });
      }
      const recordedAt =
        round === 1 && plan.backdate !== undefined
          ? replyAt + plan.backdate * DAY + 2 * HOUR
          : undefined;
      const faceToFace = plan.consult === 'faceToFace' && k === 0;
      const payload = faceToFace
        ? { round, outcomeClass: outcome, faceToFace }
        : { round, outcomeClass: outcome };
      const t = life.event('reply', replyAt, unit(assignment.unitId), payload, recordedAt);
      if (t === undefined) return record as Suggestion;
      const iso = isoOf(t);
      const entry = record.history[record.history.length - 1] as { recordedAt: string };
      record.replies.push({
        unitId: assignment.unitId,
        round,
        outcomeClass: outcome,
        faceToFace,
        followUp: false,
        at: iso,
        recordedAt: entry.recordedAt,
        ...verdict(iso, deadline),
      });
      if (repliedCondition(record, ctx.policy)) {
        record.state = 'replied';
        delete record.deadline;
        break;
      }
      refreshDeadline(record);
    }
    if (plan.halt === 'replied' && round === 1) return record as Suggestion;

    if (plan.closeByOffice && round === 1) {
      // 办结 by the office before the deputies answer, with the policy's reason code.
      const t = life.event('close', at(dayOfMoment(life.now) + r.int(3, 15)), office, {
        reasonCode: 'answered',
      });
      if (t === undefined) return record as Suggestion;
      return closed(life, record, input, t, 'byOffice', outcome);
    }
    if (plan.lapse && round === 1) {
      // 逾期未评价: the scheduler's event closes the item itself.
      const window = cache.due(isoOf(life.now), ctx.policy.deadlines.evaluationWindow);
      const lapseAt = momentOf(dayNumberOf(window.day) + 1, 30);
      const t = life.event('lapseEvaluation', lapseAt, SYSTEM, { round });
      if (t === undefined) return record as Suggestion;
      return closed(life, record, input, t, 'evaluationLapsed', outcome);
    }

    // 评价: each required evaluator grades this round; the first dissatisfied grade ends it.
    const leadGrade: SatisfactionGrade = plan.grades[round - 1] ?? 'satisfied';
    let dissatisfied = false;
    for (const proposer of evaluators) {
      const grade: SatisfactionGrade =
        proposer.role === 'lead' || r.chance(0.8)
          ? leadGrade
          : r.pick(['satisfied', 'basicallySatisfied'] as const);
      const evalAt = at(dayOfMoment(life.now) + r.int(2, 10));
      const paper = r.chance(0.2) ? evalAt + r.int(1, 3) * DAY : undefined;
      // A paper form, recorded days later, is keyed in by the office for the deputy.
      const deputy: ActorRef = { role: 'deputy', id: proposer.deputyId };
      const who: ActorRef =
        paper === undefined
          ? deputy
          : { role: 'liaisonOffice', id: ctx.officeId, onBehalfOf: deputy };
      const attitude = attitudeOf(grade, evalAt);
      const t = life.event('evaluate', evalAt, who, { round, grade, attitude }, paper);
      if (t === undefined) return record as Suggestion;
      const entry = record.history[record.history.length - 1] as { recordedAt: string };
      record.evaluations.push({
        deputyId: proposer.deputyId,
        round,
        grade,
        attitude,
        at: isoOf(t),
        recordedAt: entry.recordedAt,
      });
      if (grade === 'dissatisfied') {
        dissatisfied = true;
        break;
      }
    }
    if (!dissatisfied) return closed(life, record, input, life.now, 'evaluated', outcome);
    if (round - 1 >= maxReHandlings) {
      // 提级督办: the last allowed round ended dissatisfied.
      record.supervisions.push({ kind: 'escalation', by: SYSTEM, at: isoOf(life.now) });
      return closed(life, record, input, life.now, 'roundsExhausted', outcome);
    }

    // 重新办理: the dissatisfied evaluation opens the next round, due from the evaluation.
    const startedAt = isoOf(life.now);
    roundDeadline = cache.due(startedAt, ctx.policy.deadlines.reHandlingReply);
    record.round = round + 1;
    record.reHandlings.push({ round: round + 1, startedAt, deadline: roundDeadline });
    record.state = 'reHandling';
    record.deadline = roundDeadline;
    if (plan.supervise) {
      const t = life.event('supervise', life.now + 2 * DAY, supervisor, { kind: 'escalation' });
      if (t === undefined) return record as Suggestion;
      record.supervisions.push({ kind: 'escalation', by: supervisor, at: isoOf(t) });
    }
    if (plan.halt === 'reHandling') return record as Suggestion;
  }
}

const unit = (unitId: string): ActorRef => ({ role: 'handlingUnit', id: unitId });

/**
 * Closes the item at `closedAt` (the moment of the event that closed it), then lives what may
 * follow: publication (or withholding, for a confidential item) and a follow-up reply.
 */
function closed(
  life: SuggestionLife,
  record: MutableSuggestion,
  input: RoundsInput,
  closedAt: number,
  reason: 'evaluated' | 'roundsExhausted' | 'evaluationLapsed' | 'byOffice',
  outcome: string,
): Suggestion {
  const { ctx, cache, r, plan, office, leadAssignment } = input;
  record.state = 'closed';
  record.closure = {
    at: isoOf(closedAt),
    reason,
    ...(reason === 'byOffice' ? { reasonCode: 'answered' } : {}),
  };
  delete record.deadline;
  // 跟踪办理义务: the closure opens a duty for each unit whose answer needs follow-up.
  for (const { unitId, outcomeClass } of followUpsAtClosure(record, ctx.policy)) {
    const openedAt = isoOf(closedAt);
    const deadline = cache.due(openedAt, ctx.policy.deadlines.followUp);
    record.followUps.push({ unitId, outcomeClass, openedAt, deadline });
  }
  const wd = ctx.workingDays;
  if (plan.confidential || plan.publish !== undefined) {
    const day = wd.add(dayOfMoment(closedAt), r.int(2, 10));
    const publishAt = momentOf(day, r.int(9 * 60, 17 * 60));
    if (plan.confidential) {
      const payload = { mode: 'withheld', withheldReason: WITHHELD_REASON } as const;
      const t = life.event('publish', publishAt, office, payload);
      if (t !== undefined) record.publication = { ...payload };
    } else if (plan.publish !== undefined) {
      const mode = plan.publish;
      const t = life.event('publish', publishAt, office, { mode });
      if (t !== undefined) record.publication = { mode, publishedAt: isoOf(t) };
    }
  }
  const duty = openFollowUpOf(record.followUps, leadAssignment.unitId);
  if (plan.followUp && duty !== undefined) {
    // 跟踪办理: a second reply once the promised work is done, which discharges the duty.
    const resolved =
      ctx.policy.outcomeTaxonomy.classes.find((c) => c.covers.includes('resolved'))?.code ??
      outcome;
    const { deadline } = duty;
    const planned = dayOfMoment(closedAt) + r.int(30, 80);
    const due = dayNumberOf(deadline.day);
    // About one in seven comes a few days after its due day (a late follow-up, 跟踪办理逾期).
    const day = followUpIsLate(closedAt) ? due + 1 + (planned % 12) : Math.min(planned, due);
    const t = life.event(
      'followUpReply',
      momentOf(day, r.int(9 * 60, 17 * 60)),
      unit(leadAssignment.unitId),
      { round: record.round, outcomeClass: resolved },
    );
    if (t !== undefined) {
      const iso = isoOf(t);
      record.replies.push({
        unitId: leadAssignment.unitId,
        round: record.round,
        outcomeClass: resolved,
        faceToFace: false,
        followUp: true,
        at: iso,
        recordedAt: iso,
        ...verdict(iso, deadline),
      });
      duty.dischargedAt = iso;
      duty.onTime = verdict(iso, deadline).onTime;
    }
  }
  return record as Suggestion;
}

/**
 * Whether the follow-up reply after a closure at `closedAt` comes late. Read from the minute of the
 * closure, not drawn from the generator, so that every other draw, and so every other record of
 * every sample made before, stays the same.
 */
function followUpIsLate(closedAt: number): boolean {
  return Math.floor(closedAt / 60_000) % 7 === 3;
}

/**
 * The attitude grade (办理态度) a sample deputy gives with `grade`: mostly the same, a little kinder
 * to a dissatisfying result. Read from the minute of the evaluation, not drawn from the generator,
 * so that every other draw, and so every sample made before, stays the same.
 */
function attitudeOf(grade: SatisfactionGrade, at: number): SatisfactionGrade {
  const minute = Math.floor(at / 60_000) % 7;
  if (grade === 'satisfied') return minute === 0 ? 'basicallySatisfied' : 'satisfied';
  if (grade === 'basicallySatisfied') return minute < 2 ? 'satisfied' : grade;
  return minute < 3 ? 'basicallySatisfied' : 'dissatisfied';
}
