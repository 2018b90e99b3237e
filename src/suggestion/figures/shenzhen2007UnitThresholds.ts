import { deepFreeze } from '../../internal/deepFreeze.js';
import type { UnitThresholdTable } from './evaluateUnits.js';

/**
 * The Shenzhen 2007 threshold table for handling units (深圳市2007年承办单位办理工作测评标准),
 * exactly as Sources §2.14 gives it; any fail fails the unit.
 *
 * @remarks
 * | Criterion | Good (良好) | Pass (合格) | Fail (不合格) |
 * |---|---|---|---|
 * | Online sign-off within 7 days | 100% signed | 90% to < 100% | below 90% |
 * | Replies | ≥ 80% within 3 months and none overdue | < 80% within 3 months but all within 6 | anything past 6 months or unanswered |
 * | Satisfaction | ≥ 80% satisfied and no dissatisfied | < 80% satisfied, none below "basically" | any dissatisfied |
 *
 * As conditions on {@link UnitHandlingFigures}:
 * - sign-off: good `signedWithin7DaysRate ≥ 1`; pass `≥ 0.9`;
 * - replies: good `repliedWithin3MonthsRate ≥ 0.8`, `overdueCount == 0` and
 *   `repliedWithin6MonthsAll`; pass `repliedWithin6MonthsAll` (so ≥ 80% with something overdue
 *   but all within 6 months passes);
 * - satisfaction: good `satisfiedRate ≥ 0.8`, `dissatisfiedCount == 0` and
 *   `basicallyOrBetterAll`; pass `dissatisfiedCount == 0` and `basicallyOrBetterAll`.
 *
 * @example
 * ```ts
 * import { shenzhen2007UnitThresholds } from 'renda';
 *
 * console.log(shenzhen2007UnitThresholds.criteria.map((c) => c.id)); // ['signOff', 'replies', 'satisfaction']
 * ```
 * @category Metrics
 */
export const shenzhen2007UnitThresholds: UnitThresholdTable = /* @__PURE__ */ deepFreeze({
  id: 'shenzhen-2007',
  version: 1,
  name: {
    'zh-Hans': '深圳市2007年承办单位测评标准',
    en: 'Shenzhen 2007 handling-unit thresholds',
  },
  criteria: [
    {
      id: 'signOff',
      name: { 'zh-Hans': '7日内网上签收', en: 'Online sign-off within 7 days' },
      figure: 'signedWithin7DaysRate',
      good: [{ figure: 'signedWithin7DaysRate', op: '>=', value: 1 }],
      pass: [{ figure: 'signedWithin7DaysRate', op: '>=', value: 0.9 }],
    },
    {
      id: 'replies',
      name: { 'zh-Hans': '答复时限', en: 'Replies' },
      figure: 'repliedWithin3MonthsRate',
      good: [
        { figure: 'repliedWithin3MonthsRate', op: '>=', value: 0.8 },
        { figure: 'overdueCount', op: '==', value: 0 },
        { figure: 'repliedWithin6MonthsAll', op: '==', value: true },
      ],
      pass: [{ figure: 'repliedWithin6MonthsAll', op: '==', value: true }],
    },
    {
      id: 'satisfaction',
      name: { 'zh-Hans': '代表满意度', en: 'Satisfaction' },
      figure: 'satisfiedRate',
      good: [
        { figure: 'satisfiedRate', op: '>=', value: 0.8 },
        { figure: 'dissatisfiedCount', op: '==', value: 0 },
        { figure: 'basicallyOrBetterAll', op: '==', value: true },
      ],
      pass: [
        { figure: 'dissatisfiedCount', op: '==', value: 0 },
        { figure: 'basicallyOrBetterAll', op: '==', value: true },
      ],
    },
  ],
});
