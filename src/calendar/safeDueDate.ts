import { freeze } from 'immer';
import { type Deadline, type DeadlineRule, DeadlineRuleSchema } from '../model/shared/deadline.js';
import type { BilingualText } from '../model/shared/localized.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import type { DeadlineContext } from './deadlineContext.js';
import { countDueDay } from './internal/countDueDay.js';
import { isCalendarDay } from './internal/days.js';
import { calendarError } from './internal/errors.js';
import { parseInstant } from './internal/parseInstant.js';
import { isTimeZone } from './internal/timeZone.js';
import { toCalendarDay } from './toCalendarDay.js';

/**
 * Why a due date could not be counted (期限计算失败): the code, the argument at fault, and a
 * bilingual message.
 *
 * @remarks
 * Codes: `INVALID_ANCHOR` (not an ISO timestamp with an offset nor a `YYYY-MM-DD` day, or the
 * result would fall outside years 0000–9999), `INVALID_RULE` (the rule fails
 * {@link DeadlineRuleSchema}; `path` starts with `rule`), `INVALID_TIME_ZONE`,
 * `INVALID_CALENDAR` (no `id` of 1–64 characters or no `isWorkingDay`), and `NO_WORKING_DAY`
 * (the calendar has no working day for ten years in a row).
 *
 * @example
 * ```ts
 * import { chinaOfficialCalendar, safeDueDate } from 'renda';
 *
 * const result = safeDueDate(
 *   '2025-02-30',
 *   { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *   { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar },
 * );
 * if (!result.ok) console.log(result.error.code); // 'INVALID_ANCHOR'
 * ```
 * @category Deadlines
 */
export interface DueDateError {
  /** The machine code. */
  readonly code:
    | 'INVALID_ANCHOR'
    | 'INVALID_RULE'
    | 'INVALID_TIME_ZONE'
    | 'INVALID_CALENDAR'
    | 'NO_WORKING_DAY';
  /** The argument at fault, e.g. `['anchor']` or `['rule', 'fixedDate']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in Chinese and English. */
  readonly message: BilingualText;
}

/**
 * The result of {@link safeDueDate}: the frozen deadline, or why it could not be counted.
 *
 * @example
 * ```ts
 * import type { SafeDueDateResult } from 'renda';
 *
 * const show = (result: SafeDueDateResult): string => (result.ok ? result.value.day : result.error.code);
 * ```
 * @category Deadlines
 */
export type SafeDueDateResult = Result<Deadline, DueDateError>;

function fail(
  code: DueDateError['code'],
  path: readonly (string | number)[],
  zh: string,
  en: string,
): SafeDueDateResult {
  return freeze({ ok: false, error: calendarError(code, path, zh, en) as DueDateError }, true);
}

/**
 * Counts a due date (计算截止日期) without throwing: the checked twin of {@link dueDate}.
 *
 * @remarks
 * The counting rules are those of {@link dueDate}. Every input is checked first, since a due date
 * counted from a bad anchor would be stored on a record and silently judged against for months:
 * the anchor must be an ISO timestamp with an offset or a real `YYYY-MM-DD` day, the rule must
 * pass {@link DeadlineRuleSchema}, the zone must be known to the runtime, and the calendar must
 * have an id (1–64 characters) and an `isWorkingDay` function.
 *
 * @param anchor - What the deadline counts from: an ISO timestamp with an offset, or a day.
 * @param rule - The deadline rule, e.g. 3 calendar months from assignment.
 * @param context - The time zone and working-day calendar (a jurisdiction policy fits).
 * @returns `{ ok: true, value: deadline }`, or `{ ok: false, error }` with a {@link DueDateError}.
 * @example
 * ```ts
 * import { chinaOfficialCalendar, safeDueDate } from 'renda';
 *
 * const result = safeDueDate(
 *   '2024-11-30T10:00:00+08:00',
 *   { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *   { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar },
 * );
 * if (result.ok) console.log(result.value.day); // '2025-02-28'
 * ```
 * @category Deadlines
 */
export function safeDueDate(
  anchor: string,
  rule: DeadlineRule,
  context: DeadlineContext,
): SafeDueDateResult {
  // Optional chaining: a missing context is bad input too, reported rather than thrown.
  const timeZone = context?.timeZone;
  const calendar = context?.calendar;
  if (!isTimeZone(timeZone)) {
    return fail(
      'INVALID_TIME_ZONE',
      ['timeZone'],
      `未知的时区：${String(timeZone)}`,
      `unknown time zone: ${String(timeZone)}`,
    );
  }
  if (
    typeof calendar?.id !== 'string' ||
    calendar.id.length < 1 ||
    calendar.id.length > 64 ||
    typeof calendar.isWorkingDay !== 'function'
  ) {
    return fail(
      'INVALID_CALENDAR',
      ['calendar'],
      '工作日历须有 1 至 64 个字符的编号和 isWorkingDay 函数',
      'the calendar needs an id of 1 to 64 characters and an isWorkingDay function',
    );
  }
  if (!isCalendarDay(anchor) && parseInstant(anchor) === undefined) {
    return fail(
      'INVALID_ANCHOR',
      ['anchor'],
      `起算时间不是带时区偏移的 ISO 8601 时间或 YYYY-MM-DD 日期：${String(anchor)}`,
      `the anchor is not an ISO 8601 timestamp with an offset, nor a YYYY-MM-DD day: ${String(anchor)}`,
    );
  }
  const parsedRule = DeadlineRuleSchema.safeParse(rule);
  if (!parsedRule.success) {
    const issue = parsedRule.error.issues[0];
    const path = ['rule', ...(issue?.path ?? []).filter((key) => typeof key !== 'symbol')] as (
      | string
      | number
    )[];
    return fail(
      'INVALID_RULE',
      path,
      `期限规则不正确（${path.join('.')}）`,
      `the deadline rule is invalid (${path.join('.')})`,
    );
  }
  try {
    const anchorDay = toCalendarDay(anchor, timeZone);
    const day = countDueDay(anchorDay, parsedRule.data, calendar, 0);
    if (!isCalendarDay(day)) {
      return fail(
        'INVALID_ANCHOR',
        ['anchor'],
        `截止日期超出 0000–9999 年：${day}`,
        `the due day falls outside years 0000–9999: ${day}`,
      );
    }
    const deadline: Deadline = {
      day,
      anchorDay,
      rule: parsedRule.data,
      calendarId: calendar.id,
      timeZone,
    };
    return { ok: true, value: freeze(deadline, true) };
  } catch (error) {
    // Only the calendar can fail here (a broken calendar with no working day, or one that rejects
    // the days it is asked about); anything else is a bug and should surface.
    if (
      error instanceof RendaError &&
      (error.code === 'NO_WORKING_DAY' || error.code === 'INVALID_DAY')
    ) {
      return fail(
        error.code === 'NO_WORKING_DAY' ? 'NO_WORKING_DAY' : 'INVALID_CALENDAR',
        ['calendar'],
        error.messageZh,
        error.detail.message.en,
      );
    }
    throw error;
  }
}
