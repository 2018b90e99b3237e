import type { DeadlineWarning } from '../../calendar/deadlineStatus.js';
import {
  KEY_ITEM_MILESTONE_STATUSES,
  type KeyItemMilestone,
  type KeyItemMilestoneStatus,
  type KeyItemPlan,
  safeParseKeyItemPlan,
} from '../../model/keyItemPlan.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import { ArgumentChecks, guard, safely } from '../../stats/internal/invalidInput.js';
import { rate } from '../../stats/rate.js';
import type { Rate } from '../../stats/rateTypes.js';
import { judgeMilestone, readAsOf, readDoneDay, readDueSoonDays } from './internal/planReading.js';
import { KEY_ITEM_METRICS } from './keyItemMetrics.js';

/**
 * Options of {@link keyItemPlanStatus} (重点督办计划进度选项): the due-soon threshold under
 * `deadlineWarning`, where a jurisdiction policy keeps it, so the policy itself fits.
 *
 * @example
 * ```ts
 * import type { KeyItemPlanStatusOptions } from 'renda';
 *
 * const options: KeyItemPlanStatusOptions = { deadlineWarning: { dueSoonDays: 7 } };
 * ```
 * @category Suggestion workflow
 */
export interface KeyItemPlanStatusOptions {
  /** `dueSoonDays`: due soon when at most this many days are left (0 = due today); default 10. */
  readonly deadlineWarning?: Partial<DeadlineWarning> | undefined;
}

/**
 * One milestone as of a moment (节点进度): the milestone's own fields and its status.
 *
 * @example
 * ```ts
 * import type { KeyItemMilestoneReport } from 'renda';
 *
 * const late = (m: KeyItemMilestoneReport) => m.daysLate ?? 0;
 * ```
 * @category Suggestion workflow
 */
export interface KeyItemMilestoneReport extends KeyItemMilestone {
  /** The status, one of {@link KEY_ITEM_MILESTONE_STATUSES}. */
  readonly status: KeyItemMilestoneStatus;
  /** Calendar days left until the due day (0 = due today), while not met and not late. */
  readonly daysLeft?: number;
  /** Calendar days past the due day: as of `asOf` when overdue, at `doneAt` when met late. */
  readonly daysLate?: number;
  /** The day it was met, in the plan's time zone. */
  readonly doneDay?: string;
}

/**
 * One key item's milestones as of a moment (事项节点进度): the plan-wide milestones and its own.
 *
 * @example
 * ```ts
 * import type { KeyItemProgress } from 'renda';
 *
 * const behind = (p: KeyItemProgress) => p.overdue > 0;
 * ```
 * @category Suggestion workflow
 */
export interface KeyItemProgress {
  /** The item's id. */
  readonly itemId: string;
  /** Its milestones met on time, by {@link KEY_ITEM_METRICS}`.milestonesMet`. */
  readonly milestonesMet: Rate;
  /** How many of its milestones are overdue. */
  readonly overdue: number;
}

/**
 * A key-item plan as of a moment (重点督办计划进度): each milestone's status, counts per status,
 * and the figure "key-item milestones met on time" (重点督办节点按期完成率), for the plan and for
 * each item.
 *
 * @example
 * ```ts
 * import type { KeyItemPlanStatusResult } from 'renda';
 *
 * const headline = (r: KeyItemPlanStatusResult) => r.milestonesMet.value;
 * ```
 * @category Suggestion workflow
 */
export interface KeyItemPlanStatusResult {
  /** The plan's id. */
  readonly planId: string;
  /** The plan's time zone, which every day here is counted in. */
  readonly timeZone: string;
  /** `asOf`'s calendar day in that zone. */
  readonly asOfDay: string;
  /** Every milestone, in the plan's order. */
  readonly milestones: readonly KeyItemMilestoneReport[];
  /** Milestones per status (every status listed, 0 included). */
  readonly counts: Readonly<Record<KeyItemMilestoneStatus, number>>;
  /** Milestones met on time ÷ (met + overdue); `value` is `null` while none is judged. */
  readonly milestonesMet: Rate;
  /** Per item, in the plan's order: a milestone without `itemIds` concerns every item. */
  readonly items: readonly KeyItemProgress[];
}

