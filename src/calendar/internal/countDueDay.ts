import type { DeadlineRule } from '../../model/shared/deadline.js';
import { plusDays, plusMonths, plusWorkingDays } from './arithmetic.js';
import { type DayParts, dayNumberOf, daysInMonth, formatDay, parseDay } from './days.js';
import { dayOutOfRangeError } from './errors.js';
import { findWorkingDay } from './findWorkingDay.js';
import { type CheckedCalendar, dayOf } from './read.js';

// The arguments are checked by the callers (dueDate, extendDeadline, explainDeadline): the anchor
// day is a real day, the rule passed DeadlineRuleSchema, the calendar was read once.

/** `MM-DD` in `year`, clamped to the month's end (`02-29` in a common year is `02-28`). */
function fixedDayIn(year: number, monthDay: string): string {
  if (year > 9999) throw dayOutOfRangeError('rule');
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3, 5));
  return formatDay(year, month, Math.min(day, daysInMonth(year, month)));
}

/**
 * The fixed date on or after `anchorDay`: this year's, or next year's once this year's is past.
 * An anchor on the fixed date itself is due that very day (an item assigned on 30 June under
 * "reply by 30 June" is due on 30 June, and on time if it is answered that day).
 */
export function fixedDueDay(anchorDay: string, monthDay: string): string {
  const year = Number(anchorDay.slice(0, 4));
  const thisYear = fixedDayIn(year, monthDay);
  return anchorDay <= thisYear ? thisYear : fixedDayIn(year + 1, monthDay);
}

function partsOf(day: string): DayParts {
  // Every day here was produced by this module or checked by the caller.
  return parseDay(day) as DayParts;
}

/**
 * The due day of `rule` counted from `anchorDay`, with `extraMonths` of approved extension, before
 * rolling forward. Calendar-month rules add the extension to the rule's own months, so that
 * "3 months, extended by 3" is exactly "6 months from the anchor" (2024-11-30 → 2025-05-30, not
 * 2025-05-28 as 2025-02-28 + 3 months would give); other rules add it to their counted day.
 */
/** A day moved on by an extension's months (延期), read again only when there are any. */
function withExtraMonths(day: string, extraMonths: number): string {
  return extraMonths === 0 ? day : plusMonths(partsOf(day), extraMonths, 'rule');
}

export function countedDay(
  anchorDay: string,
  rule: DeadlineRule,
  calendar: CheckedCalendar,
  extraMonths: number,
): string {
  const anchor = partsOf(anchorDay);
  if (rule.anchor === 'fixedDate') {
    // The schema guarantees `fixedDate` on fixed-date rules.
    const fixed = fixedDueDay(anchorDay, rule.fixedDate ?? '12-31');
    return extraMonths === 0 ? fixed : plusMonths(partsOf(fixed), extraMonths, 'rule');
  }
  switch (rule.unit) {
    case 'calendarMonths':
      return plusMonths(anchor, rule.amount + extraMonths, 'rule');
    case 'calendarDays':
      return withExtraMonths(plusDays(anchor, rule.amount, 'rule'), extraMonths);
    case 'workingDays':
      return withExtraMonths(plusWorkingDays(anchor, rule.amount, calendar, 'rule'), extraMonths);
  }
}

/** {@link countedDay}, then moved to the next working day when the rule says so (顺延). */
export function countDueDay(
  anchorDay: string,
  rule: DeadlineRule,
  calendar: CheckedCalendar,
  extraMonths: number,
): string {
  const day = countedDay(anchorDay, rule, calendar, extraMonths);
  if (rule.rollToWorkingDay !== true) return day;
  return dayOf(findWorkingDay(dayNumberOf(partsOf(day)), 1, calendar, 'rule'), 'rule');
}
