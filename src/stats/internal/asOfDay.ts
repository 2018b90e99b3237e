import { toCalendarDay } from '../../calendar/toCalendarDay.js';
import { type ArgumentChecks, fieldName } from './invalidInput.js';

/**
 * The calendar day of a dashboard's `asOf` in `timeZone` (internal), or, when `asOf` is not a
 * timestamp with an offset, the issue naming `asOf`, thrown at once: every figure depends on it.
 */
export function asOfDayOf(checks: ArgumentChecks, asOf: unknown, timeZone: string): string {
  let day: string | undefined;
  try {
    day = typeof asOf === 'string' ? toCalendarDay(asOf, timeZone) : undefined;
  } catch {
    day = undefined;
  }
  if (day === undefined) {
    checks.add(asOf === undefined ? 'REQUIRED' : 'INVALID_VALUE', ['asOf'], {
      field: fieldName('统计截止时间', 'asOf'),
      expected: fieldName('带时区偏移的 ISO 8601 时间', 'an ISO 8601 timestamp with an offset'),
      got: asOf,
    });
    checks.done();
  }
  return day as string;
}
