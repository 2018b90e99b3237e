import type { SatisfactionGrade } from '../../model/shared/satisfaction.js';
import { ratingOf, yearEndOptionsOf } from '../classifyYearEndVote.js';
import type { LivelihoodPolicy } from '../livelihoodPolicy.js';
import type { LivelihoodWorkflowRecord } from '../livelihoodTypes.js';
import { atLeast, moreThan } from './shares.js';

// Where the livelihood workflow's events lead, computed once for the `to` functions, the guards
// and the effects (which keep `stage` equal to the state the engine sets).

type Stage = LivelihoodWorkflowRecord['stage'];

interface VoteCounts {
  readonly members: number;
  readonly present: number;
  readonly votesFor: number;
}

/** Whether an adopting vote meets the policy's quorum and threshold. */
export function adoptionAllowed(vote: VoteCounts, policy: LivelihoodPolicy): boolean {
  const base = policy.threshold.base === 'present' ? vote.present : vote.members;
  return (
    vote.present >= atLeast(policy.quorum.share, vote.members) &&
    vote.votesFor >= moreThan(policy.threshold.share, base)
  );
}

/** Where a report of progress leads: a selected project is then in progress. */
export function progressTarget(state: string): Stage {
  return state === 'selected' ? 'inProgress' : (state as Stage);
}

interface YearEndVote {
  readonly members: number;
  readonly present: number;
  readonly satisfied: number;
  readonly basicallySatisfied: number;
  readonly dissatisfied: number;
}

/** The rating of a year-end vote under the policy, and where it leads. */
export function evaluationOutcome(
  record: Pick<LivelihoodWorkflowRecord, 'evaluations'>,
  vote: YearEndVote,
  policy: LivelihoodPolicy,
): { readonly rating: SatisfactionGrade; readonly target: Stage } {
  const rating = ratingOf(vote, yearEndOptionsOf(policy, vote.members, vote.present));
  if (rating !== 'dissatisfied') return { rating, target: 'evaluated' };
  const failedBefore = record.evaluations.filter((e) => e.rating === 'dissatisfied').length;
  return {
    rating,
    target: failedBefore < policy.rectification.maxRounds ? 'rectifying' : 'failed',
  };
}
