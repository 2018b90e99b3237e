import { quote } from '../internal/quote.js';
import { timestampEpochMs } from '../internal/timestamp.js';
import type { Deadline, DeadlineRule } from '../model/shared/deadline.js';
import { readDeadlineRule } from '../model/shared/deadlineFields.js';
import type { DeadlineContext } from './deadlineContext.js';
import type { DeadlineError, DeadlineResult } from './deadlineError.js';
import { countDueDay } from './internal/countDueDay.js';
import { isCalendarDay } from './internal/days.js';
import { calendarFailure } from './internal/errors.js';
import { asResult } from './internal/guarded.js';
import { dayOfEpoch, readCalendar, readTimeZone } from './internal/read.js';

/**
 * Why a due date could not be counted (期限计算失败): a {@link DeadlineError}.
 *
 * @remarks
 * Codes: `INVALID_ANCHOR` (neither an ISO timestamp with seconds and an offset nor a
 * `YYYY-MM-DD` day), `TIMESTAMP_OUT_OF_RANGE` (an anchor outside years 0001–9999 in UTC),
 * `DAY_OUT_OF_RANGE` (the anchor's day or the due day would fall outside
 * 0001-01-01…9999-12-31), `INVALID_RULE` (the rule fails {@link DeadlineRuleSchema}; `path`
 * starts with `rule`), `INVALID_TIME_ZONE`, `INVALID_CALENDAR` (no `id` of 1–64 characters, no
 * `isWorkingDay`, or one that throws or answers neither `true` nor `false`), `NO_WORKING_DAY`
 * (the calendar has no working day for ten years in a row), and `INVALID_INPUT` (an argument
 * that cannot be read at all).
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
export type DueDateError = DeadlineError;

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
export type SafeDueDateResult = DeadlineResult<Deadline>;

/** The context as an object whose parts are read once (a getter or a Proxy is asked once). */
function contextObject(context: unknown): { readonly timeZone?: unknown; calendar?: unknown } {
  if (typeof context !== 'object' || context === null) {
    throw calendarFailure(
      'INVALID_INPUT',
      ['context'],
      '须给出时区与工作日历（办理规则即可）',
      'give the time zone and the working-day calendar (a policy fits)',
    );
  }
  return context;
}

/**
 * The anchor, read once: `undefined` for a `YYYY-MM-DD` day, else the epoch milliseconds of a
 * timestamp of the grammar (its range is judged later, after the rule, as it always was).
 */
function readAnchor(anchor: unknown): number | undefined {
  if (isCalendarDay(anchor)) return undefined;
  const epoch = timestampEpochMs(anchor);
  if (!Number.isNaN(epoch)) return epoch;
  throw calendarFailure(
    'INVALID_ANCHOR',
    ['anchor'],
    `起算时间不是带秒和时区偏移的 ISO 8601 时间，也不是 YYYY-MM-DD 日期：${quote(anchor)}`,
    `the anchor is neither an ISO 8601 timestamp with seconds and an offset nor a YYYY-MM-DD day: ${quote(anchor)}`,
  );
}

/**
 * Each frozen rule object checked once: a policy's rules are frozen and asked about again and
 * again. A rule that is not frozen could change between calls, so it is checked every time.
 */
const CHECKED_RULES = new WeakMap<object, DeadlineRule>();

function readRule(rule: unknown): DeadlineRule {
  // Only frozen rules are ever kept, and a frozen object stays frozen: a hit needs no other check.
  const isObject = typeof rule === 'object' && rule !== null;
  if (isObject) {
    const checked = CHECKED_RULES.get(rule);
    if (checked !== undefined) return checked;
  }
  const frozen = isObject && Object.isFrozen(rule);
  const reading = readDeadlineRule(rule);
  if (reading.ok) {
    const checked = Object.freeze(reading.value) as DeadlineRule;
    if (frozen) CHECKED_RULES.set(rule, checked);
    return checked;
  }
  const path = ['rule', ...reading.path];
  throw calendarFailure(
    'INVALID_RULE',
    path,
    `期限规则不正确（${path.join('.')}）`,
    `the deadline rule is invalid (${path.join('.')})`,
  );
}

/** Counts a deadline; every argument checked first, and the result a fresh frozen object. */
export function countDeadline(anchor: unknown, rule: unknown, context: unknown): Deadline {
  const { timeZone: givenZone, calendar: givenCalendar } = contextObject(context);
  const timeZone = readTimeZone(givenZone);
  const calendar = readCalendar(givenCalendar);
  const epoch = readAnchor(anchor);
  const checkedRule = readRule(rule);
  const anchorDay =
    epoch === undefined ? (anchor as string) : dayOfEpoch(epoch, anchor, timeZone, 'anchor');
  const day = countDueDay(anchorDay, checkedRule, calendar, 0);
  // Every part is a string or the frozen rule: one shallow freeze makes it deeply frozen.
  return Object.freeze({ day, anchorDay, rule: checkedRule, calendarId: calendar.id, timeZone });
}

/**
 * Counts a due date (计算截止日期) without throwing: the checked twin of {@link dueDate}.
 *
 * @remarks
 * The counting rules are those of {@link dueDate}. Every input is checked first, since a due date
 * counted from a bad anchor would be stored on a record and silently judged against for months:
 * the anchor must be a timestamp of the grammar the model schemas use (seconds and an offset
 * required) or a real `YYYY-MM-DD` day, the rule must pass {@link DeadlineRuleSchema}, the zone
 * must be known to the runtime, and the calendar must have an id (1–64 characters) and an
 * `isWorkingDay` function that answers `true` or `false`. It never throws, whatever it is given.
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
  return asResult(() => countDeadline(anchor, rule, context));
}
