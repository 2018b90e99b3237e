import type { KeyItemPlan } from '../../model/keyItemPlan.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { defineMetric, type MetricDefinition } from '../../stats/defineMetric.js';
import { ArgumentChecks, guard, safely } from '../../stats/internal/invalidInput.js';
import { checkAsOfForm, readDueSoonDays } from './internal/planReading.js';
import { KEY_ITEM_METRICS } from './keyItemMetrics.js';
import {
  type KeyItemMilestoneReport,
  type KeyItemPlanStatusOptions,
  milestoneReports,
} from './keyItemPlanStatus.js';

const MODEL = 'keyItemMilestonesMetMetric';

function build(
  asOf: unknown,
  options: unknown,
): MetricDefinition<KeyItemPlan, KeyItemMilestoneReport> {
  // Checked once here, so a bad moment is refused before any plan is read.
  const checks = new ArgumentChecks(MODEL);
  checkAsOfForm(asOf, checks);
  readDueSoonDays(options, checks);
  checks.done();
  const figure = KEY_ITEM_METRICS.milestonesMet;
  const numerator: ReadonlySet<string> = new Set(figure.numerator);
  const denominator: ReadonlySet<string> = new Set(figure.denominator);
  return defineMetric<KeyItemPlan, KeyItemMilestoneReport>({
    id: figure.id,
    version: 1,
    name: figure.name,
    formula: figure.formula,
    unit: figure.unit,
    countsPer: (plan) => milestoneReports(plan, asOf, options, MODEL).reports,
    numerator: (m) => numerator.has(m.status),
    denominator: (m) => denominator.has(m.status),
    timeBasis: "as of asOf, in each plan's own time zone",
  });
}

/**
 * The figure "key-item milestones met on time" (重点督办节点按期完成率) as a metric over plans,
 * for {@link aggregate}: one unit per milestone, so several years', districts' or committees'
 * plans add up, grouped as the caller likes.
 *
 * @remarks
 * Formula, as {@link KEY_ITEM_METRICS}`.milestonesMet` states it: milestones met on time ÷
 * (milestones met + milestones overdue), each judged as {@link keyItemPlanStatus} judges it, in
 * its plan's time zone. Milestones not yet judged (upcoming, under way, due soon) are counted in
 * `n` but in neither the numerator nor the denominator. A plan that fails its schema stops the
 * run with its `INVALID_INPUT` error.
 *
 * @param asOf - The moment to judge at: an ISO timestamp with an offset, or a `YYYY-MM-DD` day
 *   (then taken as that day in each plan's zone).
 * @param options - `deadlineWarning.dueSoonDays`; a jurisdiction policy fits.
 * @returns A frozen {@link MetricDefinition} over {@link KeyItemPlan}s.
 * @throws {@link RendaError} `INVALID_INPUT` for a bad `asOf` or `dueSoonDays`.
 * @example
 * ```ts
 * import { aggregate, keyItemMilestonesMetMetric, type KeyItemPlan } from 'renda';
 *
 * const plan = (id: string, doneAt?: string): KeyItemPlan => ({
 *   id, year: 2025, timeZone: 'Asia/Shanghai', items: [],
 *   milestones: [{ id: 'M-VOTE', kind: 'satisfactionVote', dueDay: '2025-11-30', ...(doneAt ? { doneAt } : {}) }],
 * });
 * const met = keyItemMilestonesMetMetric('2025-12-01');
 * const { total } = aggregate([plan('A', '2025-11-26T10:00:00+08:00'), plan('B')], { met });
 * console.log(total.met.numerator, total.met.denominator); // 1 2
 * ```
 * @category Metrics
 */
export function keyItemMilestonesMetMetric(
  asOf: string,
  options?: KeyItemPlanStatusOptions,
): MetricDefinition<KeyItemPlan, KeyItemMilestoneReport> {
  return guard(MODEL, () => build(asOf, options));
}

/**
 * {@link keyItemMilestonesMetMetric} returning a result instead of throwing (节点按期完成率指标，不抛错).
 *
 * @param asOf - As for {@link keyItemMilestonesMetMetric}.
 * @param options - As for {@link keyItemMilestonesMetMetric}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 * @example
 * ```ts
 * import { safeKeyItemMilestonesMetMetric } from 'renda';
 *
 * const result = safeKeyItemMilestonesMetMetric('2025-02-30');
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['asOf']
 * ```
 * @category Metrics
 */
export function safeKeyItemMilestonesMetMetric(
  asOf: string,
  options?: KeyItemPlanStatusOptions,
): Result<MetricDefinition<KeyItemPlan, KeyItemMilestoneReport>, ValidationError> {
  return safely(MODEL, () => keyItemMilestonesMetMetric(asOf, options));
}
