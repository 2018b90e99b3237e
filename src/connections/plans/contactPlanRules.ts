import type { CoveragePeriod } from '../coverage/coveragePeriod.js';

/**
 * How a contact plan matches members and deputies (联系代表的匹配方式): not at all (`none`), by
 * area (`area`, 按地域: the deputy's electoral unit, constituency or jurisdiction against the
 * areas a member covers) or by field (`field`, 按领域: the deputy's composition categories and
 * committees against the member's).
 *
 * @example
 * ```ts
 * import { CONTACT_MATCHINGS } from 'renda';
 *
 * console.log(CONTACT_MATCHINGS); // ['none', 'area', 'field']
 * ```
 * @category Coverage
 */
export const CONTACT_MATCHINGS = ['none', 'area', 'field'] as const;

/**
 * One of {@link CONTACT_MATCHINGS} (匹配方式).
 *
 * @example
 * ```ts
 * import type { ContactMatching } from 'renda';
 *
 * const byArea: ContactMatching = 'area';
 * ```
 * @category Coverage
 */
export type ContactMatching = (typeof CONTACT_MATCHINGS)[number];

/**
 * The rules of a contact plan (常委会组成人员联系代表工作安排): the period, the quota of deputies
 * per member, the contacts each pair owes a year, and how to match.
 *
 * @remarks
 * Plain data, checked by every function that reads it (`INVALID_INPUT` naming the field), so it
 * can be stored as JSON beside the plan. Defaults follow Wuzhou 2017 (Sources §4.2): leaders
 * (主任、副主任、秘书长: positions `chair`, `viceChair`, `secretaryGeneral`) take 5 deputies,
 * other members (委员) 3; each member contacts each of their deputies at least twice a year.
 *
 * - `period`: the plan's period, usually the rest of the term (届); its first day is the day
 *   the plan starts, and new pairs run from it to its last day.
 * - `minContactsPerQuarter`: set it (e.g. 1, Zhangdian's 每季度联系) to check every quarter that
 *   has ended as well as the year's pace.
 * - `memberAreas`: member id → the area codes (division codes or electoral-unit/constituency ids)
 *   they cover, e.g. 2–3 towns each (Zhangdian). Without it a member's area is the electoral
 *   unit of their own deputy record (`deputyId`), when it is among the deputies.
 * - `memberFields`: member id → composition categories (`farmer`…) or committee ids they take.
 *   Without it a member's fields are those of their own deputy record.
 * - `keepFixed` (default true): assignments in force on the first day are kept (固定联系).
 * @example
 * ```ts
 * import type { ContactPlanRules } from 'renda';
 *
 * const rules: ContactPlanRules = {
 *   period: { from: '2025-01-01', to: '2027-01-03' },
 *   quota: { leader: 5, member: 3 },
 *   minContactsPerYear: 2,
 *   matching: 'area',
 *   memberAreas: { 'M-0001': ['330281101'] },
 * };
 * ```
 * @category Coverage
 */
export interface ContactPlanRules {
  /** The plan's period, both days inclusive; it starts on `from`. */
  readonly period: CoveragePeriod;
  /** Deputies per member: `leader` (主任会议成员 by position; 5 by default), `member` (3). */
  readonly quota?: { readonly leader?: number; readonly member?: number };
  /** Contacts each pair owes in a calendar year; 2 by default. */
  readonly minContactsPerYear?: number;
  /** Contacts each pair owes in each quarter, checked for ended quarters; none by default. */
  readonly minContactsPerQuarter?: number;
  /** How to match members and deputies; `'none'` by default. */
  readonly matching?: ContactMatching;
  /** Member id → the area codes the member covers. */
  readonly memberAreas?: Readonly<Record<string, readonly string[]>>;
  /** Member id → the composition categories or committee ids the member takes. */
  readonly memberFields?: Readonly<Record<string, readonly string[]>>;
  /** Keep the assignments in force on the first day; true by default. */
  readonly keepFixed?: boolean;
}
