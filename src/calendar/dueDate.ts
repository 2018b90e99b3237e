import type { Deadline, DeadlineRule } from '../model/shared/deadline.js';
import type { DeadlineContext } from './deadlineContext.js';
import { asRendaError } from './internal/guarded.js';
import { countDeadline } from './safeDueDate.js';

/**
 * Counts the due day of a deadline rule (计算截止日期) from an anchor, in the jurisdiction's time
 * zone and working-day calendar, and returns the frozen {@link Deadline} to store on the record.
 *
 * @remarks
 * - **Day zero** is the anchor's calendar day in `context.timeZone`: an assignment at
 *   `2025-01-31T23:30:00+08:00` counts from 31 January in Asia/Shanghai, whatever the server's
 *   zone. A plain `YYYY-MM-DD` anchor is day zero itself.
 * - **Calendar months** (`calendarMonths`): the same day-of-month N months later, clamped to the
 *   month's end: 2024-11-30 + 3 months = 2025-02-28 ({@link addCalendarMonths}).
 * - **Calendar days** (`calendarDays`): day zero + N.
 * - **Working days** (`workingDays`): the Nth working day after day zero in `context.calendar`;
 *   day zero never counts ({@link addWorkingDays}).
 * - **Fixed date** (`anchor: 'fixedDate'`): that `MM-DD` in day zero's year, or in the next year
 *   when day zero is already past it; `amount` and `unit` are ignored. A `02-29` date (or any
 *   day past the month's end) is clamped to the month's last day.
 * - **Roll forward** (`rollToWorkingDay`, 顺延): a due day that is not a working day moves to
 *   the next working day. Off by default: the law counts months and days as they fall.
 *
 * The due day is inclusive: an act on that day is on time ({@link isOnTime}).
 *
 * This is the throwing variant; {@link safeDueDate} returns the same error as a value.
 *
 * @param anchor - What the deadline counts from (the assignment, receipt or session close):
 *   an ISO timestamp with seconds and an offset (the grammar the model schemas accept, years
 *   0001–9999 in UTC), or a `YYYY-MM-DD` day.
 * @param rule - The deadline rule, e.g. `{ amount: 3, unit: 'calendarMonths', anchor: 'assignment' }`.
 * @param context - The time zone and working-day calendar (a jurisdiction policy fits).
 * @returns The frozen deadline: `day`, `anchorDay`, `rule`, `calendarId` and `timeZone`.
 * @throws {@link RendaError} carrying the {@link DueDateError} (`INVALID_ANCHOR`,
 *   `TIMESTAMP_OUT_OF_RANGE`, `DAY_OUT_OF_RANGE`, `INVALID_RULE`, `INVALID_TIME_ZONE`,
 *   `INVALID_CALENDAR`, `NO_WORKING_DAY`, `INVALID_INPUT`) when an input is bad.
 * @example
 * ```ts
 * import { chinaOfficialCalendar, dueDate } from 'renda';
 *
 * const context = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };
 * const reply = dueDate(
 *   '2024-11-30T09:00:00+08:00',
 *   { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *   context,
 * );
 * console.log(reply.day); // '2025-02-28'
 *
 * const assign = dueDate('2025-09-30', { amount: 5, unit: 'workingDays', anchor: 'receipt' }, context);
 * console.log(assign.day); // '2025-10-14': the National Day break is skipped, Saturday 11 Oct counts
 * ```
 * @category Deadlines
 */
export function dueDate(anchor: string, rule: DeadlineRule, context: DeadlineContext): Deadline {
  // No closure: the count is called directly, the hottest deadline path.
  try {
    return countDeadline(anchor, rule, context);
  } catch (thrown) {
    throw asRendaError(thrown);
  }
}
