/**
 * The days a reception-day rule names (internal), before any calendar: integer day numbers from
 * the calendar area's civil-day formulas, so neither `Date` nor the machine's zone is involved.
 */
import {
  daysInMonth,
  fromDayNumber,
  parseDay,
  toDayNumber,
} from '../../../calendar/internal/days.js';
import type { ReceptionSchedule } from '../../../model/liaisonStation.js';
import type { DaySpan } from '../../coverage/internal/days.js';
import type { MISSING_DAY_POLICIES } from '../scheduleOptions.js';

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday (4). */
function isoWeekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** The days of the month a rule names in one month, for a kind that names days of the month. */
function monthDays(schedule: ReceptionSchedule, month: number): readonly number[] {
  if (schedule.kind === 'monthlyDays') return schedule.days;
  if (schedule.kind === 'oddMonths') return month % 2 === 1 ? [schedule.day] : [];
  return [];
}

/**
 * The day numbers the rule names within `span`, strictly increasing. A day of the month the month
 * lacks is skipped or, with `lastDayOfMonth`, taken as the month's last day; two rule days that
 * land on the same day (the 30th and the 31st in February) make one.
 */
export function ruleDays(
  schedule: ReceptionSchedule,
  span: DaySpan,
  missingDay: (typeof MISSING_DAY_POLICIES)[number],
): number[] {
  const out: number[] = [];
  if (schedule.kind === 'weekly') {
    const first = span.from + ((schedule.weekday - isoWeekdayOf(span.from) + 7) % 7);
    for (let day = first; day <= span.to; day += 7) out.push(day);
    return out;
  }
  const start = parseDay(fromDayNumber(span.from));
  if (start === undefined) return out;
  let { year, month } = start;
  for (;;) {
    const length = daysInMonth(year, month);
    // Sorted, so that clamped days stay in order and duplicates sit side by side.
    const wanted = [...monthDays(schedule, month)].sort((a, b) => a - b);
    for (const dayOfMonth of wanted) {
      if (dayOfMonth > length && missingDay === 'skip') continue;
      const day = toDayNumber(year, month, Math.min(dayOfMonth, length));
      if (day > span.to) return out;
      if (day >= span.from && day !== out[out.length - 1]) out.push(day);
    }
    if (toDayNumber(year, month, length) >= span.to) return out;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
