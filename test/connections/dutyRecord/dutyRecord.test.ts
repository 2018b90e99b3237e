import { describe, expect, it } from 'vitest';
import { absenceTermination } from '../../../src/connections/dutyRecord/absenceTermination.js';
import { dutyRecord } from '../../../src/connections/dutyRecord/dutyRecord.js';
import { dutyRecords } from '../../../src/connections/dutyRecord/dutyRecords.js';
import { sessionAttendanceReport } from '../../../src/connections/dutyRecord/sessionAttendanceReport.js';
import { unexcusedAbsences } from '../../../src/connections/dutyRecord/unexcusedAbsences.js';
import type { PerformanceRecord } from '../../../src/model/performanceRecord.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import {
  activity,
  attendance,
  deepFreeze,
  deputy,
  isDeeplyFrozen,
  opinion,
  record,
  report,
  training,
  YEAR,
} from '../coverage/fixtures.js';

/** A session record with a `refId` naming the session, as an app with session ids keeps them. */
function session(
  deputyId: string,
  sessionId: string,
  day: string,
  excused?: boolean,
): PerformanceRecord {
  const kind = excused === undefined ? 'sessionAttendance' : 'sessionAbsence';
  return { ...record(deputyId, kind, day, excused), refId: sessionId };
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (thrown) {
    return thrown instanceof RendaError ? thrown.code : 'not a RendaError';
  }
  return undefined;
}

