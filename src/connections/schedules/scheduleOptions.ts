import type { WorkingDayCalendar } from '../../calendar/workingDayCalendar.js';

/**
 * What to do with a reception day (接待日) that falls on a rest day or a public holiday
 * (休息日 / 节假日), as the working-day calendar says.
 *
 * @remarks
 * - `keep` (the default): hold it on the day the rule names. Many stations receive on fixed
 *   dates whatever the weekday (the 15th of odd months, a market day), and the stored rule says
 *   that date, so renda does not move it unless told; no calendar is needed.
 * - `nextWorkingDay` / `previousWorkingDay`: move it to the first working day after or before
 *   (顺延 / 提前). A make-up working day (调休上班日, e.g. Sunday 28 Sep 2025) is a working day, so
 *   a day moved off the National Day break can land on it.
 * - `skip`: no reception that time (当期不安排).
 *
 * @example
 * ```ts
 * import { NON_WORKING_DAY_POLICIES } from 'renda';
 *
 * console.log(NON_WORKING_DAY_POLICIES); // ['keep', 'nextWorkingDay', 'previousWorkingDay', 'skip']
 * ```
 * @category Coverage
 */
export const NON_WORKING_DAY_POLICIES = [
  'keep',
  'nextWorkingDay',
  'previousWorkingDay',
  'skip',
] as const;

/**
 * What to do with a day of the month that a month does not have (the 31st in April, the 30th in
 * February): `skip` that month (the default, and the meaning the station model documents for
 * stored schedules), or take the month's `lastDayOfMonth` (月末) instead.
 *
 * @example
 * ```ts
 * import { MISSING_DAY_POLICIES } from 'renda';
 *
 * console.log(MISSING_DAY_POLICIES); // ['skip', 'lastDayOfMonth']
 * ```
 * @category Coverage
 */
export const MISSING_DAY_POLICIES = ['skip', 'lastDayOfMonth'] as const;

/**
 * How a notice period (提前公告天数) is counted back from the reception day: in `calendarDays`
 * (the default; "提前3天公告" read plainly) or in `workingDays` of the calendar.
 *
 * @example
 * ```ts
 * import { NOTICE_COUNTS } from 'renda';
 *
 * console.log(NOTICE_COUNTS); // ['calendarDays', 'workingDays']
 * ```
 * @category Coverage
 */
export const NOTICE_COUNTS = ['calendarDays', 'workingDays'] as const;

/**
 * How a reception-day schedule is laid on the calendar (接待日安排的展开方式), shared by
 * {@link expandSchedule} and {@link receptionDayAdherence}.
 *
 * @remarks
 * A `calendar` is required when `onNonWorkingDay` is not `keep` or `noticeIn` is `workingDays`;
 * otherwise it is not read.
 *
 * @example
 * ```ts
 * import { chinaOfficialCalendar, type ScheduleOptions } from 'renda';
 *
 * const options: ScheduleOptions = {
 *   calendar: chinaOfficialCalendar,
 *   onNonWorkingDay: 'nextWorkingDay',
 *   missingDay: 'lastDayOfMonth',
 * };
 * ```
 * @category Coverage
 */
export interface ScheduleOptions {
  /** The working-day calendar (工作日历), e.g. {@link chinaOfficialCalendar}. */
  readonly calendar?: WorkingDayCalendar;
  /** A reception day on a rest day or holiday; `'keep'` by default. */
  readonly onNonWorkingDay?: (typeof NON_WORKING_DAY_POLICIES)[number];
  /** A day of the month the month lacks; `'skip'` by default. */
  readonly missingDay?: (typeof MISSING_DAY_POLICIES)[number];
  /** How `noticeDays` is counted; `'calendarDays'` by default. */
  readonly noticeIn?: (typeof NOTICE_COUNTS)[number];
}
