import { likelyDuplicatePeople } from '../../connections/people/likelyDuplicatePeople.js';
import { safeStationParent } from '../../connections/rollup/safeRollUpCoverage.js';
import { quote } from '../../internal/quote.js';
import type { Activity } from '../../model/activity.js';
import type { Committee } from '../../model/committee.js';
import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { Deputy } from '../../model/deputy.js';
import type { DeputyGroup } from '../../model/deputyGroup.js';
import type { HandlingUnit } from '../../model/handlingUnit.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import type { Suggestion } from '../../model/suggestion.js';
import {
  ArgumentChecks,
  fieldName,
  guard,
  isIterable,
  safely,
} from '../../stats/internal/invalidInput.js';
import type { DatasetCollection, DatasetFinding, RecordRef } from './datasetFinding.js';
import { stationCycles } from './stationCycles.js';

/**
 * The records {@link lintDataset} checks together (数据集); every collection is optional, and a
 * reference is checked only when the collection it points to is given.
 *
 * @example
 * ```ts
 * import type { Dataset } from 'renda/import';
 *
 * const empty: Dataset = { deputies: [], stations: [] };
 * ```
 * @category Import
 */
export interface Dataset {
  readonly deputies?: readonly Deputy[];
  readonly stations?: readonly LiaisonStation[];
  readonly groups?: readonly DeputyGroup[];
  readonly members?: readonly StandingCommitteeMember[];
  readonly units?: readonly HandlingUnit[];
  readonly committees?: readonly Committee[];
  readonly activities?: readonly Activity[];
  readonly opinions?: readonly ConstituentOpinion[];
  readonly suggestions?: readonly Suggestion[];
}

const COLLECTIONS: Readonly<Record<DatasetCollection, readonly [zh: string, en: string]>> = {
  deputies: ['代表', 'deputies'],
  stations: ['联络站点', 'stations'],
  groups: ['代表小组', 'deputy groups'],
  members: ['常委会组成人员', 'standing committee members'],
  units: ['承办单位', 'handling units'],
  committees: ['专门委员会', 'committees'],
  activities: ['履职活动', 'activities'],
  opinions: ['群众意见', 'opinions'],
  suggestions: ['代表建议', 'suggestions'],
};

/** One id a record names, where, and which collection should hold it. */
interface Reference {
  readonly id: string;
  readonly path: readonly (string | number)[];
  readonly target: DatasetCollection;
}

type Refs<T> = (record: T) => readonly Reference[];

const each = <T>(
  items: readonly T[] | undefined,
  target: DatasetCollection,
  path: (i: number) => (string | number)[],
  id: (item: T) => string | undefined,
): Reference[] =>
  (items ?? []).flatMap((item, i) => {
    const value = id(item);
    return value === undefined ? [] : [{ id: value, path: path(i), target }];
  });

const one = (
  id: string | undefined,
  path: (string | number)[],
  target: DatasetCollection,
): Reference[] => (id === undefined ? [] : [{ id, path, target }]);

const MEMBERSHIP_TARGETS: Readonly<Record<string, DatasetCollection | undefined>> = {
  station: 'stations',
  group: 'groups',
  committee: 'committees',
};

