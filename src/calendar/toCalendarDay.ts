import type { DeadlineResult } from './deadlineError.js';
import { asResult, orThrow } from './internal/guarded.js';
import { dayInZone, readTimeZone } from './internal/read.js';

function dayOfInstant(instant: unknown, timeZone: unknown): string {
  return dayInZone(instant, readTimeZone(timeZone), 'instant');
}

/**
 * The calendar day (日期) of an instant in a time zone: `2025-01-31T23:30:00+08:00` is
 * `2025-01-31` in Asia/Shanghai and `2025-01-31` in UTC too (15:30Z), while
 * `2025-02-01T01:00:00+08:00` is `2025-02-01` in Asia/Shanghai but `2025-01-31` in UTC.
 *
 * @remarks
 * - A timestamp follows the one grammar the model schemas also use (RFC 3339):
 *   `YYYY-MM-DDTHH:MM:SS`, an optional fraction of up to 9 digits, and `Z` or `±HH:MM`. One
 *   without an offset is refused, because reading it would need the machine's zone. Once in UTC
 *   it must fall in years 0001–9999. A plain `YYYY-MM-DD` is taken to be a day already and is
 *   returned as it is.
 * - The day returned is always within 0001-01-01…9999-12-31: an instant late on 31 Dec 9999
 *   UTC is already in year 10000 in Asia/Shanghai, and is refused (`DAY_OUT_OF_RANGE`).
 * - Fixed-offset fast path: for zones whose offset no longer changes (Asia/Shanghai and its
 *   aliases from 15 Sep 1991, when China's last summer time ended; Hong Kong, Macao and Taipei
 *   from 1980; UTC), the day is integer arithmetic on the epoch. Earlier instants and every
 *   other zone ask the runtime's zone data (`Intl`) for the offset at that instant, to the
 *   second (local mean time such as Monrovia's −00:44:30 before 1972 included). Tests check
 *   both paths against `Intl`'s own date parts and against `@date-fns/tz`.
 * - The machine's time zone is never read.
 *
 * @param instant - An ISO 8601 timestamp with an offset, or a `YYYY-MM-DD` day.
 * @param timeZone - An IANA time zone, e.g. `Asia/Shanghai`.
 * @returns The day, `YYYY-MM-DD`.
 * @throws {@link RendaError} with code `INVALID_TIMESTAMP` for anything else,
 * `TIMESTAMP_OUT_OF_RANGE`, `DAY_OUT_OF_RANGE`, or `INVALID_TIME_ZONE` for a zone the runtime
 * does not know.
 * @example
 * ```ts
 * import { toCalendarDay } from 'renda';
 *
 * toCalendarDay('2025-01-31T16:30:00Z', 'Asia/Shanghai'); // '2025-02-01'
 * toCalendarDay('2025-01-31T16:30:00Z', 'America/New_York'); // '2025-01-31'
 * toCalendarDay('2025-01-31', 'Asia/Shanghai'); // '2025-01-31'
 * ```
 * @category Deadlines
 */
export function toCalendarDay(instant: string, timeZone: string): string {
  return orThrow(() => dayOfInstant(instant, timeZone));
}

/**
 * The calendar day of an instant in a time zone, without throwing: the checked twin of
 * {@link toCalendarDay}.
 *
 * @param instant - An ISO 8601 timestamp with seconds and an offset, or a `YYYY-MM-DD` day.
 * @param timeZone - An IANA time zone, e.g. `Asia/Shanghai`.
 * @returns `{ ok: true, value: day }`, or `{ ok: false, error }` with a {@link DeadlineError}.
 * @example
 * ```ts
 * import { safeToCalendarDay } from 'renda';
 *
 * const result = safeToCalendarDay('9999-12-31T20:00:00Z', 'Asia/Shanghai');
 * if (!result.ok) console.log(result.error.code); // 'DAY_OUT_OF_RANGE': already 10000 in Shanghai
 * ```
 * @category Deadlines
 */
export function safeToCalendarDay(instant: string, timeZone: string): DeadlineResult<string> {
  return asResult(() => dayOfInstant(instant, timeZone));
}
