import type { Draft } from 'immer';
import type {
  LivelihoodContext,
  LivelihoodEvent,
  LivelihoodWorkflowRecord,
} from '../livelihoodTypes.js';
import { evaluationOutcome, progressTarget } from './outcomes.js';

// The effects of the livelihood workflow: immer recipes that write what happened on the record
// and keep `stage` equal to the state the engine sets, freezing the facts later views need (the
// vote's counts and rank, each rating as classified when it happened).

type D = Draft<LivelihoodWorkflowRecord>;
type E<T extends LivelihoodEvent['type']> = Extract<LivelihoodEvent, { readonly type: T }>;

const opt = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** What each event of the livelihood workflow writes on the record (民生实事项目：事件的效果). */
export const livelihoodEffects = {
  shortlist(draft: D): void {
    draft.stage = 'shortlisted';
  },
  drop(draft: D): void {
    draft.stage = 'notSelected';
  },
  deliberate(draft: D): void {
    draft.stage = 'deliberated';
  },
  recordVote(draft: D, event: E<'recordVote'>): void {
    if (!event.payload) return;
    const p = event.payload;
    draft.vote = {
      at: event.at,
      ...opt('voteId', p.voteId),
      ballot: p.ballot,
      members: p.members,
      present: p.present,
      votesFor: p.votesFor,
      against: p.against ?? 0,
      abstain: p.abstain ?? 0,
      ...opt('points', p.points),
      ...opt('rank', p.rank),
      adopted: p.adopted,
    };
    draft.stage = p.adopted ? 'selected' : 'notSelected';
  },
  addMilestone(draft: D, event: E<'addMilestone'>): void {
    if (!event.payload) return;
    const { id, title, dueDay } = event.payload;
    draft.milestones.push({ id, title, dueDay });
  },
  reportProgress(draft: D, event: E<'reportProgress'>): void {
    if (!event.payload) return;
    const { percent, note, milestoneIds } = event.payload;
    draft.progressReports.push({
      at: event.at,
      unitId: event.actor.id,
      percent,
      ...opt('note', note),
      ...opt('milestoneIds', milestoneIds),
    });
    for (const milestone of draft.milestones) {
      if (milestoneIds?.includes(milestone.id)) milestone.reachedAt = event.at;
    }
    draft.stage = progressTarget(draft.state);
  },
  supervise(draft: D, event: E<'supervise'>): void {
    draft.supervisions.push({
      at: event.at,
      by: event.actor.id,
      ...opt('note', event.payload?.note),
    });
  },
  complete(draft: D, event: E<'complete'>): void {
    draft.completedAt = event.at;
    draft.stage = 'completed';
  },
  evaluate(draft: D, event: E<'evaluate'>, context: LivelihoodContext): void {
    if (!event.payload) return;
    const { rating, target } = evaluationOutcome(draft, event.payload, context.policy);
    draft.evaluations.push({
      round: draft.evaluations.length + 1,
      at: event.at,
      ...event.payload,
      electorate: context.policy.yearEnd.electorate,
      rating,
    });
    draft.stage = target;
  },
};
