import type { Activity } from '../../model/activity.js';
import type { DutyReport } from '../../model/dutyReport.js';
import type { PerformanceRecord } from '../../model/performanceRecord.js';
import type { Suggestion } from '../../model/suggestion.js';
import type { TrainingAttendance } from '../../model/trainingAttendance.js';
import type { SampleContext } from './context.js';
import { createRandom } from './random.js';
import type { Roster } from './roster.js';
import { dayOfMoment, dayString } from './time.js';

// Performance records (履职登记) derived from the rest of the sample: session attendance, each
// suggestion or motion submitted, each activity a deputy took part in, trainings attended and
// duty reports, plus a few awards and penalties. Points follow a simple sample scoring scheme.

const SCORING = 'sample-scoring@1';

const POINTS: Readonly<Record<PerformanceRecord['kind'], number>> = {
  sessionAttendance: 5,
  sessionAbsence: -5,
  suggestionSubmitted: 3,
  motionSubmitted: 5,
  activity: 2,
  training: 2,
  dutyReport: 5,
  voterContact: 1,
  receptionDay: 2,
  award: 10,
  penalty: -10,
  other: 1,
};

function record(
  id: string,
  deputyId: string,
  day: string,
  kind: PerformanceRecord['kind'],
  refId?: string,
): PerformanceRecord {
  return {
    id,
    deputyId,
    day,
    kind,
    ...(refId !== undefined ? { refId } : {}),
    points: POINTS[kind],
    rulesVersion: SCORING,
  };
}

/** Attendance at the annual session, and a few awards, penalties and other entries. */
export function* sessionPerformance(
  ctx: SampleContext,
  roster: Roster,
): Generator<PerformanceRecord> {
  const r = createRandom(ctx.seed, 'performance/session');
  const day = dayString(ctx.sessionDays[0]);
  for (const deputy of roster.steady) {
    if (deputy.congress !== ctx.congress) continue;
    const x = r.next();
    const id = `PR-SESSION-${ctx.year}-${deputy.id}`;
    if (x < 0.95) yield record(id, deputy.id, day, 'sessionAttendance');
    else {
      const excused = x < 0.99;
      yield { ...record(id, deputy.id, day, 'sessionAbsence'), excused, points: excused ? 0 : -5 };
    }
  }
  const picks = r.sample(roster.steady, 4);
  const kinds = ['award', 'award', 'penalty', 'other'] as const;
  for (const [k, deputy] of picks.entries()) {
    const kind = kinds[k] as PerformanceRecord['kind'];
    yield {
      ...record(
        `PR-${kind.toUpperCase()}-${ctx.year}-${k + 1}`,
        deputy.id,
        dayString(ctx.lastDay - 20),
        kind,
      ),
      note:
        kind === 'award'
          ? '优秀代表建议'
          : kind === 'penalty'
            ? '无故缺席代表小组活动'
            : '参加代表之家值班',
    };
  }
}

/** The record of a submitted suggestion or motion, for its lead deputy. */
export function suggestionPerformance(suggestion: Suggestion): PerformanceRecord | undefined {
  if (suggestion.submittedAt === undefined) return undefined;
  const lead = suggestion.proposers.find((p) => p.role === 'lead');
  if (lead === undefined) return undefined;
  const day = dayString(dayOfMoment(Date.parse(suggestion.submittedAt)));
  const kind =
    suggestion.convertedFromMotion !== undefined ? 'motionSubmitted' : 'suggestionSubmitted';
  return record(`PR-${suggestion.id}`, lead.deputyId, day, kind, suggestion.id);
}

/** One record per deputy who took part in an activity. */
export function activityPerformance(activity: Activity): PerformanceRecord[] {
  const kind =
    activity.kind === 'receptionDay'
      ? 'receptionDay'
      : activity.kind === 'voterContact'
        ? 'voterContact'
        : 'activity';
  return activity.participants.deputyIds.map((deputyId) =>
    record(`PR-${activity.id}-${deputyId}`, deputyId, activity.day, kind, activity.id),
  );
}

/** The record of a training attended. */
export function trainingPerformance(
  attendance: TrainingAttendance,
  day: string,
): PerformanceRecord | undefined {
  if (attendance.status !== 'attended') return undefined;
  return record(
    `PR-${attendance.trainingId}-${attendance.deputyId}`,
    attendance.deputyId,
    day,
    'training',
    attendance.trainingId,
  );
}

/** The record of a duty report. */
export function dutyReportPerformance(report: DutyReport): PerformanceRecord {
  return record(`PR-${report.id}`, report.deputyId, report.day, 'dutyReport', report.id);
}
