import { toCalendarDay } from '../../../calendar/toCalendarDay.js';
import { quote } from '../../../internal/quote.js';
import type { Activity } from '../../../model/activity.js';
import type { Deputy } from '../../../model/deputy.js';
import { finalReplyOf } from '../../../model/internal/replyOrder.js';
import type { PerformanceRecord } from '../../../model/performanceRecord.js';
import type { Reply } from '../../../model/suggestionParts.js';
import type { Training } from '../../../model/training.js';
import { fieldName } from '../../../stats/internal/invalidInput.js';
import { OptionChecks } from '../../coverage/internal/checkOptions.js';
import { toDay } from '../../coverage/internal/days.js';
import { deputySubjects } from '../../coverage/internal/deputySubject.js';
import { buildRoster } from '../../coverage/internal/roster.js';
import { servingOn } from '../../coverage/internal/serving.js';
import type {
  DutyRecord,
  DutyRecordOptions,
  DutyRecordSources,
  DutyRecordSuggestion,
} from '../dutyRecordTypes.js';
import { compare, SessionTally } from './sessionTally.js';

/** What one deputy's record collects before it is shaped (internal). */
interface Draft {
  readonly deputy: Deputy;
  readonly activities: Map<string, { id: string; day: string }[]>;
  readonly records: Map<string, number>;
  readonly scSessions: { activityId: string; day: string }[];
  readonly suggestions: DutyRecordSuggestion[];
  readonly trainings: Map<string, Training>;
  readonly dutyReports: DutyRecord['dutyReports']['items'][number][];
  readonly opinions: {
    id: string;
    day: string;
    state: DutyRecord['opinions']['items'][number]['state'];
  }[];
  readonly occurrences: (PerformanceRecord | Activity)[];
}

const SOURCE_NAMES: readonly [keyof DutyRecordSources, string][] = [
  ['activities', '活动'],
  ['performanceRecords', '履职登记'],
  ['suggestions', '建议'],
  ['opinions', '群众意见'],
  ['trainings', '培训'],
  ['trainingAttendances', '参训记录'],
  ['dutyReports', '述职报告'],
];

/**
 * Each unit's final reply class (internal), in the order the units first replied: the suggestion's
 * own rule of which reply is final (follow-ups report progress on an outcome already given).
 */
function finalOutcomes(replies: readonly Reply[]): DutyRecordSuggestion['outcomes'] {
  const units = [...new Set(replies.filter((r) => !r.followUp).map((r) => r.unitId))];
  return units.map((unitId) => ({
    unitId,
    outcomeClass: (finalReplyOf(replies, unitId) as Reply).outcomeClass,
  }));
}

const byDay = <T extends { readonly day: string }>(items: T[], id: (item: T) => string): T[] =>
  items.sort((a, b) => compare(a.day, b.day) || compare(id(a), id(b)));

/**
 * Assembles duty records in one pass over each source (internal): checks the arguments, builds the
 * roster, and keeps only what happened in the period on a day the deputy served. `only` limits
 * the records to one deputy (who must be in `sources.deputies`).
 */
