// The `safeX` twins of the coverage functions (两个联系全覆盖): each returns
// `{ ok: true, value } | { ok: false, error }` and never throws, whatever it is given.

import type { Activity } from '../../model/activity.js';
import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { Deputy } from '../../model/deputy.js';
import type { DeputyGroup } from '../../model/deputyGroup.js';
import type { DutyReport } from '../../model/dutyReport.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import type { Training } from '../../model/training.js';
import type { TrainingAttendance } from '../../model/trainingAttendance.js';
import { safely } from '../../stats/internal/invalidInput.js';
import {
  type ActivityTargetRecords,
  type ActivityTargetResult,
  type ActivityTargetSubject,
  type CoverageActivityTargetOptions,
  coverageActivityTarget,
} from './coverageActivityTarget.js';
import { type CoverageDutyReportsOptions, coverageDutyReports } from './coverageDutyReports.js';
import { type CoverageEnrolmentOptions, coverageEnrolment } from './coverageEnrolment.js';
import {
  type CoverageMemberContactOptions,
  coverageMemberContact,
} from './coverageMemberContact.js';
import { type CoverageMemberQuotaOptions, coverageMemberQuota } from './coverageMemberQuota.js';
import {
  type CoverageOpinionsClosedOptions,
  coverageOpinionsClosed,
} from './coverageOpinionsClosed.js';
import type { CoveragePeriod } from './coveragePeriod.js';
import type { CoverageResult } from './coverageResult.js';
import {
  type CoverageSessionAttendanceOptions,
  type CoverageSessionAttendanceResult,
  coverageSessionAttendance,
} from './coverageSessionAttendance.js';
import {
  type CoverageStationActivityOptions,
  coverageStationActivity,
} from './coverageStationActivity.js';
import { type CoverageTrainingOptions, coverageTraining } from './coverageTraining.js';
import { type Roster, type RosterOptions, rosterFor } from './rosterFor.js';

/**
 * {@link coverageDutyReports} returning a result instead of throwing (述职覆盖率，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link coverageDutyReports}; never throws, whatever it is given (null, missing
 * options, a Proxy whose traps throw, a getter that throws, a cycle, a BigInt, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param deputies - As for {@link coverageDutyReports}.
 * @param reports - As for {@link coverageDutyReports}.
 * @param options - As for {@link coverageDutyReports}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCoverageDutyReports } from 'renda';
 *
 * console.log(safeCoverageDutyReports([], [], undefined as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeCoverageDutyReports(
  deputies: Iterable<Deputy>,
  reports: Iterable<DutyReport>,
  options: CoverageDutyReportsOptions,
): Result<CoverageResult, ValidationError> {
  return safely('coverageDutyReports', () => coverageDutyReports(deputies, reports, options));
}

/**
 * {@link coverageEnrolment} returning a result instead of throwing (进站入组覆盖率，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link coverageEnrolment}; never throws, whatever it is given (null, missing
 * options, a Proxy whose traps throw, a getter that throws, a cycle, a BigInt, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param deputies - As for {@link coverageEnrolment}.
 * @param stations - As for {@link coverageEnrolment}.
 * @param groups - As for {@link coverageEnrolment}.
 * @param options - As for {@link coverageEnrolment}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCoverageEnrolment } from 'renda';
 *
 * console.log(safeCoverageEnrolment([], [], [], undefined as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeCoverageEnrolment(
  deputies: Iterable<Deputy>,
  stations: Iterable<LiaisonStation>,
  groups: Iterable<DeputyGroup>,
  options: CoverageEnrolmentOptions,
): Result<CoverageResult, ValidationError> {
  return safely('coverageEnrolment', () => coverageEnrolment(deputies, stations, groups, options));
}

/**
 * {@link coverageMemberContact} returning a result instead of throwing (常委会组成人员联系代表覆盖率，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link coverageMemberContact}; never throws, whatever it is given (null, missing
 * options, a Proxy whose traps throw, a getter that throws, a cycle, a BigInt, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param deputies - As for {@link coverageMemberContact}.
 * @param activities - As for {@link coverageMemberContact}.
 * @param options - As for {@link coverageMemberContact}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCoverageMemberContact } from 'renda';
 *
 * console.log(safeCoverageMemberContact([], [], undefined as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeCoverageMemberContact(
  deputies: Iterable<Deputy>,
  activities: Iterable<Activity>,
  options: CoverageMemberContactOptions,
): Result<CoverageResult, ValidationError> {
  return safely('coverageMemberContact', () =>
    coverageMemberContact(deputies, activities, options),
  );
}

/**
 * {@link coverageActivityTarget} returning a result instead of throwing (活动指标，不抛错).
 *
 * @param subjects - The deputies, members, stations or groups.
 * @param activities - The activities.
 * @param options - The period, subject, target, kinds, role, windows, count and asOf.
 * @returns The result, or the `INVALID_INPUT` error naming the field.
 * @example
 * ```ts
 * import { safeCoverageActivityTarget } from 'renda';
 *
 * const result = safeCoverageActivityTarget([], [], { period: { from: '2025-01-01', to: '2025-12-31' } } as never);
 * console.log(result.ok); // false: the subject is missing
 * ```
 * @category Metrics
 */
export function safeCoverageActivityTarget<S extends ActivityTargetSubject>(
  subjects: Iterable<ActivityTargetRecords[S]>,
  activities: Iterable<Activity>,
  options: CoverageActivityTargetOptions<S>,
): Result<ActivityTargetResult, ValidationError> {
  return safely('coverageActivityTarget', () =>
    coverageActivityTarget(subjects, activities, options),
  );
}

