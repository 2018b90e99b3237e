import type { MotionDecision } from '../../../model/motion.js';

/**
 * Which presidium decisions fit which stage (主席团决定的时机), written once: the `decide` guard
 * reads it. On a submitted motion the presidium takes one of its three decisions; on a reviewed
 * one (the committee has reported) it decides between the agenda, not the agenda, and a
 * suggestion.
 */
export const DECISIONS_BY_STAGE: {
  readonly [stage: string]: readonly MotionDecision[] | undefined;
} = {
  submitted: ['putOnAgenda', 'referToCommittee', 'handleAsSuggestion'],
  reviewed: ['putOnAgenda', 'notOnAgenda', 'handleAsSuggestion'],
};

/** The state a presidium decision moves a motion to. */
export const STATE_AFTER_DECISION = {
  putOnAgenda: 'onAgenda',
  referToCommittee: 'underReview',
  handleAsSuggestion: 'handledAsSuggestion',
  notOnAgenda: 'notOnAgenda',
} as const satisfies { readonly [D in MotionDecision]: string };

/** The states before the final vote, from which the lead proposer may ask to withdraw. */
export const BEFORE_THE_VOTE = ['submitted', 'underReview', 'reviewed', 'onAgenda'] as const;
