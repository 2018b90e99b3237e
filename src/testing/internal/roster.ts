import type { Committee } from '../../model/committee.js';
import type { Deputy, DeputyMembership } from '../../model/deputy.js';
import type { DeputyGroup } from '../../model/deputyGroup.js';
import type { HandlingUnit } from '../../model/handlingUnit.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import type { CongressLevel } from '../../model/shared/congress.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import type { SampleContext } from './context.js';
import { levelShares } from './profile.js';
import { createRandom, type Random } from './random.js';
import { dayString } from './time.js';
import {
  COMMITTEE_NAMES,
  ETHNICITIES,
  PLACE_NAMES,
  PROFESSIONAL_FIELDS,
  personName,
  UNIT_NAMES,
} from './vocabulary.js';

// The roster of a jurisdiction: deputies, standing committee members, committees, handling
// units, liaison stations and deputy groups. It is small enough to keep in memory at every size
// (about 100,000 deputies for a province) and everything else refers to it.

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** The roster, with the indexes the other builders draw from. */
export interface Roster {
  readonly deputies: Deputy[];
  readonly members: StandingCommitteeMember[];
  readonly committees: Committee[];
  readonly units: HandlingUnit[];
  readonly stations: LiaisonStation[];
  readonly groups: DeputyGroup[];
  /** Deputies in office the whole year: the usual proposers and participants. */
  readonly steady: readonly Deputy[];
  /** Grassroots deputies in office the whole year (列席 invitations go to them). */
  readonly grassroots: readonly Deputy[];
  /** Steady deputies of the jurisdiction's own level: the proposers of its suggestions. */
  readonly ownSteady: readonly Deputy[];
  /** Deputies elected in a by-election (补选) during the year. */
  readonly newcomers: readonly Deputy[];
  /** The area (township or street) each deputy lives in, by deputy index. */
  readonly areaOf: readonly number[];
  /** Steady deputies by area. */
  readonly steadyByArea: readonly (readonly Deputy[])[];
  /** Stations that hold reception days (all but online ones), and their area. */
  readonly receptionStations: readonly {
    readonly station: LiaisonStation;
    readonly area: number;
  }[];
  readonly onlineStationId: string;
  readonly areaCount: number;
  /** Units that handle suggestions, and the unit for each topic's usual department. */
  readonly handlingUnitIds: readonly string[];
  readonly unitByName: ReadonlyMap<string, string>;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const deputyId = (i: number): string => `D-${pad(i + 1, 6)}`;

const OCCUPATION_WEIGHTS = {
  worker: 12,
  farmer: 20,
  migrantWorker: 4,
  professional: 22,
  official: 25,
  military: 2,
  enterpriseManager: 12,
  other: 3,
} as const;

const TERMINATION_WEIGHTS = {
  movedOut: 5,
  resigned: 4,
  orderedToResign: 1,
  absentTwice: 1,
  recalled: 1,
  died: 2,
} as const;

function levelCounts(ctx: SampleContext): CongressLevel[] {
  const shares = levelShares(ctx.profile.level);
  const n = ctx.profile.deputies;
  const levels: CongressLevel[] = [];
  const entries = Object.entries(shares) as [CongressLevel, number][];
  let assigned = 0;
  entries.forEach(([level, share], k) => {
    const count =
      k === entries.length - 1 ? n - assigned : Math.max(1, Math.round((n * share) / 100));
    for (let i = 0; i < count && assigned < n; i++, assigned++) levels.push(level);
  });
  while (levels.length < n) levels.push(ctx.profile.level);
  return levels;
}

/** Builds the roster for a context. */
export function buildRoster(ctx: SampleContext): Roster {
  const random = createRandom(ctx.seed, 'roster');
  const n = ctx.profile.deputies;
  const areaCount = Math.max(4, Math.ceil(n / 40));
  const areaName = (a: number): string =>
    `${PLACE_NAMES[a % PLACE_NAMES.length]}${a >= PLACE_NAMES.length ? Math.floor(a / PLACE_NAMES.length) + 1 : ''}${ctx.profile.level === 'township' ? '村' : '镇'}`;
  const areaCode = (a: number): string => `${ctx.profile.jurisdiction}${pad(a + 1, 4)}`;
  const termFrom = dayString(ctx.termStart);
  const termTo = dayString(ctx.termEnd);

  // Stations: a main station, a central station per area with a 代表之家, a 联络点 and
  // (in every other area) a 小组活动室 under it, and one online station.
  const stations: Mutable<LiaisonStation>[] = [];
  const mainId = 'ST-0000';
  const onlineStationId = 'ST-ONLINE';
  const station = (
    id: string,
    name: string,
    kind: LiaisonStation['kind'],
    tier: LiaisonStation['tier'],
    area: number | undefined,
    parentId: string | undefined,
    schedule: LiaisonStation['receptionSchedule'],
  ): Mutable<LiaisonStation> => {
    const record = {
      id,
      name,
      kind,
      enrolments: [],
      active: { from: '2018-06-01' },
    } as Mutable<LiaisonStation>;
    if (tier !== undefined) record.tier = tier;
    if (parentId !== undefined) record.parentId = parentId;
    if (area !== undefined) {
      record.area = { code: areaCode(area), name: areaName(area) };
      record.address = `${areaName(area)}${kind === 'home' ? '党群服务中心二楼' : '便民服务中心'}`;
    }
    if (schedule !== undefined) record.receptionSchedule = schedule as never;
    if (kind !== 'online') {
      record.floorArea = random.int(40, 300);
      record.stars = random.int(2, 5);
    }
    stations.push(record);
    return record;
  };
  station(mainId, '人大代表联络总站', 'station', 'main', 0, undefined, {
    kind: 'monthlyDays',
    days: [15],
    noticeDays: 3,
  });
  const byArea: { central: Mutable<LiaisonStation>; local: Mutable<LiaisonStation>[] }[] = [];
  for (let a = 0; a < areaCount; a++) {
    const name = areaName(a);
    const central = station(
      `ST-${pad(a + 1, 4)}`,
      `${name}人大代表联络站`,
      'station',
      'central',
      a,
      mainId,
      {
        kind: 'monthlyDays',
        days: [10],
        noticeDays: 3,
      },
    );
    const local = [
      station(`ST-${pad(a + 1, 4)}-H`, `${name}人大代表之家`, 'home', 'basic', a, central.id, {
        kind: 'weekly',
        weekday: 1 + (a % 5),
        noticeDays: 2,
      }),
      station(`ST-${pad(a + 1, 4)}-P`, `${name}人大代表联络点`, 'point', 'basic', a, central.id, {
        kind: 'oddMonths',
        day: 20,
        noticeDays: 2,
      }),
    ];
    if (a % 2 === 0) {
      local.push(
        station(
          `ST-${pad(a + 1, 4)}-G`,
          `${name}代表小组活动室`,
          'groupRoom',
          'basic',
          a,
          central.id,
          {
            kind: 'monthlyDays',
            days: [5, 25],
          },
        ),
      );
    }
    byArea.push({ central, local });
  }
  station(onlineStationId, '网上人大代表联络站', 'online', undefined, undefined, mainId, undefined);

  // Deputies.
  const levels = levelCounts(ctx);
  const deputies: Mutable<Deputy>[] = [];
  const areaOf: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = createRandom(ctx.seed, `deputy/${i}`);
    const level = levels[i] as CongressLevel;
    const area = r.int(0, areaCount - 1);
    areaOf.push(area);
    const congress = ctx.congressAt(level, area);
    const indirect = level === 'national' || level === 'provincial' || level === 'city';
    const occupations = [r.weighted(OCCUPATION_WEIGHTS)];
    if (r.chance(0.08)) {
      const second = r.weighted(OCCUPATION_WEIGHTS);
      if (second !== occupations[0]) occupations.push(second);
    }
    const grassroots =
      occupations.includes('worker') ||
      occupations.includes('farmer') ||
      occupations.includes('migrantWorker') ||
      (occupations[0] === 'professional' && r.chance(0.5));
    const deputy: Mutable<Deputy> = {
      id: deputyId(i),
      name: personName(r),
      gender: r.chance(0.32) ? 'female' : 'male',
      ethnicity: r.pick(ETHNICITIES),
      birthYear: r.int(ctx.year - 70, ctx.year - 26),
      congress,
      constituency: indirect
        ? {
            kind: 'electoralUnit',
            id: `EU-${congress.jurisdiction}-${area % 12}`,
            name: `${areaName(area % 12)}代表团`,
          }
        : {
            kind: 'constituency',
            id: `EC-${congress.jurisdiction}-${pad(area, 4)}-${r.int(1, 3)}`,
            name: `第${area + 1}选区`,
          },
      occupations: occupations as Deputy['occupations'] as never,
      grassroots,
      status: { status: 'inOffice' },
      term: { from: termFrom, to: termTo },
      memberships: [],
    };
    if (r.chance(0.9))
      deputy.contact = { phone: `13${r.int(0, 9)}${pad(r.int(0, 99_999_999), 8)}` };
    deputies.push(deputy);
  }

