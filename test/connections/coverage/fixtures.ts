// Small hand-made records for the coverage and scoring tests. Every builder runs the model's
// safeParse and fails loudly if the record is not valid, so no test measures an impossible record.
import { type Activity, safeParseActivity } from '../../../src/model/activity.js';
import {
  type ConstituentOpinion,
  safeParseConstituentOpinion,
} from '../../../src/model/constituentOpinion.js';
import { type Deputy, safeParseDeputy } from '../../../src/model/deputy.js';
import { type DeputyGroup, safeParseDeputyGroup } from '../../../src/model/deputyGroup.js';
import { type DutyReport, safeParseDutyReport } from '../../../src/model/dutyReport.js';
import { type LiaisonStation, safeParseLiaisonStation } from '../../../src/model/liaisonStation.js';
import {
  type PerformanceRecord,
  safeParsePerformanceRecord,
} from '../../../src/model/performanceRecord.js';
import type { Result } from '../../../src/model/shared/result.js';
import type { ValidationError } from '../../../src/model/shared/validationError.js';
import {
  type StandingCommitteeMember,
  safeParseStandingCommitteeMember,
} from '../../../src/model/standingCommitteeMember.js';
import { safeParseTraining, type Training } from '../../../src/model/training.js';
import {
  safeParseTrainingAttendance,
  type TrainingAttendance,
} from '../../../src/model/trainingAttendance.js';

function valid<T>(check: (x: unknown) => Result<T, ValidationError>, input: unknown): T {
  const result = check(input);
  if (!result.ok) {
    throw new Error(
      `fixture is not valid: ${JSON.stringify(result.error.issues)} in ${JSON.stringify(input)}`,
    );
  }
  return result.value;
}

export const YEAR = { from: '2025-01-01', to: '2025-12-31' } as const;
const TOWN = { jurisdiction: '330281101', level: 'township', term: 19 } as const;
const COUNTY = { jurisdiction: '330281', level: 'county', term: 18 } as const;

type DeputyExtra = Partial<{
  grassroots: boolean;
  term: { from: string; to?: string };
  status: unknown;
  memberships: unknown[];
  byElected: { on: string };
  reElected: boolean;
}>;

export function deputy(id: string, extra: DeputyExtra = {}): Deputy {
  return valid(safeParseDeputy, {
    id,
    name: `代表${id}`,
    gender: 'female',
    congress: TOWN,
    constituency: { kind: 'constituency', id: 'EC-1', name: '第1选区' },
    occupations: ['farmer'],
    grassroots: extra.grassroots ?? true,
    status: extra.status ?? { status: 'inOffice' },
    term: extra.term ?? { from: '2022-01-04', to: '2027-01-03' },
    memberships: extra.memberships ?? [],
    ...(extra.byElected !== undefined ? { byElected: extra.byElected } : {}),
    ...(extra.reElected !== undefined ? { reElected: extra.reElected } : {}),
  });
}

export function member(
  id: string,
  assignments: { deputyId: string; from: string; to?: string }[] = [],
  term: { from: string; to?: string } = { from: '2022-01-10' },
): StandingCommitteeMember {
  return valid(safeParseStandingCommitteeMember, {
    id,
    name: `委员${id}`,
    congress: COUNTY,
    position: 'member',
    councilMember: false,
    term,
    contactAssignments: assignments,
  });
}

let activitySeq = 0;
export function activity(
  kind: Activity['kind'],
  day: string,
  participants: { memberIds?: string[]; deputyIds?: string[] },
  extra: { stationId?: string } = {},
): Activity {
  activitySeq += 1;
  return valid(safeParseActivity, {
    id: `A-${String(activitySeq).padStart(5, '0')}`,
    kind,
    at: `${day}T09:00:00+08:00`,
    day,
    title: '活动',
    participants: {
      memberIds: participants.memberIds ?? [],
      deputyIds: participants.deputyIds ?? [],
    },
    recordedAt: `${day}T18:00:00+08:00`,
    ...extra,
  });
}

export function station(
  id: string,
  enrolments: { deputyId: string; from: string; to?: string }[] = [],
  active: { from: string; to?: string } = { from: '2020-01-01' },
): LiaisonStation {
  return valid(safeParseLiaisonStation, {
    id,
    name: `联络站${id}`,
    kind: 'station',
    area: { code: '330281101', name: '某镇' },
    enrolments,
    active,
  });
}

export function group(
  id: string,
  members: { deputyId: string; from: string; to?: string }[] = [],
): DeputyGroup {
  return valid(safeParseDeputyGroup, {
    id,
    name: `代表小组${id}`,
    kind: 'regional',
    area: { code: '330281101', name: '某镇' },
    members: members.map((m) => ({ ...m, role: 'member' })),
  });
}

export function training(id: string, kind: Training['kind'], from: string, to = from): Training {
  return valid(safeParseTraining, {
    id,
    kind,
    title: '代表培训班',
    organiser: { level: 'county', jurisdiction: '330281' },
    period: { from, to },
  });
}

export function attendance(
  trainingId: string,
  deputyId: string,
  status: TrainingAttendance['status'] = 'attended',
): TrainingAttendance {
  return valid(safeParseTrainingAttendance, { trainingId, deputyId, status });
}

let reportSeq = 0;
export function report(deputyId: string, day: string): DutyReport {
  reportSeq += 1;
  return valid(safeParseDutyReport, {
    id: `R-${reportSeq}`,
    deputyId,
    day,
    audience: 60,
    mode: 'oral',
  });
}

export function opinion(
  id: string,
  receivedDay: string,
  state: ConstituentOpinion['state'],
  feedbackDay?: string,
): ConstituentOpinion {
  const extra: Record<string, unknown> = {};
  if (state === 'notAccepted') extra.notAcceptedReason = 'personalMatter';
  if (state === 'convertedToSuggestion') extra.suggestionId = 'S-1';
  if (state === 'merged') extra.mergedInto = 'O-1';
  if (state === 'inHandling' || state === 'handled' || state === 'referred') {
    extra.referral = { to: 'street', at: `${receivedDay}T10:00:00+08:00` };
  }
  if (feedbackDay !== undefined) {
    extra.feedback = { at: `${feedbackDay}T15:00:00+08:00`, channel: 'phone' };
  }
  return valid(safeParseConstituentOpinion, {
    id,
    rulesVersion: 'test@1',
    channel: 'station',
    receivedAt: `${receivedDay}T09:00:00+08:00`,
    receivedDay,
    deputyIds: ['D-1'],
    content: '群众反映道路破损',
    state,
    history: [],
    ...extra,
  });
}

let recordSeq = 0;
export function record(
  deputyId: string,
  kind: PerformanceRecord['kind'],
  day: string,
  excused?: boolean,
): PerformanceRecord {
  recordSeq += 1;
  return valid(safeParsePerformanceRecord, {
    id: `P-${recordSeq}`,
    deputyId,
    day,
    kind,
    ...(excused !== undefined ? { excused } : {}),
  });
}

/** Deep-freezes a value, to prove the functions do not mutate their input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Whether every object and array reachable from `value` is frozen. */
export function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeeplyFrozen);
}
