import type { DeadlineResult } from './deadlineError.js';
import { plusMonths } from './internal/arithmetic.js';
import { asResult, orThrow } from './internal/guarded.js';
import { readDay, readWholeNumber } from './internal/read.js';

function count(day: unknown, n: unknown): string {
  return plusMonths(readDay(day, 'day'), readWholeNumber(n, 'n', Number.MAX_SAFE_INTEGER), 'n');
}

/**
 * Adds calendar months (个月) to a day, clamping to the month's last day: `2024-11-30` + 3 months
 * = `2025-02-28`, and `2023-11-30` + 3 months = `2024-02-29`.
 *
 * @remarks
 * The result is the same day-of-month `n` months later; when that month is shorter, the result
 * is its last day (月末对齐), never a day in the month after. This is how "within 3 months of
 * assignment" (交办之日起三个月内) is counted, and it matches date-fns `addMonths`.
 * `n` may be negative or zero. A result outside years 0001–9999 is refused.
 *
 * Clamping is not reversible: `2025-02-28` + 3 months is `2025-05-28`, not `2025-05-30`. That is
 * why {@link extendDeadline} counts an extension from the anchor, not from the clamped day.
 *
 * @param day - A calendar day, `YYYY-MM-DD`.
 * @param n - The number of months to add; a whole number.
 * @returns The day `n` months later, `YYYY-MM-DD`.
 * @throws {@link RendaError} with code `INVALID_DAY` when `day` is not a real day,
 * `INVALID_AMOUNT` when `n` is not a whole number, or `DAY_OUT_OF_RANGE` when the result would
 * fall outside 0001-01-01…9999-12-31.
 * @example
 * ```ts
 * import { addCalendarMonths } from 'renda';
 *
 * addCalendarMonths('2024-11-30', 3); // '2025-02-28'
 * addCalendarMonths('2023-11-30', 3); // '2024-02-29'
 * addCalendarMonths('2025-01-31', 1); // '2025-02-28'
 * ```
 * @category Deadlines
 */
export function addCalendarMonths(day: string, n: number): string {
  return orThrow(() => count(day, n));
}

/**
 * Adds calendar months to a day without throwing: the checked twin of {@link addCalendarMonths}.
 *
 * @param day - A calendar day, `YYYY-MM-DD`.
 * @param n - The number of months to add; a whole number.
 * @returns `{ ok: true, value: day }`, or `{ ok: false, error }` with a {@link DeadlineError}.
 * @example
 * ```ts
 * import { safeAddCalendarMonths } from 'renda';
 *
 * const result = safeAddCalendarMonths('0001-01-31', -1);
 * if (!result.ok) console.log(result.error.code); // 'DAY_OUT_OF_RANGE'
 * ```
 * @category Deadlines
 */
export function safeAddCalendarMonths(day: string, n: number): DeadlineResult<string> {
  return asResult(() => count(day, n));
}
