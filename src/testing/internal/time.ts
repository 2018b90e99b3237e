import type { WorkingDayCalendar } from '../../calendar/workingDayCalendar.js';

// Time in the sample: days are day numbers (days since 1970-01-01) in Asia/Shanghai, and moments
// are epoch milliseconds. They become canonical strings only when a record is built, in exactly
// the form the schemas output (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss.sssZ`).

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** Asia/Shanghai has kept UTC+08:00 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * MS_PER_MINUTE;

/** The day number of a calendar date. */
export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

const dayStrings = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (memoised: a sample touches a few thousand days). */
export function dayString(dayNumber: number): string {
  let text = dayStrings.get(dayNumber);
  if (text === undefined) {
    text = new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
    dayStrings.set(dayNumber, text);
  }
  return text;
}

/** The moment `minute` minutes after midnight, Shanghai time, on a day. */
export function momentOf(dayNumber: number, minute: number): number {
  return dayNumber * MS_PER_DAY + minute * MS_PER_MINUTE - SHANGHAI_OFFSET_MS;
}

/** The Shanghai day number of a moment. */
export function dayOfMoment(moment: number): number {
  return Math.floor((moment + SHANGHAI_OFFSET_MS) / MS_PER_DAY);
}

/** The canonical UTC string of a moment, as `IsoTimestampSchema` outputs it. */
export function isoOf(moment: number): string {
  // Hot path (a province has tens of millions of timestamps): the day part is memoised and the
  // time of day is assembled from a two-digit table, matching Date#toISOString exactly.
  const day = Math.floor(moment / MS_PER_DAY);
  let rest = moment - day * MS_PER_DAY;
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return `${dayString(day)}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** Minutes in a day and in an hour, for readable offsets. */
export const MINUTE = MS_PER_MINUTE;
export const HOUR = 60 * MS_PER_MINUTE;
export const DAY = MS_PER_DAY;

/** Working-day arithmetic on day numbers against a calendar, memoised per day. */
export interface WorkingDays {
  isWorking(dayNumber: number): boolean;
  /** The first working day on or after `dayNumber`. */
  onOrAfter(dayNumber: number): number;
  /** `n` working days after `dayNumber` (n ≥ 0; 0 gives `onOrAfter`). */
  add(dayNumber: number, n: number): number;
}

export function workingDays(calendar: WorkingDayCalendar): WorkingDays {
  const cache = new Map<number, boolean>();
  const isWorking = (dayNumber: number): boolean => {
    let working = cache.get(dayNumber);
    if (working === undefined) {
      working = calendar.isWorkingDay(dayString(dayNumber));
      cache.set(dayNumber, working);
    }
    return working;
  };
  const onOrAfter = (dayNumber: number): number => {
    let d = dayNumber;
    while (!isWorking(d)) d++;
    return d;
  };
  return {
    isWorking,
    onOrAfter,
    add: (dayNumber, n) => {
      let d = onOrAfter(dayNumber);
      for (let i = 0; i < n; i++) d = onOrAfter(d + 1);
      return d;
    },
  };
}

/** The day number of a `YYYY-MM-DD` string. */
export function dayNumberOf(day: string): number {
  return Date.parse(day) / MS_PER_DAY;
}
