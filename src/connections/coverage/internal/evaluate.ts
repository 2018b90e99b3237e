import type { PartialPolicy } from '../coveragePeriod.js';
import type { CoverageShortfall } from '../coverageResult.js';
import { type DaySpan, servedIn, spanDays, toDay } from './days.js';
import type { ServiceEntry } from './roster.js';

/** The need of one bucket (internal): the target, pro-rated and rounded up when asked. */
export function needIn(
  target: number,
  partial: PartialPolicy,
  served: number,
  bucketDays: number,
): number {
  if (partial !== 'prorate' || served >= bucketDays) return target;
  // Integer arithmetic: target × served is exact, so an exact quotient never rounds up by error.
  return Math.ceil((target * served) / bucketDays);
}

/** Covered ids and shortfalls (internal), before sorting. */
export interface Evaluation {
  readonly covered: string[];
  readonly shortfalls: CoverageShortfall[];
}

/**
 * Checks every roster entry against `target` in every bucket it served in (internal). An entry is
 * covered when no bucket is short; otherwise its worst bucket (largest short, earliest on a tie)
 * is its shortfall, with the bucket as `window` when there is more than one.
 */
export function evaluateTarget<T>(
  entries: readonly ServiceEntry<T>[],
  buckets: readonly DaySpan[],
  partial: PartialPolicy,
  target: number,
  haveOf: (id: string, bucket: number) => number,
): Evaluation {
  const covered: string[] = [];
  const shortfalls: CoverageShortfall[] = [];
  for (const entry of entries) {
    let worst: { have: number; need: number; short: number; bucket: number } | undefined;
    for (let b = 0; b < buckets.length; b++) {
      const bucket = buckets[b] as DaySpan;
      const served = servedIn(entry.spans, bucket);
      if (served === 0) continue;
      const need = needIn(target, partial, served, spanDays(bucket));
      const have = haveOf(entry.id, b);
      const short = need - have;
      if (short > 0 && (worst === undefined || short > worst.short)) {
        worst = { have, need, short, bucket: b };
      }
    }
    if (worst === undefined) covered.push(entry.id);
    else {
      const bucket = buckets[worst.bucket] as DaySpan;
      shortfalls.push(
        shortfall(entry, worst.have, worst.need, {
          ...(buckets.length > 1
            ? { window: { from: toDay(bucket.from), to: toDay(bucket.to) } }
            : {}),
        }),
      );
    }
  }
  return { covered, shortfalls };
}

/** A shortfall record (internal); `name` only when known. */
export function shortfall(
  entry: { readonly id: string; readonly name?: string | undefined },
  have: number,
  need: number,
  extra: Partial<Pick<CoverageShortfall, 'window' | 'missing'>> = {},
): CoverageShortfall {
  return {
    id: entry.id,
    ...(entry.name !== undefined ? { name: entry.name } : {}),
    have,
    need,
    short: need - have,
    ...extra,
  };
}