const NUMERATOR: ReadonlySet<string> = new Set(KEY_ITEM_METRICS.milestonesMet.numerator);
const DENOMINATOR: ReadonlySet<string> = new Set(KEY_ITEM_METRICS.milestonesMet.denominator);

/** Milestones met on time ÷ judged, by the one rule of {@link KEY_ITEM_METRICS}. */
function metRate(statuses: readonly KeyItemMilestoneStatus[]): Rate {
  let numerator = 0;
  let denominator = 0;
  for (const status of statuses) {
    if (!DENOMINATOR.has(status)) continue;
    denominator += 1;
    if (NUMERATOR.has(status)) numerator += 1;
  }
  return rate(numerator, denominator);
}

/** The milestones of a plan judged as of `asOf` (internal; also the metric's units). */
export function milestoneReports(
  input: unknown,
  asOf: unknown,
  options: unknown,
  model: string,
): {
  readonly plan: KeyItemPlan;
  readonly asOfDay: string;
  readonly reports: KeyItemMilestoneReport[];
} {
  const parsed = safeParseKeyItemPlan(input);
  if (!parsed.ok) throw new RendaError(parsed.error);
  const plan = parsed.value;
  const checks = new ArgumentChecks(model);
  const dueSoonDays = readDueSoonDays(options, checks);
  const moment = readAsOf(asOf, plan.timeZone, checks);
  checks.done();
  // Read only once the zone is known good (checks.done() threw otherwise).
  if (moment === undefined) throw new TypeError('asOf unread');
  const doneDays = plan.milestones.map((m, i) => readDoneDay(m, i, plan.timeZone, checks));
  checks.done();
  const reports = plan.milestones.map((milestone, i) => ({
    ...milestone,
    ...judgeMilestone(milestone, doneDays[i], moment, dueSoonDays),
  }));
  return { plan, asOfDay: moment.day, reports };
}

function planStatus(input: unknown, asOf: unknown, options: unknown): KeyItemPlanStatusResult {
  const { plan, asOfDay, reports } = milestoneReports(input, asOf, options, 'keyItemPlanStatus');
  const counts = Object.fromEntries(KEY_ITEM_MILESTONE_STATUSES.map((s) => [s, 0])) as Record<
    KeyItemMilestoneStatus,
    number
  >;
  for (const report of reports) counts[report.status] += 1;
  const items = plan.items.map((item) => {
    const own = reports.filter((r) => r.itemIds === undefined || r.itemIds.includes(item.id));
    const statuses = own.map((r) => r.status);
    return {
      itemId: item.id,
      milestonesMet: metRate(statuses),
      overdue: statuses.filter((s) => s === 'overdue').length,
    };
  });
  return {
    planId: plan.id,
    timeZone: plan.timeZone,
    asOfDay,
    milestones: reports,
    counts,
    milestonesMet: metRate(reports.map((r) => r.status)),
    items,
  };
}

