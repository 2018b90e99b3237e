import type { Activity } from '../../model/activity.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageExclusion, CoverageResult, CoverageShortfall } from './coverageResult.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { coverageSentence } from './internal/coverageSentence.js';
import { type DaySpan, rangeContains, servedIn, spanDays, toNumber } from './internal/days.js';
import { evaluateTarget, needIn, shortfall } from './internal/evaluate.js';
import { buildRoster } from './internal/roster.js';
import { servingOn } from './internal/serving.js';
import { memberSubjects } from './internal/subjects.js';

/**
 * Options of {@link coverageMemberQuota} (组成人员联系代表数量选项). Give at most one of
 * `minDeputies`, `minContacts` and `perAssignedDeputy`; with none, the target is 2 distinct deputies.
 *
 * @example
 * ```ts
 * import type { CoverageMemberQuotaOptions } from 'renda';
 *
 * // Wuzhou 2017: each member contacts each assigned deputy at least twice a year.
 * const wuzhou: CoverageMemberQuotaOptions = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   perAssignedDeputy: 2,
 * };
 * ```
 * @category Coverage
 */
export interface CoverageMemberQuotaOptions {
  /** The period, both days inclusive. */
  readonly period: CoveragePeriod;
  /** Distinct deputies each member must contact; 2 when no target is given. */
  readonly minDeputies?: number;
  /** Contacts (activities) each member must make, whoever the deputies. */
  readonly minContacts?: number;
  /** Contacts each member must make with each deputy assigned to them (联系安排). */
  readonly perAssignedDeputy?: number;
  /**
   * The day the figures are as of (`period.to` by default): the period is taken to end there, so
   * under `'prorate'` the target asks its share so far (the pace).
   */
  readonly asOf?: string;
  /** How to treat members who served part of the period; `'prorate'` by default. */
  readonly partial?: PartialPolicy;
  /** The interval and minimum n of the rate. */
  readonly rateOptions?: RateOptions;
}

interface MemberTally {
  contacts: number;
  deputies: Set<string>;
  /** deputy id → the days of each contact with that deputy. */
  days: Map<string, string[]>;
}

/**
 * Coverage of the members' contact quota (常委会组成人员联系代表任务完成率): the share of standing
 * committee members who met their quota of contacts with deputies in the period.
 *
 * @remarks
 * Formula: members meeting the quota ÷ members whose term overlaps the period. The quota is one of:
 * - `minDeputies` (default 2): distinct deputies contacted in `memberContact` activities;
 * - `minContacts`: `memberContact` activities the member took part in;
 * - `perAssignedDeputy: N` (Wuzhou 2017, Sources §4.2): every deputy assigned to the member contacted
 *   at least N times within the assignment's dates. Then `need` = N × assigned deputies,
 *   `have` = Σ min(contacts, N) per assigned deputy, so `short` counts the missing contacts; a
 *   member with no assignment in the period is excluded as `noAssignments`. A deputy assigned in
 *   several stretches (e.g. re-assigned mid-year) is one assigned deputy: N contacts over all the
 *   stretches.
 *
 * A member serves for their `term`. Under `partial: 'prorate'` the quota is scaled by the share of
 * the period served (for `perAssignedDeputy`, by the share of the period each deputy was assigned
 * while the member served) and rounded up. One pass over the activities: O(members + activities).
 *
 * @param members - The standing committee members; any iterable.
 * @param activities - Activities of any kind; only `memberContact` ones are read.
 * @param options - The period, quota and policy.
 * @returns The coverage result over members, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period, a bad target or more than
 * one target.
 *
 * @example
 * ```ts
 * import { coverageMemberQuota } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { members, activities } = generateSample({ seed: 1 });
 * const result = coverageMemberQuota(members, activities, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   minDeputies: 2,
 * });
 * console.log(result.covered.length + result.shortfalls.length === result.rate.denominator); // true
 * ```
 * @category Coverage
 */
