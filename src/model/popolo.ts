import { deepFreeze } from '../internal/deepFreeze.js';
import type { Committee } from './committee.js';
import type { Deputy } from './deputy.js';
import type { DeputyGroup } from './deputyGroup.js';
import { readRoster } from './internal/popoloRoster.js';
import type { LiaisonStation } from './liaisonStation.js';
import type { PublicViewError, PublicViewResult } from './publicViewError.js';
import { badField, objectAt, optionalAt, type Path, readView, textAt } from './shared/allowList.js';
import type { Congress, CongressLevel } from './shared/congress.js';
import { neverThrow } from './shared/neverThrow.js';
import type { RendaError } from './shared/validationError.js';
import type { StandingCommitteeMember } from './standingCommitteeMember.js';

/**
 * An identifier of a Popolo record in another scheme (标识符): here, the record's id in renda.
 *
 * @example
 * ```ts
 * import type { PopoloIdentifier } from 'renda';
 *
 * const id: PopoloIdentifier = { scheme: 'renda:deputy', identifier: 'D-0001' };
 * ```
 * @category Models
 */
export interface PopoloIdentifier {
  /** The scheme, e.g. `renda:deputy`. */
  readonly scheme: string;
  /** The id in that scheme. */
  readonly identifier: string;
}

/**
 * A Popolo person (人员): a deputy or a standing committee member, without contact details.
 *
 * @example
 * ```ts
 * import type { PopoloPerson } from 'renda';
 *
 * const person: PopoloPerson = {
 *   id: 'deputy:D-0001',
 *   name: '王芳',
 *   gender: 'female',
 *   identifiers: [{ scheme: 'renda:deputy', identifier: 'D-0001' }],
 * };
 * ```
 * @category Models
 */
export interface PopoloPerson {
  /** `deputy:<deputy id>`, or `member:<member id>` for a member who is not a deputy. */
  readonly id: string;
  /** 姓名. */
  readonly name: string;
  /** 性别: `male` or `female`. */
  readonly gender?: string;
  /** 出生年份, as a Popolo reduced-precision date `YYYY`. */
  readonly birth_date?: string;
  /** 死亡日期: the day the qualification ended, when the reason is `died`. */
  readonly death_date?: string;
  /** The person's ids in renda. */
  readonly identifiers: readonly PopoloIdentifier[];
}

/**
 * A Popolo organization (组织): a congress, its standing committee, a committee, a delegation, a
 * deputy group, a liaison station, or a member's contact group.
 *
 * @example
 * ```ts
 * import type { PopoloOrganization } from 'renda';
 *
 * const group: PopoloOrganization = {
 *   id: 'group:G-01',
 *   name: '第一代表小组',
 *   classification: 'deputy group',
 *   area_id: '330381102',
 * };
 * ```
 * @category Models
 */
export interface PopoloOrganization {
  /** `congress:…`, `standing-committee:…`, `committee:…`, `delegation:…`, `group:…`, `station:…` or `contact-group:…`. */
  readonly id: string;
  /** 名称. */
  readonly name: string;
  /** `legislature`, `standing committee`, `committee`, `delegation`, `deputy group`, `liaison station` or `contact group`. */
  readonly classification: string;
  /** 上级组织. */
  readonly parent_id?: string;
  /** 区域: the jurisdiction or area code. */
  readonly area_id?: string;
  /** 成立日期. */
  readonly founding_date?: string;
  /** 撤销日期. */
  readonly dissolution_date?: string;
  /** The organization's id in renda, when it has one. */
  readonly identifiers?: readonly PopoloIdentifier[];
  /** What Popolo has no field for (the renda kind, tier, field…), as in Open Civic Data. */
  readonly extras?: Readonly<Record<string, unknown>>;
}

/**
 * A Popolo membership (成员关系): a person in an organization for a period, with a role.
 *
 * @example
 * ```ts
 * import type { PopoloMembership } from 'renda';
 *
 * const membership: PopoloMembership = {
 *   id: 'deputy:D-0001>group:G-01@2022-07-01',
 *   person_id: 'deputy:D-0001',
 *   organization_id: 'group:G-01',
 *   role: 'leader',
 *   label: '组长',
 *   start_date: '2022-07-01',
 * };
 * ```
 * @category Models
 */
