import type { Deadline } from '../model/shared/deadline.js';
import type { DeadlineResult } from './deadlineError.js';
import { asResult, orThrow } from './internal/guarded.js';
import { dayInZone } from './internal/read.js';
import { readDeadlineDay } from './internal/readDeadline.js';

function judge(at: unknown, deadline: unknown): boolean {
  const due = readDeadlineDay(deadline, 'deadline');
  // `YYYY-MM-DD` strings compare in date order.
  return dayInZone(at, due.timeZone, 'at') <= due.day;
}

/**
 * Whether an act at `at` meets a deadline (按期): its calendar day, in the deadline's own time
 * zone, is on or before the due day.
 *
 * @remarks
 * The due day is inclusive, to the last minute of the day in the deadline's zone: a reply at
 * `2025-02-28T23:59:00+08:00` meets a 2025-02-28 deadline counted in Asia/Shanghai, and so does
 * `2025-02-28T15:59:00Z` (23:59 in Shanghai), while `2025-02-28T16:00:00Z` does not. The zone is
 * the one stored on the deadline, so a later change of policy zone never re-judges old replies.
 *
 * @param at - When the act happened: an ISO timestamp with an offset, or a `YYYY-MM-DD` day.
 * @param deadline - The deadline stored on the record (its `day` and `timeZone` are read).
 * @returns `true` when on time.
 * @throws {@link RendaError} with code `INVALID_TIMESTAMP` (or `TIMESTAMP_OUT_OF_RANGE`) when
 * `at` is neither, or `INVALID_DEADLINE` / `INVALID_TIME_ZONE` for a deadline without a real
 * `day` or a known `timeZone`.
 * @example
 * ```ts
 * import { isOnTime, type Deadline } from 'renda';
 *
 * const deadline: Deadline = {
 *   day: '2025-02-28',
 *   anchorDay: '2024-11-30',
 *   rule: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *   calendarId: 'cn-official',
 *   timeZone: 'Asia/Shanghai',
 * };
 * isOnTime('2025-02-28T15:59:00Z', deadline); // true: 23:59 in Shanghai
 * isOnTime('2025-02-28T16:00:00Z', deadline); // false: already 1 March in Shanghai
 * ```
 * @category Deadlines
 */
export function isOnTime(at: string, deadline: Pick<Deadline, 'day' | 'timeZone'>): boolean {
  return orThrow(() => judge(at, deadline));
}

/**
 * Whether an act meets a deadline, without throwing: the checked twin of {@link isOnTime}.
 *
 * @param at - When the act happened: an ISO timestamp with an offset, or a `YYYY-MM-DD` day.
 * @param deadline - The deadline stored on the record (its `day` and `timeZone` are read).
 * @returns `{ ok: true, value: onTime }`, or `{ ok: false, error }` with a {@link DeadlineError}.
 * @example
 * ```ts
 * import { safeIsOnTime } from 'renda';
 *
 * const result = safeIsOnTime('2025-02-28T10:00', {
 *   day: '2025-02-28',
 *   timeZone: 'Asia/Shanghai',
 * });
 * if (!result.ok) console.log(result.error.code); // 'INVALID_TIMESTAMP': no seconds, no offset
 * ```
 * @category Deadlines
 */
export function safeIsOnTime(
  at: string,
  deadline: Pick<Deadline, 'day' | 'timeZone'>,
): DeadlineResult<boolean> {
  return asResult(() => judge(at, deadline));
}
