import type { StandingCommitteeMember } from '../../../model/standingCommitteeMember.js';
import { toNumber } from '../../coverage/internal/days.js';
import type { ServiceSubject } from '../../coverage/internal/roster.js';

/** Standing committee members as roster subjects (internal): they serve for their `term`. */
export function* memberSubjects(
  members: Iterable<StandingCommitteeMember>,
): Iterable<ServiceSubject<StandingCommitteeMember>> {
  for (const member of members) {
    yield {
      id: member.id,
      name: member.name,
      record: member,
      window: {
        from: toNumber(member.term.from),
        to: member.term.to === undefined ? Number.POSITIVE_INFINITY : toNumber(member.term.to),
      },
    };
  }
}

/** Roster entries by id, the first of a repeated id winning (internal). */
export function firstById<T extends { readonly id: string }>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    out.push(entry);
  }
  return out;
}

/** String order, for sorting ids (internal). */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
