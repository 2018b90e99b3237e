import { freezeFresh } from '../../internal/frozenResult.js';
import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { type DaySpan, dayNumber, toDay } from '../coverage/internal/days.js';
import { deputySubjects } from '../coverage/internal/deputySubject.js';
import { buildRoster } from '../coverage/internal/roster.js';
import type { ContactPlan } from './contactPlan.js';
import type { ContactPlanRules } from './contactPlanRules.js';
import { behindPace, intersectSpans, paceWindows, yearOf } from './internal/pace.js';
import { quotaFindings } from './internal/quotaFindings.js';
import { readPlanPairs } from './internal/readPlanPairs.js';
import { quotaOf, readRules } from './internal/readRules.js';
import { firstById, memberSubjects } from './internal/rosterHelpers.js';
import { tallyViolations } from './internal/tallyViolations.js';

/**
 * The kinds of contact plan violation (联系安排问题), in the order {@link checkPlan} lists them.
 *
 * @example
 * ```ts
 * import { PLAN_VIOLATION_KINDS } from 'renda';
 *
 * console.log(PLAN_VIOLATION_KINDS[0]); // 'unassignedDeputy'
 * ```
 * @category Coverage
 */
export const PLAN_VIOLATION_KINDS = [
  'unassignedDeputy',
  'memberOverQuota',
  'memberUnderQuota',
  'pairBehindPace',
  'pairForInactiveDeputy',
  'pairForInactiveMember',
] as const;

/**
 * One violation of a contact plan (联系安排问题), naming who.
 *
 * @remarks
 * - `unassignedDeputy`: a deputy serving on `asOf` with no pair in force (无人联系的代表);
 * - `memberOverQuota` / `memberUnderQuota`: a member serving on `asOf` whose pairs in force
 *   number more or fewer than the quota of their position allows. When the serving members'
 *   quotas add up to more, or fewer, places than the deputies serving, the difference is shared
 *   evenly: a member may be short of (or past) the quota by the difference per member, rounded up;
 * - `pairBehindPace`: a pair with fewer contacts so far than it owes by `asOf` (`per: 'year'`),
 *   or in an ended quarter (`per: 'quarter'`), with the `window` counted;
 * - `pairForInactiveDeputy`: a pair in force whose deputy does not serve on `asOf`;
 * - `pairForInactiveMember`: a pair in force whose member does not serve on `asOf` (checked
 *   when `members` are given); its deputy then counts as unassigned.
 * @example
 * ```ts
 * import type { PlanViolation } from 'renda';
 *
 * const who = (v: PlanViolation): string => ('deputyId' in v ? v.deputyId : v.memberId);
 * ```
 * @category Coverage
 */
export type PlanViolation =
  | { readonly kind: 'unassignedDeputy'; readonly deputyId: string }
  | {
      readonly kind: 'memberOverQuota' | 'memberUnderQuota';
      readonly memberId: string;
      readonly quota: number;
      readonly load: number;
    }
  | {
      readonly kind: 'pairBehindPace';
      readonly memberId: string;
      readonly deputyId: string;
      readonly per: 'year' | 'quarter';
      readonly window: CoveragePeriod;
      readonly have: number;
      readonly need: number;
    }
  | {
      readonly kind: 'pairForInactiveDeputy' | 'pairForInactiveMember';
      readonly memberId: string;
      readonly deputyId: string;
    };

/**
 * Options of {@link checkPlan} (联系安排核查选项).
 *
 * @example
 * ```ts
 * import type { CheckPlanOptions } from 'renda';
 *
 * const options: CheckPlanOptions = { asOf: '2025-07-01', deputies: [] };
 * ```
 * @category Coverage
 */
export interface CheckPlanOptions {
  /** The day checked, `YYYY-MM-DD`; the pace runs from 1 January of its year. */
  readonly asOf: string;
  /** The deputies, to tell who serves on `asOf` and who has no member. */
  readonly deputies: Iterable<Deputy>;
  /** The members, to count only contacts on days they served; when absent they always serve. */
  readonly members?: Iterable<StandingCommitteeMember>;
}

