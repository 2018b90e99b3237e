import type { Draft } from 'immer';
import { isOnTime } from '../../calendar/isOnTime.js';
import type { OpinionContext, OpinionEvent, OpinionWorkflowRecord } from '../opinionTypes.js';
import {
  assignmentDeadline,
  extendedDueDay,
  feedbackDueDayFrom,
  pendingExtensionOf,
  suggestionFeedbackStart,
} from './deadlines.js';

// The effects of the opinion workflow: immer recipes that write what happened on the record,
// freezing the facts later views need (due days, on-time verdicts, rounds).

type D = Draft<OpinionWorkflowRecord>;
type E<T extends OpinionEvent['type']> = Extract<OpinionEvent, { readonly type: T }>;

const opt = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** What each event of the opinion workflow writes on the record (群众意见办理：事件的效果). */
export const opinionEffects = {
  accept(draft: D, event: E<'accept'>): void {
    draft.screenedAt = event.at;
  },
  notAccept(draft: D, event: E<'notAccept'>): void {
    if (!event.payload) return;
    draft.screenedAt = event.at;
    draft.notAcceptedReason = event.payload.reasonCode;
  },
  mergeDuplicate(draft: D, event: E<'mergeDuplicate'>): void {
    if (!event.payload) return;
    draft.screenedAt ??= event.at;
    draft.mergedInto = event.payload.intoOpinionId;
  },
  answerOnSite(draft: D, event: E<'answerOnSite'>): void {
    draft.onSiteAnswer = { at: event.at, ...opt('content', event.payload?.content) };
  },
  classify(draft: D, event: E<'classify'>): void {
    if (!event.payload) return;
    const { level, category } = event.payload;
    draft.classification = { at: event.at, level, category };
  },
  convertToSuggestion(draft: D, event: E<'convertToSuggestion'>): void {
    if (!event.payload) return;
    draft.suggestionId = event.payload.suggestionId;
    draft.convertedAt = event.at;
  },
  suggestionReplied(draft: D, event: E<'suggestionReplied'>, context: OpinionContext): void {
    if (!event.payload) return;
    const { repliedAt } = event.payload;
    draft.suggestionReply = { at: repliedAt, recordedAt: event.at };
    const start = suggestionFeedbackStart(draft, repliedAt);
    const due = feedbackDueDayFrom(start, context.policy);
    if (due !== undefined) draft.feedbackDueDay = due;
  },
  assign(draft: D, event: E<'assign'>, context: OpinionContext): void {
    const deadline = assignmentDeadline(draft, event.at, context.policy);
    if (!event.payload || !deadline || !draft.classification) return;
    draft.referral = {
      to: draft.classification.level,
      unitId: event.payload.unitId,
      at: event.at,
      dueDay: deadline.dueDay,
      workingDays: deadline.workingDays,
      calendarId: deadline.calendarId,
      extensions: [],
    };
  },
  remind(draft: D, event: E<'remind'>): void {
    draft.reminders.push({ at: event.at, kind: 'reminder', ...opt('note', event.payload?.note) });
  },
  supervise(draft: D, event: E<'supervise'>): void {
    draft.reminders.push({
      at: event.at,
      kind: 'supervision',
      ...opt('note', event.payload?.note),
    });
  },
  requestExtension(draft: D, event: E<'requestExtension'>): void {
    if (!event.payload || !draft.referral) return;
    draft.referral.extensions.push({
      requestedAt: event.at,
      workingDays: event.payload.workingDays,
      reason: event.payload.reason,
    });
  },
  decideExtension(draft: D, event: E<'decideExtension'>, context: OpinionContext): void {
    const referral = draft.referral;
    const pending = pendingExtensionOf(draft);
    if (!event.payload || !referral || !pending) return;
    pending.decision = event.payload.decision;
    pending.decidedAt = event.at;
    if (event.payload.decision !== 'approved' || referral.dueDay === undefined) return;
    const extended = extendedDueDay(referral.dueDay, pending.workingDays, context.policy);
    if (extended === undefined) return;
    pending.originalDay = referral.dueDay;
    referral.dueDay = extended;
  },
  handle(draft: D, event: E<'handle'>, context: OpinionContext): void {
    if (!event.payload) return;
    const dueDay = draft.referral?.dueDay;
    // The verdict is frozen now, on the day in the policy's zone (the calendar's one rule,
    // isOnTime): a later calendar or policy change never rewrites it.
    const { timeZone } = context.policy;
    draft.handlings.push({
      round: draft.round,
      at: event.at,
      unitId: draft.referral?.unitId ?? event.actor.id,
      outcome: event.payload.outcome,
      ...opt('content', event.payload.content),
      ...opt('dueDay', dueDay),
      ...opt(
        'onTime',
        dueDay === undefined ? undefined : isOnTime(event.at, { day: dueDay, timeZone }),
      ),
    });
    draft.handledAt = event.at;
    const due = feedbackDueDayFrom(event.at, context.policy);
    if (due !== undefined) draft.feedbackDueDay = due;
  },
  feedBack(draft: D, event: E<'feedBack'>, context: OpinionContext): void {
    if (!event.payload) return;
    const { to, channel } = event.payload;
    const dueDay = to === 'constituent' ? draft.feedbackDueDay : undefined;
    // The verdict is frozen now, like the handling's: the day fed back in the policy's zone.
    const onTime =
      dueDay === undefined
        ? undefined
        : isOnTime(event.at, { day: dueDay, timeZone: context.policy.timeZone });
    draft.feedbacks.push({
      round: draft.round,
      at: event.at,
      to,
      channel,
      ...opt('dueDay', dueDay),
      ...opt('onTime', onTime),
    });
    // `feedback` keeps the latest feedback to the constituent, as records made before the loop
    // did, so the closure figure reads both alike.
    if (to === 'constituent') draft.feedback = { at: event.at, channel };
  },
  callback(draft: D, event: E<'callback'>): void {
    if (!event.payload) return;
    const { satisfaction } = event.payload;
    draft.callbacks.push({ round: draft.round, at: event.at, satisfaction });
    if (draft.feedback) draft.feedback.satisfaction = satisfaction;
  },
  reopen(draft: D): void {
    draft.round += 1;
  },
};
