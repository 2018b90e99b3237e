import type { PerformanceRecord } from '../../../model/performanceRecord.js';
import type { SessionAttendance, SessionAttendanceMark } from '../dutyRecordTypes.js';

/**
 * A deputy's mark at a congress session from one performance record (internal), or `undefined`
 * for a record of another kind. The one reading of 出席 / 缺席 that the duty record, the session
 * report and the termination check share.
 */
export function sessionMarkOf(record: PerformanceRecord): SessionAttendanceMark | undefined {
  if (record.kind === 'sessionAttendance') return 'attended';
  if (record.kind === 'sessionAbsence') return record.excused === true ? 'excused' : 'unexcused';
  return undefined;
}

/** The session a performance record is for (internal): its `refId`, or its day. */
export const sessionOf = (record: PerformanceRecord): string => record.refId ?? record.day;

/**
 * Precedence when a session has several records for one deputy (a session runs over days): being
 * there on any day is attending the session (art. 62 speaks of not attending a session, not a
 * day); else one day away without leave makes it unexcused.
 */
const RANK: Readonly<Record<SessionAttendanceMark, number>> = {
  excused: 0,
  unexcused: 1,
  attended: 2,
};

interface Cell {
  deputyId: string;
  session: string;
  from: string;
  to: string;
  mark: SessionAttendanceMark;
}

/** Deputies' marks per congress session, several records per session folded into one (internal). */
export class SessionTally {
  private readonly cells = new Map<string, Cell>();

  /** Adds a performance record's mark, if it is about a congress session. */
  addRecord(record: PerformanceRecord): void {
    const mark = sessionMarkOf(record);
    if (mark !== undefined) this.add(record.deputyId, sessionOf(record), record.day, mark);
  }

  /** Adds one mark; the caller has checked the period and the days served. */
  add(deputyId: string, session: string, day: string, mark: SessionAttendanceMark): void {
    const key = `${deputyId}\u0000${session}`;
    const cell = this.cells.get(key);
    if (cell === undefined) {
      this.cells.set(key, { deputyId, session, from: day, to: day, mark });
      return;
    }
    if (day < cell.from) cell.from = day;
    if (day > cell.to) cell.to = day;
    if (RANK[mark] > RANK[cell.mark]) cell.mark = mark;
  }

  /** Each deputy's sessions, in the order of their first day, then session id. */
  byDeputy(): Map<string, SessionAttendance[]> {
    const out = new Map<string, SessionAttendance[]>();
    for (const cell of this.sorted()) {
      const mine = out.get(cell.deputyId) ?? [];
      mine.push({ session: cell.session, from: cell.from, to: cell.to, mark: cell.mark });
      out.set(cell.deputyId, mine);
    }
    return out;
  }

  /** Every (deputy, session) cell, by first day, then session, then deputy. */
  sorted(): readonly Readonly<Cell>[] {
    return [...this.cells.values()].sort(
      (a, b) =>
        compare(a.from, b.from) || compare(a.session, b.session) || compare(a.deputyId, b.deputyId),
    );
  }
}

/** String order for sorting (internal). */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
