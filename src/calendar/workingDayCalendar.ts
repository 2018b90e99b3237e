/**
 * A working-day calendar (工作日历): says whether a calendar day is a working day (工作日), taking
 * weekends, public holidays (法定节假日) and make-up working days (调休上班日) into account.
 *
 * @remarks
 * Days are `YYYY-MM-DD` strings in the jurisdiction's time zone; a calendar never sees instants,
 * so it never needs a zone. `id` is stored on every {@link Deadline} counted with the calendar,
 * so that a deadline says which calendar produced it (at most 64 characters).
 *
 * `covers(year)` is optional: a calendar built from published notices answers whether it has
 * the data for that year, so an app can warn before it counts working days in a year whose
 * holiday arrangement has not been published yet. A calendar without `covers` is taken to
 * know every year.
 *
 * Any object of this shape works, so an app can wrap its own holiday service; the built-in ones
 * are {@link weekendsOnlyCalendar}, {@link chinaOfficialCalendar} and calendars made with
 * {@link defineHolidayCalendar}.
 *
 * @example
 * ```ts
 * import type { WorkingDayCalendar } from 'renda';
 *
 * // Every day is a working day: a 7-day-week office.
 * const everyDay: WorkingDayCalendar = { id: 'every-day', isWorkingDay: () => true };
 * console.log(everyDay.isWorkingDay('2025-10-01')); // true
 * ```
 * @category Deadlines
 */
export interface WorkingDayCalendar {
  /** The calendar's id, e.g. `cn-official`; stored on deadlines as `calendarId`. */
  readonly id: string;
  /**
   * Whether `day` (`YYYY-MM-DD`) is a working day.
   *
   * @param day - A calendar day, `YYYY-MM-DD`.
   */
  isWorkingDay(day: string): boolean;
  /**
   * Whether the calendar has holiday data for `year`; absent means "every year".
   *
   * @param year - A Gregorian year, e.g. `2025`.
   */
  covers?(year: number): boolean;
}