export interface PopoloMembership {
  /** `<person_id>><organization_id>@<start_date>`: unique and stable across runs. */
  readonly id: string;
  /** 人员. */
  readonly person_id: string;
  /** 组织. */
  readonly organization_id: string;
  /** 角色: `deputy`, `member`, `leader`, `deputyLeader`, an SC position, `convener`. */
  readonly role?: string;
  /** 职务名称 in Chinese, e.g. `组长`, `副主任`. */
  readonly label?: string;
  /** 区域: the constituency (选区) of a directly elected deputy. */
  readonly area_id?: string;
  /** 起始日期. */
  readonly start_date: string;
  /** 终止日期. */
  readonly end_date?: string;
  /** What Popolo has no field for: `end_reason`, suspension, constituency, by-election… */
  readonly extras?: Readonly<Record<string, unknown>>;
}

/**
 * A Popolo export (Popolo 数据): persons, organizations and memberships.
 *
 * @example
 * ```ts
 * import { type PopoloExport, toPopolo } from 'renda';
 *
 * const empty: PopoloExport = toPopolo({});
 * console.log(empty.persons.length); // 0
 * ```
 * @category Models
 */
export interface PopoloExport {
  /** 人员. */
  readonly persons: readonly PopoloPerson[];
  /** 组织. */
  readonly organizations: readonly PopoloOrganization[];
  /** 成员关系. */
  readonly memberships: readonly PopoloMembership[];
}

/**
 * The records {@link toPopolo} reads (代表名册): any of them may be left out.
 *
 * @example
 * ```ts
 * import type { PopoloRoster } from 'renda';
 *
 * const roster: PopoloRoster = { deputies: [], groups: [] };
 * ```
 * @category Models
 */
export interface PopoloRoster {
  /** 人大代表. */
  readonly deputies?: readonly Deputy[];
  /** 代表小组. */
  readonly groups?: readonly DeputyGroup[];
  /** 家站点. */
  readonly stations?: readonly LiaisonStation[];
  /** 专门委员会 / 工作委员会. */
  readonly committees?: readonly Committee[];
  /** 常委会组成人员. */
  readonly members?: readonly StandingCommitteeMember[];
}

/**
 * Options of {@link toPopolo}.
 *
 * @example
 * ```ts
 * import type { ToPopoloOptions } from 'renda';
 *
 * const options: ToPopoloOptions = {
 *   congressName: (congress) => `深圳市第${congress.term}届人民代表大会`,
 * };
 * ```
 * @category Models
 */
export interface ToPopoloOptions {
  /** Names a congress; the default is `<jurisdiction> <level>人民代表大会（第<term>届）`. */
  readonly congressName?: (congress: Congress) => string;
  /** Names a congress's standing committee; the default appends `常务委员会`. */
  readonly standingCommitteeName?: (congress: Congress) => string;
}

const LEVEL_ZH: Readonly<Record<CongressLevel, string>> = {
  national: '全国',
  provincial: '省级',
  city: '设区的市级',
  county: '县级',
  township: '乡级',
};

const ROLE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  group: { member: '组员', leader: '组长', deputyLeader: '副组长' },
  station: { member: '进站代表', leader: '站长', deputyLeader: '副站长' },
  committee: { member: '委员', leader: '主任委员', deputyLeader: '副主任委员' },
  delegation: { member: '代表团成员', leader: '团长', deputyLeader: '副团长' },
};

const SC_LABELS: Readonly<Record<string, readonly [national: string, local: string]>> = {
  chair: ['委员长', '主任'],
  viceChair: ['副委员长', '副主任'],
  secretaryGeneral: ['秘书长', '秘书长'],
  member: ['委员', '委员'],
};

const congressKey = (c: Congress): string => `${c.jurisdiction}:${c.level}:${c.term}`;

/** The earlier of two days, where an absent day is open-ended. */
const earlier = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined || a <= b ? a : b;