  // Who leaves, who joins by by-election, who is suspended: a few of the jurisdiction's own
  // level, at least two of each kind even in a town.
  const own = deputies
    .map((_, i) => i)
    .filter((i) => deputies[i]?.congress.level === ctx.profile.level);
  // Scaled by the whole roster but capped by the own level's size: a province's own deputies are
  // 1% of those on its platform, and 1.5% of the platform would otherwise end every one of them.
  const leavingCount = Math.min(
    Math.max(2, Math.round(n * 0.015)),
    Math.max(2, Math.floor(own.length * 0.25)),
  );
  const suspendedCount = Math.min(
    Math.max(1, Math.round(n * 0.005)),
    Math.max(1, Math.floor(own.length * 0.1)),
  );
  const changes = random.sample(own, leavingCount * 2 + suspendedCount);
  const leaving = changes.slice(0, leavingCount);
  const joining = changes.slice(leaving.length, leaving.length * 2);
  const suspended = changes.slice(leaving.length * 2);
  const endedOn = new Map<number, number>();
  leaving.forEach((i, k) => {
    const d = deputies[i] as Mutable<Deputy>;
    const on = ctx.firstDay + random.int(40, 240);
    endedOn.set(i, on);
    d.status = {
      status: 'ended',
      on: dayString(on),
      reason: k === 0 ? 'movedOut' : random.weighted(TERMINATION_WEIGHTS),
    };
    const joiner = joining[k];
    if (joiner !== undefined) {
      const j = deputies[joiner] as Mutable<Deputy>;
      const from = on + random.int(35, 80);
      j.byElected = { on: dayString(from), replacesDeputyId: d.id };
      j.term = { from: dayString(from), to: termTo };
      j.congress = d.congress;
      j.constituency = d.constituency;
      areaOf[joiner] = areaOf[i] as number;
    }
  });
  suspended.forEach((i, k) => {
    const d = deputies[i] as Mutable<Deputy>;
    const since = ctx.firstDay + random.int(60, 300);
    d.status =
      k % 2 === 1
        ? {
            status: 'suspended',
            since: dayString(since),
            reason: 'servingSentence',
            until: dayString(since + 30),
          }
        : { status: 'suspended', since: dayString(since), reason: 'detainedInCriminalCase' };
  });
  const joiningSet = new Set(joining);
  markPeople(ctx, deputies, joiningSet);
  const changed = new Set(changes);

