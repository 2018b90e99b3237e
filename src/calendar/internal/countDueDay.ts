import type { DeadlineRule } from '../../model/shared/deadline.js';
import { addCalendarDays } from '../addCalendarDays.js';
import { addCalendarMonths } from '../addCalendarMonths.js';
import { addWorkingDays } from '../addWorkingDays.js';
import type { WorkingDayCalendar } from '../workingDayCalendar.js';
import { dayNumberOf, daysInMonth, formatDay, fromDayNumber, parseDay } from './days.js';
import { findWorkingDay } from './findWorkingDay.js';

/** `MM-DD` in `year`, clamped to the month's end (`02-29` in a common year is `02-28`). */
function fixedDayIn(year: number, monthDay: string): string {
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3, 5));
  return formatDay(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The fixed date on or after `anchorDay`: this year's, or next year's once this year's is past. */
export function fixedDueDay(anchorDay: string, monthDay: string): string {
  const year = Number(anchorDay.slice(0, 4));
  const thisYear = fixedDayIn(year, monthDay);
  return anchorDay <= thisYear ? thisYear : fixedDayIn(year + 1, monthDay);
}

/**
 * The due day of `rule` counted from `anchorDay`, with `extraMonths` of approved extension, before
 * rolling forward. Calendar-month rules add the extension to the rule's own months, so that
 * "3 months, extended by 3" is exactly "6 months from the anchor" (2024-11-30 → 2025-05-30, not
 * 2025-05-28 as 2025-02-28 + 3 months would give); other rules add it to their counted day.
 */
export function countedDay(
  anchorDay: string,
  rule: DeadlineRule,
  calendar: WorkingDayCalendar,
  extraMonths: number,
): string {
  if (rule.anchor === 'fixedDate') {
    // The schema guarantees `fixedDate` on fixed-date rules.
    return addCalendarMonths(fixedDueDay(anchorDay, rule.fixedDate ?? '12-31'), extraMonths);
  }
  switch (rule.unit) {
    case 'calendarMonths':
      return addCalendarMonths(anchorDay, rule.amount + extraMonths);
    case 'calendarDays':
      return addCalendarMonths(addCalendarDays(anchorDay, rule.amount), extraMonths);
    case 'workingDays':
      return addCalendarMonths(addWorkingDays(anchorDay, rule.amount, calendar), extraMonths);
  }
}

/** {@link countedDay}, then moved to the next working day when the rule says so (顺延). */
export function countDueDay(
  anchorDay: string,
  rule: DeadlineRule,
  calendar: WorkingDayCalendar,
  extraMonths: number,
): string {
  const day = countedDay(anchorDay, rule, calendar, extraMonths);
  if (rule.rollToWorkingDay !== true) return day;
  const parts = parseDay(day);
  return parts === undefined ? day : fromDayNumber(findWorkingDay(dayNumberOf(parts), 1, calendar));
}
