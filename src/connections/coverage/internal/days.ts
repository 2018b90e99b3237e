/**
 * Day numbers and day ranges for coverage (internal): `YYYY-MM-DD` strings through the calendar
 * area's integer day arithmetic, so no `Date` and no machine time zone is involved.
 */
import { dayNumberOf, fromDayNumber, parseDay } from '../../../calendar/internal/days.js';

/** An inclusive range of day numbers. */
export interface DaySpan {
  readonly from: number;
  readonly to: number;
}

/** The day number of a `YYYY-MM-DD` day, or `undefined` if it is not a real day. */
export function dayNumber(day: string): number | undefined {
  const parts = parseDay(day);
  return parts === undefined ? undefined : dayNumberOf(parts);
}

/** The day number of a day already checked by the schema; a bad one throws. */
export function toNumber(day: string): number {
  const n = dayNumber(day);
  if (n === undefined) throw new RangeError(`not a calendar day: ${day}`);
  return n;
}

/** `YYYY-MM-DD` of a day number. */
export const toDay: (dayNumber: number) => string = fromDayNumber;

/** The number of days in a span. */
export function spanDays(span: DaySpan): number {
  return span.to - span.from + 1;
}

/** The days two spans share, 0 when none. */
export function overlapDays(a: DaySpan, b: DaySpan): number {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return to < from ? 0 : to - from + 1;
}

/** The days a set of disjoint spans shares with `window`. */
export function servedIn(spans: readonly DaySpan[], window: DaySpan): number {
  let total = 0;
  for (const span of spans) total += overlapDays(span, window);
  return total;
}

/** Whether an inclusive `{ from, to? }` day range (open when `to` is absent) contains `day`. */
export function rangeContains(
  range: { readonly from: string; readonly to?: string | undefined },
  day: string,
): boolean {
  return range.from <= day && (range.to === undefined || day <= range.to);
}
