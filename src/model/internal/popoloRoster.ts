import type { Committee } from '../committee.js';
import type { Deputy } from '../deputy.js';
import type { DeputyGroup } from '../deputyGroup.js';
import type { LiaisonStation } from '../liaisonStation.js';
import {
  flagAt,
  listAt,
  numberAt,
  objectAt,
  optionalAt,
  type Path,
  textAt,
} from '../shared/allowList.js';
import type { Congress } from '../shared/congress.js';
import type { StandingCommitteeMember } from '../standingCommitteeMember.js';

// toPopolo reads the roster through these copies: each names the fields the export uses, at every
// depth, and nothing else, so a field an office adds (a deputy's `constituency.secretaryPhone`, a
// group member's `mobile`) never reaches the open data, and nothing exported is shared with the
// caller's records.

/** The fields of a deputy that the Popolo export reads. */
export type RosterDeputy = Pick<
  Deputy,
  | 'id'
  | 'name'
  | 'gender'
  | 'birthYear'
  | 'congress'
  | 'constituency'
  | 'delegation'
  | 'occupations'
  | 'grassroots'
  | 'status'
  | 'byElected'
  | 'term'
  | 'memberships'
>;
/** The fields of a committee that the Popolo export reads. */
export type RosterCommittee = Pick<Committee, 'id' | 'name' | 'kind' | 'congress' | 'active'> & {
  readonly parentId?: string;
};
/** The fields of a deputy group that the Popolo export reads. */
export type RosterGroup = Pick<DeputyGroup, 'id' | 'name' | 'kind' | 'members'> & {
  readonly area?: { readonly code: string };
  readonly field?: string;
  readonly levels?: readonly string[];
  readonly stationId?: string;
};
/** The fields of a liaison station that the Popolo export reads. */
export type RosterStation = Pick<
  LiaisonStation,
  'id' | 'name' | 'kind' | 'active' | 'enrolments'
> & {
  readonly parentId?: string;
  readonly area?: { readonly code: string };
  readonly tier?: string;
};
/** The fields of a standing committee member that the Popolo export reads. */
export type RosterMember = Pick<
  StandingCommitteeMember,
  'id' | 'name' | 'congress' | 'position' | 'term' | 'councilMember' | 'contactAssignments'
> & { readonly deputyId?: string };

/** The roster as the export reads it. */
export interface RosterCopy {
  readonly deputies: readonly RosterDeputy[];
  readonly committees: readonly RosterCommittee[];
  readonly groups: readonly RosterGroup[];
  readonly stations: readonly RosterStation[];
  readonly members: readonly RosterMember[];
}

const at = (path: Path, key: string | number): Path => [...path, key];

/** `{ [key]: value }`, or `{}` when the value is absent (an optional field stays absent). */
function maybe<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const optionalText = (o: Readonly<Record<string, unknown>>, key: string, path: Path) =>
  optionalAt(o[key], at(path, key), textAt);

function congressOf(value: unknown, path: Path): Congress {
  const c = objectAt(value, path);
  return {
    jurisdiction: textAt(c.jurisdiction, at(path, 'jurisdiction')),
    level: textAt(c.level, at(path, 'level')) as Congress['level'],
    term: numberAt(c.term, at(path, 'term')),
  };
}

function rangeOf(value: unknown, path: Path): { from: string; to?: string } {
  const r = objectAt(value, path);
  return { from: textAt(r.from, at(path, 'from')), ...maybe('to', optionalText(r, 'to', path)) };
}

function areaOf(value: unknown, path: Path): { code: string } {
  return { code: textAt(objectAt(value, path).code, at(path, 'code')) };
}

function statusOf(value: unknown, path: Path): Deputy['status'] {
  const s = objectAt(value, path);
  const status = textAt(s.status, at(path, 'status'));
  if (status === 'ended') {
    return {
      status,
      on: textAt(s.on, at(path, 'on')),
      reason: textAt(s.reason, at(path, 'reason')) as Extract<
        Deputy['status'],
        { status: 'ended' }
      >['reason'],
    };
  }
  if (status === 'suspended') {
    return {
      status,
      since: textAt(s.since, at(path, 'since')),
      reason: textAt(s.reason, at(path, 'reason')) as Extract<
        Deputy['status'],
        { status: 'suspended' }
      >['reason'],
      ...maybe('until', optionalText(s, 'until', path)),
    };
  }
  return { status: 'inOffice' };
}

