import { freezeFresh } from '../../internal/frozenResult.js';
import type { Activity } from '../../model/activity.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { type DaySpan, dayNumber, toDay } from '../coverage/internal/days.js';
import { behindPace, intersectSpans, paceWindows, yearOf } from './internal/pace.js';
import { pairingQuotaOf, pairingSides, readPairingRules } from './internal/pairingSides.js';
import { quotaFindings } from './internal/quotaFindings.js';
import { readPlanPairs } from './internal/readPlanPairs.js';
import { tallyViolations } from './internal/tallyViolations.js';
import type { PairingPlan } from './pairingPlan.js';
import type { PairingRules, PairingSources } from './pairingRules.js';

/**
 * The kinds of pairing violation (结对问题), in the order {@link checkPairings} lists them.
 *
 * @example
 * ```ts
 * import { PAIRING_VIOLATION_KINDS } from 'renda';
 *
 * console.log(PAIRING_VIOLATION_KINDS[0]); // 'unpairedPartner'
 * ```
 * @category Coverage
 */
export const PAIRING_VIOLATION_KINDS = [
  'unpairedPartner',
  'holderOverQuota',
  'holderUnderQuota',
  'pairBehindPace',
  'pairForUnqualifiedPartner',
  'pairForUnqualifiedHolder',
] as const;

/**
 * One violation of a pairing plan (结对问题), naming who.
 *
 * @remarks
 * - `unpairedPartner`: a deputy to pair on `asOf` with no pair in force (未结对的代表);
 * - `holderOverQuota` / `holderUnderQuota`: a holder qualifying on `asOf` whose pairs in force
 *   number more or fewer than their places allow. When the places add up to more, or fewer, than
 *   the deputies to pair, the difference is shared evenly: a holder may be short of (or past) its
 *   places by the difference per holder, rounded up;
 * - `pairBehindPace`: a pair with fewer contacts so far than it owes by `asOf` (`per: 'year'`),
 *   or in an ended quarter (`per: 'quarter'`);
 * - `pairForUnqualifiedPartner` / `pairForUnqualifiedHolder`: a pair in force whose deputy, or
 *   holder, no longer qualifies on `asOf` (left office, suspended, or the committee dissolved).
 *
 * @example
 * ```ts
 * import type { PairingViolation } from 'renda';
 *
 * const who = (v: PairingViolation): string => ('partnerId' in v ? v.partnerId : v.holderId);
 * ```
 * @category Coverage
 */
export type PairingViolation =
  | { readonly kind: 'unpairedPartner'; readonly partnerId: string }
  | {
      readonly kind: 'holderOverQuota' | 'holderUnderQuota';
      readonly holderId: string;
      readonly quota: number;
      readonly load: number;
    }
  | {
      readonly kind: 'pairBehindPace';
      readonly holderId: string;
      readonly partnerId: string;
      readonly per: 'year' | 'quarter';
      readonly window: CoveragePeriod;
      readonly have: number;
      readonly need: number;
    }
  | {
      readonly kind: 'pairForUnqualifiedPartner' | 'pairForUnqualifiedHolder';
      readonly holderId: string;
      readonly partnerId: string;
    };

/**
 * Options of {@link checkPairings} (结对核查选项): the day checked and the records it reads.
 *
 * @example
 * ```ts
 * import type { CheckPairingsOptions } from 'renda';
 *
 * const options: CheckPairingsOptions = { asOf: '2025-06-30', deputies: [] };
 * ```
 * @category Coverage
 */
export interface CheckPairingsOptions extends PairingSources {
  /** The day checked (YYYY-MM-DD): pairs in force and who qualifies are read on it. */
  readonly asOf: string;
}

/**
 * What {@link checkPairings} found (结对核查结果): every violation, sorted, and a count per kind.
 *
 * @example
 * ```ts
 * import type { PairingCheck } from 'renda';
 *
 * const clean = (check: PairingCheck) => check.violations.length === 0;
 * ```
 * @category Coverage
 */
export interface PairingCheck {
  readonly asOf: string;
  readonly violations: readonly PairingViolation[];
  readonly counts: Readonly<Record<(typeof PAIRING_VIOLATION_KINDS)[number], number>>;
}

/**
 * Checks a pairing plan on a day (核查结对安排): every deputy to pair has a holder, every holder
 * has its places, every pair in force still qualifies and keeps pace with its contacts.
 *
 * @remarks
 * A contact of a pair is an activity on or before `asOf` this year in which both took part: for
 * a committee, one it organised (`organiserId`) with the deputy among the participants; for two
 * deputies, one with both among the participants. The target is `minContactsPerYear` (and
 * `minContactsPerQuarter` for each quarter over), pro-rated over the days both served within the
 * pair's dates, as {@link checkPlan} does; contacts on days either did not serve do not count.
 *
 * @param plan - A plan from {@link planPairings}, or one stored and edited since.
 * @param activities - The activities recorded; any iterable.
 * @param rules - The rules the plan follows.
 * @param options - The day checked, the deputies and the committees.
 * @returns The violations, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for bad arguments.
 *
 * @example
 * ```ts
 * import { checkPairings, planPairings, type PairingRules } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, activities } = generateSample({ seed: 1 });
 * const rules: PairingRules = {
 *   kind: 'returningWithNew',
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   quota: 2,
 * };
 * const plan = planPairings({ deputies }, rules);
 * const check = checkPairings(plan, activities, rules, { asOf: '2025-01-01', deputies });
 * console.log(check.counts.unpairedPartner); // 0
 * ```
 * @category Coverage
 */