/**
 * Exports deputies, groups, stations, committees and standing committee members as Popolo data
 * (Popolo 开放数据格式), for open-data portals and tools built on Popolo or Open Civic Data.
 *
 * @remarks
 * - **Ids** are namespaced (`deputy:D-1`, `group:G-1`, `congress:440300:city:7`…) because renda's
 *   ids are unique only within one kind of record; the raw id is kept in `identifiers`.
 * - **Persons** are the deputies, plus members who are not deputies (a member with `deputyId`
 *   is the same person as that deputy). Contact details are never exported.
 * - **Organizations**: each congress (`legislature`) and its standing committee; committees
 *   (special committees under the congress, working committees and offices under the standing
 *   committee, unless `parentId` says otherwise); delegations; groups; stations; and one
 *   `contact group` per member with contact assignments (`extras.synthetic: true`), because
 *   Popolo has no person-to-person link: the member is its `convener`, the deputies its members.
 * - **Memberships**: each deputy in their congress (role `deputy`, the term's dates, ending on
 *   the day the qualification ended); delegations; each group member, station enrolment and
 *   deputy membership; each member in the standing committee (role = position).
 * - **What Popolo lacks** goes into `extras` (the Open Civic Data convention): `end_reason` (one
 *   of the termination reasons), `status`, `suspended_since`, `suspended_until`,
 *   `suspension_reason`, `constituency`, `by_elected_on`, `replaces_person_id`, `occupations`,
 *   `grassroots`, `council_member`. Popolo issues #93 and #98 ask for term and status links.
 * - The same person, organization and start date appearing twice (a group's member list and the
 *   deputy's own memberships) give one membership; the first seen wins, in the order deputies,
 *   groups, stations, members, and fills in the fields it lacks from the later one.
 * - A membership may name an organization not passed in (a group id on a deputy with no group
 *   record); renda does not invent a name for it.
 *
 * @param roster - The records to export; any may be left out.
 * @param options - How to name congresses and standing committees.
 * @returns The persons, organizations and memberships, in input order, deeply frozen.
 * @example
 * ```ts
 * import { parseDeputy, toPopolo } from 'renda';
 *
 * const deputy = parseDeputy({
 *   id: 'D-0001',
 *   name: '王芳',
 *   gender: 'female',
 *   congress: { jurisdiction: '440300', level: 'city', term: 7 },
 *   constituency: { kind: 'electoralUnit', id: 'EU-FUTIAN', name: '福田区人大' },
 *   occupations: ['professional'],
 *   grassroots: true,
 *   status: { status: 'ended', on: '2024-03-01', reason: 'resigned' },
 *   term: { from: '2021-05-01' },
 *   memberships: [],
 * });
 * const popolo = toPopolo({ deputies: [deputy] });
 * console.log(popolo.memberships[0]?.end_date); // '2024-03-01'
 * console.log(popolo.memberships[0]?.extras?.end_reason); // 'resigned'
 * ```
 * @category Models
 */
export function toPopolo(roster: PopoloRoster, options?: ToPopoloOptions): PopoloExport {
  return readView({ zh: '代表名册', en: 'the roster' }, () => popoloOf(roster, options));
}

/**
 * The Popolo export without throwing: the checked twin of {@link toPopolo}. Never throws,
 * whatever it is given.
 *
 * @param roster - The records to export; any list may be left out.
 * @param options - How congresses and standing committees are named.
 * @returns `{ ok: true, value }` with the frozen export, or `{ ok: false, error }` naming the
 * field at fault.
 * @example
 * ```ts
 * import { safeToPopolo } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, groups } = generateSample({ seed: 1, size: 'town' });
 * const result = safeToPopolo({ deputies, groups });
 * if (result.ok) console.log(result.value.persons.length > 0); // true
 * ```
 * @category Models
 */
export function safeToPopolo(
  roster: PopoloRoster,
  options?: ToPopoloOptions,
): PublicViewResult<PopoloExport> {
  return neverThrow<PopoloExport, PublicViewError>(
    () => Object.freeze({ ok: true as const, value: toPopolo(roster, options) }),
    (thrown) => (thrown as RendaError).detail as PublicViewError,
  );
}

/** A naming option: the caller's function, checked to be one and to return a string. */
function namer(
  options: Readonly<Record<string, unknown>> | undefined,
  key: 'congressName' | 'standingCommitteeName',
  fallback: (c: Congress) => string,
): (c: Congress) => string {
  const path: Path = ['options', key];
  const given: unknown = options?.[key];
  if (given === undefined) return fallback;
  if (typeof given !== 'function') badField(path, '函数', 'a function', given);
  const name = given as (c: Congress) => unknown;
  return (c) => textAt(name(c), path);
}

