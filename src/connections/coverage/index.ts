// The public names of the two-connections coverage functions (两个联系全覆盖), listed one by one.
export {
  ACTIVITY_TARGET_COUNTS,
  ACTIVITY_TARGET_PERIODS,
  ACTIVITY_TARGET_ROLES,
  ACTIVITY_TARGET_SUBJECTS,
  type ActivityTargetRecords,
  type ActivityTargetResult,
  type ActivityTargetSubject,
  type CoverageActivityTargetOptions,
  coverageActivityTarget,
} from './coverageActivityTarget.js';
export {
  type CoverageDutyReportsOptions,
  coverageDutyReports,
  DUTY_REPORT_FREQUENCIES,
} from './coverageDutyReports.js';
export {
  type CoverageEnrolmentOptions,
  coverageEnrolment,
  ENROLMENT_REQUIREMENTS,
} from './coverageEnrolment.js';
export {
  type CoverageMemberContactOptions,
  coverageMemberContact,
  MEMBER_CONTACT_PERIODS,
} from './coverageMemberContact.js';
export { type CoverageMemberQuotaOptions, coverageMemberQuota } from './coverageMemberQuota.js';
export {
  type CoverageOpinionsClosedOptions,
  coverageOpinionsClosed,
} from './coverageOpinionsClosed.js';
export { type CoveragePeriod, PARTIAL_POLICIES, type PartialPolicy } from './coveragePeriod.js';
export {
  COVERAGE_EXCLUSION_REASONS,
  type CoverageExclusion,
  type CoverageExclusionReason,
  type CoverageResult,
  type CoverageSentence,
  type CoverageShortfall,
} from './coverageResult.js';
export {
  type CoverageSessionAttendanceOptions,
  type CoverageSessionAttendanceResult,
  coverageSessionAttendance,
} from './coverageSessionAttendance.js';
export {
  type CoverageStationActivityOptions,
  coverageStationActivity,
  STATION_TARGET_PERIODS,
} from './coverageStationActivity.js';
export { type CoverageTrainingOptions, coverageTraining } from './coverageTraining.js';
export { type Roster, type RosterEntry, type RosterOptions, rosterFor } from './rosterFor.js';
export {
  safeCoverageActivityTarget,
  safeCoverageDutyReports,
  safeCoverageEnrolment,
  safeCoverageMemberContact,
  safeCoverageMemberQuota,
  safeCoverageOpinionsClosed,
  safeCoverageSessionAttendance,
  safeCoverageStationActivity,
  safeCoverageTraining,
  safeRosterFor,
} from './safeCoverage.js';
