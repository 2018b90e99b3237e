import { freezeFresh } from '../../internal/frozenResult.js';
import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import {
  type DaySpan,
  dayNumber,
  overlapDays,
  servedIn,
  toDay,
} from '../coverage/internal/days.js';
import { deputySubjects } from '../coverage/internal/deputySubject.js';
import { needIn } from '../coverage/internal/evaluate.js';
import { buildRoster } from '../coverage/internal/roster.js';
import type { ContactPlan } from './contactPlan.js';
import type { ContactPlanRules } from './contactPlanRules.js';
import { quotaOf, readRules } from './internal/readRules.js';
import { byString, firstById, memberSubjects } from './internal/rosterHelpers.js';

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
] as const;

/**
 * One violation of a contact plan (联系安排问题), naming who.
 *
 * @remarks
 * - `unassignedDeputy`: a deputy serving on `asOf` with no pair in force (无人联系的代表);
 * - `memberOverQuota` / `memberUnderQuota`: a member serving on `asOf` whose pairs in force
 *   number more or fewer than the quota of their position;
 * - `pairBehindPace`: a pair with fewer contacts so far than it owes by `asOf` (`per: 'year'`),
 *   or in an ended quarter (`per: 'quarter'`), with the `window` counted;
 * - `pairForInactiveDeputy`: a pair in force whose deputy does not serve on `asOf`.
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
      readonly kind: 'pairForInactiveDeputy';
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

const MAX_DAY = Number.POSITIVE_INFINITY;

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
    const asOfN = typeof o.asOf === 'string' ? dayNumber(o.asOf) : undefined;
    if (asOfN === undefined) {
      checks.add(o.asOf === undefined ? 'REQUIRED' : 'INVALID_FORMAT', ['asOf'], {
        field: fieldName('核查日', 'asOf'),
        expected: fieldName('YYYY-MM-DD 日期', 'a YYYY-MM-DD day'),
        got: o.asOf,
      });
    }
    checks.records(o.deputies, 'deputies', '代表');
    if (o.members !== undefined) checks.records(o.members, 'members', '常委会组成人员');
    const pairs = readPairs(checks, plan);
    checks.done();
    const asOf = o.asOf as string;
    const now = asOfN as number;
    const year = asOf.slice(0, 4);
    const yearSpan: DaySpan = {
      from: dayNumber(`${year}-01-01`) as number,
      to: dayNumber(`${year}-12-31`) as number,
    };
    const soFar: DaySpan = { from: yearSpan.from, to: now };

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
      if (serves(deputySpans.get(p.deputyId), now)) {
        covered.add(p.deputyId);
        live.push(p);
      } else {
        violations.push(
          freezeFresh({
            kind: 'pairForInactiveDeputy',
            memberId: p.memberId,
            deputyId: p.deputyId,
          }),
        );
      }
    }
    for (const [id, spans] of deputySpans) {
      if (serves(spans, now) && !covered.has(id))
        violations.push(freezeFresh({ kind: 'unassignedDeputy', deputyId: id }));
    }
    for (const [id, load] of loads) {
      if (!memberServes(id, now)) continue;
      const quota = quotaOf(r, positions.get(id));
      if (load !== quota) {
        violations.push(
          freezeFresh({
            kind: load > quota ? 'memberOverQuota' : 'memberUnderQuota',
            memberId: id,
            quota,
            load,
          }),
        );
      }
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
    const quarters: DaySpan[] = [];
    for (const month of [1, 4, 7, 10]) {
      const from = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`) as number;
      const to =
        month === 10
          ? yearSpan.to
          : (dayNumber(`${year}-${String(month + 3).padStart(2, '0')}-01`) as number) - 1;
      if (to <= now) quarters.push({ from, to });
    }
    for (const p of live) {
      const dSpans = deputySpans.get(p.deputyId) ?? [];
      const both =
        memberSpans === undefined ? dSpans : intersect(dSpans, memberSpans.get(p.memberId) ?? []);
      // The days both served inside `window` and the pair's dates.
      const counted = (window: DaySpan): { days: number; span: DaySpan } => {
        const span = { from: Math.max(window.from, p.from), to: Math.min(window.to, p.to) };
        return { days: servedIn(both, span), span };
      };
      const days = (contactDays.get(key(p.memberId, p.deputyId)) ?? []).filter(
        (n) => n >= p.from && n <= p.to && serves(both, n),
      );
      const check = (
        per: 'year' | 'quarter',
        window: DaySpan,
        target: number,
        bucketDays: number,
      ): void => {
        const { days: served, span } = counted(window);
        if (served === 0 || span.to < span.from) return;
        const need = needIn(target, 'prorate', served, bucketDays);
        const have = days.filter((n) => n >= span.from && n <= span.to).length;
        if (have < need) {
          violations.push(
            freezeFresh({
              kind: 'pairBehindPace',
              memberId: p.memberId,
              deputyId: p.deputyId,
              per,
              window: freezeFresh({ from: toDay(span.from), to: toDay(span.to) }),
              have,
              need,
            }),
          );
        }
      };
      check('year', soFar, r.perYear, yearSpan.to - yearSpan.from + 1);
      if (r.perQuarter !== undefined) {
        for (const q of quarters) check('quarter', q, r.perQuarter, q.to - q.from + 1);
      }
    }

    const rank = new Map<string, number>(PLAN_VIOLATION_KINDS.map((k, i) => [k, i]));
    const idOf = (v: PlanViolation): string =>
      'memberId' in v ? `${v.memberId}\u0000${'deputyId' in v ? v.deputyId : ''}` : v.deputyId;
    violations.sort(
      (a, b) =>
        (rank.get(a.kind) as number) - (rank.get(b.kind) as number) ||
        byString(idOf(a), idOf(b)) ||
        byString('window' in a ? a.window.from : '', 'window' in b ? b.window.from : ''),
    );
    const counts = Object.fromEntries(PLAN_VIOLATION_KINDS.map((k) => [k, 0])) as Record<
      (typeof PLAN_VIOLATION_KINDS)[number],
      number
    >;
    for (const v of violations) counts[v.kind]++;
    return { asOf, violations, counts };
  });
}

interface ReadPair {
  readonly memberId: string;
  readonly deputyId: string;
  readonly from: number;
  readonly to: number;
}

/** The plan's pairs as day numbers; a plan that is not one is refused by path (internal). */
function readPairs(checks: OptionChecks, plan: unknown): ReadPair[] {
  const p = checks.options<ContactPlan>(plan, 'plan', '联系安排', false);
  const out: ReadPair[] = [];
  if (!Array.isArray(p.pairs) || (p.loads !== undefined && !Array.isArray(p.loads))) {
    checks.add('INVALID_TYPE', ['plan', Array.isArray(p.pairs) ? 'loads' : 'pairs'], {
      field: fieldName('联系安排', 'plan'),
      expected: fieldName('planContacts 返回的安排', 'a plan from planContacts'),
      got: Array.isArray(p.pairs) ? p.loads : p.pairs,
    });
    return out;
  }
  (p.pairs as readonly unknown[]).forEach((raw, i) => {
    const pair = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const from = typeof pair.from === 'string' ? dayNumber(pair.from) : undefined;
    const to =
      pair.to === undefined
        ? MAX_DAY
        : typeof pair.to === 'string'
          ? dayNumber(pair.to)
          : undefined;
    if (
      typeof pair.memberId !== 'string' ||
      typeof pair.deputyId !== 'string' ||
      from === undefined ||
      to === undefined
    ) {
      checks.add('INVALID_TYPE', ['plan', 'pairs', i], {
        field: fieldName('联系对子', 'pair'),
        expected: fieldName(
          '{ memberId, deputyId, from, to? }',
          '{ memberId, deputyId, from, to? }',
        ),
        got: raw,
      });
      return;
    }
    out.push({ memberId: pair.memberId, deputyId: pair.deputyId, from, to });
  });
  return out;
}

/** The days in both of two lists of disjoint spans (internal). */
function intersect(a: readonly DaySpan[], b: readonly DaySpan[]): DaySpan[] {
  const out: DaySpan[] = [];
  for (const x of a) {
    for (const y of b) {
      if (overlapDays(x, y) > 0)
        out.push({ from: Math.max(x.from, y.from), to: Math.min(x.to, y.to) });
    }
  }
  return out;
}
