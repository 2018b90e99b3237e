import { quote } from '../internal/quote.js';
import type { Deadline } from '../model/shared/deadline.js';
import type { BilingualText } from '../model/shared/localized.js';
import type { DeadlineResult } from './deadlineError.js';
import { dayNumberOf, parseDay } from './internal/days.js';
import { calendarFailure } from './internal/errors.js';
import { asResult, orThrow } from './internal/guarded.js';
import { dayInZone } from './internal/read.js';
import { readDeadlineDay } from './internal/readDeadline.js';

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
 * The warning thresholds of a deadline (预警), in calendar days, as a jurisdiction policy states
 * them in `deadlineWarning`.
 *
 * @example
 * ```ts
 * import type { DeadlineWarning } from 'renda';
 *
 * const warning: DeadlineWarning = { dueSoonDays: 10, veryOverdueDays: 30 };
 * ```
 * @category Deadlines
 */
export interface DeadlineWarning {
  /** Due soon when at most this many days are left (0 = due today). */
  readonly dueSoonDays: number;
  /** Very overdue when more than this many days late. */
  readonly veryOverdueDays: number;
}

/**
 * The default thresholds: due soon within 10 days, very overdue after 30 days late. The default
 * policy's `deadlineWarning` is this very object, so the two cannot drift apart.
 */
export const DEFAULT_DEADLINE_WARNING: DeadlineWarning = /* @__PURE__ */ Object.freeze({
  dueSoonDays: 10,
  veryOverdueDays: 30,
});

/**
 * The options of {@link deadlineStatus}: the thresholds under `deadlineWarning`, where a
 * jurisdiction policy keeps them, so the policy itself can be passed as the options.
 *
 * @example
 * ```ts
 * import type { DeadlineStatusOptions } from 'renda';
 *
 * const options: DeadlineStatusOptions = { deadlineWarning: { dueSoonDays: 7 } };
 * ```
 * @category Deadlines
 */
export interface DeadlineStatusOptions {
  /** The thresholds; each defaults to the default policy's (10 and 30 days). */
  readonly deadlineWarning?: Partial<DeadlineWarning> | undefined;
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

function invalidOptions(path: readonly (string | number)[], zh: string, en: string): never {
  throw calendarFailure('INVALID_OPTIONS', path, zh, en);
}

function threshold(value: unknown, fallback: number, name: keyof DeadlineWarning): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    invalidOptions(
      ['options', 'deadlineWarning', name],
      `「deadlineWarning.${name}」须为非负整数：${quote(value)}`,
      `deadlineWarning.${name} must be a whole number, 0 or more: ${quote(value)}`,
    );
  }
  return value;
}

