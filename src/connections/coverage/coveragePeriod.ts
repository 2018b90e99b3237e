/**
 * The period a coverage figure is measured over (统计期间): two calendar days, both inclusive.
 *
 * @remarks
 * Usually a year (`2025-01-01` to `2025-12-31`) or a term (届, e.g. `2022-01-04` to
 * `2027-01-03`). `from` must not be after `to`; every coverage function checks this and throws
 * `INVALID_INPUT` naming `period.from` / `period.to` otherwise.
 *
 * @example
 * ```ts
 * import type { CoveragePeriod } from 'renda';
 *
 * const year2025: CoveragePeriod = { from: '2025-01-01', to: '2025-12-31' };
 * ```
 * @category Coverage
 */
export interface CoveragePeriod {
  /** The first day, `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  /** The last day, `YYYY-MM-DD`, inclusive. */
  readonly to: string;
}

/**
 * How coverage treats someone who served only part of the period (部分期间在任的处理方式):
 * joined, left, or was suspended mid-period.
 *
 * @remarks
 * - `exclude`: leave them out of the roster (reason `partialPeriod`);
 * - `prorate`: keep them, with the target scaled by the share of the period they served,
 *   rounded up: need = ⌈target × days served ÷ days in the period⌉ (so anyone who served at all
 *   needs at least 1 when the target is at least 1);
 * - `include`: keep them with the full target.
 *
 * Whatever the policy, someone who did not serve a single day of the period (joined after it,
 * ended before it, or was suspended throughout) is excluded with the reason.
 *
 * @example
 * ```ts
 * import { PARTIAL_POLICIES } from 'renda';
 *
 * console.log(PARTIAL_POLICIES); // ['exclude', 'prorate', 'include']
 * ```
 * @category Coverage
 */
export const PARTIAL_POLICIES = ['exclude', 'prorate', 'include'] as const;

/**
 * One of {@link PARTIAL_POLICIES} (部分期间处理方式).
 *
 * @example
 * ```ts
 * import type { PartialPolicy } from 'renda';
 *
 * const policy: PartialPolicy = 'prorate';
 * ```
 * @category Coverage
 */
export type PartialPolicy = (typeof PARTIAL_POLICIES)[number];
