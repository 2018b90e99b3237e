import type { Draft } from 'immer';
import type { MotionEvent, MotionWorkflowRecord } from '../motionTypes.js';

// The effects of the motion workflow: immer recipes that write what happened on the record.

type D = Draft<MotionWorkflowRecord>;
type E<T extends MotionEvent['type']> = Extract<MotionEvent, { readonly type: T }>;

const opt = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** What each event of the motion workflow writes on the record (议案办理：事件的效果). */
export const motionEffects = {
  submit(draft: D, event: E<'submit'>): void {
    draft.submittedAt = event.at;
  },
  decide(draft: D, event: E<'decide'>): void {
    if (!event.payload) return;
    const { decision, committeeId } = event.payload;
    draft.decisions.push({ at: event.at, decision, ...opt('committeeId', committeeId) });
    if (decision === 'referToCommittee' && committeeId !== undefined) {
      draft.review = { committeeId, referredAt: event.at };
    }
  },
  reportReview(draft: D, event: E<'reportReview'>): void {
    if (!event.payload || !draft.review) return;
    draft.review.report = {
      at: event.at,
      recommendation: event.payload.recommendation,
      ...opt('content', event.payload.content),
    };
  },
  requestWithdrawal(draft: D, event: E<'requestWithdrawal'>): void {
    draft.withdrawalRequests.push({ at: event.at, ...opt('reason', event.payload?.reason) });
  },
  decideWithdrawal(draft: D, event: E<'decideWithdrawal'>): void {
    const pending = draft.withdrawalRequests.find((r) => r.decision === undefined);
    if (!pending || !event.payload) return;
    pending.decision = event.payload.decision;
    pending.decidedAt = event.at;
  },
  vote(draft: D, event: E<'vote'>): void {
    if (!event.payload) return;
    const { result } = event.payload;
    draft.vote = {
      at: event.at,
      result,
      ...opt('for', event.payload.for),
      ...opt('against', event.payload.against),
      ...opt('abstain', event.payload.abstain),
    };
  },
  convertToSuggestion(draft: D, event: E<'convertToSuggestion'>): void {
    if (!event.payload) return;
    draft.convertedTo = { suggestionId: event.payload.suggestionId, at: event.at };
  },
};