/**
 * Where a year's key-item plan stands as of a moment (重点督办计划进度): each milestone's status
 * and the figure "key-item milestones met on time" (重点督办节点按期完成率).
 *
 * @remarks
 * Days are civil days in the plan's own `timeZone`; `asOf` is passed in (a timestamp with an
 * offset, or a `YYYY-MM-DD` day already in that zone), never read from the clock. A due day is
 * inclusive, to its last minute in the plan's zone. Each milestone is, as of `asOf`:
 *
 * | status | when |
 * | --- | --- |
 * | `metOnTime` 按期完成 | met (`doneAt` on or before `asOf`) on or before its due day |
 * | `metLate` 逾期完成 | met, after its due day (`daysLate` = days past due when met) |
 * | `overdue` 已逾期 | not met, and the due day has passed (`daysLate`) |
 * | `dueSoon` 即将到期 | not met, at most `dueSoonDays` days left (0 = due today) |
 * | `underway` 进行中 | a window (`startDay`) that has started, more days left than that |
 * | `upcoming` 未到期 | anything else not yet met |
 *
 * A milestone met after `asOf` is not met yet as of `asOf`, so the plan can be viewed as it stood
 * on any earlier day. `dueSoonDays` is the options' `deadlineWarning.dueSoonDays` (default 10,
 * the default policy's), so the jurisdiction policy can be passed as the options.
 *
 * Formula (see {@link KEY_ITEM_METRICS}): milestones met on time ÷ (met + overdue). For each
 * item, the milestones that name it in `itemIds` and those that name no item.
 *
 * @param plan - The plan; validated as {@link KeyItemPlanSchema} first.
 * @param asOf - The moment to judge at: an ISO timestamp with an offset, or a `YYYY-MM-DD` day.
 * @param options - `deadlineWarning.dueSoonDays`; a jurisdiction policy fits.
 * @returns The statuses, counts and rates, frozen.
 * @throws {@link RendaError} `INVALID_INPUT` naming the field: a plan that fails its schema (its
 *   issues as {@link parseKeyItemPlan} gives them), `asOf` that is not a timestamp or a day
 *   (`INVALID_TIMESTAMP`), a plan `timeZone` the runtime does not know (`INVALID_TIME_ZONE`), or
 *   a negative or fractional `dueSoonDays`.
 * @example
 * ```ts
 * import { keyItemPlanStatus, type KeyItemPlan } from 'renda';
 *
 * const plan: KeyItemPlan = {
 *   id: 'P-2025', year: 2025, timeZone: 'Asia/Shanghai',
 *   items: [{ id: 'K-1', topic: '农村道路养护', suggestionIds: ['S-12'], leads: [] }],
 *   milestones: [
 *     { id: 'M-SUP', kind: 'supervisionPeriod', startDay: '2025-06-01', dueDay: '2025-10-31',
 *       doneAt: '2025-10-31T15:59:00Z' },
 *     { id: 'M-SUM', kind: 'summary', dueDay: '2025-10-31', doneAt: '2025-11-03T09:00:00+08:00' },
 *     { id: 'M-VOTE', kind: 'satisfactionVote', dueDay: '2025-11-30' },
 *     { id: 'M-REPORT', kind: 'report', dueDay: '2025-12-31' },
 *   ],
 * };
 * const status = keyItemPlanStatus(plan, '2025-12-05T09:00:00+08:00');
 * console.log(status.milestones.map((m) => m.status)); // ['metOnTime', 'metLate', 'overdue', 'upcoming']
 * console.log(status.milestonesMet.numerator, status.milestonesMet.denominator); // 1 3
 * ```
 * @category Suggestion workflow
 */
export function keyItemPlanStatus(
  plan: KeyItemPlan,
  asOf: string,
  options?: KeyItemPlanStatusOptions,
): KeyItemPlanStatusResult {
  return guard('keyItemPlanStatus', () => planStatus(plan, asOf, options));
}

/**
 * Where a key-item plan stands as of a moment, without throwing: the checked twin of
 * {@link keyItemPlanStatus}.
 *
 * @param plan - The plan.
 * @param asOf - An ISO timestamp with an offset, or a `YYYY-MM-DD` day.
 * @param options - `deadlineWarning.dueSoonDays`.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` naming the field.
 * @example
 * ```ts
 * import { safeKeyItemPlanStatus } from 'renda';
 *
 * const plan = { id: 'P-1', year: 2025, timeZone: 'Asia/Shanghai', items: [], milestones: [] };
 * const result = safeKeyItemPlanStatus(plan, '2025-12-05 09:00');
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['asOf']
 * ```
 * @category Suggestion workflow
 */
export function safeKeyItemPlanStatus(
  plan: KeyItemPlan,
  asOf: string,
  options?: KeyItemPlanStatusOptions,
): Result<KeyItemPlanStatusResult, ValidationError> {
  return safely('keyItemPlanStatus', () => keyItemPlanStatus(plan, asOf, options));
}
