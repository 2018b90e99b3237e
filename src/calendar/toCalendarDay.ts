import { TZDate } from '@date-fns/tz';
import { RendaError } from '../model/shared/validationError.js';
import { formatDay, fromDayNumber, isCalendarDay } from './internal/days.js';
import { calendarError } from './internal/errors.js';
import { parseInstant } from './internal/parseInstant.js';
import { FIXED_OFFSET_ZONES, invalidTimeZoneError, isTimeZone } from './internal/timeZone.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * The calendar day (日期) of an instant in a time zone: `2025-01-31T23:30:00+08:00` is
 * `2025-01-31` in Asia/Shanghai and `2025-01-31` in UTC too (15:30Z), while
 * `2025-02-01T01:00:00+08:00` is `2025-02-01` in Asia/Shanghai but `2025-01-31` in UTC.
 *
 * @remarks
 * - An ISO timestamp must carry its offset or `Z`; one without is refused, because reading it
 *   would need the machine's zone. A plain `YYYY-MM-DD` is taken to be a day already and is
 *   returned as it is.
 * - Fixed-offset fast path: for zones whose offset no longer changes (Asia/Shanghai and its
 *   aliases from 15 Sep 1991, when China's last summer time ended; Hong Kong, Macao and Taipei
 *   from 1980; UTC), the day is integer arithmetic on the epoch. Earlier instants and every
 *   other zone go through `@date-fns/tz`'s `TZDate`. Tests check that both paths agree.
 * - The machine's time zone is never read.
 *
 * @param instant - An ISO 8601 timestamp with an offset, or a `YYYY-MM-DD` day.
 * @param timeZone - An IANA time zone, e.g. `Asia/Shanghai`.
 * @returns The day, `YYYY-MM-DD`.
 * @throws {@link RendaError} with code `INVALID_TIMESTAMP` for anything else, or
 * `INVALID_TIME_ZONE` for a zone the runtime does not know.
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
  if (!isTimeZone(timeZone)) throw invalidTimeZoneError(timeZone);
  if (isCalendarDay(instant)) return instant;
  const epoch = parseInstant(instant);
  if (epoch === undefined) {
    throw new RendaError(
      calendarError(
        'INVALID_TIMESTAMP',
        ['instant'],
        `不是带时区偏移的 ISO 8601 时间或 YYYY-MM-DD 日期：${String(instant)}`,
        `not an ISO 8601 timestamp with an offset, nor a YYYY-MM-DD day: ${String(instant)}`,
      ),
    );
  }
  const fixed = FIXED_OFFSET_ZONES[timeZone];
  if (fixed !== undefined && epoch >= fixed.since) {
    return fromDayNumber(Math.floor((epoch + fixed.offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY));
  }
  const zoned = new TZDate(epoch, timeZone);
  return formatDay(zoned.getFullYear(), zoned.getMonth() + 1, zoned.getDate());
}
