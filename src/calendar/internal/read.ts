import { quote } from '../../internal/quote.js';
import {
  isTimestampInRange,
  MS_PER_DAY,
  TIMESTAMP_RANGE_MESSAGE,
  timestampEpochMs,
} from '../../internal/timestamp.js';
import type { WorkingDayCalendar } from '../workingDayCalendar.js';
import { dayNumberRuleOf } from './dayNumberAnswers.js';
import { type DayParts, fromDayNumber, isDayNumberInRange, parseDay } from './days.js';
import { calendarFailure, dayOutOfRangeError, invalidDayError } from './errors.js';
import { FIXED_OFFSET_ZONES, invalidTimeZoneError, isTimeZone, offsetMsAt } from './timeZone.js';

// The checks every public calendar function runs on its arguments, each throwing the RendaError
// that names the argument. They read each argument once, so a getter or a Proxy is asked once.

const MS_PER_MINUTE = 60_000;

/** A valid day's parts, or `INVALID_DAY` naming the argument. */
export function readDay(value: unknown, name: string): DayParts {
  const parts = parseDay(value);
  if (parts === undefined) throw invalidDayError(value, name);
  return parts;
}

/** A whole number with `|n| ≤ max`, or `INVALID_AMOUNT` naming the argument. */
export function readWholeNumber(value: unknown, name: string, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw calendarFailure(
      'INVALID_AMOUNT',
      [name],
      `「${name}」须为整数：${quote(value)}`,
      `${name} must be a whole number: ${quote(value)}`,
    );
  }
  if (Math.abs(value) > max) {
    throw calendarFailure(
      'INVALID_AMOUNT',
      [name],
      `「${name}」的绝对值不得超过 ${max}：${value}`,
      `${name} must be between -${max} and ${max}: ${value}`,
    );
  }
  return value;
}

/** The day of a day number within 0001-01-01…9999-12-31, or `DAY_OUT_OF_RANGE`. */
export function dayOf(dayNumber: number, name: string): string {
  if (!isDayNumberInRange(dayNumber)) throw dayOutOfRangeError(name);
  return fromDayNumber(dayNumber);
}

/** A zone the runtime knows, or `INVALID_TIME_ZONE` naming the argument. */
export function readTimeZone(
  value: unknown,
  path: readonly (string | number)[] = ['timeZone'],
): string {
  if (!isTimeZone(value)) throw invalidTimeZoneError(value, path);
  return value;
}

/**
 * The calendar day, in `timeZone` (already checked), of a timestamp of the shared grammar or of a
 * `YYYY-MM-DD` day (which is its own day). `INVALID_TIMESTAMP`, `TIMESTAMP_OUT_OF_RANGE` or
 * `DAY_OUT_OF_RANGE` (an instant of 31 Dec 9999 UTC that is already 10000 in the zone) otherwise.
 */
export function dayInZone(instant: unknown, timeZone: string, name: string): string {
  if (parseDay(instant) !== undefined) return instant as string;
  return dayOfEpoch(timestampEpochMs(instant), instant, timeZone, name);
}

/**
 * The day in `timeZone` of an instant already read ({@link timestampEpochMs}: `NaN` when it is
 * not of the grammar), or the RendaError that names `name` (`INVALID_TIMESTAMP`,
 * `TIMESTAMP_OUT_OF_RANGE`, `DAY_OUT_OF_RANGE`).
 */