export function assembleDutyRecords(
  model: string,
  sources: DutyRecordSources,
  options: DutyRecordOptions,
  only?: { readonly deputyId: unknown },
): DutyRecord[] {
  const checks = new OptionChecks(model);
  checks.options(sources, 'sources', '数据来源', false);
  checks.records(sources.deputies, 'deputies', '代表');
  for (const [name, zh] of SOURCE_NAMES) {
    if (sources[name] !== undefined) checks.records(sources[name], name, zh);
  }
  checks.options(options, 'options', '选项', false);
  const span = checks.period(options.period);
  const timeZone = checks.timeZone(options.timeZone);
  if (only !== undefined && typeof only.deputyId !== 'string') {
    checks.add('INVALID_TYPE', ['deputyId'], {
      field: fieldName('代表编号', 'deputyId'),
      expected: fieldName('字符串', 'a string'),
      got: only.deputyId,
    });
  }
  checks.done();
  const onlyId = only?.deputyId as string | undefined;
  const { from, to } = options.period;
  const inPeriod = (day: string): boolean => day >= from && day <= to;

  const drafts = new Map<string, Draft>();
  for (const deputy of sources.deputies) {
    if (drafts.has(deputy.id) || (onlyId !== undefined && deputy.id !== onlyId)) continue;
    drafts.set(deputy.id, {
      deputy,
      activities: new Map(),
      records: new Map(),
      scSessions: [],
      suggestions: [],
      trainings: new Map(),
      dutyReports: [],
      opinions: [],
      occurrences: [],
    });
  }
  if (onlyId !== undefined && !drafts.has(onlyId)) {
    checks.conflict(
      'deputyId',
      '代表',
      fieldName(
        `代表名册中没有代表 ${quote(onlyId)}`,
        `no deputy ${quote(onlyId)} in sources.deputies`,
      ),
    );
    checks.done();
  }
  const roster = buildRoster(
    deputySubjects([...drafts.values()].map((d) => d.deputy)),
    span,
    'include',
  );
  // The one served-day rule of coverage and scoring: what a deputy did on a day not served
  // (before the term, suspended, after the qualification ended) is not in the record.
  const serving = servingOn(roster.entries);
  const draftOn = (deputyId: string, day: string): Draft | undefined =>
    inPeriod(day) && serving(deputyId, day) ? drafts.get(deputyId) : undefined;

  for (const activity of sources.activities ?? []) {
    for (const deputyId of new Set(activity.participants.deputyIds)) {
      const draft = draftOn(deputyId, activity.day);
      if (draft === undefined) continue;
      const list = draft.activities.get(activity.kind) ?? [];
      list.push({ id: activity.id, day: activity.day });
      draft.activities.set(activity.kind, list);
      if (activity.kind === 'scSessionAttendance')
        draft.scSessions.push({ activityId: activity.id, day: activity.day });
      // The activity narrowed to this deputy, so every record's occurrences together count each
      // participant once, as scoreDeputies counts the activity itself.
      draft.occurrences.push({
        ...activity,
        participants: { ...activity.participants, deputyIds: [deputyId] },
      });
    }
  }

  const sessions = new SessionTally();
  for (const record of sources.performanceRecords ?? []) {
    const draft = draftOn(record.deputyId, record.day);
    if (draft === undefined) continue;
    draft.records.set(record.kind, (draft.records.get(record.kind) ?? 0) + 1);
    sessions.addRecord(record);
    draft.occurrences.push(record);
  }

  for (const suggestion of sources.suggestions ?? []) {
    // A draft was never put to anyone; a submitted item counts on the day it was submitted.
    if (suggestion.submittedAt === undefined) continue;
    const day = toCalendarDay(suggestion.submittedAt, timeZone);
    if (!inPeriod(day)) continue;
    let outcomes: DutyRecordSuggestion['outcomes'] | undefined;
    const seen = new Set<string>();
    for (const proposer of suggestion.proposers) {
      if (seen.has(proposer.deputyId)) continue;
      seen.add(proposer.deputyId);
      const draft = draftOn(proposer.deputyId, day);
      if (draft === undefined) continue;
      outcomes ??= finalOutcomes(suggestion.replies);
      draft.suggestions.push({
        id: suggestion.id,
        kind: suggestion.kind,
        role: proposer.role,
        day,
        state: suggestion.state,
        outcomes,
        evaluations: suggestion.evaluations
          .filter((e) => e.deputyId === proposer.deputyId)
          .sort((a, b) => a.round - b.round || compare(a.at, b.at))
          .map((e) => ({
            round: e.round,
            grade: e.grade,
            ...(e.attitude !== undefined ? { attitude: e.attitude } : {}),
          })),
      });
    }
  }

  // A training counts on its first day, as in coverageTraining; one without its course is undated.
  const trainings = new Map<string, Training>();
  for (const training of sources.trainings ?? []) {
    if (inPeriod(training.period.from)) trainings.set(training.id, training);
  }
  for (const attendance of sources.trainingAttendances ?? []) {
    if (attendance.status !== 'attended') continue;
    const training = trainings.get(attendance.trainingId);
    if (training === undefined) continue;
    draftOn(attendance.deputyId, training.period.from)?.trainings.set(training.id, training);
  }

  for (const report of sources.dutyReports ?? []) {
    draftOn(report.deputyId, report.day)?.dutyReports.push({
      id: report.id,
      day: report.day,
      mode: report.mode,
      audience: report.audience,
      ...(report.ratings !== undefined ? { ratings: report.ratings } : {}),
    });
  }

  for (const opinion of sources.opinions ?? []) {
    for (const deputyId of new Set(opinion.deputyIds)) {
      draftOn(deputyId, opinion.receivedDay)?.opinions.push({
        id: opinion.id,
        day: opinion.receivedDay,
        state: opinion.state,
      });
    }
  }

  const sessionsOf = sessions.byDeputy();
  const served = new Map(roster.entries.map((e) => [e.id, e.spans]));
  return [...drafts.values()].map((draft) => shape(draft, options, served, sessionsOf));
}