function popoloOf(input: unknown, optionsInput: unknown): PopoloExport {
  const roster = readRoster(input);
  const options = optionalAt(optionsInput, ['options'], objectAt);
  const congressName = namer(
    options,
    'congressName',
    (c) => `${c.jurisdiction} ${LEVEL_ZH[c.level] ?? c.level}人民代表大会（第${c.term}届）`,
  );
  const scName = namer(options, 'standingCommitteeName', (c) => `${congressName(c)}常务委员会`);

  const persons = new Map<string, PopoloPerson & { identifiers: PopoloIdentifier[] }>();
  const organizations = new Map<string, PopoloOrganization>();
  const memberships = new Map<string, PopoloMembership>();

  const addOrganization = (org: PopoloOrganization): void => {
    if (!organizations.has(org.id)) organizations.set(org.id, org);
  };
  const congressOrg = (c: Congress): string => {
    const id = `congress:${congressKey(c)}`;
    addOrganization({
      id,
      name: congressName(c),
      classification: 'legislature',
      area_id: c.jurisdiction,
    });
    return id;
  };
  const standingCommitteeOrg = (c: Congress): string => {
    const parent = congressOrg(c);
    const id = `standing-committee:${congressKey(c)}`;
    addOrganization({
      id,
      name: scName(c),
      classification: 'standing committee',
      parent_id: parent,
    });
    return id;
  };
  const addMembership = (m: Omit<PopoloMembership, 'id'>): void => {
    const id = `${m.person_id}>${m.organization_id}@${m.start_date}`;
    const seen = memberships.get(id);
    memberships.set(id, seen === undefined ? { id, ...m } : { ...m, ...seen });
  };
  const dated = (from: string, to: string | undefined) =>
    to === undefined ? { start_date: from } : { start_date: from, end_date: to };
  const roleOf = (kind: string, role: string | undefined) =>
    role === undefined ? {} : { role, label: ROLE_LABELS[kind]?.[role] ?? role };

  for (const deputy of roster.deputies) {
    const personId = `deputy:${deputy.id}`;
    if (persons.has(personId)) continue;
    const { status } = deputy;
    persons.set(personId, {
      id: personId,
      name: deputy.name,
      gender: deputy.gender,
      ...(deputy.birthYear === undefined ? {} : { birth_date: String(deputy.birthYear) }),
      ...(status.status === 'ended' && status.reason === 'died' ? { death_date: status.on } : {}),
      identifiers: [{ scheme: 'renda:deputy', identifier: deputy.id }],
    });
    const end = status.status === 'ended' ? earlier(status.on, deputy.term.to) : deputy.term.to;
    const extras: Record<string, unknown> = {
      constituency: { ...deputy.constituency },
      occupations: [...deputy.occupations],
      grassroots: deputy.grassroots,
      status: status.status,
    };
    if (status.status === 'ended') extras.end_reason = status.reason;
    if (status.status === 'suspended') {
      extras.suspended_since = status.since;
      extras.suspension_reason = status.reason;
      if (status.until !== undefined) extras.suspended_until = status.until;
    }
    if (deputy.byElected !== undefined) {
      extras.by_elected_on = deputy.byElected.on;
      if (deputy.byElected.replacesDeputyId !== undefined) {
        extras.replaces_person_id = `deputy:${deputy.byElected.replacesDeputyId}`;
      }
    }
    const congress = congressOrg(deputy.congress);
    addMembership({
      person_id: personId,
      organization_id: congress,
      role: 'deputy',
      label: '代表',
      ...(deputy.constituency.kind === 'constituency' ? { area_id: deputy.constituency.id } : {}),
      ...dated(deputy.term.from, end),
      extras,
    });
    for (const m of deputy.memberships) {
      addMembership({
        person_id: personId,
        organization_id: `${m.kind}:${m.orgId}`,
        ...roleOf(m.kind, m.role),
        ...dated(m.from, m.to),
      });
    }
    if (deputy.delegation !== undefined) {
      const orgId = `delegation:${deputy.delegation.id}`;
      addOrganization({
        id: orgId,
        name: deputy.delegation.name,
        classification: 'delegation',
        parent_id: congress,
        identifiers: [{ scheme: 'renda:delegation', identifier: deputy.delegation.id }],
      });
      const explicit = deputy.memberships.some(
        (m) => m.kind === 'delegation' && m.orgId === deputy.delegation?.id,
      );
      if (!explicit) {
        addMembership({
          person_id: personId,
          organization_id: orgId,
          ...roleOf('delegation', 'member'),
          ...dated(deputy.term.from, end),
        });
      }
    }
  }

  for (const committee of roster.committees) {
    const parent =
      committee.parentId !== undefined
        ? `committee:${committee.parentId}`
        : committee.kind === 'special'
          ? congressOrg(committee.congress)
          : standingCommitteeOrg(committee.congress);
    addOrganization({
      id: `committee:${committee.id}`,
      name: committee.name,
      classification: 'committee',
      parent_id: parent,
      founding_date: committee.active.from,
      ...(committee.active.to === undefined ? {} : { dissolution_date: committee.active.to }),
      identifiers: [{ scheme: 'renda:committee', identifier: committee.id }],
      extras: { kind: committee.kind },
    });
  }

  for (const group of roster.groups) {
    const orgId = `group:${group.id}`;
    addOrganization({
      id: orgId,
      name: group.name,
      classification: 'deputy group',
      ...(group.area === undefined ? {} : { area_id: group.area.code }),
      identifiers: [{ scheme: 'renda:group', identifier: group.id }],
      extras: {
        kind: group.kind,
        ...(group.field === undefined ? {} : { field: group.field }),
        ...(group.levels === undefined ? {} : { levels: [...group.levels] }),
        ...(group.stationId === undefined ? {} : { station_id: `station:${group.stationId}` }),
      },
    });
    for (const m of group.members) {
      addMembership({
        person_id: `deputy:${m.deputyId}`,
        organization_id: orgId,
        ...roleOf('group', m.role),
        ...dated(m.from, m.to),
      });
    }
  }

  for (const station of roster.stations) {
    const orgId = `station:${station.id}`;
    addOrganization({
      id: orgId,
      name: station.name,
      classification: 'liaison station',
      ...(station.parentId === undefined ? {} : { parent_id: `station:${station.parentId}` }),
      ...(station.area === undefined ? {} : { area_id: station.area.code }),
      founding_date: station.active.from,
      ...(station.active.to === undefined ? {} : { dissolution_date: station.active.to }),
      identifiers: [{ scheme: 'renda:station', identifier: station.id }],
      extras: { kind: station.kind, ...(station.tier === undefined ? {} : { tier: station.tier }) },
    });
    for (const e of station.enrolments) {
      addMembership({
        person_id: `deputy:${e.deputyId}`,
        organization_id: orgId,
        ...roleOf('station', 'member'),
        ...dated(e.from, e.to),
      });
    }
  }

  for (const member of roster.members) {
    const personId =
      member.deputyId === undefined ? `member:${member.id}` : `deputy:${member.deputyId}`;
    const identifier = { scheme: 'renda:standing-committee-member', identifier: member.id };
    const person = persons.get(personId);
    if (person === undefined) {
      persons.set(personId, {
        id: personId,
        name: member.name,
        identifiers: [
          ...(member.deputyId === undefined
            ? []
            : [{ scheme: 'renda:deputy', identifier: member.deputyId }]),
          identifier,
        ],
      });
    } else if (
      !person.identifiers.some((i) => i.scheme === identifier.scheme && i.identifier === member.id)
    ) {
      person.identifiers.push(identifier);
    }
    const committee = standingCommitteeOrg(member.congress);
    const national = member.congress.level === 'national';
    addMembership({
      person_id: personId,
      organization_id: committee,
      role: member.position,
      label: SC_LABELS[member.position]?.[national ? 0 : 1] ?? member.position,
      ...dated(member.term.from, member.term.to),
      extras: { council_member: member.councilMember },
    });
    if (member.contactAssignments.length === 0) continue;
    const groupId = `contact-group:${member.id}`;
    addOrganization({
      id: groupId,
      name: `${member.name}联系代表`,
      classification: 'contact group',
      parent_id: committee,
      identifiers: [identifier],
      extras: { synthetic: true },
    });
    addMembership({
      person_id: personId,
      organization_id: groupId,
      role: 'convener',
      label: '联系人',
      ...dated(member.term.from, member.term.to),
    });
    for (const a of member.contactAssignments) {
      addMembership({
        person_id: `deputy:${a.deputyId}`,
        organization_id: groupId,
        role: 'member',
        label: '联系的代表',
        ...dated(a.from, a.to),
      });
    }
  }

  return deepFreeze({
    persons: [...persons.values()],
    organizations: [...organizations.values()],
    memberships: [...memberships.values()],
  });
}