  // Memberships: stations (about 93% enrolled, a third also online), groups.
  const membership = (
    i: number,
    kind: DeputyMembership['kind'],
    orgId: string,
    role?: DeputyMembership['role'],
  ) => {
    const d = deputies[i] as Mutable<Deputy>;
    const m: Mutable<DeputyMembership> = { from: d.term.from, kind, orgId };
    const end = endedOn.get(i);
    if (end !== undefined) m.to = dayString(end);
    if (role !== undefined) m.role = role;
    d.memberships.push(m);
    return m;
  };
  for (let i = 0; i < n; i++) {
    const r = createRandom(ctx.seed, `enrol/${i}`);
    const area = areaOf[i] as number;
    if (!changed.has(i) && r.chance(0.07)) continue; // not enrolled anywhere
    const home = byArea[area] as (typeof byArea)[number];
    const target = r.chance(0.25) ? home.central : r.pick(home.local);
    const m = membership(i, 'station', target.id);
    target.enrolments.push({ from: m.from, ...(m.to ? { to: m.to } : {}), deputyId: deputyId(i) });
    if (r.chance(0.3)) {
      const online = stations[stations.length - 1] as Mutable<LiaisonStation>;
      const o = membership(i, 'station', online.id);
      online.enrolments.push({
        from: o.from,
        ...(o.to ? { to: o.to } : {}),
        deputyId: deputyId(i),
      });
    }
  }