function deputyOf(value: unknown, path: Path): RosterDeputy {
  const d = objectAt(value, path);
  const constituency = objectAt(d.constituency, at(path, 'constituency'));
  const cPath = at(path, 'constituency');
  const delegation = optionalAt(d.delegation, at(path, 'delegation'), objectAt);
  const byElected = optionalAt(d.byElected, at(path, 'byElected'), objectAt);
  const birthYear = optionalAt(d.birthYear, at(path, 'birthYear'), numberAt);
  return {
    id: textAt(d.id, at(path, 'id')),
    name: textAt(d.name, at(path, 'name')),
    gender: textAt(d.gender, at(path, 'gender')) as Deputy['gender'],
    ...maybe('birthYear', birthYear),
    congress: congressOf(d.congress, at(path, 'congress')),
    constituency: {
      kind: textAt(constituency.kind, at(cPath, 'kind')) as Deputy['constituency']['kind'],
      id: textAt(constituency.id, at(cPath, 'id')),
      name: textAt(constituency.name, at(cPath, 'name')),
    },
    ...maybe(
      'delegation',
      delegation === undefined
        ? undefined
        : {
            id: textAt(delegation.id, [...path, 'delegation', 'id']),
            name: textAt(delegation.name, [...path, 'delegation', 'name']),
          },
    ),
    occupations: listAt(
      d.occupations,
      at(path, 'occupations'),
      (o, p) => textAt(o, p) as Deputy['occupations'][number],
    ),
    grassroots: flagAt(d.grassroots, at(path, 'grassroots')),
    status: statusOf(d.status, at(path, 'status')),
    ...maybe(
      'byElected',
      byElected === undefined
        ? undefined
        : {
            on: textAt(byElected.on, [...path, 'byElected', 'on']),
            ...maybe(
              'replacesDeputyId',
              optionalText(byElected, 'replacesDeputyId', at(path, 'byElected')),
            ),
          },
    ),
    term: rangeOf(d.term, at(path, 'term')),
    memberships: listAt(d.memberships, at(path, 'memberships'), (item, p) => {
      const m = objectAt(item, p);
      const role = optionalText(m, 'role', p) as Deputy['memberships'][number]['role'];
      return {
        ...rangeOf(m, p),
        kind: textAt(m.kind, at(p, 'kind')) as Deputy['memberships'][number]['kind'],
        orgId: textAt(m.orgId, at(p, 'orgId')),
        ...maybe('role', role),
      };
    }),
  };
}

function committeeOf(value: unknown, path: Path): RosterCommittee {
  const c = objectAt(value, path);
  return {
    id: textAt(c.id, at(path, 'id')),
    name: textAt(c.name, at(path, 'name')),
    kind: textAt(c.kind, at(path, 'kind')) as Committee['kind'],
    congress: congressOf(c.congress, at(path, 'congress')),
    active: rangeOf(c.active, at(path, 'active')),
    ...maybe('parentId', optionalText(c, 'parentId', path)),
  };
}

function groupOf(value: unknown, path: Path): RosterGroup {
  const g = objectAt(value, path);
  const area = optionalAt(g.area, at(path, 'area'), areaOf);
  const levels = optionalAt(g.levels, at(path, 'levels'), (v, p) => listAt(v, p, textAt));
  return {
    id: textAt(g.id, at(path, 'id')),
    name: textAt(g.name, at(path, 'name')),
    kind: textAt(g.kind, at(path, 'kind')) as DeputyGroup['kind'],
    ...maybe('area', area),
    ...maybe('field', optionalText(g, 'field', path)),
    ...maybe('levels', levels),
    ...maybe('stationId', optionalText(g, 'stationId', path)),
    members: listAt(g.members, at(path, 'members'), (item, p) => {
      const m = objectAt(item, p);
      const role = optionalText(m, 'role', p) as DeputyGroup['members'][number]['role'];
      return {
        ...rangeOf(m, p),
        deputyId: textAt(m.deputyId, at(p, 'deputyId')),
        ...maybe('role', role),
      };
    }) as DeputyGroup['members'],
  };
}

function stationOf(value: unknown, path: Path): RosterStation {
  const s = objectAt(value, path);
  const area = optionalAt(s.area, at(path, 'area'), areaOf);
  return {
    id: textAt(s.id, at(path, 'id')),
    name: textAt(s.name, at(path, 'name')),
    kind: textAt(s.kind, at(path, 'kind')) as LiaisonStation['kind'],
    active: rangeOf(s.active, at(path, 'active')),
    ...maybe('parentId', optionalText(s, 'parentId', path)),
    ...maybe('area', area),
    ...maybe('tier', optionalText(s, 'tier', path)),
    enrolments: listAt(s.enrolments, at(path, 'enrolments'), (item, p) => {
      const e = objectAt(item, p);
      return { ...rangeOf(e, p), deputyId: textAt(e.deputyId, at(p, 'deputyId')) };
    }) as LiaisonStation['enrolments'],
  };
}

function memberOf(value: unknown, path: Path): RosterMember {
  const m = objectAt(value, path);
  return {
    id: textAt(m.id, at(path, 'id')),
    name: textAt(m.name, at(path, 'name')),
    ...maybe('deputyId', optionalText(m, 'deputyId', path)),
    congress: congressOf(m.congress, at(path, 'congress')),
    position: textAt(m.position, at(path, 'position')) as StandingCommitteeMember['position'],
    term: rangeOf(m.term, at(path, 'term')),
    councilMember: flagAt(m.councilMember, at(path, 'councilMember')),
    contactAssignments: listAt(m.contactAssignments, at(path, 'contactAssignments'), (item, p) => {
      const a = objectAt(item, p);
      return { ...rangeOf(a, p), deputyId: textAt(a.deputyId, at(p, 'deputyId')) };
    }) as StandingCommitteeMember['contactAssignments'],
  };
}

/**
 * Copies what the Popolo export reads from a roster: every list is optional; each record keeps
 * only the fields named above. Throws a RendaError (`INVALID_INPUT`, with the path) on a field of
 * the wrong type.
 */
export function readRoster(value: unknown): RosterCopy {
  const roster = objectAt(value, []);
  const list = <T>(key: string, read: (item: unknown, path: Path) => T): readonly T[] =>
    optionalAt(roster[key], [key], (v, p) => listAt(v, p, read)) ?? [];
  return {
    deputies: list('deputies', deputyOf),
    committees: list('committees', committeeOf),
    groups: list('groups', groupOf),
    stations: list('stations', stationOf),
    members: list('members', memberOf),
  };
}
