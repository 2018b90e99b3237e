import { RendaError } from '../model/shared/validationError.js';
import { isCalendarDay } from './internal/days.js';
import { calendarError } from './internal/errors.js';
import { weekendsOnlyCalendar } from './weekendsOnlyCalendar.js';
import type { WorkingDayCalendar } from './workingDayCalendar.js';

/**
 * The options of {@link defineHolidayCalendar}.
 *
 * @example
 * ```ts
 * import type { DefineHolidayCalendarOptions } from 'renda';
 *
 * const options: DefineHolidayCalendarOptions = { id: 'xj-2025', holidays: ['2025-03-31'] };
 * ```
 * @category Deadlines
 */
export interface DefineHolidayCalendarOptions {
  /** The new calendar's id (1–64 characters), stored on deadlines, e.g. `cn-official+xj`. */
  readonly id: string;
  /** The calendar to build on; {@link weekendsOnlyCalendar} when absent. */
  readonly base?: WorkingDayCalendar | undefined;
  /** Extra days off (`YYYY-MM-DD`) on top of the base. */
  readonly holidays?: readonly string[] | undefined;
  /** Extra working days (`YYYY-MM-DD`), e.g. a regional make-up working day. */
  readonly workdays?: readonly string[] | undefined;
}

function invalid(path: readonly (string | number)[], zh: string, en: string): RendaError {
  return new RendaError(calendarError('INVALID_CALENDAR', path, zh, en));
}

function checkDays(days: readonly string[], key: 'holidays' | 'workdays'): void {
  days.forEach((day, index) => {
    if (!isCalendarDay(day)) {
      throw invalid(
        [key, index],
        `日历的 ${key}[${index}] 不是有效的日期（YYYY-MM-DD）：${String(day)}`,
        `calendar ${key}[${index}] is not a valid YYYY-MM-DD day: ${String(day)}`,
      );
    }
  });
}

/**
 * Defines a holiday calendar (自定义工作日历): a base calendar plus extra days off and extra
 * working days, e.g. a region's own holidays on top of the national calendar.
 *
 * @remarks
 * A day listed in `workdays` is a working day; a day listed in `holidays` is not; any other day
 * is whatever `base` says. `covers(year)` is the base's answer (a base without `covers` covers
 * every year), because the extra days do not make a year's national data complete.
 *
 * The options are checked once, here: every day must be a real `YYYY-MM-DD` day and no day may be
 * both a holiday and a working day; the id must be 1–64 characters (it is stored on deadlines).
 * The lists are copied, so changing the arrays afterwards changes nothing, and the calendar is
 * frozen.
 *
 * @param options - The id, the base calendar, and the extra holidays and working days.
 * @returns A frozen {@link WorkingDayCalendar}.
 * @throws {@link RendaError} with code `INVALID_CALENDAR` (and the offending `path`) on bad options.
 * @example
 * ```ts
 * import { chinaOfficialCalendar, defineHolidayCalendar } from 'renda';
 *
 * // A region that also closes on a local festival day.
 * const regional = defineHolidayCalendar({
 *   id: 'cn-official+local',
 *   base: chinaOfficialCalendar,
 *   holidays: ['2025-03-31'],
 * });
 * console.log(regional.isWorkingDay('2025-03-31')); // false
 * console.log(regional.isWorkingDay('2025-10-11')); // true: the national make-up day still holds
 * ```
 * @category Deadlines
 */
export function defineHolidayCalendar(options: DefineHolidayCalendarOptions): WorkingDayCalendar {
  const { id } = options;
  if (typeof id !== 'string' || id.length < 1 || id.length > 64) {
    throw invalid(
      ['id'],
      '日历编号须为 1 至 64 个字符',
      'calendar id must have 1 to 64 characters',
    );
  }
  const base = options.base ?? weekendsOnlyCalendar;
  const holidayList = [...(options.holidays ?? [])];
  const workdayList = [...(options.workdays ?? [])];
  checkDays(holidayList, 'holidays');
  checkDays(workdayList, 'workdays');
  const holidays = new Set(holidayList);
  const workdays = new Set(workdayList);
  workdayList.forEach((day, index) => {
    if (holidays.has(day)) {
      throw invalid(
        ['workdays', index],
        `${day} 不能既是假日又是工作日`,
        `${day} cannot be both a holiday and a working day`,
      );
    }
  });
  return Object.freeze({
    id,
    isWorkingDay: (day: string): boolean => {
      if (workdays.has(day)) return true;
      if (holidays.has(day)) return false;
      return base.isWorkingDay(day);
    },
    covers: (year: number): boolean => base.covers?.(year) ?? true,
  });
}