describe('dutyRecord', () => {
  const steady = deputy('D-1');
  // Suspended (art. 61) from 1 July on, still suspended: nothing after that day is theirs.
  const suspended = deputy('D-SUSP', {
    status: { status: 'suspended', since: '2025-07-01', reason: 'detainedInCriminalCase' },
  });
  const sources = deepFreeze({
    deputies: [steady, suspended],
    activities: [
      activity('inspection', '2025-03-10', { deputyIds: ['D-1', 'D-SUSP', 'D-SUSP'] }),
      activity('inspection', '2025-08-10', { deputyIds: ['D-1', 'D-SUSP'] }),
      activity('scSessionAttendance', '2025-04-20', { deputyIds: ['D-SUSP'] }),
      activity('research', '2024-12-31', { deputyIds: ['D-1'] }),
      activity('receptionDay', '2025-09-01', { deputyIds: ['D-SUSP'] }, { stationId: 'ST-1' }),
    ],
    performanceRecords: [
      record('D-SUSP', 'sessionAttendance', '2025-01-15'),
      record('D-SUSP', 'award', '2025-09-09'),
      record('D-1', 'sessionAbsence', '2025-01-15', true),
    ],
    trainings: [
      training('T-1', 'basic', '2025-05-06', '2025-05-07'),
      training('T-2', 'thematic', '2025-10-01'),
    ],
    trainingAttendances: [
      attendance('T-1', 'D-SUSP'),
      attendance('T-2', 'D-SUSP'),
      attendance('T-1', 'D-1', 'excused'),
    ],
    dutyReports: [report('D-SUSP', '2025-06-30'), report('D-SUSP', '2025-07-01')],
    opinions: [
      opinion('O-1', '2025-02-02', 'fedBack', '2025-02-10'),
      opinion('O-2', '2026-01-02', 'received'),
    ],
  });

  it('leaves out what a suspended deputy did while suspended', () => {
    const r = dutyRecord('D-SUSP', sources, { period: YEAR });
    expect(r.served).toEqual([{ from: '2025-01-01', to: '2025-06-30' }]);
    expect(r.activities.total).toBe(2);
    expect(r.activities.byKind.inspection?.items.map((i) => i.day)).toEqual(['2025-03-10']);
    expect(r.activities.byKind.receptionDay).toBeUndefined();
    expect(r.scSessions).toEqual({
      attended: 1,
      sessions: [{ activityId: expect.any(String), day: '2025-04-20' }],
    });
    expect(r.records).toEqual({ total: 1, byKind: { sessionAttendance: 1 } });
    expect(r.trainings.items.map((t) => t.trainingId)).toEqual(['T-1']);
    expect(r.dutyReports.items.map((d) => d.day)).toEqual(['2025-06-30']);
    expect(r.congressSessions).toMatchObject({ attended: 1, excused: 0, unexcused: 0 });
    // Scoring reads the occurrences: the same served days only.
    expect(r.occurrences.map((o) => o.day)).toEqual(['2025-01-15', '2025-03-10', '2025-04-20']);
  });

  it('counts an activity once per deputy and narrows it to them for scoring', () => {
    const r = dutyRecord('D-SUSP', sources, { period: YEAR });
    const inspection = r.occurrences.find((o) => o.day === '2025-03-10');
    expect(inspection && 'participants' in inspection && inspection.participants.deputyIds).toEqual(
      ['D-SUSP'],
    );
  });

  it('gathers opinions received and their state, within the period', () => {
    const r = dutyRecord('D-1', sources, { period: YEAR });
    expect(r.opinions).toEqual({
      received: 1,
      byState: { fedBack: 1 },
      items: [{ id: 'O-1', day: '2025-02-02', state: 'fedBack' }],
    });
    expect(r.trainings.attended).toBe(0);
    expect(r.congressSessions.sessions).toEqual([
      { session: '2025-01-15', from: '2025-01-15', to: '2025-01-15', mark: 'excused' },
    ]);
    expect(r.activities.total).toBe(2);
  });

  it('gives every deputy a record, empty when they served no day of the period', () => {
    const later = deputy('D-LATE', { term: { from: '2026-01-05' } });
    const { records } = dutyRecords(
      { ...sources, deputies: [steady, later, steady] },
      { period: YEAR },
    );
    expect(records.map((r) => r.deputyId)).toEqual(['D-1', 'D-LATE']);
    expect(records[1]?.served).toEqual([]);
    expect(records[1]?.activities.total).toBe(0);
  });

  it('returns frozen records and leaves its input alone', () => {
    const r = dutyRecords(sources, { period: YEAR });
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('refuses a deputy not in the roster, a bad period and a bad source', () => {
    expect(codeOf(() => dutyRecord('D-404', sources, { period: YEAR }))).toBe('INVALID_INPUT');
    expect(codeOf(() => dutyRecord(7 as never, sources, { period: YEAR }))).toBe('INVALID_INPUT');
    expect(
      codeOf(() => dutyRecords(sources, { period: { from: '2025-12-31', to: '2025-01-01' } })),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() => dutyRecords({ ...sources, activities: 3 as never }, { period: YEAR })),
    ).toBe('INVALID_INPUT');
    expect(codeOf(() => dutyRecords(sources, { period: YEAR, timeZone: 'Mars/Olympus' }))).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('congress sessions: unexcusedAbsences, absenceTermination, sessionAttendanceReport', () => {
  const twice = deputy('D-TWICE');
  const once = deputy('D-ONCE');
  const excused = deputy('D-LEAVE');
  const apart = deputy('D-APART');
  const deputies = deepFreeze([twice, once, excused, apart]);
  const records = deepFreeze([
    session('D-TWICE', '19-3', '2024-01-10', false),
    session('D-TWICE', '19-4', '2025-01-15', false),
    session('D-ONCE', '19-3', '2024-01-10', false),
    session('D-ONCE', '19-4', '2025-01-15', true),
    session('D-LEAVE', '19-3', '2024-01-10', true),
    session('D-LEAVE', '19-4', '2025-01-15', true),
    // Away without leave at 19-3 and 19-5, present at 19-4 in between.
    session('D-APART', '19-3', '2024-01-10', false),
    session('D-APART', '19-4', '2025-01-15'),
    session('D-APART', '19-5', '2025-06-01', false),
    // A two-day session: present on the second day is attending it.
    session('D-ONCE', '19-5', '2025-06-01', false),
    session('D-ONCE', '19-5', '2025-06-02'),
  ]);

  it('flags two unexcused absences and not one excused', () => {
    const result = absenceTermination(deputies, records, { asOf: '2025-12-31' });
    expect(result.consecutive).toBe(false);
    expect(result.cases.map((c) => c.deputyId)).toEqual(['D-APART', 'D-TWICE']);
    const twiceCase = result.cases.find((c) => c.deputyId === 'D-TWICE');
    expect(twiceCase?.unexcused.map((s) => s.session)).toEqual(['19-3', '19-4']);
    expect(twiceCase?.metAt.session).toBe('19-4');
    expect(twiceCase?.alreadyEnded).toBe(false);
  });

  it('asks for two in a row only when told to', () => {
    const result = absenceTermination(deputies, records, { asOf: '2025-12-31', consecutive: true });
    expect(result.cases.map((c) => c.deputyId)).toEqual(['D-TWICE']);
  });

  it('reads nothing after asOf, and nothing on days not served', () => {
    expect(absenceTermination(deputies, records, { asOf: '2025-01-14' }).cases).toEqual([]);
    const ended = deputy('D-TWICE', {
      status: { status: 'ended', on: '2024-12-31', reason: 'movedOut' },
      term: { from: '2022-01-04', to: '2024-12-31' },
    });
    expect(absenceTermination([ended], records, { asOf: '2025-12-31' }).cases).toEqual([]);
  });

  it('refuses a missing or bad asOf', () => {
    expect(codeOf(() => absenceTermination(deputies, records, {} as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => absenceTermination(deputies, records, { asOf: '2025-02-30' }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      codeOf(() =>
        absenceTermination(deputies, records, { asOf: '2025-01-01', consecutive: 'yes' as never }),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('lists the unexcused sessions of a duty record', () => {
    const { records: dr } = dutyRecords(
      { deputies, performanceRecords: records },
      { period: YEAR },
    );
    const byId = new Map(dr.map((r) => [r.deputyId, r]));
    expect(unexcusedAbsences(byId.get('D-TWICE') as never).map((s) => s.session)).toEqual(['19-4']);
    expect(unexcusedAbsences(byId.get('D-ONCE') as never)).toEqual([]);
    expect(byId.get('D-ONCE')?.congressSessions.sessions).toEqual([
      { session: '19-4', from: '2025-01-15', to: '2025-01-15', mark: 'excused' },
      { session: '19-5', from: '2025-06-01', to: '2025-06-02', mark: 'attended' },
    ]);
    expect(codeOf(() => unexcusedAbsences({} as never))).toBe('INVALID_INPUT');
  });

  it('reports attendance per session for the bulletin', () => {
    const sc = activity('scSessionAttendance', '2025-03-01', { deputyIds: ['D-ONCE', 'D-GHOST'] });
    const report = sessionAttendanceReport(deputies, [...records, sc], { period: YEAR });
    expect(report.sessions).toEqual([
      {
        body: 'congress',
        session: '19-4',
        from: '2025-01-15',
        to: '2025-01-15',
        attended: ['D-APART'],
        excused: ['D-LEAVE', 'D-ONCE'],
        unexcused: ['D-TWICE'],
      },
      {
        body: 'standingCommittee',
        session: sc.id,
        from: '2025-03-01',
        to: '2025-03-01',
        attended: ['D-ONCE'],
        excused: [],
        unexcused: [],
      },
      {
        body: 'congress',
        session: '19-5',
        from: '2025-06-01',
        to: '2025-06-02',
        attended: ['D-ONCE'],
        excused: [],
        unexcused: ['D-APART'],
      },
    ]);
    expect(isDeeplyFrozen(report)).toBe(true);
  });
});
