import type { Committee } from '../../../model/committee.js';
import type { DeputyGroup } from '../../../model/deputyGroup.js';
import type { LiaisonStation } from '../../../model/liaisonStation.js';
import type { StandingCommitteeMember } from '../../../model/standingCommitteeMember.js';
import { toNumber } from './days.js';
import type { ServiceSubject } from './roster.js';

// The service windows of the roster subjects other than deputies (internal; deputies are in
// deputySubject.ts): a member serves their term on the committee, a station is open while active,
// a group has no dates of its own and counts as there throughout, a committee exists while active.

const OPEN = Number.POSITIVE_INFINITY;

/** Roster subjects for standing committee members, lazily. */
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
        to: member.term.to === undefined ? OPEN : toNumber(member.term.to),
      },
    };
  }
}

/** Roster subjects for liaison stations, lazily. */
export function* stationSubjects(
  stations: Iterable<LiaisonStation>,
): Iterable<ServiceSubject<LiaisonStation>> {
  for (const station of stations) {
    yield {
      id: station.id,
      name: station.name,
      record: station,
      window: {
        from: toNumber(station.active.from),
        to: station.active.to === undefined ? OPEN : toNumber(station.active.to),
      },
    };
  }
}

/** Roster subjects for deputy groups, lazily. */
export function* groupSubjects(
  groups: Iterable<DeputyGroup>,
): Iterable<ServiceSubject<DeputyGroup>> {
  for (const group of groups) {
    yield {
      id: group.id,
      name: group.name,
      record: group,
      window: { from: Number.NEGATIVE_INFINITY, to: OPEN },
    };
  }
}

export function* committeeSubjects(
  committees: Iterable<Committee>,
): Iterable<ServiceSubject<Committee>> {
  for (const committee of committees) {
    yield {
      id: committee.id,
      name: committee.name,
      record: committee,
      window: {
        from: toNumber(committee.active.from),
        to: committee.active.to === undefined ? OPEN : toNumber(committee.active.to),
      },
    };
  }
}
