import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageResult } from './coverageResult.js';
import { activityTarget } from './internal/activityTarget.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { coverageSentence, DEPUTIES } from './internal/coverageSentence.js';
import { rangeContains } from './internal/days.js';
import { deputySubjects } from './internal/deputySubject.js';

/**
 * How often a member-contact target repeats (联系频次): once for the period, or every calendar year
 * or quarter.
 *
 * @example
 * ```ts
 * import { MEMBER_CONTACT_PERIODS } from 'renda';
 *
 * console.log(MEMBER_CONTACT_PERIODS); // ['period', 'year', 'quarter']
 * ```
 * @category Coverage
 */
export const MEMBER_CONTACT_PERIODS = ['period', 'year', 'quarter'] as const;

/**
 * Options of {@link coverageMemberContact} (联系代表覆盖率选项).
 *
 * @example
 * ```ts
 * import type { CoverageMemberContactOptions } from 'renda';
 *
 * const options: CoverageMemberContactOptions = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   minContacts: 2,
 * };
 * ```
 * @category Coverage
 */
export interface CoverageMemberContactOptions {
  /** The period, both days inclusive. */
  readonly period: CoveragePeriod;
  /** Contacts each deputy needs per `per`; 1 by default. */
  readonly minContacts?: number;
  /** Once for the period (default), or every calendar year or quarter (每季度联系). */
  readonly per?: (typeof MEMBER_CONTACT_PERIODS)[number];
  /**
   * The day the figures are as of (`period.to` by default): later quarters or years are not due
   * yet, and under `'prorate'` the one under way asks its share so far.
   */
  readonly asOf?: string;
  /** How to treat deputies who served part of the period; `'prorate'` by default. */
  readonly partial?: PartialPolicy;
  /** The standing committee members; needed for `byAssignedMember`. */
  readonly members?: Iterable<StandingCommitteeMember>;
  /** Count only contacts by a member assigned to the deputy on the day (联系安排); default false. */
  readonly byAssignedMember?: boolean;
  /** The interval and minimum n of the rate. */
  readonly rateOptions?: RateOptions;
}

const EVERY = {
  period: { zh: '期内', en: 'in the period' },
  year: { zh: '每年', en: 'every year' },
  quarter: { zh: '每季度', en: 'every quarter' },
} as const;

/**
 * Coverage of deputies contacted by standing committee members (常委会组成人员联系代表全覆盖): the
 * share of deputies contacted at least `minContacts` times in the period.
 *
 * @remarks
 * Formula: deputies with ≥ `minContacts` contacts ÷ deputies in the roster (see {@link rosterFor}).
 * A contact is a `memberContact` activity dated (`day`) in the period that lists the deputy in
 * `participants.deputyIds`; one activity counts once per deputy however many members took part.
 * With `byAssignedMember: true`, it counts only if one of its members was assigned to that deputy
 * on that day (`contactAssignments`, Sources §4.2), so a chance meeting with another member does
 * not count. With `per: 'quarter'` (or `'year'`) every calendar quarter (or year) needs
 * `minContacts`; the worst one is the shortfall's `window`. Under `partial: 'prorate'` the need is
 * ⌈minContacts × share served⌉ per window. Only contacts on days the deputy served count. It is
 * a preset of {@link coverageActivityTarget}.
 *
 * One pass over the activities, indexed by deputy: O(deputies + activities + assignments).
 *
 * @param deputies - The deputies; any iterable.
 * @param activities - Activities of any kind; only `memberContact` ones are read.
 * @param options - The period, target, policy and members.
 * @returns The coverage result, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period or target, or
 * `byAssignedMember` without `members`.
 *
 * @example
 * ```ts
 * import { coverageMemberContact } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, activities } = generateSample({ seed: 1 });
 * const result = coverageMemberContact(deputies, activities, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 * });
 * console.log(result.shortfalls.every((s) => s.have < s.need)); // true
 * ```
 * @category Coverage
 */
export function coverageMemberContact(
  deputies: Iterable<Deputy>,
  activities: Iterable<Activity>,
  options: CoverageMemberContactOptions,
): CoverageResult {
  return guard('coverageMemberContact', () => {
    const checks = new OptionChecks('coverageMemberContact');
    checks.records(deputies, 'deputies', '代表');
    checks.records(activities, 'activities', '活动');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const target = checks.count('minContacts', '最少联系次数', options.minContacts, 1);
    const per = checks.oneOf('per', '联系频次', options.per, MEMBER_CONTACT_PERIODS, 'period');
    const partial = checks.partial(options.partial);
    const asOf = checks.day('asOf', '统计截止日', options.asOf, span) ?? span.to;
    const byAssigned = options.byAssignedMember === true;
    if (byAssigned && options.members === undefined) {
      checks.conflict(
        'members',
        '常委会组成人员',
        fieldName(
          '按联系安排统计时须提供常委会组成人员',
          'byAssignedMember needs the members and their contact assignments',
        ),
      );
    }
    checks.done();

    // member id → deputy id → the assignment ranges, for byAssignedMember.
    const assignments = new Map<string, Map<string, { from: string; to?: string | undefined }[]>>();
    if (byAssigned) {
      for (const member of options.members ?? []) {
        const byDeputy = new Map<string, { from: string; to?: string | undefined }[]>();
        for (const a of member.contactAssignments) {
          const list = byDeputy.get(a.deputyId) ?? [];
          list.push(a);
          byDeputy.set(a.deputyId, list);
        }
        assignments.set(member.id, byDeputy);
      }
    }
    const assignedOn = (memberId: string, deputyId: string, day: string): boolean =>
      (assignments.get(memberId)?.get(deputyId) ?? []).some((range) => rangeContains(range, day));

    // A preset of the general activity target: contacts are memberContact activities, counted for
    // each deputy listed (and, byAssignedMember, only with a member assigned to them that day).
    const { covered, shortfalls, excluded } = activityTarget(
      deputySubjects(deputies),
      activities,
      { span, asOf, partial, target, per, count: 'activities', periodFrom: options.period.from },
      (activity) => {
        if (activity.kind !== 'memberContact') return [];
        const ids = [...new Set(activity.participants.deputyIds)];
        if (!byAssigned) return ids;
        return ids.filter((deputyId) =>
          activity.participants.memberIds.some((m) => assignedOn(m, deputyId, activity.day)),
        );
      },
    );
    const by = byAssigned ? '所联系的' : '';
    const byEn = byAssigned ? 'their assigned ' : 'a ';
    return buildResult({
      id: 'coverageMemberContact',
      version: 1,
      name: {
        'zh-Hans': '常委会组成人员联系代表覆盖率',
        en: 'Deputies contacted by standing committee members',
      },
      formula: {
        'zh-Hans': `${EVERY[per].zh}受${by}常委会组成人员联系不少于 ${target} 次的代表数 ÷ 名册代表数`,
        en: `deputies contacted at least ${target} time(s) by ${byEn}standing committee member ${EVERY[per].en} ÷ deputies in the roster`,
      },
      sentence: coverageSentence(DEPUTIES, {
        zh: '受常委会组成人员联系',
        en: 'contacted by standing committee members',
      }),
      period: options.period,
      covered,
      shortfalls,
      excluded,
      rateOptions: options.rateOptions,
    });
  });
}
