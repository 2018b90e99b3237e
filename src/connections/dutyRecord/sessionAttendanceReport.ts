import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { PerformanceRecord } from '../../model/performanceRecord.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { deputySubjects } from '../coverage/internal/deputySubject.js';
import { buildRoster } from '../coverage/internal/roster.js';
import { servingOn } from '../coverage/internal/serving.js';
import { compare, SessionTally } from './internal/sessionTally.js';

/**
 * Options of {@link sessionAttendanceReport} (会议出席通报选项).
 *
 * @example
 * ```ts
 * import type { SessionAttendanceReportOptions } from 'renda';
 *
 * const options: SessionAttendanceReportOptions = { period: { from: '2025-01-01', to: '2025-12-31' } };
 * ```
 * @category Coverage
 */
export interface SessionAttendanceReportOptions {
  /** The period, both days inclusive. */
  readonly period: CoveragePeriod;
}

/**
 * One session in {@link sessionAttendanceReport} (一次会议的出席情况): who attended, who was away
 * with leave and who without.
 *
 * @example
 * ```ts
 * import type { SessionAttendanceLine } from 'renda';
 *
 * const line = (s: SessionAttendanceLine): string =>
 *   `${s.session} 出席 ${s.attended.length} 人，请假 ${s.excused.length} 人，缺席 ${s.unexcused.length} 人`;
 * ```
 * @category Coverage
 */
export interface SessionAttendanceLine {
  /** A congress session (代表大会会议) or a standing committee session (常委会会议, 列席). */
  readonly body: 'congress' | 'standingCommittee';
  /** The session: a congress session's `refId` or day; an SC session's activity id. */
  readonly session: string;
  /** The first day recorded. */
  readonly from: string;
  /** The last day recorded. */
  readonly to: string;
  /** Deputies who attended (出席 / 列席), by id. */
  readonly attended: readonly string[];
  /** Deputies away with leave (请假), by id; always empty for an SC session. */
  readonly excused: readonly string[];
  /** Deputies away without leave (未经批准缺席), by id; always empty for an SC session. */
  readonly unexcused: readonly string[];
}

/**
 * The result of {@link sessionAttendanceReport} (会议出席情况通报).
 *
 * @example
 * ```ts
 * import type { SessionAttendanceReport } from 'renda';
 *
 * const absentees = (r: SessionAttendanceReport): number =>
 *   r.sessions.reduce((n, s) => n + s.unexcused.length, 0);
 * ```
 * @category Coverage
 */
export interface SessionAttendanceReport {
  /** The period. */
  readonly period: CoveragePeriod;
  /** The sessions, by first day, congress before standing committee, then session id. */
  readonly sessions: readonly SessionAttendanceLine[];
}

/** A congress session's line while the records are read. */
interface Building {
  session: string;
  from: string;
  to: string;
  attended: string[];
  excused: string[];
  unexcused: string[];
}

/**
 * Attendance at each session (会议出席情况), for the performance bulletin (履职通报): who
 * attended, who was away with leave and who without.
 *
 * @remarks
 * Congress sessions come from performance records (`sessionAttendance`, `sessionAbsence` with
 * `excused`), one line per session (`refId`, or the day without one); a deputy with several
 * records for a session gets one mark: attended on any day, else unexcused if away without leave
 * on any day, else excused. Standing committee sessions come from `scSessionAttendance`
 * activities, one line per activity; deputies attend them by invitation (列席), so only attendance
 * is known.
 *
 * Only deputies in `deputies`, on days they served, are listed; records dated outside the period
 * are not read. One pass over the records.
 *
 * @param deputies - The deputies; any iterable.
 * @param records - Performance records and/or activities; other kinds are skipped.
 * @param options - The period.
 * @returns The report, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period or argument.
 *
 * @example
 * ```ts
 * import { sessionAttendanceReport } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, performanceRecords, activities } = generateSample({ seed: 1 });
 * const report = sessionAttendanceReport(deputies, [...performanceRecords, ...activities], {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 * });
 * console.log(report.sessions.some((s) => s.body === 'congress')); // true
 * ```
 * @category Coverage
 */
export function sessionAttendanceReport(
  deputies: Iterable<Deputy>,
  records: Iterable<PerformanceRecord | Activity>,
  options: SessionAttendanceReportOptions,
): SessionAttendanceReport {
  return guard('sessionAttendanceReport', () => {
    const checks = new OptionChecks('sessionAttendanceReport');
    checks.records(deputies, 'deputies', '代表');
    checks.records(records, 'records', '履职记录');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    checks.done();
    const { from, to } = options.period;
    const serving = servingOn(buildRoster(deputySubjects(deputies), span, 'include').entries);
    const tally = new SessionTally();
    const lines: SessionAttendanceLine[] = [];
    for (const record of records) {
      if (record.day < from || record.day > to) continue;
      if ('participants' in record) {
        if (record.kind !== 'scSessionAttendance') continue;
        const attended = [...new Set(record.participants.deputyIds)]
          .filter((id) => serving(id, record.day))
          .sort(compare);
        lines.push({
          body: 'standingCommittee',
          session: record.id,
          from: record.day,
          to: record.endDay ?? record.day,
          attended,
          excused: [],
          unexcused: [],
        });
      } else if (serving(record.deputyId, record.day)) tally.addRecord(record);
    }
    // One line per congress session, widened to every day any deputy was recorded for it.
    const congress = new Map<string, Building>();
    for (const cell of tally.sorted()) {
      let line = congress.get(cell.session);
      if (line === undefined) {
        line = { ...cell, attended: [], excused: [], unexcused: [] };
        congress.set(cell.session, line);
      }
      if (cell.from < line.from) line.from = cell.from;
      if (cell.to > line.to) line.to = cell.to;
      line[cell.mark].push(cell.deputyId);
    }
    const congressLines = [...congress.values()].map(
      (line): SessionAttendanceLine => ({
        body: 'congress',
        session: line.session,
        from: line.from,
        to: line.to,
        attended: line.attended.sort(compare),
        excused: line.excused.sort(compare),
        unexcused: line.unexcused.sort(compare),
      }),
    );
    const order = { congress: 0, standingCommittee: 1 };
    const sessions = [...congressLines, ...lines].sort(
      (a, b) =>
        compare(a.from, b.from) || order[a.body] - order[b.body] || compare(a.session, b.session),
    );
    return { period: { from, to }, sessions };
  });
}