// Every cross-record link of the models, written once: what each record points at.
const REFERENCES: { readonly [C in DatasetCollection]: Refs<NonNullable<Dataset[C]>[number]> } = {
  deputies: (d) => [
    ...one(d.byElected?.replacesDeputyId, ['byElected', 'replacesDeputyId'], 'deputies'),
    ...d.memberships.flatMap((m, i) => {
      const target = MEMBERSHIP_TARGETS[m.kind];
      return target === undefined
        ? []
        : [{ id: m.orgId, path: ['memberships', i, 'orgId'], target }];
    }),
  ],
  stations: (s) => [
    ...one(s.parentId, ['parentId'], 'stations'),
    ...each(
      s.enrolments,
      'deputies',
      (i) => ['enrolments', i, 'deputyId'],
      (e) => e.deputyId,
    ),
  ],
  groups: (g) => [
    ...one(g.stationId, ['stationId'], 'stations'),
    ...each(
      g.members,
      'deputies',
      (i) => ['members', i, 'deputyId'],
      (m) => m.deputyId,
    ),
  ],
  members: (m) => [
    ...one(m.deputyId, ['deputyId'], 'deputies'),
    ...each(
      m.contactAssignments,
      'deputies',
      (i) => ['contactAssignments', i, 'deputyId'],
      (a) => a.deputyId,
    ),
  ],
  units: (u) => one(u.parentId, ['parentId'], 'units'),
  committees: (c) => one(c.parentId, ['parentId'], 'committees'),
  activities: (a) => [
    ...one(a.stationId, ['stationId'], 'stations'),
    ...each(
      a.participants.deputyIds,
      'deputies',
      (i) => ['participants', 'deputyIds', i],
      (id) => id,
    ),
    ...each(
      a.participants.memberIds,
      'members',
      (i) => ['participants', 'memberIds', i],
      (id) => id,
    ),
    ...each(
      a.collected?.opinionIds,
      'opinions',
      (i) => ['collected', 'opinionIds', i],
      (id) => id,
    ),
  ],
  opinions: (o) => [
    ...one(o.stationId, ['stationId'], 'stations'),
    ...each(
      o.deputyIds,
      'deputies',
      (i) => ['deputyIds', i],
      (id) => id,
    ),
    ...each(
      o.handlings,
      'units',
      (i) => ['handlings', i, 'unitId'],
      (h) => h.unitId,
    ),
  ],
  suggestions: (s) => [
    ...each(
      s.proposers,
      'deputies',
      (i) => ['proposers', i, 'deputyId'],
      (p) => p.deputyId,
    ),
    ...each(
      s.assignments,
      'units',
      (i) => ['assignments', i, 'unitId'],
      (a) => a.unitId,
    ),
  ],
};

const label = (c: DatasetCollection) => COLLECTIONS[c];

function duplicateIds(
  collection: DatasetCollection,
  records: readonly { id: string }[],
): DatasetFinding[] {
  const count = new Map<string, number>();
  for (const r of records) count.set(r.id, (count.get(r.id) ?? 0) + 1);
  return [...count]
    .filter(([, n]) => n > 1)
    .map(([id, n]) => ({
      code: 'DUPLICATE_ID',
      records: Array.from({ length: n }, () => ({ collection, id })),
      message: {
        'zh-Hans': `${label(collection)[0]}编号 ${quote(id)} 出现了 ${n} 次`,
        en: `${label(collection)[1]}: id ${quote(id)} occurs ${n} times`,
      },
    }));
}

function unknownReferences(
  dataset: Dataset,
  ids: ReadonlyMap<DatasetCollection, ReadonlySet<string>>,
): DatasetFinding[] {
  const out: DatasetFinding[] = [];
  for (const collection of Object.keys(REFERENCES) as DatasetCollection[]) {
    const refs = REFERENCES[collection] as Refs<unknown>;
    for (const record of (dataset[collection] ?? []) as readonly { id: string }[]) {
      for (const ref of refs(record)) {
        const known = ids.get(ref.target);
        if (known === undefined || known.has(ref.id)) continue;
        out.push({
          code: 'UNKNOWN_REFERENCE',
          records: [{ collection, id: record.id, path: ref.path }],
          message: {
            'zh-Hans': `${label(collection)[0]} ${quote(record.id)} 的 ${ref.path.join('.')} 指向 ${quote(ref.id)}，但${label(ref.target)[0]}中没有该编号`,
            en: `${label(collection)[1]} ${quote(record.id)}: ${ref.path.join('.')} names ${quote(ref.id)}, which is not among the ${label(ref.target)[1]}`,
          },
        });
      }
    }
  }
  return out;
}

interface Link {
  readonly deputyId: string;
  readonly from: string;
  readonly to?: string | undefined;
}

const LINKS: readonly {
  readonly collection: DatasetCollection;
  readonly field: string;
  readonly what: readonly [zh: string, en: string];
  readonly links: (record: never) => readonly Link[] | undefined;
}[] = [
  {
    collection: 'stations',
    field: 'enrolments',
    what: ['进站', 'enrolment'],
    links: (s: LiaisonStation) => s.enrolments,
  },
  {
    collection: 'groups',
    field: 'members',
    what: ['小组成员', 'group membership'],
    links: (g: DeputyGroup) => g.members,
  },
  {
    collection: 'members',
    field: 'contactAssignments',
    what: ['联系代表', 'contact assignment'],
    links: (m: StandingCommitteeMember) => m.contactAssignments,
  },
];