  const groups: Mutable<DeputyGroup>[] = [];
  const membersByArea: number[][] = Array.from({ length: areaCount }, () => []);
  for (let i = 0; i < n; i++) membersByArea[areaOf[i] as number]?.push(i);
  const addMember = (
    group: Mutable<DeputyGroup>,
    i: number,
    role: DeputyMembership['role'] & string,
  ) => {
    const m = membership(i, 'group', group.id, role);
    group.members.push({
      from: m.from,
      ...(m.to ? { to: m.to } : {}),
      deputyId: deputyId(i),
      role,
    });
  };
  for (let a = 0; a < areaCount; a++) {
    const group: Mutable<DeputyGroup> = {
      id: `G-${pad(a + 1, 4)}`,
      name: `${areaName(a)}人大代表小组`,
      kind: 'regional',
      area: { code: areaCode(a), name: areaName(a) },
      stationId: (byArea[a] as (typeof byArea)[number]).central.id,
      members: [],
    };
    const list = membersByArea[a] as number[];
    const leaders = list.filter((i) => !changed.has(i));
    list.forEach((i) => {
      const role = i === leaders[0] ? 'leader' : i === leaders[1] ? 'deputyLeader' : 'member';
      addMember(group, i, role);
    });
    groups.push(group);
  }
  const professionalCount = Math.max(1, Math.ceil(n / 150));
  for (let g = 0; g < professionalCount; g++) {
    const field = PROFESSIONAL_FIELDS[g % PROFESSIONAL_FIELDS.length] as string;
    const group: Mutable<DeputyGroup> = {
      id: `G-P${pad(g + 1, 3)}`,
      name: `${field}专业代表小组${g >= PROFESSIONAL_FIELDS.length ? Math.floor(g / PROFESSIONAL_FIELDS.length) + 1 : ''}`,
      kind: 'professional',
      field,
      members: [],
    };
    const chosen = random
      .sample(
        own.filter((i) => !changed.has(i)),
        12,
      )
      .sort((x, y) => x - y);
    chosen.forEach((i, k) => {
      if (deputies[i]?.memberships.some((m) => m.kind === 'group' && m.orgId.startsWith('G-P')))
        return;
      addMember(group, i, k === 0 ? 'leader' : 'member');
    });
    groups.push(group);
  }

  // Committees, members and their contact assignments (联系代表).
  const committees: Committee[] = COMMITTEE_NAMES.map(([kind, name], k) => ({
    id: `C-${pad(k + 1, 2)}`,
    name: `${ctx.scCongress.level === 'county' ? '县' : ctx.scCongress.level === 'city' ? '市' : '省'}人大${kind === 'special' ? '' : '常委会'}${name}`,
    kind,
    congress: ctx.scCongress,
    active: { from: termFrom },
  }));
  const memberCount = Math.max(12, Math.ceil(n / 25));
  const viceChairs = Math.max(3, Math.round(memberCount * 0.12));
  const pool = random.sample(
    deputies.map((_, i) => i).filter((i) => !joiningSet.has(i)),
    n,
  );
  let cursor = 0;
  const members: StandingCommitteeMember[] = [];
  for (let k = 0; k < memberCount; k++) {
    const position: StandingCommitteeMember['position'] =
      k === 0
        ? 'chair'
        : k <= viceChairs
          ? 'viceChair'
          : k === viceChairs + 1
            ? 'secretaryGeneral'
            : 'member';
    const councilMember = position !== 'member';
    // One member contacts too few deputies (a single one): a gap for coverage checks.
    const quota = k === memberCount - 1 ? 1 : councilMember ? 5 : 3;
    const contactAssignments: Mutable<StandingCommitteeMember['contactAssignments'][number]>[] = [];
    for (let q = 0; q < quota; q++) {
      const i = pool[cursor % pool.length] as number;
      cursor++;
      const d = deputies[i] as Deputy;
      const end = endedOn.get(i);
      contactAssignments.push({
        from: d.term.from,
        ...(end !== undefined ? { to: dayString(end) } : {}),
        deputyId: d.id,
      });
    }
    const r = createRandom(ctx.seed, `member/${k}`);
    members.push({
      id: `M-${pad(k + 1, 4)}`,
      name: personName(r),
      congress: ctx.scCongress,
      position,
      councilMember,
      term: { from: termFrom, to: termTo },
      contactAssignments,
    } as StandingCommitteeMember);
  }

