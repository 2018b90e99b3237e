// The public names of the duty record (履职档案): one deputy's duties in one place, session
// attendance for the bulletin, and the two-unexcused-absences check, listed one by one.
export {
  type AbsenceTerminationCase,
  type AbsenceTerminationOptions,
  type AbsenceTerminationResult,
  absenceTermination,
} from './absenceTermination.js';
export { dutyRecord } from './dutyRecord.js';
export { type DutyRecordsResult, dutyRecords } from './dutyRecords.js';
export {
  type DutyRecord,
  type DutyRecordOptions,
  type DutyRecordSources,
  type DutyRecordSuggestion,
  SESSION_ATTENDANCE_MARKS,
  type SessionAttendance,
  type SessionAttendanceMark,
} from './dutyRecordTypes.js';
export {
  safeAbsenceTermination,
  safeDutyRecord,
  safeDutyRecords,
  safeSessionAttendanceReport,
  safeUnexcusedAbsences,
} from './safeDutyRecord.js';
export {
  type SessionAttendanceLine,
  type SessionAttendanceReport,
  type SessionAttendanceReportOptions,
  sessionAttendanceReport,
} from './sessionAttendanceReport.js';
export { unexcusedAbsences } from './unexcusedAbsences.js';