function linksToInactive(
  dataset: Dataset,
  deputies: ReadonlyMap<string, Deputy>,
): DatasetFinding[] {
  const out: DatasetFinding[] = [];
  for (const { collection, field, what, links } of LINKS) {
    for (const record of (dataset[collection] ?? []) as readonly { id: string }[]) {
      (links as (r: unknown) => readonly Link[] | undefined)(record)?.forEach((link, i) => {
        const deputy = deputies.get(link.deputyId);
        const status = deputy?.status;
        const ref = { collection, id: record.id, path: [field, i] };
        const who = { collection: 'deputies' as const, id: link.deputyId };
        if (status?.status === 'ended' && (link.to === undefined || link.to > status.on)) {
          out.push({
            code: 'LINK_TO_ENDED_DEPUTY',
            records: [ref, who],
            message: {
              'zh-Hans': `${label(collection)[0]} ${quote(record.id)} 的${what[0]}记录指向代表 ${quote(link.deputyId)}，其代表资格已于 ${status.on} 终止`,
              en: `${label(collection)[1]} ${quote(record.id)}: the ${what[1]} of deputy ${quote(link.deputyId)} runs past ${status.on}, when their qualification ended`,
            },
          });
        }
        if (
          status?.status === 'suspended' &&
          (link.to === undefined || link.to >= status.since) &&
          (status.until === undefined || link.from <= status.until)
        ) {
          out.push({
            code: 'LINK_TO_SUSPENDED_DEPUTY',
            records: [ref, who],
            message: {
              'zh-Hans': `${label(collection)[0]} ${quote(record.id)} 的${what[0]}记录指向代表 ${quote(link.deputyId)}，其自 ${status.since} 起暂停执行代表职务`,
              en: `${label(collection)[1]} ${quote(record.id)}: the ${what[1]} of deputy ${quote(link.deputyId)} is open while their duties are suspended (since ${status.since})`,
            },
          });
        }
      });
    }
  }
  return out;
}

function unreciprocated(dataset: Dataset): DatasetFinding[] {
  const rosters = new Map<string, Set<string>>();
  for (const s of dataset.stations ?? [])
    rosters.set(`station|${s.id}`, new Set(s.enrolments.map((e) => e.deputyId)));
  for (const g of dataset.groups ?? [])
    rosters.set(`group|${g.id}`, new Set(g.members.map((m) => m.deputyId)));
  const out: DatasetFinding[] = [];
  for (const d of dataset.deputies ?? []) {
    d.memberships.forEach((m, i) => {
      const roster = rosters.get(`${m.kind}|${m.orgId}`);
      if (roster === undefined || roster.has(d.id)) return;
      const target = m.kind === 'station' ? 'stations' : 'groups';
      out.push({
        code: 'MEMBERSHIP_NOT_RECIPROCATED',
        records: [
          { collection: 'deputies', id: d.id, path: ['memberships', i] },
          { collection: target, id: m.orgId },
        ],
        message: {
          'zh-Hans': `代表 ${quote(d.id)} 登记属于${label(target)[0]} ${quote(m.orgId)}，但该${label(target)[0]}的名单中没有此代表`,
          en: `deputy ${quote(d.id)} lists ${m.kind} ${quote(m.orgId)}, whose roster does not list the deputy`,
        },
      });
    });
  }
  return out;
}

