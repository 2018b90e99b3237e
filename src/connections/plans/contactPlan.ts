import type { CoveragePeriod } from '../coverage/coveragePeriod.js';

/**
 * One pair of a contact plan (联系对子): a standing committee member and a deputy they keep in
 * contact with, from `from` to `to` (inclusive).
 *
 * @example
 * ```ts
 * import type { ContactPlanPair } from 'renda';
 *
 * const pair: ContactPlanPair = {
 *   memberId: 'M-0001',
 *   deputyId: 'D-000042',
 *   from: '2025-01-01',
 *   to: '2027-01-03',
 *   kept: false,
 *   matchedBy: 'area',
 * };
 * ```
 * @category Coverage
 */
export interface ContactPlanPair {
  /** The member. */
  readonly memberId: string;
  /** The deputy. */
  readonly deputyId: string;
  /** The first day of the pair. */
  readonly from: string;
  /** The last day of the pair; absent while open. */
  readonly to?: string;
  /** Whether the pair was an assignment in force on the plan's first day (固定联系), kept. */
  readonly kept: boolean;
  /** How a new pair was matched, when it was. */
  readonly matchedBy?: 'area' | 'field';
}

/**
 * A member's load in a contact plan (联系任务): the quota of their position and the deputies the
 * plan gives them.
 *
 * @example
 * ```ts
 * import type { ContactPlanLoad } from 'renda';
 *
 * const over = (load: ContactPlanLoad): boolean => load.load > load.quota;
 * ```
 * @category Coverage
 */
export interface ContactPlanLoad {
  /** The member. */
  readonly memberId: string;
  /** The member's position (职务), which sets the quota. */
  readonly position: string;
  /** The quota of the position under the rules. */
  readonly quota: number;
  /** Deputies in the plan for this member. */
  readonly load: number;
}

/**
 * Something a contact plan could not do as the rules ask (未能按规则安排的情况), with why.
 *
 * @remarks
 * - `quotaShort`: the members' quotas add up to fewer places than there are active deputies;
 *   every deputy is still assigned, and the extra deputies are spread so that members' loads
 *   beyond their quota differ by at most one (each over-quota member is also listed as
 *   `overQuota`).
 * - `overQuota` / `underQuota`: a member's load differs from the quota (under: too few deputies
 *   to go round, or every place taken by kept pairs elsewhere).
 * - `noMembers`: no member serves on the first day, so no deputy could be assigned; each deputy
 *   is listed as `unassigned`.
 * - `droppedAssignment`: an assignment in force on the first day was not kept, because its
 *   deputy or its member does not serve that day (or, with `keepFixed: false`, by the rules).
 * @example
 * ```ts
 * import type { ContactPlanNote } from 'renda';
 *
 * const note: ContactPlanNote = { kind: 'overQuota', memberId: 'M-0001', quota: 3, load: 4 };
 * ```
 * @category Coverage
 */
export type ContactPlanNote =
  | { readonly kind: 'quotaShort'; readonly places: number; readonly deputies: number }
  | {
      readonly kind: 'overQuota' | 'underQuota';
      readonly memberId: string;
      readonly quota: number;
      readonly load: number;
    }
  | { readonly kind: 'noMembers'; readonly deputies: number }
  | { readonly kind: 'unassigned'; readonly deputyId: string }
  | {
      readonly kind: 'droppedAssignment';
      readonly memberId: string;
      readonly deputyId: string;
      readonly reason: 'deputyNotServing' | 'memberNotServing' | 'notKeptByRules';
    };

/**
 * A contact plan (联系代表工作安排): who contacts whom over the period, each member's load, and
 * what could not be planned as asked.
 *
 * @example
 * ```ts
 * import type { ContactPlan } from 'renda';
 *
 * const newPairs = (plan: ContactPlan): number => plan.pairs.filter((p) => !p.kept).length;
 * ```
 * @category Coverage
 */
export interface ContactPlan {
  /** The plan's period. */
  readonly period: CoveragePeriod;
  /** The pairs, by member id then deputy id. */
  readonly pairs: readonly ContactPlanPair[];
  /** Each member serving on the first day, by id. */
  readonly loads: readonly ContactPlanLoad[];
  /** What could not be planned as the rules ask. */
  readonly notes: readonly ContactPlanNote[];
  /** Counts. */
  readonly summary: {
    /** Deputies serving on the first day. */
    readonly activeDeputies: number;
    /** Members serving on the first day. */
    readonly activeMembers: number;
    /** The members' quotas added up. */
    readonly places: number;
    /** Pairs kept from assignments in force. */
    readonly kept: number;
    /** New pairs. */
    readonly planned: number;
    /** New pairs matched by area or field. */
    readonly matched: number;
    /** Active deputies with no pair (only when no member serves). */
    readonly unassigned: number;
  };
}
