import { type DaySpan, dayNumber } from './days.js';
import type { ServiceEntry } from './roster.js';

/**
 * Who of a roster served on a given day (internal): the one rule every coverage function and the
 * scoring apply before counting anything a deputy did. An activity, a training or a report on a
 * day the deputy did not serve (suspended, or after the qualification ended: Deputies Law art.
 * 61–62) counts for nothing, and neither does one before the term began.
 */
export function servingOn<T>(
  entries: readonly ServiceEntry<T>[],
): (id: string, day: string) => boolean {
  const spansById = new Map<string, readonly DaySpan[]>();
  for (const entry of entries) spansById.set(entry.id, entry.spans);
  return (id, day) => {
    const spans = spansById.get(id);
    const n = dayNumber(day);
    if (spans === undefined || n === undefined) return false;
    for (const span of spans) if (n >= span.from && n <= span.to) return true;
    return false;
  };
}
