import type { ACTIVITY_KINDS, Activity } from '../../model/activity.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageResult } from './coverageResult.js';
import { activityTarget } from './internal/activityTarget.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { coverageSentence } from './internal/coverageSentence.js';
import { stationSubjects } from './internal/subjects.js';

/**
 * How often a station target repeats (考核周期): once for the period, or every month or quarter.
 *
 * @example
 * ```ts
 * import { STATION_TARGET_PERIODS } from 'renda';
 *
 * console.log(STATION_TARGET_PERIODS); // ['period', 'month', 'quarter']
 * ```
 * @category Coverage
 */
export const STATION_TARGET_PERIODS = ['period', 'month', 'quarter'] as const;

/**
 * Options of {@link coverageStationActivity} (站点活动覆盖率选项). Give at most one of
 * `minReceptionDays` and `minActivities`; with neither, the target is 1 reception day.
 *
 * @example
 * ```ts
 * import type { CoverageStationActivityOptions } from 'renda';
 *
 * const options: CoverageStationActivityOptions = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   minReceptionDays: 3,
 *   per: 'quarter',
 * };
 * ```
 * @category Coverage
 */
export interface CoverageStationActivityOptions {
  /** The period, both days inclusive. */
  readonly period: CoveragePeriod;
  /** Distinct days with a `receptionDay` activity (接待日) the station needs per `per`. */
  readonly minReceptionDays?: number;
  /** Activities held at the station (of `kinds`, or any kind) per `per`. */
  readonly minActivities?: number;
  /** The kinds that count for `minActivities`; all kinds by default. */
  readonly kinds?: readonly (typeof ACTIVITY_KINDS)[number][];
  /** Once for the period (default), or every calendar month or quarter. */
  readonly per?: (typeof STATION_TARGET_PERIODS)[number];
  /**
   * The day the figures are as of (`period.to` by default): later months or quarters are not due
   * yet, and under `'prorate'` the one under way asks its share so far.
   */
  readonly asOf?: string;
  /** How to treat stations active for part of the period; `'prorate'` by default. */
  readonly partial?: PartialPolicy;
  /** The interval and minimum n of the rate. */
  readonly rateOptions?: RateOptions;
}

/**
 * Coverage of liaison-station activity (站点活动达标率): the share of stations that held at least
 * k reception days (or activities) in the period, or in every month or quarter of it.
 *
 * @remarks
 * Formula: stations meeting the target in every sub-period ÷ stations active in the period.
 * Reception days count distinct days (`day`) of `receptionDay` activities at the station
 * (`stationId`), so two deputies receiving on the same day make one reception day; activities
 * count every activity at the station (of `kinds` when given).
 *
 * With `per: 'quarter'` or `'month'`, the period is cut into calendar quarters or months (the
 * first and last clipped to the period) and a station short in any of them is short; its
 * shortfall reports the worst one (largest short, earliest on a tie) as `window`. A station
 * serves for its `active` dates; under `partial: 'prorate'` each sub-period's target is scaled by
 * the share of it the station was active and rounded up, and sub-periods it was not active in at
 * all are skipped under every policy. An activity on a day the station was not open counts for
 * nothing. A preset of {@link coverageActivityTarget}. One pass over the activities:
 * O(stations + activities).
 *
 * @param stations - The liaison stations; any iterable.
 * @param activities - Activities of any kind.
 * @param options - The period, target, sub-period and policy.
 * @returns The coverage result over stations, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period, target or `per`, or both
 * targets.
 *
 * @example
 * ```ts
 * import { coverageStationActivity } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { stations, activities } = generateSample({ seed: 1 });
 * const result = coverageStationActivity(stations, activities, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   minReceptionDays: 2,
 *   per: 'quarter',
 * });
 * console.log(result.shortfalls.every((s) => s.window !== undefined)); // true
 * ```
 * @category Coverage
 */
export function coverageStationActivity(
  stations: Iterable<LiaisonStation>,
  activities: Iterable<Activity>,
  options: CoverageStationActivityOptions,
): CoverageResult {
  return guard('coverageStationActivity', () => {
    const checks = new OptionChecks('coverageStationActivity');
    checks.records(stations, 'stations', '家站点');
    checks.records(activities, 'activities', '活动');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    if (options.minReceptionDays !== undefined && options.minActivities !== undefined) {
      checks.conflict(
        'minActivities',
        '最少活动次数',
        fieldName(
          '接待日数与活动次数只能给出一个',
          'give minReceptionDays or minActivities, not both',
        ),
      );
    }
    const mode = options.minActivities !== undefined ? 'minActivities' : 'minReceptionDays';
    const target = checks.count(
      mode,
      mode === 'minActivities' ? '最少活动次数' : '最少接待日数',
      options[mode],
      1,
    );
    const per = checks.oneOf('per', '考核周期', options.per, STATION_TARGET_PERIODS, 'period');
    const partial = checks.partial(options.partial);
    const asOf = checks.day('asOf', '统计截止日', options.asOf, span) ?? span.to;
    checks.done();

    // A preset of the general activity target, for stations: reception days are distinct days of
    // receptionDay activities held there, activities every activity there (of `kinds`).
    const kinds = options.kinds === undefined ? undefined : new Set<string>(options.kinds);
    const reception = mode === 'minReceptionDays';
    const { covered, shortfalls, excluded } = activityTarget(
      stationSubjects(stations),
      activities,
      {
        span,
        asOf,
        partial,
        target,
        per,
        count: reception ? 'days' : 'activities',
        periodFrom: options.period.from,
      },
      (activity) => {
        if (activity.stationId === undefined) return [];
        if (reception ? activity.kind !== 'receptionDay' : kinds?.has(activity.kind) === false) {
          return [];
        }
        return [activity.stationId];
      },
    );
    const every = {
      period: { zh: '期内', en: 'in the period' },
      month: { zh: '每月', en: 'every month' },
      quarter: { zh: '每季度', en: 'every quarter' },
    }[per];
    const what =
      mode === 'minReceptionDays'
        ? { zh: `接待日不少于 ${target} 天`, en: `at least ${target} reception day(s)` }
        : { zh: `开展活动不少于 ${target} 次`, en: `at least ${target} activities` };
    return buildResult({
      id: 'coverageStationActivity',
      version: 1,
      name: {
        'zh-Hans': '代表联络站点活动达标率',
        en: 'Liaison stations meeting their activity target',
      },
      formula: {
        'zh-Hans': `${every.zh}${what.zh}的站点数 ÷ 期内存续的站点数`,
        en: `stations with ${what.en} ${every.en} ÷ stations active in the period`,
      },
      sentence: coverageSentence(
        { zh: '代表联络站点', measure: '个', en: 'liaison stations' },
        { zh: '达到活动要求', en: 'met their activity target' },
        { 'zh-Hans': '达标率', en: 'rate' },
        false,
      ),
      period: options.period,
      covered,
      shortfalls,
      excluded,
      rateOptions: options.rateOptions,
    });
  });
}