export function checkPairings(
  plan: PairingPlan,
  activities: Iterable<Activity>,
  rules: PairingRules,
  options: CheckPairingsOptions,
): PairingCheck {
  return guard('checkPairings', () => {
    const checks = new OptionChecks('checkPairings');
    checks.records(activities, 'activities', '活动');
    const r = readPairingRules(checks, rules);
    const o = checks.options<CheckPairingsOptions>(options, 'options', '选项', false);
    checks.asOfDay(o.asOf);
    checks.records(o.deputies, 'deputies', '代表');
    if (o.committees !== undefined) checks.records(o.committees, 'committees', '委员会');
    const pairs = readPlanPairs(checks, plan, 'holderId', 'partnerId', 'planPairings');
    checks.done();
    const asOf = o.asOf as string;
    const { soFar } = yearOf(asOf);
    const now = soFar.to;
    const { holders, partners } = pairingSides(
      r,
      o.deputies ?? [],
      o.committees ?? [],
      soFar,
      asOf,
    );
    const serves = (spans: readonly DaySpan[] | undefined): boolean =>
      spans?.some((s) => now >= s.from && now <= s.to) === true;
    const holderSpans = new Map(holders.map((h) => [h.id, h.spans]));
    const partnerSpans = new Map(partners.map((p) => [p.id, p.spans]));

    const violations: PairingViolation[] = [];
    const loads = new Map<string, number>();
    for (const h of holders) if (serves(h.spans)) loads.set(h.id, 0);
    const covered = new Set<string>();
    const live: typeof pairs = [];
    for (const p of pairs) {
      if (!(p.from <= now && now <= p.to)) continue;
      if (loads.has(p.holderId)) loads.set(p.holderId, (loads.get(p.holderId) as number) + 1);
      const unqualified = !serves(partnerSpans.get(p.partnerId))
        ? 'pairForUnqualifiedPartner'
        : !serves(holderSpans.get(p.holderId))
          ? 'pairForUnqualifiedHolder'
          : undefined;
      if (unqualified === undefined) {
        covered.add(p.partnerId);
        live.push(p);
      } else {
        violations.push(
          freezeFresh({ kind: unqualified, holderId: p.holderId, partnerId: p.partnerId }),
        );
      }
    }
    let serving = 0;
    for (const p of partners) {
      if (!serves(p.spans)) continue;
      serving++;
      if (!covered.has(p.id))
        violations.push(freezeFresh({ kind: 'unpairedPartner', partnerId: p.id }));
    }
    const quotaOfHolder = (id: string): number => pairingQuotaOf(r, id);
    for (const { id, quota, load, over } of quotaFindings(loads, quotaOfHolder, serving)) {
      violations.push(
        freezeFresh({
          kind: over ? 'holderOverQuota' : 'holderUnderQuota',
          holderId: id,
          quota,
          load,
        }),
      );
    }

    // One pass over the activities: the days of each live pair's contacts this year.
    const key = (h: string, p: string): string => `${h}\u0000${p}`;
    const contactDays = new Map<string, number[]>();
    const byPartner = new Map<string, string[]>();
    for (const p of live) {
      contactDays.set(key(p.holderId, p.partnerId), []);
      const list = byPartner.get(p.partnerId);
      if (list === undefined) byPartner.set(p.partnerId, [p.holderId]);
      else list.push(p.holderId);
    }
    const first = toDay(soFar.from);
    for (const a of activities) {
      if (a.day < first || a.day > asOf) continue;
      const n = dayNumber(a.day);
      if (n === undefined) continue;
      const there = new Set(a.participants.deputyIds);
      for (const partnerId of there) {
        for (const holderId of byPartner.get(partnerId) ?? []) {
          const met =
            r.kind === 'committeeContacts' ? a.organiserId === holderId : there.has(holderId);
          if (met) contactDays.get(key(holderId, partnerId))?.push(n);
        }
      }
    }
    const windows = paceWindows(asOf, r.perYear, r.perQuarter);
    for (const p of live) {
      const both = intersectSpans(
        partnerSpans.get(p.partnerId) ?? [],
        holderSpans.get(p.holderId) ?? [],
      );
      const days = contactDays.get(key(p.holderId, p.partnerId)) ?? [];
      for (const shortfall of behindPace(both, p, days, windows)) {
        violations.push(
          freezeFresh({
            kind: 'pairBehindPace',
            holderId: p.holderId,
            partnerId: p.partnerId,
            ...shortfall,
          }),
        );
      }
    }

    const counts = tallyViolations(
      violations,
      PAIRING_VIOLATION_KINDS,
      (v) => `${'holderId' in v ? v.holderId : ''}\u0000${'partnerId' in v ? v.partnerId : ''}`,
    );
    return { asOf, violations, counts };
  });
}