export function dayOfEpoch(
  epoch: number,
  instant: unknown,
  timeZone: string,
  name: string,
): string {
  if (!isTimestampInRange(epoch)) {
    if (!Number.isNaN(epoch)) {
      throw calendarFailure(
        'TIMESTAMP_OUT_OF_RANGE',
        [name],
        `「${name}」${TIMESTAMP_RANGE_MESSAGE['zh-Hans']}：${quote(instant)}`,
        `${name} ${TIMESTAMP_RANGE_MESSAGE.en}: ${quote(instant)}`,
      );
    }
    throw calendarFailure(
      'INVALID_TIMESTAMP',
      [name],
      `「${name}」不是带秒和时区偏移的 ISO 8601 时间（如 2025-01-31T09:00:00+08:00），也不是 YYYY-MM-DD 日期：${quote(instant)}`,
      `${name} is neither an ISO 8601 timestamp with seconds and an offset (e.g. 2025-01-31T09:00:00+08:00) nor a YYYY-MM-DD day: ${quote(instant)}`,
    );
  }
  const fixed = FIXED_OFFSET_ZONES[timeZone];
  if (fixed !== undefined && epoch >= fixed.since) {
    return dayOf(Math.floor((epoch + fixed.offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY), name);
  }
  const local = Math.floor((epoch + offsetMsAt(timeZone, epoch)) / MS_PER_DAY);
  return dayOf(local, name);
}

/** A calendar read once and checked, whose `isWorkingDay` never throws anything but a RendaError. */
export interface CheckedCalendar {
  readonly id: string;
  /** Whether the day (a day number already in range) is a working day. */
  isWorkingDay(dayNumber: number): boolean;
}

function invalidCalendar(path: readonly (string | number)[], zh: string, en: string): never {
  throw calendarFailure('INVALID_CALENDAR', path, zh, en);
}

const CHECKED = new WeakMap<object, CheckedCalendar>();

/**
 * A calendar renda built, read once: its rule by day number needs no wrapper (it neither throws
 * on a real day nor answers anything but a boolean), and its id was checked when it was made.
 */
function checkedOfRenda(value: unknown): CheckedCalendar | undefined {
  const rule = dayNumberRuleOf(value);
  if (rule === undefined) return undefined;
  const calendar = value as WorkingDayCalendar;
  let checked = CHECKED.get(calendar);
  if (checked === undefined) {
    checked = Object.freeze({ id: calendar.id, isWorkingDay: rule });
    CHECKED.set(calendar, checked);
  }
  return checked;
}

/**
 * The calendar argument, checked: an object with an `id` of 1–64 characters and an
 * `isWorkingDay` function. Its answers are checked too: a calendar that throws, or answers
 * anything but `true` or `false`, fails with `INVALID_CALENDAR` instead of crashing the caller.
 */
export function readCalendar(value: unknown, name = 'calendar'): CheckedCalendar {
  const known = checkedOfRenda(value);
  if (known !== undefined) return known;
  if (typeof value !== 'object' || value === null) {
    invalidCalendar([name], '须为工作日历对象', `${name} must be a working-day calendar object`);
  }
  const calendar = value as WorkingDayCalendar;
  const id: unknown = calendar.id;
  const isWorkingDay: unknown = calendar.isWorkingDay;
  if (typeof id !== 'string' || id.length < 1 || id.length > 64) {
    invalidCalendar(
      [name, 'id'],
      '工作日历编号须为 1 至 64 个字符',
      'the calendar id must have 1 to 64 characters',
    );
  }
  if (typeof isWorkingDay !== 'function') {
    invalidCalendar(
      [name, 'isWorkingDay'],
      '工作日历须有 isWorkingDay 函数',
      'the calendar needs an isWorkingDay function',
    );
  }
  return {
    id,
    isWorkingDay(dayNumber: number): boolean {
      const day = fromDayNumber(dayNumber);
      let answer: unknown;
      try {
        answer = (isWorkingDay as (day: string) => unknown).call(calendar, day);
      } catch (thrown) {
        let reason: string;
        try {
          reason = quote(thrown instanceof Error ? thrown.message : thrown);
        } catch {
          reason = 'unknown';
        }
        return invalidCalendar(
          [name, 'isWorkingDay'],
          `工作日历「${quote(id)}」判断 ${day} 时出错：${reason}`,
          `calendar ${quote(id)} failed on ${day}: ${reason}`,
        );
      }
      if (typeof answer !== 'boolean') {
        return invalidCalendar(
          [name, 'isWorkingDay'],
          `工作日历「${quote(id)}」对 ${day} 的回答不是 true 或 false`,
          `calendar ${quote(id)} answered neither true nor false for ${day}`,
        );
      }
      return answer;
    },
  };
}
