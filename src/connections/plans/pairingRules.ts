import type { Committee } from '../../model/committee.js';
import type { Deputy } from '../../model/deputy.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';

/**
 * The kinds of contact pairing other than members' (联系结对类别):
 * - `committeeContacts`: each special or working committee keeps a contact list of deputies in
 *   its field (专门委员会、工作委员会联系代表);
 * - `leaderWithGrassroots`: deputies who are officials (`occupations` has `official`, not
 *   `grassroots`) each paired with grassroots deputies (领导干部代表联系基层代表);
 * - `returningWithNew`: re-elected deputies (`reElected`) each paired with deputies new to this
 *   congress (连任代表结对新任代表, 以老带新).
 *
 * @example
 * ```ts
 * import { PAIRING_KINDS } from 'renda';
 *
 * console.log(PAIRING_KINDS); // ['committeeContacts', 'leaderWithGrassroots', 'returningWithNew']
 * ```
 * @category Coverage
 */
export const PAIRING_KINDS = [
  'committeeContacts',
  'leaderWithGrassroots',
  'returningWithNew',
] as const;

/**
 * One kind of contact pairing (联系结对类别), from {@link PAIRING_KINDS}.
 *
 * @example
 * ```ts
 * import type { PairingKind } from 'renda';
 *
 * const kind: PairingKind = 'returningWithNew';
 * ```
 * @category Coverage
 */
export type PairingKind = (typeof PAIRING_KINDS)[number];

/**
 * A pair already in force (已有结对), to keep when a plan is made: who holds it, who is paired,
 * and since when.
 *
 * @example
 * ```ts
 * import type { PairingInForce } from 'renda';
 *
 * const pair: PairingInForce = { holderId: 'C-EDU', partnerId: 'D-0001', from: '2023-03-01' };
 * ```
 * @category Coverage
 */
export interface PairingInForce {
  /** The committee (`committeeContacts`) or the deputy who holds the pair. */
  readonly holderId: string;
  /** The deputy paired with the holder. */
  readonly partnerId: string;
  /** The first day of the pair. */
  readonly from: string;
  /** The last day, when set. */
  readonly to?: string;
}

/**
 * The rules of a contact pairing (结对规则): its kind, the period, the places of each holder,
 * matching, the pairs to keep and the contacts each pair owes.
 *
 * @remarks
 * Matching (`matching`): `field` gives a deputy to a holder of the same field first: a committee
 * covers the deputies on it and those whose composition category is among its
 * `committeeFields`; a deputy covers deputies of a composition category they share. `area` gives
 * a deputy to a holder of the same electoral unit or jurisdiction first; it does not apply to
 * committees, which have no area, and is refused for them.
 *
 * @example
 * ```ts
 * import type { PairingRules } from 'renda';
 *
 * const rules: PairingRules = {
 *   kind: 'returningWithNew',
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   quota: 2,
 *   matching: 'area',
 * };
 * ```
 * @category Coverage
 */
export interface PairingRules {
  /** What is paired with what. */
  readonly kind: PairingKind;
  /** The period of the plan; holders and partners are those serving on its first day. */
  readonly period: CoveragePeriod;
  /** How many deputies each holder takes (结对名额), a whole number. */
  readonly quota: number;
  /** Places of particular holders, by id, overriding `quota`. */
  readonly quotas?: Readonly<Record<string, number>>;
  /** Matching by field or area; default `'none'`. */
  readonly matching?: 'none' | 'area' | 'field';
  /** With `matching: 'field'` and committees: the composition categories each covers. */
  readonly committeeFields?: Readonly<Record<string, readonly Deputy['occupations'][number][]>>;
  /** Pairs in force to keep when both sides still qualify on the first day. */
  readonly inForce?: readonly PairingInForce[];
  /** Contacts each pair owes a year (pro-rated); default 1. */
  readonly minContactsPerYear?: number;
  /** Contacts each pair owes a quarter, when set. */
  readonly minContactsPerQuarter?: number;
}

/**
 * The records a pairing is made from (结对名册): the deputies, and the committees for
 * `committeeContacts`.
 *
 * @example
 * ```ts
 * import type { PairingSources } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const sources: PairingSources = { deputies: generateSample({ seed: 1 }).deputies };
 * ```
 * @category Coverage
 */
export interface PairingSources {
  /** Every deputy the pairing draws from, any iterable. */
  readonly deputies: Iterable<Deputy>;
  /** The committees, for `committeeContacts`. */
  readonly committees?: Iterable<Committee>;
}
