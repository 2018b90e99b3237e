import { tidyDecimal as tidy } from '../../internal/tidyDecimal.js';
import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { PerformanceRecord } from '../../model/performanceRecord.js';
import type { BilingualText } from '../../model/shared/localized.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod, PartialPolicy } from '../coverage/coveragePeriod.js';
import type { CoverageExclusion } from '../coverage/coverageResult.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { spanDays } from '../coverage/internal/days.js';
import { deputySubjects } from '../coverage/internal/deputySubject.js';
import { buildRoster } from '../coverage/internal/roster.js';
import { servingOn } from '../coverage/internal/serving.js';
import type { ScoringItem, ScoringRules } from './defineScoringRules.js';

/**
 * Options of {@link scoreDeputies} (履职积分选项).
 *
 * @example
 * ```ts
 * import type { ScoreDeputiesOptions } from 'renda';
 *
 * const options: ScoreDeputiesOptions = { period: { from: '2025-01-01', to: '2025-12-31' } };
 * ```
 * @category Metrics
 */
export interface ScoreDeputiesOptions {
  /** The period scored, both days inclusive: one cycle of the rules (a month, a year…). */
  readonly period: CoveragePeriod;
  /**
   * Deputies who served only part of the period, as in coverage: scored like everyone (`include`,
   * the default), left out (`exclude`, reason `partialPeriod`), or held to a pro-rated scheme
   * (`prorate`): with share = days served ÷ days in the period, every item's cap becomes
   * cap × share, and the points above `base` of the total's cap, of every grade band and of every
   * star level become (min − base) × share, so half a year asks half the points above the base.
   * Penalties are not pro-rated: they count what happened.
   */
  readonly partial?: PartialPolicy;
}

/**
 * One line of a deputy's score (积分明细): an item or a penalty, its count and points.
 *
 * @example
 * ```ts
 * import type { ScoreBreakdownEntry } from 'renda';
 *
 * const line: ScoreBreakdownEntry = {
 *   item: 'suggestionSubmitted',
 *   kind: 'suggestionSubmitted',
 *   count: 6,
 *   points: 15,
 *   capped: true,
 * };
 * ```
 * @category Metrics
 */
export interface ScoreBreakdownEntry {
  /** The item's id. */
  readonly item: string;
  /** The item's kind or kinds. */
  readonly kind: ScoringItem['kind'];
  /** The item's name, when the rules give one. */
  readonly label?: BilingualText;
  /** Occurrences in the period. */
  readonly count: number;
  /** Points after the item's cap; negative for a penalty. */
  readonly points: number;
  /** Whether the item's cap cut the points. */
  readonly capped: boolean;
}

/**
 * A deputy's score (代表履职积分): the total, the grade and stars, and the breakdown.
 *
 * @example
 * ```ts
 * import type { DeputyScore } from 'renda';
 *
 * const line = (s: DeputyScore): string => `${s.deputyId} ${s.total} ${s.grade?.en ?? ''}`;
 * ```
 * @category Metrics
 */
export interface DeputyScore {
  /** The deputy's id. */
  readonly deputyId: string;
  /** The deputy's name. */
  readonly name: string;
  /** base + Σ breakdown points, then held within `floor` and `cap`. */
  readonly total: number;
  /** base + Σ breakdown points, before `cap` and `floor`. */
  readonly raw: number;
  /** Whether the overall `cap` (or `floor`) changed the total. */
  readonly capped: boolean;
  /** 1 for the highest total; equal totals share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** The band's grade, or `null` when no band holds the total (or there are no bands). */
  readonly grade: BilingualText | null;
  /** The star level, when the rules have star levels (0 below the lowest). */
  readonly stars?: number;
  /** Every item, then every penalty, in the rules' order. */
  readonly breakdown: readonly ScoreBreakdownEntry[];
}

/**
 * The result of {@link scoreDeputies} (履职积分结果).
 *
 * @example
 * ```ts
 * import type { ScoreDeputiesResult } from 'renda';
 *
 * const top = (r: ScoreDeputiesResult): string | undefined => r.scores[0]?.deputyId;
 * ```
 * @category Metrics
 */
