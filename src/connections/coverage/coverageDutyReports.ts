import type { Deputy } from '../../model/deputy.js';
import type { DutyReport } from '../../model/dutyReport.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageResult } from './coverageResult.js';
import { bucketIndex, bucketsOf } from './internal/buckets.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { coverageSentence, DEPUTIES } from './internal/coverageSentence.js';
import { toNumber } from './internal/days.js';
import { deputySubjects } from './internal/deputySubject.js';
import { evaluateTarget } from './internal/evaluate.js';
import { buildRoster } from './internal/roster.js';
import { servingOn } from './internal/serving.js';

/**
 * How often deputies must report to constituents (述职频次): once over the period (a term), or
 * once every calendar year.
 *
 * @example
 * ```ts
 * import { DUTY_REPORT_FREQUENCIES } from 'renda';
 *
 * console.log(DUTY_REPORT_FREQUENCIES); // ['term', 'year']
 * ```
 * @category Coverage
 */
export const DUTY_REPORT_FREQUENCIES = ['term', 'year'] as const;

/**
 * Options of {@link coverageDutyReports} (述职覆盖率选项).
 *
 * @example
 * ```ts
 * import type { CoverageDutyReportsOptions } from 'renda';
 *
 * const options: CoverageDutyReportsOptions = {
 *   period: { from: '2022-01-04', to: '2027-01-03' },
 *   per: 'term',
 * };
 * ```
 * @category Coverage
 */
export interface CoverageDutyReportsOptions {
  /**
   * The period, both days inclusive: the term for `per: 'term'`; for `'year'`, whole calendar
   * years (`2022-01-01` to `2026-12-31`), since a clipped first or last year still asks for
   * `minReports` (a term ending on 3 January would need a report in those three days).
   */
  readonly period: CoveragePeriod;
  /** Once over the whole period (`term`), or in every calendar year of it (`year`). */
  readonly per: (typeof DUTY_REPORT_FREQUENCIES)[number];
  /** Reports each deputy needs per term or year; 1 by default. */
  readonly minReports?: number;
  /**
   * The day the figures are as of (`period.to` by default): the period is taken to end there, so
   * under `'prorate'` the target asks its share so far (the pace).
   */
  readonly asOf?: string;
  /** How to treat deputies who served part of the period; `'prorate'` by default. */
  readonly partial?: PartialPolicy;
  /** The interval and minimum n of the rate. */
  readonly rateOptions?: RateOptions;
}

/**
 * Coverage of duty reports to constituents (代表向原选区选民报告履职情况覆盖率): the share of
 * deputies who reported at least once per term, or once in every year.
 *
 * @remarks
 * Formula: deputies with ≥ `minReports` duty reports in the period (or in each calendar year of it)
 * ÷ deputies in the roster (see {@link rosterFor}). Sources §6.2 lists both frequencies (once per
 * term; once a year). With `per: 'year'` the period is cut into calendar years (the first and last
 * clipped), a deputy short in any year is short, and the shortfall names the worst year as
 * `window`. Under `partial: 'prorate'` each year's (or the term's) need is ⌈minReports × share
 * served⌉, so a deputy elected in a by-election still needs one report. A rotation ("five deputies
 * report this year") is not a coverage target; count reports with {@link aggregate} instead.
 * One pass over the reports: O(deputies + reports).
 *
 * @param deputies - The deputies; any iterable.
 * @param reports - The duty reports.
 * @param options - The period, frequency, target and policy.
 * @returns The coverage result, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period, `per` or target.
 *
 * @example
 * ```ts
 * import { coverageDutyReports } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, dutyReports } = generateSample({ seed: 1 });
 * const result = coverageDutyReports(deputies, dutyReports, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   per: 'year',
 * });
 * console.log(result.rate.value !== null && result.rate.value < 1); // true
 * ```
 * @category Coverage
 */
export function coverageDutyReports(
  deputies: Iterable<Deputy>,
  reports: Iterable<DutyReport>,
  options: CoverageDutyReportsOptions,
): CoverageResult {
  return guard('coverageDutyReports', () => {
    const checks = new OptionChecks('coverageDutyReports');
    checks.records(deputies, 'deputies', '代表');
    checks.records(reports, 'reports', '述职报告');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const per = checks.oneOf('per', '述职频次', options.per, DUTY_REPORT_FREQUENCIES, 'term');
    const target = checks.count('minReports', '最少述职次数', options.minReports, 1);
    const partial = checks.partial(options.partial);
    const asOf = checks.day('asOf', '统计截止日', options.asOf, span) ?? span.to;
    // The period as of `asOf`: who served, and on which days, up to then.
    const upTo = { from: span.from, to: Math.min(span.to, asOf) };
    checks.done();

    const buckets = bucketsOf(span, per === 'year' ? 'year' : 'period', options.period.from);
    const roster = buildRoster(deputySubjects(deputies), upTo, partial);
    const serving = servingOn(roster.entries);
    const counts = new Map<string, number[]>();
    for (const report of reports) {
      if (report.day < options.period.from || report.day > options.period.to) continue;
      if (!serving(report.deputyId, report.day)) continue;
      const b = bucketIndex(buckets, toNumber(report.day));
      if (b < 0) continue;
      let perBucket = counts.get(report.deputyId);
      if (perBucket === undefined) {
        perBucket = buckets.map(() => 0);
        counts.set(report.deputyId, perBucket);
      }
      perBucket[b] = (perBucket[b] ?? 0) + 1;
    }
    const { covered, shortfalls } = evaluateTarget(
      roster.entries,
      buckets,
      partial,
      target,
      (id, b) => counts.get(id)?.[b] ?? 0,
    );
    const every =
      per === 'year' ? { zh: '每年', en: 'in every year' } : { zh: '任期内', en: 'in the term' };
    return buildResult({
      id: 'coverageDutyReports',
      version: 1,
      name: { 'zh-Hans': '代表向选民述职覆盖率', en: 'Deputies reporting to constituents' },
      formula: {
        'zh-Hans': `${every.zh}述职不少于 ${target} 次的代表数 ÷ 名册代表数`,
        en: `deputies who reported at least ${target} time(s) ${every.en} ÷ deputies in the roster`,
      },
      sentence: coverageSentence(DEPUTIES, {
        zh: '向选民述职',
        en: 'reported to their constituents',
      }),
      period: options.period,
      covered,
      shortfalls,
      excluded: roster.excluded,
      rateOptions: options.rateOptions,
    });
  });
}
