import type { ACTIVITY_KINDS, Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { DeputyGroup } from '../../model/deputyGroup.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageResult } from './coverageResult.js';
import { activityTarget } from './internal/activityTarget.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { coverageSentence } from './internal/coverageSentence.js';
import { deputySubjects } from './internal/deputySubject.js';
import type { ServiceSubject } from './internal/roster.js';
import { groupSubjects, memberSubjects, stationSubjects } from './internal/subjects.js';

/**
 * Whom an activity target is set for (活动指标对象): deputies (代表), standing committee members
 * (常委会组成人员), liaison stations (联络站点) or deputy groups (代表小组).
 *
 * @example
 * ```ts
 * import { ACTIVITY_TARGET_SUBJECTS } from 'renda';
 *
 * console.log(ACTIVITY_TARGET_SUBJECTS); // ['deputy', 'member', 'station', 'group']
 * ```
 * @category Coverage
 */
export const ACTIVITY_TARGET_SUBJECTS = ['deputy', 'member', 'station', 'group'] as const;

/**
 * One of {@link ACTIVITY_TARGET_SUBJECTS}.
 *
 * @example
 * ```ts
 * import type { ActivityTargetSubject } from 'renda';
 *
 * const subject: ActivityTargetSubject = 'station';
 * ```
 * @category Coverage
 */
export type ActivityTargetSubject = (typeof ACTIVITY_TARGET_SUBJECTS)[number];

/**
 * The record of each {@link ActivityTargetSubject}: a deputy, a member, a station, a group.
 *
 * @example
 * ```ts
 * import type { ActivityTargetRecords, LiaisonStation } from 'renda';
 *
 * const same = (s: ActivityTargetRecords['station']): LiaisonStation => s;
 * ```
 * @category Coverage
 */
export interface ActivityTargetRecords {
  readonly deputy: Deputy;
  readonly member: StandingCommitteeMember;
  readonly station: LiaisonStation;
  readonly group: DeputyGroup;
}

/**
 * How a deputy or member takes part in an activity for it to count (参加方式): among its
 * participants (参加), or as its organiser (组织). Stations and groups count the activities held
 * at them (`stationId`, `groupId`).
 *
 * @example
 * ```ts
 * import { ACTIVITY_TARGET_ROLES } from 'renda';
 *
 * console.log(ACTIVITY_TARGET_ROLES[0]); // 'participant'
 * ```
 * @category Coverage
 */
export const ACTIVITY_TARGET_ROLES = ['participant', 'organiser'] as const;

/**
 * How often a target repeats (考核周期): once for the period, or every calendar year, quarter or
 * month.
 *
 * @example
 * ```ts
 * import { ACTIVITY_TARGET_PERIODS } from 'renda';
 *
 * console.log(ACTIVITY_TARGET_PERIODS.includes('quarter')); // true
 * ```
 * @category Coverage
 */
export const ACTIVITY_TARGET_PERIODS = ['period', 'year', 'quarter', 'month'] as const;

/**
 * What a target counts (计数方式): activities (次), or distinct days with one (天, e.g. reception
 * days: two receptions on one day are one 接待日).
 *
 * @example
 * ```ts
 * import { ACTIVITY_TARGET_COUNTS } from 'renda';
 *
 * console.log(ACTIVITY_TARGET_COUNTS); // ['activities', 'days']
 * ```
 * @category Coverage
 */
export const ACTIVITY_TARGET_COUNTS = ['activities', 'days'] as const;

/**
 * Options of {@link coverageActivityTarget} (活动指标选项): "every `subject` has at least `min`
 * activities of `kinds`, in `role`, per `per`".
 *
 * @example
 * ```ts
 * import type { CoverageActivityTargetOptions } from 'renda';
 *
 * // Every deputy takes part in research or an inspection at least once a half… here, a quarter.
 * const options: CoverageActivityTargetOptions<'deputy'> = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   subject: 'deputy',
 *   kinds: ['research', 'inspection'],
 *   per: 'quarter',
 * };
 * ```
 * @category Coverage
 */
export interface CoverageActivityTargetOptions<
  S extends ActivityTargetSubject = ActivityTargetSubject,
> {
  /** The period, both days inclusive. */
  readonly period: CoveragePeriod;
  /** Whom the target is for. */
  readonly subject: S;
  /** Activities (or days) each needs per `per`; 1 by default. */
  readonly min?: number;
  /** The kinds that count; every kind by default. */
  readonly kinds?: readonly (typeof ACTIVITY_KINDS)[number][];
  /** For deputies and members: as a participant (default) or as the organiser. */
  readonly role?: (typeof ACTIVITY_TARGET_ROLES)[number];
  /** Once for the period (default), or every calendar year, quarter or month. */
  readonly per?: (typeof ACTIVITY_TARGET_PERIODS)[number];
  /** Activities (default) or distinct days. */
  readonly count?: (typeof ACTIVITY_TARGET_COUNTS)[number];
  /** How to treat those who served (or were open) part of the period; `'prorate'` by default. */
  readonly partial?: PartialPolicy;
  /**
   * The day the figures are as of (`period.to` by default): the period is taken to end there, so
   * windows after it are not due yet, and under `'prorate'` the window under way asks its share of
   * the target so far (the pace).
   */
  readonly asOf?: string;
  /** The interval and minimum n of the rate. */
  readonly rateOptions?: RateOptions;
}

/**
 * What {@link coverageActivityTarget} returns: the coverage result, with the 人次 figures of the
 * activities it counted.
 *
 * @example
 * ```ts
 * import type { ActivityTargetResult } from 'renda';
 *
 * const perHead = (r: ActivityTargetResult) => r.participations / Math.max(1, r.covered.length);
 * ```
 * @category Coverage
 */
export interface ActivityTargetResult extends CoverageResult {
  /** 参加人次: each counted activity once per subject in the roster it counted for. */
  readonly participations: number;
  /** 接待群众人次: the public who took part (`participants.constituents`), each activity once. */
  readonly constituentsReceived: number;
}

type AnySubject = ServiceSubject<ActivityTargetRecords[ActivityTargetSubject]>;

function subjectsOf(
  subject: ActivityTargetSubject,
  records: Iterable<unknown>,
): Iterable<AnySubject> {
  switch (subject) {
    case 'deputy':
      return deputySubjects(records as Iterable<Deputy>);
    case 'member':
      return memberSubjects(records as Iterable<StandingCommitteeMember>);
    case 'station':
      return stationSubjects(records as Iterable<LiaisonStation>);
    case 'group':
      return groupSubjects(records as Iterable<DeputyGroup>);
  }
}

/** The ids an activity counts for, for this subject and role. */
function countedFor(
  activity: Activity,
  subject: ActivityTargetSubject,
  role: (typeof ACTIVITY_TARGET_ROLES)[number],
): readonly string[] {
  if (subject === 'station') return activity.stationId === undefined ? [] : [activity.stationId];
  if (subject === 'group') return activity.groupId === undefined ? [] : [activity.groupId];
  if (role === 'organiser') return activity.organiserId === undefined ? [] : [activity.organiserId];
  const ids =
    subject === 'deputy' ? activity.participants.deputyIds : activity.participants.memberIds;
  return [...new Set(ids)];
}

const WHO = {
  deputy: { zh: '代表', measure: '名', en: 'deputies' },
  member: { zh: '常委会组成人员', measure: '名', en: 'members' },
  station: { zh: '站点', measure: '个', en: 'stations' },
  group: { zh: '代表小组', measure: '个', en: 'groups' },
} as const;
const EVERY = {
  period: { zh: '期内', en: 'in the period' },
  year: { zh: '每年', en: 'every year' },
  quarter: { zh: '每季度', en: 'every quarter' },
  month: { zh: '每月', en: 'every month' },
} as const;

/**
 * One general activity target (活动指标): "every deputy (or member, station, group) has at least
 * N activities of kinds K, in role R, per period", with who falls short and by how much.
 *
 * @remarks
 * Formula: subjects with at least `min` counted activities (or distinct days) in every window
 * (the period, or each year, quarter or month of it) ÷ subjects in the roster. The roster and its
 * partial periods are those of every coverage function ({@link rosterFor}): under `'prorate'` a
 * window asks ⌈min × days served ÷ days in the window⌉. Only days served count: an activity on a
 * day the deputy was suspended or no longer served, a member outside the term, or a station not
 * open, counts for nothing. `asOf` ends the period early: later windows are not due, and the
 * window under way asks its share so far (its pace, under `'prorate'`).
 *
 * `participations` (参加人次) counts each activity once per subject it counted for;
 * `constituentsReceived` (接待群众人次) adds `participants.constituents` of each counted activity
 * once. One pass over the activities, one over the roster: O(activities + subjects × windows).
 * {@link coverageMemberContact}, {@link coverageSessionAttendance} and
 * {@link coverageStationActivity} are presets of it.
 *
 * @param subjects - The deputies, members, stations or groups (as `options.subject` says).
 * @param activities - The activities; any iterable.
 * @param options - The period, subject, target, kinds, role, windows, count and asOf.
 * @returns The coverage result with the 人次 figures, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period, subject, target, window,
 * count, role or asOf.
 * @example
 * ```ts
 * import { coverageActivityTarget } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, activities } = generateSample({ seed: 1 });
 * // 调研视察: every deputy in research or an inspection at least once in each half… here, each quarter.
 * const result = coverageActivityTarget(deputies, activities, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   subject: 'deputy',
 *   kinds: ['research', 'inspection'],
 *   per: 'quarter',
 * });
 * console.log(result.shortfalls.every((s) => s.window !== undefined)); // true
 * ```
 * @category Coverage
 */
export function coverageActivityTarget<S extends ActivityTargetSubject>(
  subjects: Iterable<ActivityTargetRecords[S]>,
  activities: Iterable<Activity>,
  options: CoverageActivityTargetOptions<S>,
): ActivityTargetResult {
  return guard('coverageActivityTarget', () => {
    const checks = new OptionChecks('coverageActivityTarget');
    checks.records(subjects, 'subjects', '指标对象');
    checks.records(activities, 'activities', '活动');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const subject = checks.oneOf(
      'subject',
      '指标对象',
      options.subject,
      ACTIVITY_TARGET_SUBJECTS,
      'deputy',
    );
    if (options.subject === undefined) {
      checks.conflict(
        'subject',
        '指标对象',
        fieldName(
          '须给出指标对象：deputy、member、station 或 group',
          'subject is required: deputy, member, station or group',
        ),
      );
    }
    const target = checks.count('min', '最少次数', options.min, 1, 1);
    const role = checks.oneOf(
      'role',
      '参加方式',
      options.role,
      ACTIVITY_TARGET_ROLES,
      'participant',
    );
    const per = checks.oneOf('per', '考核周期', options.per, ACTIVITY_TARGET_PERIODS, 'period');
    const count = checks.oneOf(
      'count',
      '计数方式',
      options.count,
      ACTIVITY_TARGET_COUNTS,
      'activities',
    );
    const partial = checks.partial(options.partial);
    const asOf = checks.day('asOf', '统计截止日', options.asOf, span) ?? span.to;
    checks.done();

    const run = activityTarget(
      subjectsOf(subject, subjects),
      activities,
      { span, asOf, partial, target, per, count, periodFrom: options.period.from },
      (activity) =>
        options.kinds !== undefined && !options.kinds.includes(activity.kind)
          ? []
          : countedFor(activity, subject, role),
    );
    const kindText = options.kinds === undefined ? '' : options.kinds.join('/');
    const unit = count === 'days' ? { zh: '天', en: 'day(s) with' } : { zh: '次', en: '' };
    return Object.freeze({
      ...buildResult({
        id: 'coverageActivityTarget',
        version: 1,
        name: {
          'zh-Hans': `${WHO[subject].zh}活动达标率`,
          en: `${WHO[subject].en} meeting an activity target`,
        },
        formula: {
          'zh-Hans': `${EVERY[per].zh}开展${kindText ? ` ${kindText} ` : ''}活动不少于 ${target} ${unit.zh}的${WHO[subject].zh}数 ÷ 名册${WHO[subject].zh}数`,
          en: `${WHO[subject].en} with at least ${target} ${unit.en} ${kindText ? `${kindText} ` : ''}activities ${EVERY[per].en} ÷ ${WHO[subject].en} in the roster`,
        },
        sentence: coverageSentence(
          WHO[subject],
          { zh: '达到活动要求', en: 'met the activity target' },
          { 'zh-Hans': '达标率', en: 'rate' },
          false,
        ),
        period: options.period,
        covered: run.covered,
        shortfalls: run.shortfalls,
        excluded: run.excluded,
        rateOptions: options.rateOptions,
      }),
      participations: run.participations,
      constituentsReceived: run.constituentsReceived,
    });
  });
}
