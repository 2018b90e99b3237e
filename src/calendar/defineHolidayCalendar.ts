import { quote } from '../internal/quote.js';
import type { DeadlineResult } from './deadlineError.js';
import { calendarOfDayNumbers, dayNumberRuleOf } from './internal/dayNumberAnswers.js';
import { type DayParts, dayNumberOf, isCalendarDay, parseDay } from './internal/days.js';
import { calendarFailure } from './internal/errors.js';
import { asResult, orThrow } from './internal/guarded.js';
import { readCalendar } from './internal/read.js';
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

function invalid(path: readonly (string | number)[], zh: string, en: string): never {
  throw calendarFailure('INVALID_CALENDAR', path, zh, en);
}

/** A copy of a list of days, each checked: a real `YYYY-MM-DD` day in years 0001–9999. */
function readDays(value: unknown, key: 'holidays' | 'workdays'): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    invalid([key], `日历的 ${key} 须为日期数组`, `calendar ${key} must be an array of days`);
  }
  const days: string[] = [];
  const list = value as readonly unknown[];
  for (let index = 0; index < list.length; index++) {
    const day = list[index];
    if (!isCalendarDay(day)) {
      invalid(
        [key, index],
        `日历的 ${key}[${index}] 不是有效的日期（YYYY-MM-DD）：${quote(day)}`,
        `calendar ${key}[${index}] is not a valid YYYY-MM-DD day: ${quote(day)}`,
      );
    }
    days.push(day);
  }
  return days;
}

function define(options: unknown): WorkingDayCalendar {
  if (typeof options !== 'object' || options === null) {
    invalid(['options'], '须给出日历选项（id 等）', 'give the calendar options (id…)');
  }
  const {
    id,
    base: givenBase,
    holidays: givenHolidays,
    workdays: givenWorkdays,
  } = options as Record<string, unknown>;
  if (typeof id !== 'string' || id.length < 1 || id.length > 64) {
    invalid(['id'], '日历编号须为 1 至 64 个字符', 'calendar id must have 1 to 64 characters');
  }
  const base = (givenBase ?? weekendsOnlyCalendar) as WorkingDayCalendar;
  // Checks the base's shape now, so a bad base fails here rather than on the first day asked.
  readCalendar(base, 'base');
  const baseIsWorkingDay = base.isWorkingDay;
  const baseCovers: unknown = base.covers;
  if (baseCovers !== undefined && typeof baseCovers !== 'function') {
    invalid(
      ['base', 'covers'],
      '日历的 covers 须为函数',
      'the base calendar covers must be a function',
    );
  }
  const holidayList = readDays(givenHolidays, 'holidays');
  const workdayList = readDays(givenWorkdays, 'workdays');
  const holidays = new Set(holidayList);
  const workdays = new Set(workdayList);
  workdayList.forEach((day, index) => {
    if (holidays.has(day)) {
      invalid(
        ['workdays', index],
        `${day} 不能既是假日又是工作日`,
        `${day} cannot be both a holiday and a working day`,
      );
    }
  });
  const covers = (year: number): boolean =>
    baseCovers === undefined
      ? true
      : (baseCovers as (year: number) => boolean).call(base, year) !== false;
  const baseRule = dayNumberRuleOf(base);
  if (baseRule !== undefined) {
    // A base renda built answers by day number: so does this calendar.
    const numbers = (days: readonly string[]) =>
      new Set(days.map((day) => dayNumberOf(parseDay(day) as DayParts)));
    const rule = withExtraDays(numbers(workdayList), numbers(holidayList), baseRule);
    return calendarOfDayNumbers(id as string, rule, covers);
  }
  return Object.freeze({
    id: id as string,
    isWorkingDay: withExtraDays(workdays, holidays, (day: string): boolean =>
      baseIsWorkingDay.call(base, day),
    ),
    covers,
  });
}

/** The one rule of a holiday calendar: a listed working day is one, a listed holiday is not, any
 * other day is the base's answer. */
function withExtraDays<Day>(
  workdays: ReadonlySet<Day>,
  holidays: ReadonlySet<Day>,
  base: (day: Day) => boolean,
): (day: Day) => boolean {
  return (day) => workdays.has(day) || (!holidays.has(day) && base(day));
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
  return orThrow(() => define(options));
}

/**
 * Defines a holiday calendar without throwing: the checked twin of {@link defineHolidayCalendar}.
 *
 * @param options - The id, the base calendar, and the extra holidays and working days.
 * @returns `{ ok: true, value: calendar }`, or `{ ok: false, error }` with a {@link DeadlineError}.
 * @example
 * ```ts
 * import { safeDefineHolidayCalendar } from 'renda';
 *
 * const result = safeDefineHolidayCalendar({ id: 'x', holidays: ['2025-02-30'] });
 * if (!result.ok) console.log(result.error.path); // ['holidays', 0]
 * ```
 * @category Deadlines
 */
export function safeDefineHolidayCalendar(
  options: DefineHolidayCalendarOptions,
): DeadlineResult<WorkingDayCalendar> {
  return asResult(() => define(options));
}
