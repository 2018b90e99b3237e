// The `safeX` twins of the duty record: each returns `{ ok: true, value } | { ok: false, error }`
// and never throws, whatever it is given.
import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { PerformanceRecord } from '../../model/performanceRecord.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { safely } from '../../stats/internal/invalidInput.js';
import {
  type AbsenceTerminationOptions,
  type AbsenceTerminationResult,
  absenceTermination,
} from './absenceTermination.js';
import { dutyRecord } from './dutyRecord.js';
import { type DutyRecordsResult, dutyRecords } from './dutyRecords.js';
import type {
  DutyRecord,
  DutyRecordOptions,
  DutyRecordSources,
  SessionAttendance,
} from './dutyRecordTypes.js';
import {
  type SessionAttendanceReport,
  type SessionAttendanceReportOptions,
  sessionAttendanceReport,
} from './sessionAttendanceReport.js';
import { unexcusedAbsences } from './unexcusedAbsences.js';

/**
 * {@link dutyRecord} returning a result instead of throwing (代表履职档案，不抛错).
 *
 * @param deputyId - As for {@link dutyRecord}.
 * @param sources - As for {@link dutyRecord}.
 * @param options - As for {@link dutyRecord}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeDutyRecord } from 'renda';
 *
 * const result = safeDutyRecord('D-404', { deputies: [] }, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 * });
 * console.log(result.ok); // false
 * ```
 * @category Coverage
 */
export function safeDutyRecord(
  deputyId: string,
  sources: DutyRecordSources,
  options: DutyRecordOptions,
): Result<DutyRecord, ValidationError> {
  return safely('dutyRecord', () => dutyRecord(deputyId, sources, options));
}

/**
 * {@link dutyRecords} returning a result instead of throwing (履职档案汇编，不抛错).
 *
 * @param sources - As for {@link dutyRecords}.
 * @param options - As for {@link dutyRecords}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeDutyRecords } from 'renda';
 *
 * const result = safeDutyRecords({ deputies: [] }, { period: { from: '2025-12-31', to: '2025-01-01' } });
 * console.log(result.ok); // false
 * ```
 * @category Coverage
 */
export function safeDutyRecords(
  sources: DutyRecordSources,
  options: DutyRecordOptions,
): Result<DutyRecordsResult, ValidationError> {
  return safely('dutyRecords', () => dutyRecords(sources, options));
}

/**
 * {@link unexcusedAbsences} returning a result instead of throwing (未经批准缺席的会议，不抛错).
 *
 * @param record - As for {@link unexcusedAbsences}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeUnexcusedAbsences } from 'renda';
 *
 * console.log(safeUnexcusedAbsences(null as never).ok); // false
 * ```
 * @category Coverage
 */
export function safeUnexcusedAbsences(
  record: DutyRecord,
): Result<readonly SessionAttendance[], ValidationError> {
  return safely('unexcusedAbsences', () => unexcusedAbsences(record));
}

/**
 * {@link absenceTermination} returning a result instead of throwing (缺席终止资格核查，不抛错).
 *
 * @param deputies - As for {@link absenceTermination}.
 * @param performanceRecords - As for {@link absenceTermination}.
 * @param options - As for {@link absenceTermination}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeAbsenceTermination } from 'renda';
 *
 * console.log(safeAbsenceTermination([], [], { asOf: '2025-13-01' }).ok); // false
 * ```
 * @category Coverage
 */
export function safeAbsenceTermination(
  deputies: Iterable<Deputy>,
  performanceRecords: Iterable<PerformanceRecord>,
  options: AbsenceTerminationOptions,
): Result<AbsenceTerminationResult, ValidationError> {
  return safely('absenceTermination', () =>
    absenceTermination(deputies, performanceRecords, options),
  );
}

/**
 * {@link sessionAttendanceReport} returning a result instead of throwing (会议出席情况通报，不抛错).
 *
 * @param deputies - As for {@link sessionAttendanceReport}.
 * @param records - As for {@link sessionAttendanceReport}.
 * @param options - As for {@link sessionAttendanceReport}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeSessionAttendanceReport } from 'renda';
 *
 * console.log(safeSessionAttendanceReport([], [], undefined as never).ok); // false
 * ```
 * @category Coverage
 */
export function safeSessionAttendanceReport(
  deputies: Iterable<Deputy>,
  records: Iterable<PerformanceRecord | Activity>,
  options: SessionAttendanceReportOptions,
): Result<SessionAttendanceReport, ValidationError> {
  return safely('sessionAttendanceReport', () =>
    sessionAttendanceReport(deputies, records, options),
  );
}
