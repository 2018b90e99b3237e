import type { Deadline } from '../model/shared/deadline.js';
import { toCalendarDay } from './toCalendarDay.js';

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
 * @param deadline - The deadline stored on the record.
 * @returns `true` when on time.
 * @throws {@link RendaError} with code `INVALID_TIMESTAMP` when `at` is neither.
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
export function isOnTime(at: string, deadline: Deadline): boolean {
  // `YYYY-MM-DD` strings compare in date order.
  return toCalendarDay(at, deadline.timeZone) <= deadline.day;
}
