import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import type { PairingKind } from './pairingRules.js';

/**
 * One pair of a pairing plan (结对): a holder (a committee, or a deputy) and the deputy paired
 * with them, from when, whether it was kept from the pairs in force, and what it was matched by.
 *
 * @example
 * ```ts
 * import type { PairingPair } from 'renda';
 *
 * const label = (p: PairingPair) => `${p.holderId} → ${p.partnerId}${p.kept ? '（保留）' : ''}`;
 * ```
 * @category Coverage
 */
export interface PairingPair {
  /** The committee or deputy holding the pair. */
  readonly holderId: string;
  /** The deputy paired. */
  readonly partnerId: string;
  /** The first day. */
  readonly from: string;
  /** The last day, when set. */
  readonly to?: string;
  /** Whether it was a pair in force, kept. */
  readonly kept: boolean;
  /** The matching that made it, for a new pair matched by field or area. */
  readonly matchedBy?: 'area' | 'field';
}

/**
 * A holder's load in a pairing plan (结对负担): the places and the deputies given.
 *
 * @example
 * ```ts
 * import type { PairingLoad } from 'renda';
 *
 * const full = (l: PairingLoad) => l.load >= l.quota;
 * ```
 * @category Coverage
 */
export interface PairingLoad {
  readonly holderId: string;
  readonly quota: number;
  readonly load: number;
}

/**
 * A note of a pairing plan (结对说明): places short of the deputies to pair, a holder over or
 * under their places, no holders at all, a deputy left unpaired, a pair in force dropped.
 *
 * @example
 * ```ts
 * import type { PairingNote } from 'renda';
 *
 * const isDrop = (n: PairingNote) => n.kind === 'droppedPair';
 * ```
 * @category Coverage
 */
export type PairingNote =
  | { readonly kind: 'quotaShort'; readonly places: number; readonly partners: number }
  | {
      readonly kind: 'overQuota' | 'underQuota';
      readonly holderId: string;
      readonly quota: number;
      readonly load: number;
    }
  | { readonly kind: 'noHolders'; readonly partners: number }
  | { readonly kind: 'unassigned'; readonly partnerId: string }
  | {
      readonly kind: 'droppedPair';
      readonly holderId: string;
      readonly partnerId: string;
      readonly reason: 'holderNotQualified' | 'partnerNotQualified';
    };

/**
 * A pairing plan (结对安排) made by {@link planPairings}: its pairs, the holders' loads, notes
 * and a summary.
 *
 * @example
 * ```ts
 * import type { PairingPlan } from 'renda';
 *
 * const fullyPaired = (plan: PairingPlan) => plan.summary.unassigned === 0;
 * ```
 * @category Coverage
 */
export interface PairingPlan {
  readonly kind: PairingKind;
  readonly period: CoveragePeriod;
  readonly pairs: readonly PairingPair[];
  readonly loads: readonly PairingLoad[];
  readonly notes: readonly PairingNote[];
  readonly summary: {
    /** Holders qualifying on the first day. */
    readonly holders: number;
    /** Deputies to pair, qualifying on the first day. */
    readonly partners: number;
    readonly places: number;
    readonly kept: number;
    readonly planned: number;
    readonly matched: number;
    readonly unassigned: number;
  };
}
