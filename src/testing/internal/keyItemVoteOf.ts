import type { KeyItemVoteInput } from '../../model/keyItemVote.js';
import type { CommitteeSession, MemberTerm } from './keyItemSource.js';
import { createRandom, type Random } from './random.js';

type VoteResult = KeyItemVoteInput['results'][number];

/** Who could vote on `day` (应到): the members whose term covers it. */
export function membersInOffice(members: readonly MemberTerm[], day: string): MemberTerm[] {
  // Days are YYYY-MM-DD, so string order is day order.
  return members.filter((m) => m.from <= day && (m.to === undefined || day <= m.to));
}

/**
 * An item the committee is content with: at most a tenth dissatisfied, at least 60% satisfied,
 * sometimes one abstention, so 满意 + 基本满意 is at least 80% of the valid votes.
 */
function approval(random: Random, present: number): VoteResult {
  const abstained = present >= 5 && random.chance(0.3) ? 1 : 0;
  const valid = present - abstained;
  const dissatisfied = random.int(0, Math.floor(valid / 10));
  const satisfied = Math.min(valid - dissatisfied, random.int(Math.ceil(valid * 0.6), valid));
  return {
    itemId: '',
    satisfied,
    basicallySatisfied: valid - dissatisfied - satisfied,
    dissatisfied,
    ...(abstained > 0 ? { abstained } : {}),
  };
}

/**
 * The item that falls short: 30% to 45% dissatisfied, so 满意 + 基本满意 stays at or below 70%
 * of the valid votes, under an 80% pass mark and under "satisfied by more than half".
 */
function shortfall(random: Random, present: number): VoteResult {
  const dissatisfied = random.int(Math.ceil(present * 0.3), Math.ceil(present * 0.45));
  const satisfied = random.int(0, Math.floor((present - dissatisfied) / 2));
  return {
    itemId: '',
    satisfied,
    basicallySatisfied: present - dissatisfied - satisfied,
    dissatisfied,
  };
}

/**
 * The item-by-item satisfaction vote (逐件满意度测评) of the plan's items at a standing committee
 * session: the members in office that day are the electorate, those at the session (its
 * participants who are in office) are present, and every one present votes on every item. The
 * seed picks one item that falls short; the others pass.
 */
export function keyItemVoteOf(
  seed: number,
  year: number,
  planId: string,
  itemIds: readonly string[],
  session: CommitteeSession,
  members: readonly MemberTerm[],
): KeyItemVoteInput {
  const random = createRandom(seed, 'keyItemVote');
  const inOffice = membersInOffice(members, session.day);
  const ids = new Set(inOffice.map((m) => m.id));
  const present = new Set(session.memberIds.filter((id) => ids.has(id))).size;
  const weak = itemIds.length === 0 ? -1 : random.int(0, itemIds.length - 1);
  return {
    id: `KV-${year}`,
    planId,
    day: session.day,
    // The sample records the session as deputies attended it (列席…); the vote is the session's.
    body: session.title.replace(/^列席/, ''),
    electorate: { members: inOffice.length, present },
    results: itemIds.map((itemId, i) => ({
      ...(i === weak ? shortfall(random, present) : approval(random, present)),
      itemId,
    })),
  };
}