/**
 * {@link coverageMemberQuota} returning a result instead of throwing (组成人员联系代表数，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link coverageMemberQuota}; never throws, whatever it is given (null, missing
 * options, a Proxy whose traps throw, a getter that throws, a cycle, a BigInt, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param members - As for {@link coverageMemberQuota}.
 * @param activities - As for {@link coverageMemberQuota}.
 * @param options - As for {@link coverageMemberQuota}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCoverageMemberQuota } from 'renda';
 *
 * console.log(safeCoverageMemberQuota([], [], undefined as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeCoverageMemberQuota(
  members: Iterable<StandingCommitteeMember>,
  activities: Iterable<Activity>,
  options: CoverageMemberQuotaOptions,
): Result<CoverageResult, ValidationError> {
  return safely('coverageMemberQuota', () => coverageMemberQuota(members, activities, options));
}

/**
 * {@link coverageOpinionsClosed} returning a result instead of throwing (群众意见按期办结反馈率，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link coverageOpinionsClosed}; never throws, whatever it is given (null, missing
 * options, a Proxy whose traps throw, a getter that throws, a cycle, a BigInt, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param opinions - As for {@link coverageOpinionsClosed}.
 * @param options - As for {@link coverageOpinionsClosed}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { chinaOfficialCalendar, safeCoverageOpinionsClosed } from 'renda';
 *
 * const result = safeCoverageOpinionsClosed([], {
 *   period: { from: '0001-01-01', to: '9999-12-31' },
 *   withinWorkingDays: 15,
 *   calendar: chinaOfficialCalendar,
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'PERIOD_TOO_LONG'
 * ```
 * @category Metrics
 */
export function safeCoverageOpinionsClosed(
  opinions: Iterable<ConstituentOpinion>,
  options: CoverageOpinionsClosedOptions,
): Result<CoverageResult, ValidationError> {
  return safely('coverageOpinionsClosed', () => coverageOpinionsClosed(opinions, options));
}

/**
 * {@link coverageSessionAttendance} returning a result instead of throwing (代表列席覆盖率，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link coverageSessionAttendance}; never throws, whatever it is given (null, missing
 * options, a Proxy whose traps throw, a getter that throws, a cycle, a BigInt, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param deputies - As for {@link coverageSessionAttendance}.
 * @param activities - As for {@link coverageSessionAttendance}.
 * @param options - As for {@link coverageSessionAttendance}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCoverageSessionAttendance } from 'renda';
 *
 * console.log(safeCoverageSessionAttendance([], [], undefined as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeCoverageSessionAttendance(
  deputies: Iterable<Deputy>,
  activities: Iterable<Activity>,
  options: CoverageSessionAttendanceOptions,
): Result<CoverageSessionAttendanceResult, ValidationError> {
  return safely('coverageSessionAttendance', () =>
    coverageSessionAttendance(deputies, activities, options),
  );
}

/**
 * {@link coverageStationActivity} returning a result instead of throwing (家站点活动达标率，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link coverageStationActivity}; never throws, whatever it is given (null, missing
 * options, a Proxy whose traps throw, a getter that throws, a cycle, a BigInt, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param stations - As for {@link coverageStationActivity}.
 * @param activities - As for {@link coverageStationActivity}.
 * @param options - As for {@link coverageStationActivity}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCoverageStationActivity } from 'renda';
 *
 * console.log(safeCoverageStationActivity([], [], undefined as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeCoverageStationActivity(
  stations: Iterable<LiaisonStation>,
  activities: Iterable<Activity>,
  options: CoverageStationActivityOptions,
): Result<CoverageResult, ValidationError> {
  return safely('coverageStationActivity', () =>
    coverageStationActivity(stations, activities, options),
  );
}

/**
 * {@link coverageTraining} returning a result instead of throwing (培训覆盖率，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link coverageTraining}; never throws, whatever it is given (null, missing
 * options, a Proxy whose traps throw, a getter that throws, a cycle, a BigInt, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param deputies - As for {@link coverageTraining}.
 * @param trainings - As for {@link coverageTraining}.
 * @param attendances - As for {@link coverageTraining}.
 * @param options - As for {@link coverageTraining}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCoverageTraining } from 'renda';
 *
 * console.log(safeCoverageTraining([], [], [], undefined as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeCoverageTraining(
  deputies: Iterable<Deputy>,
  trainings: Iterable<Training>,
  attendances: Iterable<TrainingAttendance>,
  options: CoverageTrainingOptions,
): Result<CoverageResult, ValidationError> {
  return safely('coverageTraining', () =>
    coverageTraining(deputies, trainings, attendances, options),
  );
}

/**
 * {@link rosterFor} returning a result instead of throwing (在任名册，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link rosterFor}; never throws, whatever it is given (null, missing
 * options, a Proxy whose traps throw, a getter that throws, a cycle, a BigInt, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param deputies - As for {@link rosterFor}.
 * @param period - As for {@link rosterFor}.
 * @param options - As for {@link rosterFor}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeRosterFor } from 'renda';
 *
 * console.log(safeRosterFor([], { from: '2025-12-31', to: '2025-01-01' }).ok); // false
 * ```
 * @category Metrics
 */
export function safeRosterFor(
  deputies: Iterable<Deputy>,
  period: CoveragePeriod,
  options?: RosterOptions,
): Result<Roster, ValidationError> {
  return safely('rosterFor', () => rosterFor(deputies, period, options));
}
