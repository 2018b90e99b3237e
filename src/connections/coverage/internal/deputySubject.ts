import type { Deputy } from '../../../model/deputy.js';
import { type DaySpan, toNumber } from './days.js';
import type { ServiceSubject } from './roster.js';

/**
 * A deputy as a roster subject (internal): served from `term.from` to the earlier of `term.to`
 * and the day the qualification ended (`status.on`, the last day served, inclusive), minus a
 * suspension from `status.since` to `status.until` (inclusive; open while absent).
 */
export function deputySubject(deputy: Deputy): ServiceSubject<Deputy> {
  const { status, term } = deputy;
  let to = term.to === undefined ? Number.POSITIVE_INFINITY : toNumber(term.to);
  if (status.status === 'ended') to = Math.min(to, toNumber(status.on));
  let suspension: DaySpan | undefined;
  if (status.status === 'suspended') {
    suspension = {
      from: toNumber(status.since),
      to: status.until === undefined ? Number.POSITIVE_INFINITY : toNumber(status.until),
    };
  }
  return {
    id: deputy.id,
    name: deputy.name,
    record: deputy,
    window: { from: toNumber(term.from), to },
    suspension,
  };
}

/** Roster subjects for deputies (internal), lazily. */
export function* deputySubjects(deputies: Iterable<Deputy>): Iterable<ServiceSubject<Deputy>> {
  for (const deputy of deputies) yield deputySubject(deputy);
}
