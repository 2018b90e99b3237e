import type { Activity } from '../../model/activity.js';
import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { Deputy } from '../../model/deputy.js';
import type { SampleContext } from './context.js';
import { buildOpinion, type SuggestionLinks } from './opinions.js';
import { createRandom, type Random } from './random.js';
import type { Roster } from './roster.js';
import { DAY, dayNumberOf, dayString, HOUR, isoOf, momentOf } from './time.js';

// Activities (履职活动) of every kind across the year, with the opinions they collected:
// members' contacts with their deputies, 列席 of standing committee sessions, committee
// meetings, reception days at stations, group activities, then inspections, research, hearings
// and the rest until the size's count is reached. Coverage is imperfect on purpose: some
// assignments see no contact, the last member contacts hardly anyone, and the first 联络点
// holds a single reception day.

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** An activity and the opinions it collected. */
export interface ActivityWithOpinions {
  readonly activity: Activity;
  readonly opinions: readonly ConstituentOpinion[];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const FILLER_KINDS = {
  inspection: 14,
  research: 14,
  lawEnforcementInspection: 6,
  specialInquiry: 2,
  symposium: 14,
  hearing: 2,
  tvQa: 2,
  voterContact: 30,
  legislationConsultation: 6,
  other: 10,
} as const;

const TITLES: Readonly<Record<Activity['kind'], string>> = {
  memberContact: '常委会组成人员联系代表走访',
  scSessionAttendance: '列席常委会会议',
  committeeAttendance: '列席专门委员会会议',
  inspection: '代表集中视察',
  research: '专题调研',
  lawEnforcementInspection: '执法检查',
  specialInquiry: '专题询问',
  symposium: '代表座谈会',
  receptionDay: '代表接待选民日',
  groupActivity: '代表小组活动',
  hearing: '立法听证会',
  tvQa: '电视问政',
  voterContact: '联系走访选民',
  legislationConsultation: '基层立法联系点征求意见',
  other: '其他履职活动',
};

/** The active days of a deputy in the year: from joining (or 1 Jan) to leaving or suspension. */
export function activeDays(ctx: SampleContext, deputy: Deputy): readonly [number, number] {
  const from = Math.max(ctx.firstDay, dayNumberOf(deputy.term.from));
  const { status } = deputy;
  const to =
    status.status === 'ended'
      ? dayNumberOf(status.on) - 1
      : status.status === 'suspended'
        ? dayNumberOf(status.since) - 1
        : ctx.lastDay;
  return [from, to];
}

/** The activities of a sample, with their opinions, one at a time. */
export function* activityRecords(
  ctx: SampleContext,
  roster: Roster,
  links?: SuggestionLinks,
): Generator<ActivityWithOpinions> {
  let count = 0;
  const target = ctx.profile.activities;
  const byId = new Map<string, Deputy>();
  for (const d of roster.deputies) byId.set(d.id, d);
  const wd = ctx.workingDays;

  function make(
    r: Random,
    kind: Activity['kind'],
    day: number,
    deputyIds: readonly string[],
    extra: Partial<Mutable<Activity>> & { opinions?: number; stationId?: string },
  ): ActivityWithOpinions {
    count += 1;
    const id = `A-${ctx.year}-${pad(count, 7)}`;
    const at = momentOf(day, r.int(8 * 60 + 30, 16 * 60));
    const { opinions: opinionCount = 0, ...fields } = extra;
    const activity: Mutable<Activity> = {
      id,
      kind,
      at: isoOf(at),
      day: dayString(day),
      title: TITLES[kind],
      participants: { memberIds: [], deputyIds: [...deputyIds] },
      recordedAt: isoOf(Math.min(ctx.asOf, at + r.int(1, 72) * HOUR)),
      rulesVersion: ctx.rulesVersion,
      ...(fields as object),
    } as Mutable<Activity>;
    if (activity.recordedAt < activity.at) activity.recordedAt = activity.at;
    const opinions: ConstituentOpinion[] = [];
    const opinionIds: string[] = [];
    for (let k = 0; k < opinionCount; k++) {
      const opinionId = `O-${id.slice(2)}-${k + 1}`;
      opinionIds.push(opinionId);
      // Each opinion draws from its own stream, so the activities are the same whether or not
      // their opinions are built (sampleActivities does not build them).
      if (links === undefined) continue;
      opinions.push(
        buildOpinion(
          ctx,
          roster,
          createRandom(ctx.seed, `opinion/${opinionId}`),
          {
            id: opinionId,
            ...(k > 0 ? { duplicateOf: `O-${id.slice(2)}-${k}` } : {}),
            channel: kind === 'receptionDay' ? 'receptionDay' : 'visit',
            receivedAt: at + (k + 1) * 10 * 60_000,
            deputyIds: deputyIds.slice(0, 1),
            ...(activity.stationId !== undefined ? { stationId: activity.stationId } : {}),
          },
          links,
        ),
      );
    }
    if (opinionCount > 0 || kind === 'receptionDay') {
      activity.collected = { opinions: opinionCount, opinionIds };
    }
    return { activity: activity as Activity, opinions };
  }

  // 常委会组成人员联系代表: about two contacts a year per assigned deputy, with gaps.
  for (const [k, member] of roster.members.entries()) {
    const r = createRandom(ctx.seed, `contacts/${member.id}`);
    const last = k === roster.members.length - 1;
    for (const assignment of member.contactAssignments) {
      const deputy = byId.get(assignment.deputyId);
      if (deputy === undefined) continue;
      const [from, to] = activeDays(ctx, deputy);
      if (to < from) continue;
      const contacts = last ? 0 : r.weighted({ 0: 12, 1: 25, 2: 38, 3: 17, 4: 8 });
      for (let c = 0; c < Number(contacts); c++) {
        const day = Math.min(to, wd.onOrAfter(r.int(from, to)));
        yield make(r, 'memberContact', day, [deputy.id], {
          congress: ctx.scCongress,
          organiserId: member.id,
          participants: { memberIds: [member.id], deputyIds: [deputy.id] },
          opinions: r.int(0, 2),
        });
      }
    }
  }

  // 列席常委会会议: a session every two months, 2–4 grassroots deputies invited to each.
  const sessionsR = createRandom(ctx.seed, 'scSessions');
  for (let s = 0; s < 6; s++) {
    const day = wd.onOrAfter(ctx.firstDay + 24 + s * 61);
    const invited = sessionsR.sample(
      roster.grassroots.length > 0 ? roster.grassroots : roster.steady,
      sessionsR.int(2, 4),
    );
    yield make(
      sessionsR,
      'scSessionAttendance',
      day,
      invited.map((d) => d.id),
      {
        congress: ctx.scCongress,
        endDay: dayString(day + 1),
        title: `列席常委会第${s + 1 + (ctx.sessionNumber - 1) * 6}次会议`,
        participants: {
          memberIds: roster.members.filter(() => sessionsR.chance(0.9)).map((m) => m.id),
          deputyIds: invited.map((d) => d.id),
        },
      },
    );
  }
  // 列席专门委员会会议.
  for (const committee of roster.committees.filter((c) => c.kind === 'special')) {
    const r = createRandom(ctx.seed, `committee/${committee.id}`);
    for (let q = 0; q < 4; q++) {
      const day = wd.onOrAfter(ctx.firstDay + 40 + q * 90 + r.int(0, 20));
      const invited = r.sample(roster.steady, r.int(1, 2));
      yield make(
        r,
        'committeeAttendance',
        day,
        invited.map((d) => d.id),
        {
          congress: ctx.scCongress,
          organiserId: committee.id,
          title: `列席${committee.name}会议`,
        },
      );
    }
  }

  // 代表接待选民日 by each station's schedule; one 联络点 falls short.
  for (const { station, area } of roster.receptionStations) {
    const schedule = station.receptionSchedule;
    if (schedule === undefined) continue;
    const r = createRandom(ctx.seed, `reception/${station.id}`);
    const days: number[] = [];
    for (let d = ctx.firstDay; d <= ctx.lastDay; d++) {
      const date = new Date(d * DAY);
      const month = date.getUTCMonth() + 1;
      const dom = date.getUTCDate();
      const weekday = ((date.getUTCDay() + 6) % 7) + 1;
      const due =
        schedule.kind === 'weekly'
          ? weekday === schedule.weekday
          : schedule.kind === 'monthlyDays'
            ? schedule.days.includes(dom)
            : month % 2 === 1 && dom === schedule.day;
      if (due) days.push(d);
    }
    const short = station.id === 'ST-0001-P';
    const held = short ? days.slice(0, 1) : days.filter(() => r.chance(0.9));
    const local = roster.steadyByArea[area] ?? [];
    const enrolled = station.enrolments
      .map((e) => byId.get(e.deputyId))
      .filter((d): d is Deputy => d !== undefined && local.includes(d));
    const pool = enrolled.length > 0 ? enrolled : local.length > 0 ? local : roster.steady;
    for (const day of held) {
      const on = wd.isWorking(day) ? day : wd.onOrAfter(day);
      if (on > ctx.lastDay) continue;
      const hosts = r.sample(pool, r.int(1, 3));
      yield make(
        r,
        'receptionDay',
        on,
        hosts.map((d) => d.id),
        {
          stationId: station.id,
          title: `${station.name}代表接待选民日`,
          participants: {
            memberIds: [],
            deputyIds: hosts.map((d) => d.id),
            constituents: r.int(3, 30),
          },
          opinions: r.weighted({ 0: 30, 1: 35, 2: 25, 3: 10 }) === '0' ? 0 : r.int(1, 3),
        },
      );
    }
  }

  // 代表小组活动: each group once a quarter.
  for (const group of roster.groups) {
    const r = createRandom(ctx.seed, `group/${group.id}`);
    const current = group.members.filter((m) => m.to === undefined).map((m) => m.deputyId);
    if (current.length === 0) continue;
    for (let q = 0; q < 4; q++) {
      const day = wd.onOrAfter(ctx.firstDay + q * 91 + r.int(20, 70));
      const present = current.filter(() => r.chance(0.7));
      const ids = present.length > 0 ? present : current.slice(0, 1);
      yield make(r, 'groupActivity', day, ids, {
        groupId: group.id,
        ...(group.stationId !== undefined ? { stationId: group.stationId } : {}),
        title: `${group.name}${q + 1}季度活动`,
        opinions: r.int(0, 2),
      });
    }
  }

  // Everything else, until the size's count is reached.
  for (let i = 0; count < target; i++) {
    const r = createRandom(ctx.seed, `activity/${i}`);
    const kind = r.weighted(FILLER_KINDS) as Activity['kind'];
    const day = wd.onOrAfter(r.int(ctx.firstDay + 3, ctx.lastDay - 3));
    const area = r.int(0, roster.areaCount - 1);
    const local = roster.steadyByArea[area] ?? [];
    const pool = local.length >= 3 ? local : roster.steady;
    const deputies = r.sample(pool, kind === 'voterContact' ? 1 : r.int(2, 8));
    const organiser = kind === 'voterContact' ? undefined : r.pick(roster.committees);
    yield make(
      r,
      kind,
      day,
      deputies.map((d) => d.id),
      {
        ...(organiser !== undefined ? { organiserId: organiser.id, congress: ctx.scCongress } : {}),
        ...(kind === 'inspection' || kind === 'research' || kind === 'lawEnforcementInspection'
          ? { endDay: dayString(day + r.int(0, 2)) }
          : {}),
        participants: {
          memberIds: organiser !== undefined && r.chance(0.5) ? [r.pick(roster.members).id] : [],
          deputyIds: deputies.map((d) => d.id),
          ...(kind === 'voterContact' || kind === 'symposium' || kind === 'hearing'
            ? { constituents: r.int(2, 40) }
            : {}),
        },
        opinions: kind === 'voterContact' || kind === 'symposium' ? r.int(0, 2) : 0,
      },
    );
  }
}
