/**
 * One scheduled reception day (接待日) and the day its notice is due (公告日).
 *
 * @example
 * ```ts
 * import type { ScheduledReceptionDay } from 'renda';
 *
 * const day: ScheduledReceptionDay = {
 *   day: '2025-10-09',
 *   ruleDay: '2025-10-01',
 *   noticeDay: '2025-10-06',
 * };
 * ```
 * @category Coverage
 */
export interface ScheduledReceptionDay {
  /** The reception day, `YYYY-MM-DD`: where the calendar moved it, if it did. */
  readonly day: string;
  /** The day the rule names (e.g. the 1st); differs from `day` only when it was moved. */
  readonly ruleDay: string;
  /**
   * The last day the notice must be out (公告截止日): `noticeDays` before `day`. Absent when the
   * schedule sets no `noticeDays`.
   */
  readonly noticeDay?: string;
}