  // Handling units at the level of the standing committee, plus the township government.
  const unitLevel = ctx.scCongress.level;
  const units: HandlingUnit[] = UNIT_NAMES.map(([kind, name], k) => ({
    id: `U-${pad(k + 1, 3)}`,
    name:
      kind === 'government'
        ? `${unitLevel === 'county' ? '县' : unitLevel === 'city' ? '市' : '省'}${name}`
        : name,
    kind,
    level: unitLevel,
    active: { from: '2019-03-01' },
  }));
  units.push({
    id: 'U-GOV',
    name: '人民政府办公室',
    kind: 'government',
    level: ctx.profile.level,
    active: { from: '2019-03-01' },
  });
  const unitByName = new Map<string, string>();
  for (const [k, [, name]] of UNIT_NAMES.entries()) unitByName.set(name, `U-${pad(k + 1, 3)}`);

  const inYearChange = (i: number) => changed.has(i);
  const steady = deputies.filter((_, i) => !inYearChange(i));
  const steadyByArea: Deputy[][] = Array.from({ length: areaCount }, () => []);
  deputies.forEach((d, i) => {
    if (!inYearChange(i)) steadyByArea[areaOf[i] as number]?.push(d);
  });
  const receptionStations = stations
    .filter((s) => s.kind !== 'online')
    .map((s) => ({
      station: s as LiaisonStation,
      area: s.id === mainId ? 0 : Number(s.id.slice(3, 7)) - 1,
    }));
  return {
    deputies: deputies as Deputy[],
    members,
    committees,
    units,
    stations: stations as LiaisonStation[],
    groups: groups as DeputyGroup[],
    steady,
    grassroots: steady.filter((d) => d.grassroots),
    ownSteady: steady.filter((d) => d.congress.level === ctx.profile.level),
    newcomers: joining.map((i) => deputies[i] as Deputy),
    areaOf,
    steadyByArea,
    receptionStations,
    onlineStationId,
    areaCount,
    handlingUnitIds: units.map((u) => u.id),
    unitByName,
  };
}

export type { Random };

/**
 * Who is who across the roster: about 45% of the deputies were re-elected (连任, never a
 * by-elected joiner), every deputy is a person (`personId`), and about 3% of each pair of levels
 * are the same person holding seats at both (五级代表 count 人 once and 人次 twice). Drawn from
 * streams of their own, so the rest of the sample is unchanged.
 */
function markPeople(
  ctx: SampleContext,
  deputies: Mutable<Deputy>[],
  joining: ReadonlySet<number>,
): void {
  const reElection = createRandom(ctx.seed, 'reElected');
  deputies.forEach((d, i) => {
    d.personId = `P-${d.id}`;
    if (!joining.has(i) && reElection.chance(0.45)) d.reElected = true;
  });
  const people = createRandom(ctx.seed, 'persons');
  const byLevel = new Map<string, number[]>();
  deputies.forEach((d, i) => {
    if (joining.has(i) || d.status.status !== 'inOffice') return;
    const list = byLevel.get(d.congress.level) ?? [];
    list.push(i);
    byLevel.set(d.congress.level, list);
  });
  const levels = [...byLevel.keys()].sort();
  const taken = new Set<number>();
  for (let a = 0; a < levels.length; a++) {
    for (let b = a + 1; b < levels.length; b++) {
      const upper = byLevel.get(levels[a] as string) as number[];
      const lower = byLevel.get(levels[b] as string) as number[];
      const pairs = Math.max(1, Math.round(Math.min(upper.length, lower.length) * 0.03));
      const free = (list: number[]) => list.filter((x) => !taken.has(x));
      const byGender = new Map<string, number[]>();
      for (const j of people.sample(free(lower), free(lower).length)) {
        const gender = deputies[j]?.gender as string;
        const list = byGender.get(gender);
        if (list === undefined) byGender.set(gender, [j]);
        else list.push(j);
      }
      for (const i of people.sample(free(upper), pairs)) {
        const first = deputies[i] as Mutable<Deputy>;
        const j = byGender.get(first.gender)?.pop();
        if (j === undefined) continue;
        const second = deputies[j] as Mutable<Deputy>;
        taken.add(i).add(j);
        second.personId = first.personId;
        second.name = first.name;
        if (first.birthYear === undefined) delete second.birthYear;
        else second.birthYear = first.birthYear;
      }
    }
  }
}
