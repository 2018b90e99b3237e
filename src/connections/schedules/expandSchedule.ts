import type { ReceptionSchedule } from '../../model/liaisonStation.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { expandDays } from './internal/expandDays.js';
import { readSchedule, readScheduleOptions } from './internal/readSchedule.js';
import type { ScheduledReceptionDay } from './scheduledReceptionDay.js';
import type { ScheduleOptions } from './scheduleOptions.js';

export type { ScheduledReceptionDay } from './scheduledReceptionDay.js';

/**
 * The reception days (接待日) a station's schedule (接待日安排) holds in a period, with the day
 * each notice is due (公告日).
 *
 * @remarks
 * The schedule is a {@link ReceptionSchedule} exactly as the station model stores it (checked by
 * the same schema): `weekly` on an ISO weekday (1 = Monday), `monthlyDays` (e.g. the 9th and the
 * 19th, or the 20th), `oddMonths` (e.g. the 15th of January, March, …, November).
 *
 * - A day of the month the month lacks (the 31st in April, 29 February outside a leap year) is
 *   skipped by default (the model's meaning); `missingDay: 'lastDayOfMonth'` takes the month's last
 *   day instead.
 * - A day on a rest day or holiday is kept by default: fixed dates are held whatever the weekday
 *   in many stations, and renda does not move a published date unless told
 *   (`onNonWorkingDay`: `nextWorkingDay`, `previousWorkingDay` or `skip`, with a `calendar`). Make-up
 *   working days (调休上班日) are working days.
 * - `noticeDay` is `noticeDays` before the reception day as held (after any move), in calendar
 *   days by default ("提前3天公告" read plainly), or in working days with `noticeIn:
 *   'workingDays'`. It may fall before the period, in the previous month or year.
 *
 * The result holds the days in `period` (both ends inclusive), strictly increasing; a rule day
 * just outside the period that is moved into it counts, one moved out of it does not, so
 * expanding `[a, c]` gives the days of `[a, b]` then those of `[b + 1, c]`. Two rule days moved onto
 * the same day make one reception day (the earlier `ruleDay` is kept). Only `YYYY-MM-DD` strings
 * are read: no `Date`, and the machine's time zone never matters. At most ten years.
 *
 * @param schedule - The station's schedule (`station.receptionSchedule`).
 * @param period - The days to expand over, both inclusive.
 * @param options - The calendar, and what to do with rest days, missing days and notice.
 * @returns The scheduled reception days, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the field for a bad schedule, period
 * or option, or a missing calendar.
 *
 * @example
 * ```ts
 * import { expandSchedule } from 'renda';
 *
 * const days = expandSchedule(
 *   { kind: 'oddMonths', day: 15, noticeDays: 3 },
 *   { from: '2025-01-01', to: '2025-06-30' },
 * );
 * console.log(days.map((d) => d.day)); // ['2025-01-15', '2025-03-15', '2025-05-15']
 * console.log(days[0]?.noticeDay); // '2025-01-12'
 * ```
 *
 * @example
 * ```ts
 * import { chinaOfficialCalendar, expandSchedule } from 'renda';
 *
 * // The 1st of each month, moved off the National Day break (1–8 Oct 2025) to Thursday the 9th.
 * const [october] = expandSchedule(
 *   { kind: 'monthlyDays', days: [1] },
 *   { from: '2025-10-01', to: '2025-10-31' },
 *   { calendar: chinaOfficialCalendar, onNonWorkingDay: 'nextWorkingDay' },
 * );
 * console.log(october); // { day: '2025-10-09', ruleDay: '2025-10-01' }
 * ```
 * @category Coverage
 */
export function expandSchedule(
  schedule: ReceptionSchedule,
  period: CoveragePeriod,
  options?: ScheduleOptions,
): readonly ScheduledReceptionDay[] {
  return guard('expandSchedule', () => {
    const checks = new OptionChecks('expandSchedule');
    const checked = readSchedule(checks, schedule, ['schedule']);
    const span = checks.period(period);
    const settings = readScheduleOptions(
      checks,
      checks.options<ScheduleOptions>(options, 'options', '选项', true),
    );
    checks.done();
    return checked === undefined ? [] : expandDays(checked, span, settings());
  });
}
