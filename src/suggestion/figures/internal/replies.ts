import type { Suggestion } from '../../../model/suggestion.js';

type Reply = Suggestion['replies'][number];

// Both dashboard paths (the fused accumulator and the per-metric facts) read replies through these,
// without allocating, so "first" and "latest" mean the same thing everywhere.

/** The first (lowest round, earliest) non-follow-up reply of a unit. */
export function firstReplyOf(replies: readonly Reply[], unitId: string): Reply | undefined {
  let best: Reply | undefined;
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i] as Reply;
    if (r.followUp || r.unitId !== unitId) continue;
    if (best === undefined || r.round < best.round || (r.round === best.round && r.at < best.at)) {
      best = r;
    }
  }
  return best;
}

/** The latest (highest round, latest) non-follow-up reply of a unit. */
export function lastReplyOf(replies: readonly Reply[], unitId: string): Reply | undefined {
  let best: Reply | undefined;
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i] as Reply;
    if (r.followUp || r.unitId !== unitId) continue;
    if (best === undefined || r.round > best.round || (r.round === best.round && r.at >= best.at)) {
      best = r;
    }
  }
  return best;
}

type Evaluation = Suggestion['evaluations'][number];

/** Whether `e` is its deputy's final evaluation (no later round graded by the same deputy). */
export function isFinalEvaluation(evaluations: readonly Evaluation[], e: Evaluation): boolean {
  for (let k = 0; k < evaluations.length; k++) {
    const o = evaluations[k] as Evaluation;
    if (o.round > e.round && o.deputyId === e.deputyId) return false;
  }
  return true;
}
