import type { WorkingDayCalendar } from './workingDayCalendar.js';

/**
 * Where a deadline is counted (期限计算环境): the jurisdiction's time zone and working-day
 * calendar.
 *
 * @remarks
 * A jurisdiction policy carries both, so it can be passed wherever a `DeadlineContext` is
 * expected. The zone decides which calendar day an instant falls on (day zero of the count); the
 * calendar decides which days are working days.
 *
 * @example
 * ```ts
 * import { chinaOfficialCalendar, type DeadlineContext } from 'renda';
 *
 * const context: DeadlineContext = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };
 * ```
 * @category Deadlines
 */
export interface DeadlineContext {
  /** The IANA time zone, e.g. `Asia/Shanghai`. */
  readonly timeZone: string;
  /** The working-day calendar, e.g. {@link chinaOfficialCalendar}. */
  readonly calendar: WorkingDayCalendar;
}