export interface ScoreDeputiesResult {
  /** The rules' id and version. */
  readonly rules: { readonly id: string; readonly version: number };
  /** The period scored. */
  readonly period: CoveragePeriod;
  /** The scores, highest total first, then by deputy id. */
  readonly scores: readonly DeputyScore[];
  /** How many deputies fell in each band, in band order (highest first). */
  readonly distribution: readonly {
    readonly grade: BilingualText;
    readonly min: number | null;
    readonly count: number;
  }[];
  /** How many deputies have each star level, most stars first (when the rules have stars). */
  readonly starDistribution?: readonly { readonly stars: number; readonly count: number }[];
  /** Deputies not scored and why (did not serve in the period, or partial under `exclude`). */
  readonly excluded: readonly CoverageExclusion[];
}

type Occurrence = {
  readonly deputyId: string;
  readonly kind: string;
  readonly excused?: boolean;
  readonly source: 'record' | 'activity';
};

function matches(item: ScoringItem, o: Occurrence): boolean {
  const kinds: readonly string[] = typeof item.kind === 'string' ? [item.kind] : item.kind;
  if (!kinds.includes(o.kind)) return false;
  const source = item.source ?? 'both';
  if (source !== 'both' && source !== o.source) return false;
  if (item.excused !== undefined && (o.source !== 'record' || o.excused !== item.excused))
    return false;
  return true;
}

const itemId = (item: ScoringItem): string =>
  item.id ?? (typeof item.kind === 'string' ? item.kind : item.kind.join('+'));

/**
 * Scores deputies' performance under a rules scheme (代表履职积分): base points, plus points per
 * duty performed, minus penalties, with caps, then a grade band and stars.
 *
 * @remarks
 * Formula, per deputy over `period`: each item gives min(count × points, item cap); each penalty
 * takes min(count × points, penalty cap); raw = base + Σ items − Σ penalties; total = raw held
 * within `floor` and `cap` (no cap when `cap` is `null`, as in Dongbao). Points and sums are
 * rounded to 9 decimal places, so decimal points add up as on paper (60 + 7 × 0.8 − 7 × 0.8
 * is 60, not 59.99999999999999, and gets the 60 band; 0.2 + 0.5 − 0.7 is 0). The grade is the first
 * band (highest `min` first) with total ≥ `min`, or the `min: null` band; stars likewise.
 *
 * Occurrences: a performance record (履职登记) dated (`day`) in the period counts once for its
 * `deputyId`; an activity dated in the period counts once for each deputy in
 * `participants.deputyIds`. Each item counts independently, so keep items from overlapping (see
 * `ScoringItem.source`). The points a record carries (`points`) are not used: the rules decide.
 *
 * A record or activity on a day the deputy did not serve (suspended, or after the qualification
 * ended: Deputies Law art. 61–62) earns no points and costs no penalty. Deputies who did not serve
 * a day of the period are excluded (see {@link rosterFor}). Scores are
 * sorted by total (highest first), then deputy id, with competition ranks. One pass over the
 * records: O(deputies × items + records × items).
 *
 * @param deputies - The deputies to score; any iterable.
 * @param records - Performance records and/or activities.
 * @param rules - Rules from {@link defineScoringRules} (or an example such as
 * {@link yinchuanStyleRules}).
 * @param options - The period and the partial-period policy.
 * @returns The scores, the grade distribution and the exclusions, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period or policy.
 *
 * @example
 * ```ts
 * import { scoreDeputies, yinchuanStyleRules } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, performanceRecords, activities } = generateSample({ seed: 1 });
 * const result = scoreDeputies(deputies, [...performanceRecords, ...activities], yinchuanStyleRules, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 * });
 * console.log(result.scores.every((s) => s.total <= 100)); // true
 * ```
 * @category Metrics
 */
