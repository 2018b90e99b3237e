import { isTimeZone } from '../../calendar/internal/timeZone.js';
import { toCalendarDay } from '../../calendar/toCalendarDay.js';
import type { Suggestion } from '../../model/suggestion.js';
import type { GroupKeyFn } from '../../stats/aggregateStates.js';
import { fail, fieldName, guard } from '../../stats/internal/invalidInput.js';
import { reportingAssignmentOf } from '../rules/handling.js';
import { topicOf } from './facts.js';

/** The key of items that have not been assigned to any unit. */
export const UNASSIGNED = '(unassigned)';

/**
 * Groups suggestions by their reporting unit (按主办单位): the active lead or sole unit, else the
 * first active unit that must reply (分办), else the first unit; `(unassigned)` when none.
 *
 * @param s - A suggestion.
 * @returns The unit's id.
 *
 * @example
 * ```ts
 * import { byLeadUnit, suggestionStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const { groups } = suggestionStats(suggestions, { asOf, policy, groupBy: byLeadUnit });
 * console.log(groups.length > 1); // true
 * ```
 * @category Metrics
 */
export const byLeadUnit: GroupKeyFn<Suggestion> = (s) =>
  reportingAssignmentOf(s)?.unitId ?? UNASSIGNED;

/**
 * Groups suggestions by topic (按内容分类); `(none)` when the item has no topic.
 *
 * @param s - A suggestion.
 * @returns The topic.
 *
 * @example
 * ```ts
 * import { byTopic } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1 });
 * console.log(typeof byTopic(suggestions[0]!)); // 'string'
 * ```
 * @category Metrics
 */
export const byTopic: GroupKeyFn<Suggestion> = topicOf;

/**
 * Groups suggestions by the level of their congress (按人大层级): national … township.
 *
 * @param s - A suggestion.
 * @returns The level.
 *
 * @example
 * ```ts
 * import { byLevel } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1 });
 * console.log(['national', 'provincial', 'city', 'county', 'township'].includes(byLevel(suggestions[0]!))); // true
 * ```
 * @category Metrics
 */
export const byLevel: GroupKeyFn<Suggestion> = (s) => s.congress.level;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Groups suggestions by term and session (按届次、会次): `TT-SS` with two digits each so keys sort
 * in order, e.g. '16-03' for the 3rd session of the 16th term; session '00' when the item belongs to
 * no session.
 *
 * @param s - A suggestion.
 * @returns The key.
 *
 * @example
 * ```ts
 * import { byTermSession } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1 });
 * console.log(/^\d{2}-\d{2}$/.test(byTermSession(suggestions[0]!))); // true
 * ```
 * @category Metrics
 */
export const byTermSession: GroupKeyFn<Suggestion> = (s) =>
  `${pad2(s.congress.term)}-${pad2(s.session ?? 0)}`;

/**
 * Groups suggestions by jurisdiction (按行政区划): the congress's jurisdiction code.
 *
 * @param s - A suggestion.
 * @returns The jurisdiction code.
 *
 * @example
 * ```ts
 * import { byJurisdiction } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1 });
 * console.log(byJurisdiction(suggestions[0]!).length > 0); // true
 * ```
 * @category Metrics
 */
export const byJurisdiction: GroupKeyFn<Suggestion> = (s) => s.congress.jurisdiction;

/**
 * The item's day of assignment (its first assignment, so a reassignment does not move it), in the
 * policy's zone when one is given.
 */
function assignmentDay(s: Suggestion, timeZone: string | undefined): string | undefined {
  // The item's own assignment (交办): its first, whose frozen day a reassignment (改交) never moves.
  const a = s.assignments[0];
  if (a === undefined) return undefined;
  // assignedDay was frozen in the zone the deadline was counted in; recompute only for another zone.
  if (timeZone === undefined || timeZone === a.deadline.timeZone) return a.assignedDay;
  return toCalendarDay(a.assignedAt, timeZone);
}

function periodKey(
  policy: { readonly timeZone: string } | undefined,
  cut: (day: string) => string,
): GroupKeyFn<Suggestion> {
  // The zone is checked here, once, so a bad one is refused when the key is made, not per record.
  let zone: string | undefined;
  if (policy !== undefined) {
    zone = typeof policy === 'object' && policy !== null ? policy.timeZone : undefined;
    if (!isTimeZone(zone)) {
      fail('groupBy', 'INVALID_VALUE', ['policy', 'timeZone'], {
        field: fieldName('时区', 'policy.timeZone'),
        expected: fieldName('IANA 时区名', 'an IANA time zone'),
        got: zone,
      });
    }
  }
  return (s) => {
    const day = assignmentDay(s, zone);
    return day === undefined ? UNASSIGNED : cut(day);
  };
}

/**
 * Groups suggestions by month of assignment (按交办月份): `YYYY-MM` of the item's day of
 * assignment (its first assignment: a reassignment does not move it); `(unassigned)` when none.
 *
 * @remarks The day is the frozen `assignedDay` (taken in the jurisdiction's zone at assignment);
 * when `policy` names another zone than the one the deadline was counted in, the day is recomputed
 * from `assignedAt` in the policy's zone.
 * @param policy - Optional: the policy (or any object with `timeZone`).
 * @returns The key function.
 *
 * @example
 * ```ts
 * import { byAssignmentMonth, defaultPolicy } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1 });
 * const key = byAssignmentMonth(defaultPolicy);
 * console.log(suggestions.some((s) => /^\d{4}-\d{2}$/.test(key(s)))); // true
 * ```
 * @category Metrics
 */
export function byAssignmentMonth(policy?: { readonly timeZone: string }): GroupKeyFn<Suggestion> {
  return guard('byAssignmentMonth', () => {
    return periodKey(policy, (day) => day.slice(0, 7));
  });
}

/**
 * Groups suggestions by quarter of assignment (按交办季度): `YYYY-Qn`; `(unassigned)` when none.
 *
 * @remarks The day is chosen as in {@link byAssignmentMonth}.
 * @param policy - Optional: the policy (or any object with `timeZone`).
 * @returns The key function.
 *
 * @example
 * ```ts
 * import { byAssignmentQuarter } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1 });
 * console.log(suggestions.some((s) => /^\d{4}-Q[1-4]$/.test(byAssignmentQuarter()(s)))); // true
 * ```
 * @category Metrics
 */
export function byAssignmentQuarter(policy?: {
  readonly timeZone: string;
}): GroupKeyFn<Suggestion> {
  return guard('byAssignmentQuarter', () => {
    return periodKey(
      policy,
      (day) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`,
    );
  });
}

/**
 * Groups suggestions by year of assignment (按交办年度): `YYYY`; `(unassigned)` when none.
 *
 * @remarks The day is chosen as in {@link byAssignmentMonth}.
 * @param policy - Optional: the policy (or any object with `timeZone`).
 * @returns The key function.
 *
 * @example
 * ```ts
 * import { byAssignmentYear } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, year: 2025 });
 * console.log(suggestions.some((s) => byAssignmentYear()(s) === '2025')); // true
 * ```
 * @category Metrics
 */
export function byAssignmentYear(policy?: { readonly timeZone: string }): GroupKeyFn<Suggestion> {
  return guard('byAssignmentYear', () => {
    return periodKey(policy, (day) => day.slice(0, 4));
  });
}
