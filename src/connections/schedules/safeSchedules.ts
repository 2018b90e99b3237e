// The `safeX` twins of the reception-day schedule functions (接待日安排): each returns
// `{ ok: true, value } | { ok: false, error }` and never throws, whatever it is given.
import type { Activity } from '../../model/activity.js';
import type { LiaisonStation, ReceptionSchedule } from '../../model/liaisonStation.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { safely } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import { expandSchedule, type ScheduledReceptionDay } from './expandSchedule.js';
import {
  type ReceptionDayAdherenceOptions,
  type ReceptionDayAdherenceResult,
  receptionDayAdherence,
} from './receptionDayAdherence.js';
import type { ScheduleOptions } from './scheduleOptions.js';

/**
 * {@link expandSchedule} returning a result instead of throwing (接待日展开，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link expandSchedule}; never throws, whatever it is given: a
 * problem comes back as `{ ok: false, error }` with code `INVALID_INPUT` and issues naming the
 * field.
 *
 * @param schedule - As for {@link expandSchedule}.
 * @param period - As for {@link expandSchedule}.
 * @param options - As for {@link expandSchedule}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeExpandSchedule } from 'renda';
 *
 * const result = safeExpandSchedule(
 *   { kind: 'monthlyDays', days: [20] },
 *   { from: '2025-01-01', to: '2025-12-31' },
 *   { onNonWorkingDay: 'nextWorkingDay' },
 * );
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['calendar']
 * ```
 * @category Coverage
 */
export function safeExpandSchedule(
  schedule: ReceptionSchedule,
  period: CoveragePeriod,
  options?: ScheduleOptions,
): Result<readonly ScheduledReceptionDay[], ValidationError> {
  return safely('expandSchedule', () => expandSchedule(schedule, period, options));
}

/**
 * {@link receptionDayAdherence} returning a result instead of throwing (接待日按期举行率，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link receptionDayAdherence}; never throws, whatever it is given
 * (null, missing options, a Proxy whose traps throw, a getter that throws, a cycle, a reversed or
 * ten-thousand-year period): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument.
 *
 * @param stations - As for {@link receptionDayAdherence}.
 * @param activities - As for {@link receptionDayAdherence}.
 * @param options - As for {@link receptionDayAdherence}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeReceptionDayAdherence } from 'renda';
 *
 * const result = safeReceptionDayAdherence([], [], {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   asOf: 'yesterday',
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['asOf']
 * ```
 * @category Coverage
 */
export function safeReceptionDayAdherence(
  stations: Iterable<LiaisonStation>,
  activities: Iterable<Activity>,
  options: ReceptionDayAdherenceOptions,
): Result<ReceptionDayAdherenceResult, ValidationError> {
  return safely('receptionDayAdherence', () =>
    receptionDayAdherence(stations, activities, options),
  );
}
