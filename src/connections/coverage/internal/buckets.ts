import { toDayNumber } from '../../../calendar/internal/days.js';
import type { DaySpan } from './days.js';

/** How a target repeats within the period (internal): once, or every month, quarter or year. */
export type BucketSize = 'period' | 'month' | 'quarter' | 'year';

const MONTHS: Record<Exclude<BucketSize, 'period'>, number> = { month: 1, quarter: 3, year: 12 };

/**
 * Splits `period` into calendar months, quarters or years, clipped to the period (the first and
 * last may be partial); `'period'` gives the period itself.
 */
export function bucketsOf(period: DaySpan, size: BucketSize, fromDay: string): DaySpan[] {
  if (size === 'period') return [period];
  const step = MONTHS[size];
  let year = Number(fromDay.slice(0, 4));
  // Start at the first month of the bucket that contains `period.from`.
  let month = Math.floor((Number(fromDay.slice(5, 7)) - 1) / step) * step + 1;
  const buckets: DaySpan[] = [];
  let start = period.from;
  while (start <= period.to) {
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
    const nextStart = toDayNumber(year, month, 1);
    buckets.push({ from: start, to: Math.min(nextStart - 1, period.to) });
    start = nextStart;
  }
  return buckets;
}

/** The index of the bucket holding `day`, or -1 when it is outside them all (binary search). */
export function bucketIndex(buckets: readonly DaySpan[], day: number): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const bucket = buckets[mid] as DaySpan;
    if (day < bucket.from) high = mid - 1;
    else if (day > bucket.to) low = mid + 1;
    else return mid;
  }
  return -1;
}