export function scoreDeputies(
  deputies: Iterable<Deputy>,
  records: Iterable<PerformanceRecord | Activity>,
  rules: ScoringRules,
  options: ScoreDeputiesOptions,
): ScoreDeputiesResult {
  return guard('scoreDeputies', () => {
    const checks = new OptionChecks('scoreDeputies');
    checks.records(deputies, 'deputies', '代表');
    checks.records(records, 'records', '履职记录');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const partial = checks.partial(options.partial, 'include');
    checks.done();
    const { from, to } = options.period;
    const lines = [...rules.items, ...rules.penalties];
    const penaltyStart = rules.items.length;

    // deputy id → count per line.
    const counts = new Map<string, number[]>();
    const count = (o: Occurrence): void => {
      for (let i = 0; i < lines.length; i++) {
        if (!matches(lines[i] as ScoringItem, o)) continue;
        let mine = counts.get(o.deputyId);
        if (mine === undefined) {
          mine = lines.map(() => 0);
          counts.set(o.deputyId, mine);
        }
        mine[i] = (mine[i] ?? 0) + 1;
      }
    };
    // The roster first: what a deputy did on a day not served (suspended, or after the
    // qualification ended: Deputies Law art. 61–62) earns and costs nothing.
    const roster = buildRoster(deputySubjects(deputies), span, partial);
    const serving = servingOn(roster.entries);
    for (const record of records) {
      if (record.day < from || record.day > to) continue;
      if ('participants' in record) {
        for (const deputyId of new Set(record.participants.deputyIds)) {
          if (!serving(deputyId, record.day)) continue;
          count({ deputyId, kind: record.kind, source: 'activity' });
        }
      } else {
        if (!serving(record.deputyId, record.day)) continue;
        count({
          deputyId: record.deputyId,
          kind: record.kind,
          source: 'record',
          ...(record.excused !== undefined ? { excused: record.excused } : {}),
        });
      }
    }

    const bandCounts = rules.bands.map(() => 0);
    const periodDays = spanDays(span);
    const unranked = roster.entries.map((entry) => {
      const mine = counts.get(entry.id);
      // Under `prorate` the scheme's caps and thresholds scale by the share served; else 1.
      const share = partial === 'prorate' ? entry.servedDays / periodDays : 1;
      const scaled = (points: number): number => tidy(points * share);
      const threshold = (min: number): number => tidy(rules.base + (min - rules.base) * share);
      const breakdown = lines.map((line, i): ScoreBreakdownEntry => {
        const n = mine?.[i] ?? 0;
        const uncapped = tidy(n * line.points);
        const cap = line.cap === undefined || i >= penaltyStart ? line.cap : scaled(line.cap);
        const points = cap === undefined ? uncapped : Math.min(uncapped, cap);
        return Object.freeze({
          item: itemId(line),
          kind: line.kind,
          ...(line.label !== undefined ? { label: line.label } : {}),
          count: n,
          points: i >= penaltyStart ? tidy(-points) : points,
          capped: points < uncapped,
        });
      });
      const raw = tidy(breakdown.reduce((sum, line) => sum + line.points, rules.base));
      const totalCap = rules.cap === null ? null : threshold(rules.cap);
      let total = totalCap === null ? raw : Math.min(raw, totalCap);
      if (rules.floor !== null) total = Math.max(total, rules.floor);
      const bandIndex = rules.bands.findIndex((b) => b.min === null || total >= threshold(b.min));
      bandCounts[bandIndex] = (bandCounts[bandIndex] ?? 0) + 1;
      const stars = rules.stars?.find((s) => total >= threshold(s.min))?.stars ?? 0;
      return {
        deputyId: entry.id,
        name: entry.record.name,
        total,
        raw,
        capped: total !== raw,
        grade: rules.bands[bandIndex]?.grade ?? null,
        ...(rules.stars !== undefined ? { stars } : {}),
        breakdown: Object.freeze(breakdown),
      };
    });
    unranked.sort(
      (a, b) =>
        b.total - a.total || (a.deputyId < b.deputyId ? -1 : a.deputyId > b.deputyId ? 1 : 0),
    );
    const scores = unranked;
    let rank = 0;
    const ranked: DeputyScore[] = scores.map((score, i) => {
      if (i === 0 || (scores[i - 1] as typeof score).total !== score.total) rank = i + 1;
      return Object.freeze({ ...score, rank });
    });

    const distribution = rules.bands.map((band, i) =>
      Object.freeze({ grade: band.grade, min: band.min, count: bandCounts[i] ?? 0 }),
    );
    const starDistribution =
      rules.stars === undefined
        ? undefined
        : [...new Set([...rules.stars.map((s) => s.stars), 0])]
            .sort((a, b) => b - a)
            .map((stars) =>
              Object.freeze({ stars, count: ranked.filter((s) => s.stars === stars).length }),
            );
    return Object.freeze({
      rules: Object.freeze({ id: rules.id, version: rules.version }),
      period: Object.freeze({ from, to }),
      scores: Object.freeze(ranked),
      distribution: Object.freeze(distribution),
      ...(starDistribution !== undefined
        ? { starDistribution: Object.freeze(starDistribution) }
        : {}),
      excluded: Object.freeze(
        roster.excluded
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .map((e) => Object.freeze({ ...e })),
      ),
    });
  });
}