/**
 * What {@link checkPlan} found (联系安排核查结果).
 *
 * @example
 * ```ts
 * import type { PlanCheck } from 'renda';
 *
 * const clean = (check: PlanCheck): boolean => check.violations.length === 0;
 * ```
 * @category Coverage
 */
export interface PlanCheck {
  /** The day checked. */
  readonly asOf: string;
  /** Every violation, by kind (as {@link PLAN_VIOLATION_KINDS}) then member and deputy id. */
  readonly violations: readonly PlanViolation[];
  /** Violations per kind. */
  readonly counts: Readonly<Record<(typeof PLAN_VIOLATION_KINDS)[number], number>>;
}

/**
 * Checks a contact plan against what happened (核查联系代表安排的落实情况): who has no member, who
 * is over or under quota, which pairs are behind their pace, which pairs name a deputy who no
 * longer serves.
 *
 * @remarks
 * The pairs checked are those in force on `asOf`. A pair owes `minContactsPerYear` contacts a
 * calendar year; by `asOf` it owes ⌈minContactsPerYear × days counted ÷ days in the year⌉, the
 * coverage functions' pro-rating and rounding, where the days counted run from 1 January (or the
 * pair's `from`) to `asOf` (or the pair's `to`) on which the deputy (and, given `members`, the
 * member) served. With `minContactsPerQuarter`, each quarter ended by `asOf` is checked the same
 * way against that quarter. A contact is a `memberContact` activity on such a day listing both.
 * Quotas come from the rules and each member's position. One pass over the activities:
 * O(deputies + pairs + activities).
 *
 * @param plan - A plan from {@link planContacts}, or one edited since.
 * @param activities - Activities of any kind; only `memberContact` ones are read.
 * @param rules - The rules (quotas and pace; the period is not read).
 * @param options - The day checked and the deputies (and members).
 * @returns Every violation and the counts, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for bad rules, a bad `asOf` or a plan
 * that is not one.
 *
 * @example
 * ```ts
 * import { checkPlan, planContacts } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { members, deputies, activities } = generateSample({ seed: 1 });
 * const rules = { period: { from: '2025-01-01', to: '2026-12-31' } };
 * const plan = planContacts(members, deputies, rules);
 * const check = checkPlan(plan, activities, rules, { asOf: '2025-03-01', deputies });
 * console.log(check.counts.unassignedDeputy); // 0
 * ```
 * @category Coverage
 */
