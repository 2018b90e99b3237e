import type { WorkingDayCalendar } from '../workingDayCalendar.js';
import { dayNumberOf, parseDay } from './days.js';
import { invalidDayError } from './errors.js';

// The calendars renda builds answer by day number as well as by day string, so counting a
// deadline neither formats nor parses a day string for every day it asks about. Each such
// calendar's rule is written once, by day number; its public `isWorkingDay(day)` reads the string
// and asks the same function. A calendar of the user's own answers by string, through the checked
// wrapper of readCalendar.

/** A working-day rule by day number (days since 1970-01-01). */
export type WorkingDayNumberRule = (dayNumber: number) => boolean;

const BY_DAY_NUMBER = new WeakMap<object, WorkingDayNumberRule>();

/**
 * The frozen calendar `{ id, isWorkingDay, covers }` of a rule by day number, registered so the
 * deadline functions ask the rule directly.
 */
export function calendarOfDayNumbers(
  id: string,
  rule: WorkingDayNumberRule,
  covers: (year: number) => boolean,
): WorkingDayCalendar {
  const calendar: WorkingDayCalendar = Object.freeze({
    id,
    isWorkingDay: (day: string): boolean => {
      const parts = parseDay(day);
      // A malformed day is a programming error; answering `false` would silently skip it.
      if (parts === undefined) throw invalidDayError(day, 'day');
      return rule(dayNumberOf(parts));
    },
    covers,
  });
  BY_DAY_NUMBER.set(calendar, rule);
  return calendar;
}

/** The rule by day number of a calendar renda built, or `undefined` for any other value. */
export function dayNumberRuleOf(calendar: unknown): WorkingDayNumberRule | undefined {
  return typeof calendar === 'object' && calendar !== null
    ? BY_DAY_NUMBER.get(calendar)
    : undefined;
}
