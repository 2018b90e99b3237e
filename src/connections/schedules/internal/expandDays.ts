/**
 * The one expansion of a schedule (internal), shared by `expandSchedule` and the adherence
 * figure: rule days, moved or skipped by the calendar, each with its notice day.
 */
import { plusWorkingDays } from '../../../calendar/internal/arithmetic.js';
import { fromDayNumber, isDayNumberInRange, parseDay } from '../../../calendar/internal/days.js';
import { findWorkingDay } from '../../../calendar/internal/findWorkingDay.js';
import { dayOf } from '../../../calendar/internal/read.js';
import type { ReceptionSchedule } from '../../../model/liaisonStation.js';
import type { DaySpan } from '../../coverage/internal/days.js';
import type { ScheduledReceptionDay } from '../scheduledReceptionDay.js';
import type { ScheduleSettings } from './readSchedule.js';
import { ruleDays } from './ruleDays.js';

/**
 * The rule days that can land in `span` once moved: a day moved forward may come from just
 * before the span (the break before it), a day moved back from just after it. Widening by exactly
 * the run of days off keeps `[a, c]` the concatenation of `[a, b]` and `[b + 1, c]`.
 */
function ruleSpan(span: DaySpan, settings: ScheduleSettings): DaySpan {
  const { calendar, onNonWorkingDay } = settings;
  if (calendar === undefined) return span;
  if (onNonWorkingDay === 'nextWorkingDay' && isDayNumberInRange(span.from - 1)) {
    return { from: findWorkingDay(span.from - 1, -1, calendar, 'period.from') + 1, to: span.to };
  }
  if (onNonWorkingDay === 'previousWorkingDay' && isDayNumberInRange(span.to + 1)) {
    return { from: span.from, to: findWorkingDay(span.to + 1, 1, calendar, 'period.to') - 1 };
  }
  return span;
}

/** The actual day of a rule day, or `undefined` when the settings skip it. */
function actualDay(ruleDay: number, settings: ScheduleSettings): number | undefined {
  const { calendar, onNonWorkingDay } = settings;
  if (onNonWorkingDay === 'keep' || calendar === undefined || calendar.isWorkingDay(ruleDay)) {
    return ruleDay;
  }
  if (onNonWorkingDay === 'skip') return undefined;
  return findWorkingDay(
    ruleDay,
    onNonWorkingDay === 'previousWorkingDay' ? -1 : 1,
    calendar,
    'schedule',
  );
}

/** The last day the notice must be out: `noticeDays` calendar or working days before `day`. */
function noticeDayOf(day: number, noticeDays: number, settings: ScheduleSettings): string {
  if (settings.noticeIn === 'workingDays' && settings.calendar !== undefined) {
    const parts = parseDay(fromDayNumber(day));
    if (parts !== undefined)
      return plusWorkingDays(parts, -noticeDays, settings.calendar, 'noticeDays');
  }
  return dayOf(day - noticeDays, 'noticeDays');
}

/**
 * The reception days of `schedule` in `span`, strictly increasing. Moving is monotone, so two
 * rule days that land on one working day sit side by side; the first (earliest) is kept.
 */
export function expandDays(
  schedule: ReceptionSchedule,
  span: DaySpan,
  settings: ScheduleSettings,
): ScheduledReceptionDay[] {
  const out: ScheduledReceptionDay[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const ruleDay of ruleDays(schedule, ruleSpan(span, settings), settings.missingDay)) {
    const day = actualDay(ruleDay, settings);
    if (day === undefined || day < span.from || day > span.to || day <= last) continue;
    last = day;
    const entry: ScheduledReceptionDay = {
      day: fromDayNumber(day),
      ruleDay: fromDayNumber(ruleDay),
      ...(schedule.noticeDays === undefined
        ? {}
        : { noticeDay: noticeDayOf(day, schedule.noticeDays, settings) }),
    };
    out.push(entry);
  }
  return out;
}
