// Which of a unit's replies is its first and which its final (首次答复、最终答复), written once
// below the areas that read it: the suggestion's handling rules (and through them the workflow,
// the dashboard and the sample) and the duty record of the two connections.

/** One reply (答复), as the rules read it. */
export interface ReplyView {
  readonly unitId: string;
  readonly round: number;
  /** A follow-up reply (跟踪办理答复) after an in-progress or planned outcome. */
  readonly followUp: boolean;
  readonly outcomeClass: string;
  readonly at: string;
}

/**
 * A unit's first reply (首次答复): its non-follow-up reply of the lowest round, the earliest in
 * that round. Follow-up replies never count as replying. Reads without allocating.
 */
export function firstReplyOf<R extends ReplyView>(
  replies: readonly R[],
  unitId: string,
): R | undefined {
  return pickReply(replies, unitId, false);
}

/**
 * A unit's final reply (最终答复): its non-follow-up reply of the highest round, the latest in
 * that round; its outcome class is the unit's outcome. Follow-up replies do not count (they
 * report progress on an outcome already given). Reads without allocating.
 */
export function finalReplyOf<R extends ReplyView>(
  replies: readonly R[],
  unitId: string,
): R | undefined {
  return pickReply(replies, unitId, true);
}

/** The first or the final non-follow-up reply of a unit, by round then time. */
function pickReply<R extends ReplyView>(
  replies: readonly R[],
  unitId: string,
  final: boolean,
): R | undefined {
  let best: R | undefined;
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i] as R;
    if (r.followUp || r.unitId !== unitId) continue;
    if (best === undefined) best = r;
    else if (final) {
      if (r.round > best.round || (r.round === best.round && r.at >= best.at)) best = r;
    } else if (r.round < best.round || (r.round === best.round && r.at < best.at)) best = r;
  }
  return best;
}
