import type { Deadline } from '../model/shared/deadline.js';
import type { BilingualText } from '../model/shared/localized.js';
import { RendaError } from '../model/shared/validationError.js';
import { dayNumberOf, parseDay } from './internal/days.js';
import { calendarError, invalidDayError } from './internal/errors.js';
import { toCalendarDay } from './toCalendarDay.js';

/**
 * The states of a deadline as of a day (期限状态): no deadline (无期限), on track (正常), due soon
 * (即将到期), overdue (逾期) and very overdue (严重逾期).
 *
 * @example
 * ```ts
 * import { DEADLINE_STATUSES } from 'renda';
 *
 * console.log(DEADLINE_STATUSES); // ['none', 'onTrack', 'dueSoon', 'overdue', 'veryOverdue']
 * ```
 * @category Deadlines
 */
export const DEADLINE_STATUSES = ['none', 'onTrack', 'dueSoon', 'overdue', 'veryOverdue'] as const;

/**
 * One of {@link DEADLINE_STATUSES}.
 *
 * @example
 * ```ts
 * import type { DeadlineStatus } from 'renda';
 *
 * const status: DeadlineStatus = 'dueSoon';
 * ```
 * @category Deadlines
 */
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/**
 * The thresholds of {@link deadlineStatus}, in calendar days.
 *
 * @example
 * ```ts
 * import type { DeadlineStatusOptions } from 'renda';
 *
 * const options: DeadlineStatusOptions = { dueSoonDays: 10, veryOverdueDays: 60 };
 * ```
 * @category Deadlines
 */
export interface DeadlineStatusOptions {
  /** Due soon when at most this many days are left (0 = due today); default 7. */
  readonly dueSoonDays?: number | undefined;
  /** Very overdue when more than this many days late; default 30. */
  readonly veryOverdueDays?: number | undefined;
}

/**
 * The result of {@link deadlineStatus}.
 *
 * @example
 * ```ts
 * import type { DeadlineStatusResult } from 'renda';
 *
 * const late = (result: DeadlineStatusResult): number => result.daysLate ?? 0;
 * ```
 * @category Deadlines
 */
export interface DeadlineStatusResult {
  /** The status. */
  readonly status: DeadlineStatus;
  /** The due day, when there is a deadline. */
  readonly dueDay?: string;
  /** Calendar days left until the due day (0 = due today); absent when none or late. */
  readonly daysLeft?: number;
  /** Calendar days since the due day (1 = due yesterday); present only when late. */
  readonly daysLate?: number;
  /** A short phrase for people, e.g. "Overdue by 3 days (due 2025-02-28)". */
  readonly explanation: BilingualText;
}

function threshold(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RendaError(
      calendarError(
        'INVALID_OPTIONS',
        ['options', name],
        `「${name}」须为非负整数`,
        `${name} must be a whole number, 0 or more`,
      ),
    );
  }
  return value;
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/**
 * Where a record stands against its deadline (期限状态) as of an instant: on track, due soon,
 * overdue or very overdue, with the days left or late.
 *
 * @remarks
 * Days are calendar days, counted between `asOf`'s day and the due day, both in the deadline's
 * own time zone (not working days: a deadline falls on a calendar day). With the defaults:
 *
 * | days left / late | status |
 * | --- | --- |
 * | more than 7 left | `onTrack` |
 * | 7 to 0 left (0 = due today) | `dueSoon` |
 * | 1 to 30 late | `overdue` |
 * | more than 30 late | `veryOverdue` |
 *
 * A subject without `deadline` is `none`. Whether the record still needs to act (a replied
 * suggestion is no longer "overdue") is for the caller to decide: pass only open records, or
 * use {@link isOnTime} for acts already done.
 *
 * @typeParam TSubject - Any record with an optional `deadline`, e.g. a suggestion.
 * @param subject - The record; only its `deadline` is read.
 * @param asOf - The moment to judge at: an ISO timestamp with an offset, or a `YYYY-MM-DD` day.
 * @param options - `dueSoonDays` (default 7) and `veryOverdueDays` (default 30).
 * @returns The frozen status, days left or late, and an explanation in Chinese and English.
 * @throws {@link RendaError} with code `INVALID_TIMESTAMP` for a bad `asOf`, `INVALID_DAY` for
 *   a deadline whose `day` is not a real day, or
 *   `INVALID_OPTIONS` for a negative or fractional threshold.
 * @example
 * ```ts
 * import { chinaOfficialCalendar, deadlineStatus, dueDate } from 'renda';
 *
 * const deadline = dueDate(
 *   '2024-11-30',
 *   { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *   { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar },
 * );
 * const status = deadlineStatus({ deadline }, '2025-03-01T09:00:00+08:00');
 * console.log(status.status, status.daysLate); // 'overdue' 1
 * ```
 * @category Deadlines
 */
export function deadlineStatus<TSubject extends { readonly deadline?: Deadline | undefined }>(
  subject: TSubject,
  asOf: string,
  options: DeadlineStatusOptions = {},
): DeadlineStatusResult {
  const dueSoonDays = threshold(options.dueSoonDays, 7, 'dueSoonDays');
  const veryOverdueDays = threshold(options.veryOverdueDays, 30, 'veryOverdueDays');
  const { deadline } = subject;
  if (deadline === undefined) {
    return Object.freeze({
      status: 'none',
      explanation: Object.freeze({ 'zh-Hans': '无期限', en: 'No deadline' }),
    });
  }
  const dueDay = deadline.day;
  const due = parseDay(dueDay);
  if (due === undefined) throw invalidDayError(dueDay, 'deadline.day');
  // toCalendarDay only returns real days.
  const today = parseDay(toCalendarDay(asOf, deadline.timeZone)) ?? due;
  const daysLeft = dayNumberOf(due) - dayNumberOf(today);
  if (daysLeft >= 0) {
    const explanation =
      daysLeft === 0
        ? { 'zh-Hans': `今天到期（${dueDay}）`, en: `Due today (${dueDay})` }
        : {
            'zh-Hans': `截止 ${dueDay}，剩余 ${daysLeft} 天`,
            en: `Due ${dueDay}, ${days(daysLeft)} left`,
          };
    return Object.freeze({
      status: daysLeft <= dueSoonDays ? 'dueSoon' : 'onTrack',
      dueDay,
      daysLeft,
      explanation: Object.freeze(explanation),
    });
  }
  const daysLate = -daysLeft;
  const very = daysLate > veryOverdueDays;
  return Object.freeze({
    status: very ? 'veryOverdue' : 'overdue',
    dueDay,
    daysLate,
    explanation: Object.freeze({
      'zh-Hans': `${very ? '严重逾期' : '已逾期'} ${daysLate} 天（截止 ${dueDay}）`,
      en: `${very ? 'Seriously overdue' : 'Overdue'} by ${days(daysLate)} (due ${dueDay})`,
    }),
  });
}
