import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageExclusion, CoverageResult } from './coverageResult.js';
import { activityTarget } from './internal/activityTarget.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { coverageSentence } from './internal/coverageSentence.js';
import { deputySubjects } from './internal/deputySubject.js';
import { buildRoster } from './internal/roster.js';
import { servingOn } from './internal/serving.js';

/**
 * Options of {@link coverageSessionAttendance} (列席覆盖率选项).
 *
 * @example
 * ```ts
 * import type { CoverageSessionAttendanceOptions } from 'renda';
 *
 * const options: CoverageSessionAttendanceOptions = {
 *   period: { from: '2022-01-04', to: '2027-01-03' },
 *   grassrootsOnly: true,
 * };
 * ```
 * @category Coverage
 */
export interface CoverageSessionAttendanceOptions {
  /** The period, both days inclusive; usually the term (届). */
  readonly period: CoveragePeriod;
  /** Only grassroots deputies (基层代表) are in the roster; `true` by default. */
  readonly grassrootsOnly?: boolean;
  /** Attendances each deputy needs in the period; 1 by default. */
  readonly minAttendances?: number;
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
 * The result of {@link coverageSessionAttendance}: the coverage result plus the published totals.
 *
 * @example
 * ```ts
 * import type { CoverageSessionAttendanceResult } from 'renda';
 *
 * const summary = (r: CoverageSessionAttendanceResult): string =>
 *   `${r.attendingDeputies} deputies, ${r.attendances} attendances`;
 * ```
 * @category Coverage
 */
export interface CoverageSessionAttendanceResult extends CoverageResult {
  /** Distinct deputies who attended at least one session in the period (any deputy, any roster). */
  readonly attendingDeputies: number;
  /** Attendances (人次): each deputy at each session counts once. */
  readonly attendances: number;
}

/**
 * Coverage of deputies attending standing committee sessions (代表列席常委会会议全覆盖): the share of
 * (grassroots) deputies who attended at least `minAttendances` sessions in the period, usually a
 * term.
 *
 * @remarks
 * Formula: roster deputies with ≥ `minAttendances` attendances ÷ roster deputies, where the roster
 * is the grassroots deputies (`grassroots: true`; others are excluded as `notGrassroots`) unless
 * `grassrootsOnly: false`. This is the 12th NPC goal "every grassroots deputy attends an SC
 * meeting at least once per term" (Sources §4.2, §4.4 item 2). An attendance is an
 * `scSessionAttendance` activity dated in the period that lists the deputy.
 *
 * The result also carries the totals reports publish: `attendingDeputies` (distinct deputies who
 * attended, whether or not in the roster) and `attendances` (人次). Under `partial: 'prorate'`
 * a deputy who served part of the term needs ⌈minAttendances × share⌉. One pass over the
 * activities: O(deputies + activities).
 *
 * A preset of {@link coverageActivityTarget}: only days served count.
 *
 * @param deputies - The deputies; any iterable.
 * @param activities - Activities of any kind; only `scSessionAttendance` ones are read.
 * @param options - The period (a term), the roster filter, target and policy.
 * @returns The coverage result with the totals, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period or target.
 *
 * @example
 * ```ts
 * import { coverageSessionAttendance } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, activities } = generateSample({ seed: 1 });
 * const result = coverageSessionAttendance(deputies, activities, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 * });
 * console.log(result.attendances >= result.attendingDeputies); // true
 * ```
 * @category Coverage
 */
export function coverageSessionAttendance(
  deputies: Iterable<Deputy>,
  activities: Iterable<Activity>,
  options: CoverageSessionAttendanceOptions,
): CoverageSessionAttendanceResult {
  return guard('coverageSessionAttendance', () => {
    const checks = new OptionChecks('coverageSessionAttendance');
    checks.records(deputies, 'deputies', '代表');
    checks.records(activities, 'activities', '活动');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const target = checks.count('minAttendances', '最少列席次数', options.minAttendances, 1);
    const partial = checks.partial(options.partial);
    const asOf = checks.day('asOf', '统计截止日', options.asOf, span) ?? span.to;
    // The period as of `asOf`: who served, and on which days, up to then.
    const upTo = { from: span.from, to: Math.min(span.to, asOf) };
    checks.done();
    const grassrootsOnly = options.grassrootsOnly !== false;

    const excluded: CoverageExclusion[] = [];
    const everyone: Deputy[] = [];
    const inScope: Deputy[] = [];
    for (const deputy of deputies) {
      everyone.push(deputy);
      if (grassrootsOnly && !deputy.grassroots)
        excluded.push({ id: deputy.id, reason: 'notGrassroots' });
      else inScope.push(deputy);
    }
    // 人次 count every deputy who attended while serving, grassroots or not.
    const serving = servingOn(buildRoster(deputySubjects(everyone), upTo, 'include').entries);
    const attending = new Set<string>();
    let attendances = 0;
    // A preset of the general activity target over the roster in scope; the 人次 figures are
    // counted on the way, from the same activities.
    const run = activityTarget(
      deputySubjects(inScope),
      activities,
      {
        span,
        asOf,
        partial,
        target,
        per: 'period',
        count: 'activities',
        periodFrom: options.period.from,
      },
      (activity) => {
        if (activity.kind !== 'scSessionAttendance') return [];
        const ids = [...new Set(activity.participants.deputyIds)];
        for (const id of ids) {
          if (!serving(id, activity.day)) continue;
          attending.add(id);
          attendances += 1;
        }
        return ids;
      },
    );
    const { covered, shortfalls } = run;
    const who = grassrootsOnly
      ? { zh: '基层代表', en: 'grassroots deputies' }
      : { zh: '代表', en: 'deputies' };
    return buildResult(
      {
        id: 'coverageSessionAttendance',
        version: 1,
        name: {
          'zh-Hans': `${who.zh}列席常委会会议覆盖率`,
          en: `${grassrootsOnly ? 'Grassroots deputies' : 'Deputies'} attending standing committee sessions`,
        },
        formula: {
          'zh-Hans': `期内列席常委会会议不少于 ${target} 次的${who.zh}数 ÷ 名册${who.zh}数`,
          en: `${who.en} who attended at least ${target} standing committee session(s) in the period ÷ ${who.en} in the roster`,
        },
        sentence: coverageSentence(
          { ...who, measure: '名' },
          { zh: '列席常委会会议', en: 'attended standing committee sessions' },
        ),
        period: options.period,
        covered,
        shortfalls,
        excluded: [...excluded, ...run.excluded],
        rateOptions: options.rateOptions,
      },
      { attendingDeputies: attending.size, attendances },
    );
  });
}
