import { CHINA_OFFICIAL_ARRANGEMENTS } from './chinaOfficialArrangements.js';
import { parseDay } from './internal/days.js';
import { invalidDayError } from './internal/errors.js';
import { weekendsOnlyCalendar } from './weekendsOnlyCalendar.js';
import type { WorkingDayCalendar } from './workingDayCalendar.js';

function isOfficialWorkingDay(day: string): boolean {
  const parts = parseDay(day);
  if (parts === undefined) throw invalidDayError(day, 'day');
  const arrangement = CHINA_OFFICIAL_ARRANGEMENTS[parts.year];
  if (arrangement !== undefined) {
    // `MM-DD` strings compare in date order within a year, so a break is a string range.
    const monthDay = day.slice(5);
    if (arrangement.workdays.includes(monthDay)) return true;
    for (const [, from, to] of arrangement.holidays) {
      if (monthDay >= from && monthDay <= to) return false;
    }
  }
  return weekendsOnlyCalendar.isWorkingDay(day);
}

/**
 * China's official working-day calendar (全国法定工作日历): weekends, the public holidays and the
 * make-up working days (调休上班) of the State Council's yearly notices (国务院办公厅关于部分节假日
 * 安排的通知), 2020–2026.
 *
 * @remarks
 * Its id is `cn-official`. For each year the calendar holds the notice's breaks (放假调休) and
 * make-up working days, cited by document number, e.g. 国办发明电〔2024〕12号 for 2025. It
 * includes the 2020 Spring Festival extension to 2 February (国办发明电〔2020〕1号), which also
 * cancelled the make-up working day of Saturday 1 February 2020, and the longer Spring Festival
 * and Labour Day breaks from 2025 (国务院令第797号).
 *
 * Years outside the table fall back to {@link weekendsOnlyCalendar}, and `covers(year)` tells
 * whether a year is in the table, so an app can warn before counting working days in a year
 * whose notice is not out yet (it is usually published in November of the year before).
 *
 * The data is national. Regional extra holidays (e.g. an autonomous region's own festivals) go
 * on top with {@link defineHolidayCalendar}.
 *
 * @example
 * ```ts
 * import { chinaOfficialCalendar } from 'renda';
 *
 * chinaOfficialCalendar.isWorkingDay('2025-10-08'); // false: National Day break
 * chinaOfficialCalendar.isWorkingDay('2025-10-11'); // true: a Saturday make-up working day
 * chinaOfficialCalendar.covers?.(2027); // false: no notice yet, weekends only
 * ```
 * @category Deadlines
 */
export const chinaOfficialCalendar: WorkingDayCalendar = /* @__PURE__ */ Object.freeze({
  id: 'cn-official',
  isWorkingDay: isOfficialWorkingDay,
  covers: (year: number): boolean => Object.hasOwn(CHINA_OFFICIAL_ARRANGEMENTS, year),
});