/** The thresholds to judge with: the options' (a policy's), else the defaults. */
function readWarning(options: unknown): DeadlineWarning {
  if (options === undefined) return DEFAULT_DEADLINE_WARNING;
  if (typeof options !== 'object' || options === null) {
    invalidOptions(['options'], '选项须为对象', 'options must be an object');
  }
  const given = options as Record<string, unknown>;
  for (const legacy of ['dueSoonDays', 'veryOverdueDays'] as const) {
    // 0.1 took the thresholds at the top level; refuse them rather than silently ignore them.
    if (given[legacy] !== undefined) {
      invalidOptions(
        ['options', legacy],
        `「${legacy}」已移至 deadlineWarning.${legacy}（可直接传入办理规则）`,
        `${legacy} moved to deadlineWarning.${legacy} (pass the policy itself)`,
      );
    }
  }
  const warning: unknown = given.deadlineWarning;
  if (warning === undefined) return DEFAULT_DEADLINE_WARNING;
  if (typeof warning !== 'object' || warning === null) {
    invalidOptions(
      ['options', 'deadlineWarning'],
      '「deadlineWarning」须为对象',
      'deadlineWarning must be an object',
    );
  }
  const { dueSoonDays, veryOverdueDays } = warning as Record<string, unknown>;
  return {
    dueSoonDays: threshold(dueSoonDays, DEFAULT_DEADLINE_WARNING.dueSoonDays, 'dueSoonDays'),
    veryOverdueDays: threshold(
      veryOverdueDays,
      DEFAULT_DEADLINE_WARNING.veryOverdueDays,
      'veryOverdueDays',
    ),
  };
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
 * own time zone (not working days: a deadline falls on a calendar day). The thresholds are the
 * options' `deadlineWarning`, so passing the jurisdiction policy judges with the policy's own
 * values; without options, with the default policy's (10 and 30 days):
 *
 * | days left / late | status |
 * | --- | --- |
 * | more than 10 left | `onTrack` |
 * | 10 to 0 left (0 = due today) | `dueSoon` |
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
 * @param options - The thresholds under `deadlineWarning` (`dueSoonDays`, default 10;
 *   `veryOverdueDays`, default 30). A jurisdiction policy fits as it is.
 * @returns The frozen status, days left or late, and an explanation in Chinese and English.
 * @throws {@link RendaError} with code `INVALID_TIMESTAMP` or `TIMESTAMP_OUT_OF_RANGE` for a bad
 *   `asOf`, `INVALID_DEADLINE` for a deadline without a real `day` or `INVALID_TIME_ZONE`
 *   without a known zone, or `INVALID_OPTIONS` for a negative or fractional threshold (or one
 *   given at the top level, as 0.1 took them).
 * @example
 * ```ts
 * import { chinaOfficialCalendar, deadlineStatus, defaultPolicy, dueDate } from 'renda';
 *
 * const deadline = dueDate(
 *   '2024-11-30',
 *   { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *   { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar },
 * );
 * const status = deadlineStatus({ deadline }, '2025-03-01T09:00:00+08:00', defaultPolicy);
 * console.log(status.status, status.daysLate); // 'overdue' 1
 * const soon = deadlineStatus({ deadline }, '2025-02-20', { deadlineWarning: { dueSoonDays: 7 } });
 * console.log(soon.status, soon.daysLeft); // 'onTrack' 8
 * ```
 * @category Deadlines
 */
export function deadlineStatus<TSubject extends { readonly deadline?: Deadline | undefined }>(
  subject: TSubject,
  asOf: string,
  options?: DeadlineStatusOptions,
): DeadlineStatusResult {
  return orThrow(() => judge(subject, asOf, options));
}

/**
 * Where a record stands against its deadline, without throwing: the checked twin of
 * {@link deadlineStatus}.
 *
 * @typeParam TSubject - Any record with an optional `deadline`.
 * @param subject - The record; only its `deadline` is read.
 * @param asOf - The moment to judge at: an ISO timestamp with an offset, or a `YYYY-MM-DD` day.
 * @param options - The thresholds under `deadlineWarning`; a policy fits.
 * @returns `{ ok: true, value: status }`, or `{ ok: false, error }` with a {@link DeadlineError}.
 * @example
 * ```ts
 * import { safeDeadlineStatus } from 'renda';
 *
 * const result = safeDeadlineStatus({}, '2025-03-01', { deadlineWarning: { dueSoonDays: -1 } });
 * if (!result.ok) console.log(result.error.code); // 'INVALID_OPTIONS'
 * ```
 * @category Deadlines
 */
export function safeDeadlineStatus<TSubject extends { readonly deadline?: Deadline | undefined }>(
  subject: TSubject,
  asOf: string,
  options?: DeadlineStatusOptions,
): DeadlineResult<DeadlineStatusResult> {
  return asResult(() => judge(subject, asOf, options));
}

function judge(subject: unknown, asOf: unknown, options: unknown): DeadlineStatusResult {
  const { dueSoonDays, veryOverdueDays } = readWarning(options);
  if (typeof subject !== 'object' || subject === null) {
    throw calendarFailure(
      'INVALID_INPUT',
      ['subject'],
      `须为带 deadline 字段的记录：${quote(subject)}`,
      `subject must be a record with an optional deadline: ${quote(subject)}`,
    );
  }
  const deadline: unknown = (subject as { readonly deadline?: unknown }).deadline;
  if (deadline === undefined) {
    // asOf is still checked: a bad moment is a bug whether or not this record has a deadline.
    dayInZone(asOf, 'UTC', 'asOf');
    return Object.freeze({
      status: 'none',
      explanation: Object.freeze({ 'zh-Hans': '无期限', en: 'No deadline' }),
    });
  }
  const due = readDeadlineDay(deadline, 'deadline');
  const dueDay = due.day;
  // dayInZone only returns real days.
  const today = parseDay(dayInZone(asOf, due.timeZone, 'asOf')) ?? due.parts;
  const daysLeft = dayNumberOf(due.parts) - dayNumberOf(today);
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
