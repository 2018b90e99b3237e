import type { Deputy } from '../../model/deputy.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageExclusion } from './coverageResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { spanDays, toDay } from './internal/days.js';
import { deputySubjects } from './internal/deputySubject.js';
import { buildRoster } from './internal/roster.js';

/**
 * Options of {@link rosterFor} (名册选项).
 *
 * @example
 * ```ts
 * import type { RosterOptions } from 'renda';
 *
 * const options: RosterOptions = { partial: 'exclude' };
 * ```
 * @category Coverage
 */
export interface RosterOptions {
  /** How to treat deputies who served part of the period; `'prorate'` by default. */
  readonly partial?: PartialPolicy;
}

/**
 * One deputy in a coverage roster (名册条目), with the days served in the period.
 *
 * @example
 * ```ts
 * import type { RosterEntry } from 'renda';
 *
 * const half = (entry: RosterEntry): boolean => entry.share < 0.5;
 * ```
 * @category Coverage
 */
export interface RosterEntry {
  /** The deputy's id. */
  readonly id: string;
  /** The deputy's name. */
  readonly name: string;
  /** The deputy record. */
  readonly deputy: Deputy;
  /** The stretches served inside the period (term ∩ period, minus a suspension), inclusive. */
  readonly served: readonly CoveragePeriod[];
  /** Days served inside the period. */
  readonly servedDays: number;
  /** Days in the period. */
  readonly periodDays: number;
  /** servedDays ÷ periodDays, in (0, 1]. */
  readonly share: number;
}

/**
 * A coverage roster (统计名册): the deputies counted over a period and those left out, with why.
 *
 * @example
 * ```ts
 * import type { Roster } from 'renda';
 *
 * const size = (roster: Roster): number => roster.entries.length;
 * ```
 * @category Coverage
 */
export interface Roster {
  /** The period. */
  readonly period: CoveragePeriod;
  /** The policy used for partial periods. */
  readonly partial: PartialPolicy;
  /** The deputies in the roster, in input order. */
  readonly entries: readonly RosterEntry[];
  /** The deputies left out and why, sorted by id. */
  readonly excluded: readonly CoverageExclusion[];
}

/**
 * The roster of deputies a coverage figure is measured over (统计名册): who served in the period,
 * for what share of it, and why the others are out.
 *
 * @remarks
 * A deputy serves from `term.from` to the earlier of `term.to` and the day the qualification ended
 * (`status.on`, counted as the last day served), except while suspended (`status.since` to
 * `status.until`, both inclusive; open-ended while `until` is absent). Days served in the period
 * are that window ∩ period; share = days served ÷ days in the period.
 *
 * Left out, whatever the policy: `joinedAfter` (term starts after the period), `endedBefore` (term
 * or qualification ended before it), `suspendedWholePeriod` (no day served in it). Under
 * `partial: 'exclude'`, anyone with share < 1 is left out as `partialPeriod`; under `'prorate'`
 * (the default) and `'include'` they stay, and the coverage functions scale or keep the target.
 *
 * @param deputies - The deputies; any iterable.
 * @param period - The period, both days inclusive.
 * @param options - The partial-period policy.
 * @returns The roster, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when the period or policy is invalid.
 *
 * @example
 * ```ts
 * import { rosterFor } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies } = generateSample({ seed: 1 });
 * const roster = rosterFor(deputies, { from: '2025-01-01', to: '2025-12-31' }, { partial: 'exclude' });
 * console.log(roster.entries.length + roster.excluded.length === deputies.length); // true
 * ```
 * @category Coverage
 */
export function rosterFor(
  deputies: Iterable<Deputy>,
  period: CoveragePeriod,
  options: RosterOptions = {},
): Roster {
  return guard('rosterFor', () => {
    const checks = new OptionChecks('rosterFor');
    checks.records(deputies, 'deputies', '代表');
    checks.options(options, 'options', '选项', true);
    const span = checks.period(period);
    const partial = checks.partial(options.partial);
    checks.done();
    const built = buildRoster(deputySubjects(deputies), span, partial);
    const periodDays = spanDays(span);
    const entries = built.entries.map((entry) =>
      Object.freeze({
        id: entry.id,
        name: entry.record.name,
        deputy: entry.record,
        served: Object.freeze(
          entry.spans.map((s) => Object.freeze({ from: toDay(s.from), to: toDay(s.to) })),
        ),
        servedDays: entry.servedDays,
        periodDays,
        share: entry.servedDays / periodDays,
      }),
    );
    const excluded = built.excluded
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => Object.freeze({ ...e }));
    return Object.freeze({
      period: Object.freeze({ from: period.from, to: period.to }),
      partial,
      entries: Object.freeze(entries),
      excluded: Object.freeze(excluded),
    });
  });
}
