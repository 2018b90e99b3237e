import type { OpinionFeedbackRecipient } from '../../model/opinionParts.js';
import type { OpinionWorkflowRecord } from '../opinionTypes.js';

// Who is owed the outcome (反馈), written once: the workflow's guards and its `feedBack` target
// read it, and the figures will.

type FeedbackView = Pick<OpinionWorkflowRecord, 'deputyIds' | 'feedbacks' | 'round'>;

/**
 * Who must hear the outcome in a round: the constituent always, and the deputies who received
 * the opinion when there are any (a 12345 ticket or a letter may have none).
 */
export function recipientsOwed(
  record: Pick<FeedbackView, 'deputyIds'>,
): OpinionFeedbackRecipient[] {
  return record.deputyIds.length > 0 ? ['constituent', 'deputy'] : ['constituent'];
}

/** Whether `to` has been fed back in the record's current round. */
export function fedBackThisRound(record: FeedbackView, to: OpinionFeedbackRecipient): boolean {
  return record.feedbacks.some((f) => f.round === record.round && f.to === to);
}

/** Whether, once `to` is fed back, everyone owed has been in this round. */
export function everyoneFedBackWith(record: FeedbackView, to: OpinionFeedbackRecipient): boolean {
  return recipientsOwed(record).every((owed) => owed === to || fedBackThisRound(record, owed));
}

/** The constituent's callback in the current round, if any. */
export function callbackThisRound(record: Pick<OpinionWorkflowRecord, 'callbacks' | 'round'>) {
  return record.callbacks.find((c) => c.round === record.round);
}
