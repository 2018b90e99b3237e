import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageResult } from './coverageResult.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { rangeContains } from './internal/days.js';
import { deputySubjects } from './internal/deputySubject.js';
import { evaluateTarget } from './internal/evaluate.js';
import { buildRoster } from './internal/roster.js';
import { servingOn } from './internal/serving.js';

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
  /** Contacts each deputy needs in the period; 1 by default. */
  readonly minContacts?: number;
  /** How to treat deputies who served part of the period; `'prorate'` by default. */
  readonly partial?: PartialPolicy;
  /** The standing committee members; needed for `byAssignedMember`. */
  readonly members?: Iterable<StandingCommitteeMember>;
  /** Count only contacts by a member assigned to the deputy on the day (联系安排); default false. */
  readonly byAssignedMember?: boolean;
  /** The interval and minimum n of the rate. */
  readonly rateOptions?: RateOptions;
}

/**
 * Coverage of deputies contacted by standing committee members (常委会组成人员联系代表全覆盖): the
 * share of deputies contacted at least `minContacts` times in the period.
 *
 * @remarks
 * Formula: deputies with ≥ `minContacts` contacts ÷ deputies in the roster (see {@link rosterFor}).
 * A contact is a `memberContact` activity dated (`day`) in the period that lists the deputy in
 * `participants.deputyIds`; one activity counts once per deputy however many members took part.
 * With `byAssignedMember: true`, it counts only if one of its members was assigned to that deputy
 * on that day (`contactAssignments`, DOMAIN §4.2), so a chance meeting with another member does
 * not count. Under `partial: 'prorate'` the need is ⌈minContacts × share served⌉.
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
    const partial = checks.partial(options.partial);
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
    const { from, to } = options.period;

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

    const roster = buildRoster(deputySubjects(deputies), span, partial);
    const serving = servingOn(roster.entries);
    const contacts = new Map<string, number>();
    for (const activity of activities) {
      if (activity.kind !== 'memberContact' || activity.day < from || activity.day > to) continue;
      for (const deputyId of new Set(activity.participants.deputyIds)) {
        if (!serving(deputyId, activity.day)) continue;
        if (
          byAssigned &&
          !activity.participants.memberIds.some((m) => assignedOn(m, deputyId, activity.day))
        ) {
          continue;
        }
        contacts.set(deputyId, (contacts.get(deputyId) ?? 0) + 1);
      }
    }

    const { covered, shortfalls } = evaluateTarget(
      roster.entries,
      [span],
      partial,
      target,
      (id) => contacts.get(id) ?? 0,
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
        'zh-Hans': `期内受${by}常委会组成人员联系不少于 ${target} 次的代表数 ÷ 名册代表数`,
        en: `deputies contacted at least ${target} time(s) by ${byEn}standing committee member in the period ÷ deputies in the roster`,
      },
      period: options.period,
      covered,
      shortfalls,
      excluded: roster.excluded,
      rateOptions: options.rateOptions,
    });
  });
}