export function checkPlan(
  plan: ContactPlan,
  activities: Iterable<Activity>,
  rules: ContactPlanRules,
  options: CheckPlanOptions,
): PlanCheck {
  return guard('checkPlan', () => {
    const checks = new OptionChecks('checkPlan');
    checks.records(activities, 'activities', '活动');
    const r = readRules(checks, rules);
    const o = checks.options<CheckPlanOptions>(options, 'options', '选项', false);
    const asOfN = checks.asOfDay(o.asOf);
    checks.records(o.deputies, 'deputies', '代表');
    if (o.members !== undefined) checks.records(o.members, 'members', '常委会组成人员');
    const pairs = readPlanPairs(checks, plan, 'memberId', 'deputyId', 'planContacts').map((p) => ({
      memberId: p.holderId,
      deputyId: p.partnerId,
      from: p.from,
      to: p.to,
    }));
    checks.done();
    const asOf = o.asOf as string;
    const now = asOfN as number;
    const { year: yearSpan, soFar } = yearOf(asOf);

    // Who served when, from 1 January to asOf.
    const deputySpans = new Map<string, readonly DaySpan[]>();
    for (const e of buildRoster(deputySubjects(o.deputies as Iterable<Deputy>), soFar, 'include')
      .entries) {
      if (!deputySpans.has(e.id)) deputySpans.set(e.id, e.spans);
    }
    const serves = (spans: readonly DaySpan[] | undefined, n: number): boolean =>
      spans?.some((s) => n >= s.from && n <= s.to) === true;
    let memberSpans: Map<string, readonly DaySpan[]> | undefined;
    const positions = new Map<string, string>();
    for (const load of plan.loads ?? []) positions.set(load.memberId, load.position);
    if (o.members !== undefined) {
      memberSpans = new Map();
      const list = firstById([...o.members]);
      for (const m of list) positions.set(m.id, m.position);
      for (const e of buildRoster(memberSubjects(list), soFar, 'include').entries)
        memberSpans.set(e.id, e.spans);
    }
    const memberServes = (id: string, n: number): boolean =>
      memberSpans === undefined || serves(memberSpans.get(id), n);

    const violations: PlanViolation[] = [];
    const inForce = pairs.filter((p) => p.from <= now && now <= p.to);
    const covered = new Set<string>();
    const loads = new Map<string, number>();
    for (const id of positions.keys()) loads.set(id, 0);
    const live: typeof inForce = [];
    for (const p of inForce) {
      loads.set(p.memberId, (loads.get(p.memberId) ?? 0) + 1);
      const inactive = !serves(deputySpans.get(p.deputyId), now)
        ? 'pairForInactiveDeputy'
        : !memberServes(p.memberId, now)
          ? 'pairForInactiveMember'
          : undefined;
      if (inactive === undefined) {
        covered.add(p.deputyId);
        live.push(p);
      } else {
        violations.push(
          freezeFresh({ kind: inactive, memberId: p.memberId, deputyId: p.deputyId }),
        );
      }
    }
    let serving = 0;
    for (const [id, spans] of deputySpans) {
      if (!serves(spans, now)) continue;
      serving++;
      if (!covered.has(id))
        violations.push(freezeFresh({ kind: 'unassignedDeputy', deputyId: id }));
    }
    const servingLoads = new Map([...loads].filter(([id]) => memberServes(id, now)));
    const quotaOfMember = (id: string): number => quotaOf(r, positions.get(id));
    for (const { id, quota, load, over } of quotaFindings(servingLoads, quotaOfMember, serving)) {
      violations.push(
        freezeFresh({
          kind: over ? 'memberOverQuota' : 'memberUnderQuota',
          memberId: id,
          quota,
          load,
        }),
      );
    }

    // One pass over the activities: the days of each live pair's contacts this year.
    const key = (m: string, d: string): string => `${m}\u0000${d}`;
    const contactDays = new Map<string, number[]>();
    for (const p of live) contactDays.set(key(p.memberId, p.deputyId), []);
    const first = toDay(yearSpan.from);
    for (const a of activities) {
      if (a.kind !== 'memberContact' || a.day < first || a.day > asOf) continue;
      const n = dayNumber(a.day);
      if (n === undefined) continue;
      for (const m of new Set(a.participants.memberIds)) {
        for (const d of new Set(a.participants.deputyIds)) contactDays.get(key(m, d))?.push(n);
      }
    }
    const windows = paceWindows(asOf, r.perYear, r.perQuarter);
    for (const p of live) {
      const dSpans = deputySpans.get(p.deputyId) ?? [];
      const both =
        memberSpans === undefined
          ? dSpans
          : intersectSpans(dSpans, memberSpans.get(p.memberId) ?? []);
      const days = contactDays.get(key(p.memberId, p.deputyId)) ?? [];
      for (const shortfall of behindPace(both, p, days, windows)) {
        violations.push(
          freezeFresh({
            kind: 'pairBehindPace',
            memberId: p.memberId,
            deputyId: p.deputyId,
            ...shortfall,
          }),
        );
      }
    }

    const counts = tallyViolations(violations, PLAN_VIOLATION_KINDS, (v) =>
      'memberId' in v ? `${v.memberId}\u0000${'deputyId' in v ? v.deputyId : ''}` : v.deputyId,
    );
    return { asOf, violations, counts };
  });
}
