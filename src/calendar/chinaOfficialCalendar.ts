import { CHINA_OFFICIAL_ARRANGEMENTS } from './chinaOfficialArrangements.js';
import { calendarOfDayNumbers } from './internal/dayNumberAnswers.js';
import { isWeekdayNumber, toDayNumber } from './internal/days.js';
import type { WorkingDayCalendar } from './workingDayCalendar.js';

/**
 * The days the notices change, by day number: `false` for a day of a break (放假), `true` for a
 * make-up working day (调休上班). Built on first use from the arrangements; a make-up day listed
 * inside a break stays a working day, as the notices mean.
 */
let arranged: Map<number, boolean> | undefined;

function arrangedDays(): Map<number, boolean> {
  if (arranged !== undefined) return arranged;
  const days = new Map<number, boolean>();
  for (const key of Object.keys(CHINA_OFFICIAL_ARRANGEMENTS)) {
    const year = Number(key);
    const arrangement = CHINA_OFFICIAL_ARRANGEMENTS[year];
    if (arrangement === undefined) continue;
    const dayNumberOf = (monthDay: string): number =>
      toDayNumber(year, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3, 5)));
    for (const [, from, to] of arrangement.holidays) {
      for (let day = dayNumberOf(from); day <= dayNumberOf(to); day++) days.set(day, false);
    }
    for (const monthDay of arrangement.workdays) days.set(dayNumberOf(monthDay), true);
  }
  arranged = days;
  return days;
}

/** A working day under the official calendar: the notices' answer, else Monday to Friday. */
function isOfficialWorkingDayNumber(dayNumber: number): boolean {
  return arrangedDays().get(dayNumber) ?? isWeekdayNumber(dayNumber);
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
export const chinaOfficialCalendar: WorkingDayCalendar = /* @__PURE__ */ calendarOfDayNumbers(
  'cn-official',
  isOfficialWorkingDayNumber,
  (year: number): boolean => Object.hasOwn(CHINA_OFFICIAL_ARRANGEMENTS, year),
);
