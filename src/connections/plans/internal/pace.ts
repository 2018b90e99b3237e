import { freezeFresh } from '../../../internal/frozenResult.js';
import type { CoveragePeriod } from '../../coverage/coveragePeriod.js';
import type { OptionChecks } from '../../coverage/internal/checkOptions.js';
import {
  type DaySpan,
  dayNumber,
  overlapDays,
  servedIn,
  toDay,
} from '../../coverage/internal/days.js';
import { needIn } from '../../coverage/internal/evaluate.js';

// Whether a pair keeps pace with its contact target (internal), for every plan checker: members
// and deputies (checkPlan), committees and deputies, deputies and deputies (checkPairings).

/** A window a target is counted in: this year up to asOf, or a quarter already over. */
export interface PaceWindow {
  readonly per: 'year' | 'quarter';
  readonly span: DaySpan;
  readonly target: number;
  /** The days of the whole year or quarter, which the target is pro-rated over. */
  readonly bucketDays: number;
}

/** How far a pair is behind in one window. */
export interface PaceShortfall {
  readonly per: 'year' | 'quarter';
  readonly window: CoveragePeriod;
  readonly have: number;
  readonly need: number;
}

/** The year of `asOf` (a valid day) from 1 January. */
export function yearOf(asOf: string): { readonly year: DaySpan; readonly soFar: DaySpan } {
  const y = asOf.slice(0, 4);
  const year = { from: dayNumber(`${y}-01-01`) as number, to: dayNumber(`${y}-12-31`) as number };
  return { year, soFar: { from: year.from, to: dayNumber(asOf) as number } };
}

/** The windows to check at `asOf`: the year so far, and each quarter over when asked. */
export function paceWindows(
  asOf: string,
  perYear: number,
  perQuarter: number | undefined,
): PaceWindow[] {
  const { year, soFar } = yearOf(asOf);
  const windows: PaceWindow[] = [
    { per: 'year', span: soFar, target: perYear, bucketDays: year.to - year.from + 1 },
  ];
  if (perQuarter === undefined) return windows;
  const y = asOf.slice(0, 4);
  for (const month of [1, 4, 7, 10]) {
    const from = dayNumber(`${y}-${String(month).padStart(2, '0')}-01`) as number;
    const to =
      month === 10
        ? year.to
        : (dayNumber(`${y}-${String(month + 3).padStart(2, '0')}-01`) as number) - 1;
    if (to <= soFar.to) {
      windows.push({
        per: 'quarter',
        span: { from, to },
        target: perQuarter,
        bucketDays: to - from + 1,
      });
    }
  }
  return windows;
}

/**
 * The windows in which a pair made fewer contacts than its pro-rated target. Only the days both
 * sides served (`served`) inside the pair's own dates count, for the target and the contacts.
 */
export function behindPace(
  served: readonly DaySpan[],
  pair: DaySpan,
  contactDays: readonly number[],
  windows: readonly PaceWindow[],
): PaceShortfall[] {
  const inService = (n: number): boolean => served.some((s) => n >= s.from && n <= s.to);
  const days = contactDays.filter((n) => n >= pair.from && n <= pair.to && inService(n));
  const out: PaceShortfall[] = [];
  for (const w of windows) {
    const span = { from: Math.max(w.span.from, pair.from), to: Math.min(w.span.to, pair.to) };
    if (span.to < span.from) continue;
    const servedDays = servedIn(served, span);
    if (servedDays === 0) continue;
    const need = needIn(w.target, 'prorate', servedDays, w.bucketDays);
    const have = days.filter((n) => n >= span.from && n <= span.to).length;
    if (have < need) {
      out.push({
        per: w.per,
        window: freezeFresh({ from: toDay(span.from), to: toDay(span.to) }),
        have,
        need,
      });
    }
  }
  return out;
}

/** The days inside both lists of spans. */
export function intersectSpans(a: readonly DaySpan[], b: readonly DaySpan[]): DaySpan[] {
  const out: DaySpan[] = [];
  for (const x of a) {
    for (const y of b) {
      if (overlapDays(x, y) > 0)
        out.push({ from: Math.max(x.from, y.from), to: Math.min(x.to, y.to) });
    }
  }
  return out;
}

/** Reads the contacts a pair owes a year (default `perYearDefault`) and a quarter (optional). */
export function readPaceTargets(
  checks: OptionChecks,
  rules: { readonly minContactsPerYear?: unknown; readonly minContactsPerQuarter?: unknown },
  perYearDefault: number,
): { readonly perYear: number; readonly perQuarter: number | undefined } {
  const perYear = checks.count(
    'minContactsPerYear',
    '每年最少联系次数',
    rules.minContactsPerYear,
    perYearDefault,
    0,
    366,
  );
  const perQuarter =
    rules.minContactsPerQuarter === undefined
      ? undefined
      : checks.count(
          'minContactsPerQuarter',
          '每季度最少联系次数',
          rules.minContactsPerQuarter,
          1,
          0,
          92,
        );
  return { perYear, perQuarter };
}