/** A draft as the frozen-to-be record: sections counted, lists in day order. */
function shape(
  draft: Draft,
  options: DutyRecordOptions,
  served: ReadonlyMap<string, readonly { from: number; to: number }[]>,
  sessionsOf: ReadonlyMap<string, DutyRecord['congressSessions']['sessions'][number][]>,
): DutyRecord {
  const { deputy } = draft;
  const byKind: Record<string, { count: number; items: { id: string; day: string }[] }> = {};
  let activityTotal = 0;
  for (const [kind, items] of [...draft.activities].sort((a, b) => compare(a[0], b[0]))) {
    byKind[kind] = { count: items.length, items: byDay(items, (i) => i.id) };
    activityTotal += items.length;
  }
  const records: Record<string, number> = {};
  let recordTotal = 0;
  for (const [kind, n] of [...draft.records].sort((a, b) => compare(a[0], b[0]))) {
    records[kind] = n;
    recordTotal += n;
  }
  const sessions = sessionsOf.get(deputy.id) ?? [];
  const marks = { attended: 0, excused: 0, unexcused: 0 };
  for (const s of sessions) marks[s.mark] += 1;
  const opinionStates: Record<string, number> = {};
  for (const o of draft.opinions) opinionStates[o.state] = (opinionStates[o.state] ?? 0) + 1;
  const suggestions = byDay(draft.suggestions, (s) => s.id);
  const trainings = [...draft.trainings.values()]
    .map((t) => ({
      trainingId: t.id,
      kind: t.kind,
      title: t.title,
      from: t.period.from,
      ...(t.period.to !== undefined ? { to: t.period.to } : {}),
    }))
    .sort((a, b) => compare(a.from, b.from) || compare(a.trainingId, b.trainingId));
  return {
    deputyId: deputy.id,
    name: deputy.name,
    period: { from: options.period.from, to: options.period.to },
    served: (served.get(deputy.id) ?? []).map((s) => ({ from: toDay(s.from), to: toDay(s.to) })),
    activities: { total: activityTotal, byKind },
    records: { total: recordTotal, byKind: records },
    congressSessions: { ...marks, sessions },
    scSessions: {
      attended: draft.scSessions.length,
      sessions: byDay(draft.scSessions, (s) => s.activityId),
    },
    suggestions: {
      lead: suggestions.filter((s) => s.role === 'lead').length,
      coSigned: suggestions.filter((s) => s.role === 'co').length,
      items: suggestions,
    },
    trainings: { attended: trainings.length, items: trainings },
    dutyReports: { count: draft.dutyReports.length, items: byDay(draft.dutyReports, (r) => r.id) },
    opinions: {
      received: draft.opinions.length,
      byState: opinionStates,
      items: byDay(draft.opinions, (o) => o.id),
    },
    occurrences: byDay(draft.occurrences, (o) => o.id),
  };
}