export function coverageMemberQuota(
  members: Iterable<StandingCommitteeMember>,
  activities: Iterable<Activity>,
  options: CoverageMemberQuotaOptions,
): CoverageResult {
  return guard('coverageMemberQuota', () => {
    const checks = new OptionChecks('coverageMemberQuota');
    checks.records(members, 'members', '常委会组成人员');
    checks.records(activities, 'activities', '活动');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const given = (['minDeputies', 'minContacts', 'perAssignedDeputy'] as const).filter(
      (key) => options[key] !== undefined,
    );
    if (given.length > 1) {
      checks.conflict(
        given[1] as string,
        '考核指标',
        fieldName(
          `只能给出一个指标，收到 ${given.join('、')}`,
          `give only one target, got ${given.join(', ')}`,
        ),
      );
    }
    const mode = given[0] ?? 'minDeputies';
    const target = checks.count(mode, '指标', options[mode], 2);
    const partial = checks.partial(options.partial);
    const asOf = checks.day('asOf', '统计截止日', options.asOf, span) ?? span.to;
    // The period as of `asOf`: who served, and on which days, up to then.
    const upTo = { from: span.from, to: Math.min(span.to, asOf) };
    checks.done();
    const { from, to } = options.period;

    const roster = buildRoster(memberSubjects(members), upTo, partial);
    // A contact on a day the member did not serve counts for nothing.
    const serving = servingOn(roster.entries);
    const tallies = new Map<string, MemberTally>();
    for (const activity of activities) {
      if (activity.kind !== 'memberContact' || activity.day < from || activity.day > to) continue;
      for (const memberId of new Set(activity.participants.memberIds)) {
        if (!serving(memberId, activity.day)) continue;
        let tally = tallies.get(memberId);
        if (tally === undefined) {
          tally = { contacts: 0, deputies: new Set(), days: new Map() };
          tallies.set(memberId, tally);
        }
        tally.contacts += 1;
        for (const deputyId of new Set(activity.participants.deputyIds)) {
          tally.deputies.add(deputyId);
          if (mode === 'perAssignedDeputy') {
            const days = tally.days.get(deputyId) ?? [];
            days.push(activity.day);
            tally.days.set(deputyId, days);
          }
        }
      }
    }

    const excluded: CoverageExclusion[] = [...roster.excluded];
    let covered: string[];
    let shortfalls: CoverageShortfall[];

    if (mode === 'perAssignedDeputy') {
      covered = [];
      shortfalls = [];
      const periodDays = spanDays(span);
      for (const entry of roster.entries) {
        const tally = tallies.get(entry.id);
        let have = 0;
        let need = 0;
        // A deputy may be assigned in several stretches (never overlapping: the model refuses
        // that); they are one assigned deputy, with one quota over all the stretches.
        const byDeputy = new Map<string, StandingCommitteeMember['contactAssignments'][number][]>();
        for (const assignment of entry.record.contactAssignments) {
          const list = byDeputy.get(assignment.deputyId) ?? [];
          list.push(assignment);
          byDeputy.set(assignment.deputyId, list);
        }
        for (const [deputyId, stretches] of byDeputy) {
          let served = 0;
          for (const assignment of stretches) {
            const window: DaySpan = {
              from: Math.max(toNumber(assignment.from), span.from),
              to: Math.min(
                assignment.to === undefined ? Number.POSITIVE_INFINITY : toNumber(assignment.to),
                span.to,
              ),
            };
            if (window.to >= window.from) served += servedIn(entry.spans, window);
          }
          if (served === 0) continue;
          const needHere = needIn(target, partial, served, periodDays);
          const made = (tally?.days.get(deputyId) ?? []).filter((day) =>
            stretches.some((assignment) => rangeContains(assignment, day)),
          ).length;
          need += needHere;
          have += Math.min(made, needHere);
        }
        if (need === 0) excluded.push({ id: entry.id, reason: 'noAssignments' });
        else if (have >= need) covered.push(entry.id);
        else shortfalls.push(shortfall(entry, have, need));
      }
    } else {
      ({ covered, shortfalls } = evaluateTarget(roster.entries, [span], partial, target, (id) => {
        const tally = tallies.get(id);
        if (tally === undefined) return 0;
        return mode === 'minContacts' ? tally.contacts : tally.deputies.size;
      }));
    }

    const what = {
      minDeputies: {
        zh: `联系不少于 ${target} 名代表`,
        en: `contacted at least ${target} distinct deputies`,
      },
      minContacts: { zh: `联系代表不少于 ${target} 次`, en: `made at least ${target} contacts` },
      perAssignedDeputy: {
        zh: `对每名所联系代表联系不少于 ${target} 次`,
        en: `contacted each assigned deputy at least ${target} times`,
      },
    }[mode];
    return buildResult({
      id: 'coverageMemberQuota',
      version: 1,
      name: {
        'zh-Hans': '常委会组成人员联系代表任务完成率',
        en: 'Standing committee members meeting their contact quota',
      },
      formula: {
        'zh-Hans': `期内${what.zh}的常委会组成人员数 ÷ 名册组成人员数`,
        en: `members who ${what.en} in the period ÷ members in the roster`,
      },
      sentence: coverageSentence(
        { zh: '常委会组成人员', measure: '名', en: 'standing committee members' },
        { zh: '完成联系代表任务', en: 'met their contact quota' },
        { 'zh-Hans': '完成率', en: 'rate' },
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
