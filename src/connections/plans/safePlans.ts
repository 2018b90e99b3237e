// The `safeX` twins of the plans (两个联系的计划): each returns `{ ok: true, value } |
// { ok: false, error }` and never throws, whatever it is given.
import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { DeputyGroup } from '../../model/deputyGroup.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import { safely } from '../../stats/internal/invalidInput.js';
import {
  type CheckEnrolmentOptions,
  checkEnrolment,
  type EnrolmentCheck,
} from './checkEnrolment.js';
import { type CheckPairingsOptions, checkPairings, type PairingCheck } from './checkPairings.js';
import { type CheckPlanOptions, checkPlan, type PlanCheck } from './checkPlan.js';
import type { ContactPlan } from './contactPlan.js';
import type { ContactPlanRules } from './contactPlanRules.js';
import type { PairingPlan } from './pairingPlan.js';
import type { PairingRules, PairingSources } from './pairingRules.js';
import { planContacts } from './planContacts.js';
import { type EnrolmentPlan, type PlanEnrolmentOptions, planEnrolment } from './planEnrolment.js';
import { planPairings } from './planPairings.js';
import { type ContactAssignmentsUpdate, toContactAssignments } from './toContactAssignments.js';

/**
 * {@link planContacts} returning a result instead of throwing (制定联系代表安排，不抛错).
 *
 * @param members - As for {@link planContacts}.
 * @param deputies - As for {@link planContacts}.
 * @param rules - As for {@link planContacts}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safePlanContacts } from 'renda';
 *
 * console.log(safePlanContacts([], [], { period: { from: '2025-12-31', to: '2025-01-01' } }).ok); // false
 * ```
 * @category Coverage
 */
export function safePlanContacts(
  members: Iterable<StandingCommitteeMember>,
  deputies: Iterable<Deputy>,
  rules: ContactPlanRules,
): Result<ContactPlan, ValidationError> {
  return safely('planContacts', () => planContacts(members, deputies, rules));
}

/**
 * {@link checkPlan} returning a result instead of throwing (核查联系代表安排，不抛错).
 *
 * @param plan - As for {@link checkPlan}.
 * @param activities - As for {@link checkPlan}.
 * @param rules - As for {@link checkPlan}.
 * @param options - As for {@link checkPlan}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCheckPlan } from 'renda';
 *
 * const result = safeCheckPlan(null as never, [], { period: { from: '2025-01-01', to: '2025-12-31' } }, { asOf: '2025-06-30', deputies: [] });
 * console.log(result.ok); // false
 * ```
 * @category Coverage
 */
export function safeCheckPlan(
  plan: ContactPlan,
  activities: Iterable<Activity>,
  rules: ContactPlanRules,
  options: CheckPlanOptions,
): Result<PlanCheck, ValidationError> {
  return safely('checkPlan', () => checkPlan(plan, activities, rules, options));
}

/**
 * {@link toContactAssignments} returning a result instead of throwing (联系安排落地，不抛错).
 *
 * @param plan - As for {@link toContactAssignments}.
 * @param members - As for {@link toContactAssignments}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeToContactAssignments } from 'renda';
 *
 * console.log(safeToContactAssignments({} as never, []).ok); // false
 * ```
 * @category Coverage
 */
export function safeToContactAssignments(
  plan: ContactPlan,
  members: Iterable<StandingCommitteeMember>,
): Result<readonly ContactAssignmentsUpdate[], ValidationError> {
  return safely('toContactAssignments', () => toContactAssignments(plan, members));
}

/**
 * {@link planEnrolment} returning a result instead of throwing (编组进站安排，不抛错).
 *
 * @param deputies - As for {@link planEnrolment}.
 * @param stations - As for {@link planEnrolment}.
 * @param options - As for {@link planEnrolment}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safePlanEnrolment } from 'renda';
 *
 * console.log(safePlanEnrolment([], [], undefined as never).ok); // false
 * ```
 * @category Coverage
 */
export function safePlanEnrolment(
  deputies: Iterable<Deputy>,
  stations: Iterable<LiaisonStation>,
  options: PlanEnrolmentOptions,
): Result<EnrolmentPlan, ValidationError> {
  return safely('planEnrolment', () => planEnrolment(deputies, stations, options));
}

/**
 * {@link checkEnrolment} returning a result instead of throwing (编组进站核查，不抛错).
 *
 * @param deputies - As for {@link checkEnrolment}.
 * @param stations - As for {@link checkEnrolment}.
 * @param groups - As for {@link checkEnrolment}.
 * @param options - As for {@link checkEnrolment}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCheckEnrolment } from 'renda';
 *
 * console.log(safeCheckEnrolment([], [], [], { asOf: '2025-02-30' }).ok); // false
 * ```
 * @category Coverage
 */
export function safeCheckEnrolment(
  deputies: Iterable<Deputy>,
  stations: Iterable<LiaisonStation>,
  groups: Iterable<DeputyGroup>,
  options: CheckEnrolmentOptions,
): Result<EnrolmentCheck, ValidationError> {
  return safely('checkEnrolment', () => checkEnrolment(deputies, stations, groups, options));
}

/**
 * {@link planPairings} returning a result instead of throwing (制定联系结对安排，不抛错).
 *
 * @param sources - As for {@link planPairings}.
 * @param rules - As for {@link planPairings}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safePlanPairings } from 'renda';
 *
 * const result = safePlanPairings({ deputies: [] }, { kind: 'returningWithNew', period: { from: '2025-01-01', to: '2025-12-31' }, quota: -1 });
 * console.log(result.ok); // false
 * ```
 * @category Coverage
 */
export function safePlanPairings(
  sources: PairingSources,
  rules: PairingRules,
): Result<PairingPlan, ValidationError> {
  return safely('planPairings', () => planPairings(sources, rules));
}

/**
 * {@link checkPairings} returning a result instead of throwing (核查结对安排，不抛错).
 *
 * @param plan - As for {@link checkPairings}.
 * @param activities - As for {@link checkPairings}.
 * @param rules - As for {@link checkPairings}.
 * @param options - As for {@link checkPairings}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCheckPairings } from 'renda';
 *
 * const rules = { kind: 'returningWithNew', period: { from: '2025-01-01', to: '2025-12-31' }, quota: 2 } as const;
 * console.log(safeCheckPairings(null as never, [], rules, { asOf: '2025-06-30', deputies: [] }).ok); // false
 * ```
 * @category Coverage
 */
export function safeCheckPairings(
  plan: PairingPlan,
  activities: Iterable<Activity>,
  rules: PairingRules,
  options: CheckPairingsOptions,
): Result<PairingCheck, ValidationError> {
  return safely('checkPairings', () => checkPairings(plan, activities, rules, options));
}
