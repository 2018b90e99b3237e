import type { PartialPolicy } from '../coveragePeriod.js';
import type { CoverageExclusion, CoverageExclusionReason } from '../coverageResult.js';
import { type DaySpan, spanDays } from './days.js';

/** Who or what a roster is built from (internal): an id, a name and when they served. */
export interface ServiceSubject<T> {
  readonly id: string;
  readonly name?: string | undefined;
  readonly record: T;
  /** The service window, before suspensions; `to` is `Infinity` while open. */
  readonly window: DaySpan;
  /** A suspension inside the window, `to` `Infinity` while still suspended. */
  readonly suspension?: DaySpan | undefined;
}

/** One member of a roster (internal), with the spans served inside the period. */
export interface ServiceEntry<T> {
  readonly id: string;
  readonly name?: string | undefined;
  readonly record: T;
  readonly spans: readonly DaySpan[];
  readonly servedDays: number;
}

/** A roster (internal): who is in, and who is out and why. */
export interface ServiceRoster<T> {
  readonly entries: ServiceEntry<T>[];
  readonly excluded: CoverageExclusion[];
}

/** The parts of `span` outside `cut`. */
function subtract(span: DaySpan, cut: DaySpan | undefined): DaySpan[] {
  if (cut === undefined || cut.to < span.from || cut.from > span.to) return [span];
  const parts: DaySpan[] = [];
  if (cut.from > span.from) parts.push({ from: span.from, to: cut.from - 1 });
  if (cut.to < span.to) parts.push({ from: cut.to + 1, to: span.to });
  return parts;
}

/**
 * Builds a roster over `period` (internal): the spans each subject served in it (window ∩
 * period, minus the suspension), and the reason for each subject left out.
 */
export function buildRoster<T>(
  subjects: Iterable<ServiceSubject<T>>,
  period: DaySpan,
  partial: PartialPolicy,
): ServiceRoster<T> {
  const entries: ServiceEntry<T>[] = [];
  const excluded: CoverageExclusion[] = [];
  const periodDays = spanDays(period);
  const out = (id: string, reason: CoverageExclusionReason): void => {
    excluded.push({ id, reason });
  };
  for (const subject of subjects) {
    const { window } = subject;
    if (window.from > period.to) {
      out(subject.id, 'joinedAfter');
      continue;
    }
    if (window.to < period.from || window.to < window.from) {
      out(subject.id, 'endedBefore');
      continue;
    }
    const clipped = {
      from: Math.max(window.from, period.from),
      to: Math.min(window.to, period.to),
    };
    const spans = subtract(clipped, subject.suspension);
    let servedDays = 0;
    for (const span of spans) servedDays += spanDays(span);
    if (servedDays === 0) {
      out(subject.id, 'suspendedWholePeriod');
      continue;
    }
    if (partial === 'exclude' && servedDays < periodDays) {
      out(subject.id, 'partialPeriod');
      continue;
    }
    entries.push({ id: subject.id, name: subject.name, record: subject.record, spans, servedDays });
  }
  return { entries, excluded };
}