function lint(dataset: Dataset): readonly DatasetFinding[] {
  const checks = new ArgumentChecks('lintDataset');
  if (dataset === null || typeof dataset !== 'object') {
    checks.add('INVALID_TYPE', [], {
      field: fieldName('数据集', 'dataset'),
      expected: fieldName('对象', 'an object'),
      got: dataset,
    });
    checks.done();
  }
  for (const collection of Object.keys(COLLECTIONS) as DatasetCollection[]) {
    const records = dataset[collection];
    if (records !== undefined && (!isIterable(records) || typeof records === 'string'))
      checks.add('NOT_ITERABLE', [collection], {
        field: fieldName(label(collection)[0], collection),
        got: records,
      });
  }
  checks.done();
  const given = Object.fromEntries(
    (Object.keys(COLLECTIONS) as DatasetCollection[]).flatMap((c) =>
      dataset[c] === undefined ? [] : [[c, [...(dataset[c] as Iterable<unknown>)]]],
    ),
  ) as Dataset;
  const ids = new Map<DatasetCollection, ReadonlySet<string>>();
  const findings: DatasetFinding[] = [];
  for (const collection of Object.keys(COLLECTIONS) as DatasetCollection[]) {
    const records = given[collection] as readonly { id: string }[] | undefined;
    if (records === undefined) continue;
    ids.set(collection, new Set(records.map((r) => r.id)));
    findings.push(...duplicateIds(collection, records));
  }
  findings.push(...unknownReferences(given, ids));
  findings.push(...linksToInactive(given, new Map((given.deputies ?? []).map((d) => [d.id, d]))));
  findings.push(...unreciprocated(given));
  if (given.stations !== undefined) {
    const parent = safeStationParent(given.stations);
    if (!parent.ok && parent.error.issues[0]?.code === 'PARENT_CYCLE') {
      for (const cycle of stationCycles(given.stations)) {
        findings.push({
          code: 'STATION_PARENT_CYCLE',
          records: cycle.map((id) => ({ collection: 'stations', id, path: ['parentId'] })),
          message: {
            'zh-Hans': `站点的上级关系形成了环：${cycle.map(quote).join(' → ')} → ${quote(cycle[0])}`,
            en: `station parents lead in a cycle: ${cycle.map(quote).join(' → ')} → ${quote(cycle[0])}`,
          },
        });
      }
    }
  }
  for (const person of likelyDuplicatePeople(given.deputies ?? [])) {
    findings.push({
      code: 'LIKELY_DUPLICATE_PERSON',
      records: person.seatIds.map((id): RecordRef => ({ collection: 'deputies', id })),
      message: {
        'zh-Hans': `代表 ${person.seatIds.map(quote).join('、')}（${person.name}）可能是同一人被重复登记（${person.reason}）`,
        en: `deputies ${person.seatIds.map(quote).join(', ')} (${person.name}) may be one person entered twice (${person.reason})`,
      },
    });
  }
  return findings;
}

/**
 * Checks a whole dataset across records (数据集检查): each record may be valid while the set is
 * not. Each finding has a code, the records involved and a message in Chinese and English.
 *
 * @remarks
 * The checks, by code (see {@link DATASET_FINDING_CODES}): ids used twice in one collection;
 * references to ids the pointed-to collection does not hold (enrolments, group members, contact
 * assignments, activity participants and collected opinions, opinions' deputies, stations and
 * units, suggestions' proposers and units, station, unit and committee parents, deputies'
 * memberships and by-election predecessors); enrolments, group memberships and contact
 * assignments that run past a deputy's end or are open during a suspension; memberships a
 * station's or group's roster does not mirror; station parents in a cycle (the rule of
 * `stationParent`); one person entered twice (`likelyDuplicatePeople`). A reference is checked
 * only when its target collection is given, so a partial dataset gives no false alarms.
 *
 * @param dataset - The collections, as parsed records.
 * @returns The findings, grouped by check in the order above.
 * @throws {@link RendaError} with code `INVALID_INPUT` when the dataset or a collection is not a
 * list.
 * @example
 * ```ts
 * import { lintDataset } from 'renda/import';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, stations } = generateSample({ seed: 1, size: 'town' });
 * const findings = lintDataset({ deputies, stations: [...stations, { ...stations[1]!, parentId: 'ST-404' }] });
 * console.log(findings.some((f) => f.code === 'DUPLICATE_ID')); // true
 * ```
 * @category Import
 */
export function lintDataset(dataset: Dataset): readonly DatasetFinding[] {
  return guard('lintDataset', () => lint(dataset));
}

/**
 * {@link lintDataset} without throwing: `{ ok: true, value }` with the findings, or
 * `{ ok: false, error }` when the dataset is not readable.
 *
 * @param dataset - The collections.
 * @example
 * ```ts
 * import { safeLintDataset } from 'renda/import';
 *
 * const result = safeLintDataset({ deputies: [] });
 * if (result.ok) console.log(result.value.length); // 0
 * ```
 * @category Import
 */
export function safeLintDataset(
  dataset: Dataset,
): Result<readonly DatasetFinding[], ValidationError> {
  // Through the throwing twin, so the value is frozen and checked for JSON the same way.
  return safely('lintDataset', () => lintDataset(dataset));
}
