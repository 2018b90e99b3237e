import type { Draft } from 'immer';
import type { DelegationItemEvent, DelegationItemWorkflowRecord } from '../delegationItemTypes.js';

// The effects of the delegation-item workflow: immer recipes that write what happened on the
// record. Every answer is kept with its round, so a revised draft never erases an earlier one.

type D = Draft<DelegationItemWorkflowRecord>;
type E<T extends DelegationItemEvent['type']> = Extract<DelegationItemEvent, { readonly type: T }>;

const note = (payload: { readonly note?: string | undefined } | undefined) =>
  payload?.note === undefined ? {} : { note: payload.note };

/** The head's answer on the current round (团长审定). */
function headAnswers(
  draft: D,
  event: E<'approve' | 'refuseApproval'>,
  decision: 'approved' | 'refused',
): void {
  const { round } = draft;
  draft.approvals.push({
    round,
    at: event.at,
    by: event.actor.id,
    decision,
    ...note(event.payload),
  });
}

/** A member's answer on the current round (代表表态). */
function memberAnswers(
  draft: D,
  event: E<'consent' | 'refuseConsent'>,
  decision: 'consented' | 'refused',
): void {
  const { round } = draft;
  const deputyId = event.actor.id;
  draft.consents.push({ round, deputyId, at: event.at, decision, ...note(event.payload) });
}

/** What each event of the delegation-item workflow writes on the record. */
export const delegationItemEffects = {
  addClue(draft: D, event: E<'addClue'>): void {
    if (!event.payload) return;
    draft.clues.push({ at: event.at, source: event.payload.source, text: event.payload.text });
  },
  submitForApproval(draft: D): void {
    draft.round += 1;
  },
  approve(draft: D, event: E<'approve'>): void {
    headAnswers(draft, event, 'approved');
  },
  refuseApproval(draft: D, event: E<'refuseApproval'>): void {
    headAnswers(draft, event, 'refused');
  },
  consent(draft: D, event: E<'consent'>): void {
    memberAnswers(draft, event, 'consented');
  },
  refuseConsent(draft: D, event: E<'refuseConsent'>): void {
    memberAnswers(draft, event, 'refused');
  },
  submit(draft: D, event: E<'submit'>): void {
    if (!event.payload) return;
    draft.submittedAt = event.at;
    draft.suggestionId = event.payload.suggestionId;
  },
  abandon(draft: D, event: E<'abandon'>): void {
    const reason = event.payload?.reason;
    draft.abandoned = { at: event.at, ...(reason === undefined ? {} : { reason }) };
  },
};
