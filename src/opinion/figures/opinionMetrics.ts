import type { BilingualText } from '../../model/shared/localized.js';
import type { OpinionFact } from './opinionFacts.js';

/**
 * The declarative definition of one rate of the constituent-opinion figures (群众意见指标定义):
 * id, version, names, formula and its counting rule over {@link OPINION_FACTS}.
 *
 * @remarks
 * An opinion counts in the denominator when it has every `denominator` fact, and in the numerator
 * when it also has every `numerator` fact; so the numerator never exceeds the denominator.
 * {@link opinionStats} computes each rate from these two lists and nothing else.
 *
 * @example
 * ```ts
 * import { OPINION_METRICS, type OpinionMetricDescriptor } from 'renda';
 *
 * const d: OpinionMetricDescriptor = OPINION_METRICS.closedLoopRate;
 * console.log(d.name['zh-Hans'], d.denominator); // '按期闭环率' ['closedLoopDue']
 * ```
 * @category Metrics
 */
export interface OpinionMetricDescriptor {
  /** Stable id, e.g. `closedLoopRate`. */
  readonly id: string;
  /** Bumped whenever the meaning changes. */
  readonly version: number;
  /** The Chinese and English name. */
  readonly name: BilingualText;
  /** The formula in words. */
  readonly formula: BilingualText;
  /** What one counted unit is: an opinion (件). */
  readonly unit: 'opinion';
  /** The facts an opinion needs to count in the denominator. */
  readonly denominator: readonly OpinionFact[];
  /** The further facts an opinion of the denominator needs to count in the numerator. */
  readonly numerator: readonly OpinionFact[];
  /**
   * The report sentence (报告语句) with placeholders the figures fill: `{numerator}`,
   * `{denominator}` and `{percent}` (see `opinionReportSentences` in `renda/import`).
   */
  readonly sentence: BilingualText;
}

const t = (zh: string, en: string): BilingualText => Object.freeze({ 'zh-Hans': zh, en });

function rateOf(
  id: string,
  name: BilingualText,
  formula: BilingualText,
  denominator: readonly OpinionFact[],
  numerator: readonly OpinionFact[],
  sentence: BilingualText,
): OpinionMetricDescriptor {
  return Object.freeze({
    id,
    version: 1,
    name,
    formula,
    unit: 'opinion' as const,
    denominator: Object.freeze([...denominator]),
    numerator: Object.freeze([...numerator]),
    sentence,
  });
}

/**
 * The rates of the constituent-opinion figures, as data (群众意见指标): each with its Chinese
 * name, formula and counting rule over {@link OPINION_FACTS}.
 *
 * @remarks
 * - 受理率 `acceptedRate` = accepted ÷ screened (merged duplicates are not screened opinions).
 * - 按期办理率 `onTimeRate` = handled on time ÷ handling due, on the first handling by a unit:
 *   due = handled, or with the unit past its due day and never handled yet.
 * - 按期闭环率 `closedLoopRate` = (answered on the spot + fed back on time) ÷ (answered on the spot
 *   + fed back + feedback overdue): the constituent heard within the feedback time limit.
 * - 解决率 `resolvedRate` = resolved (the last handling's outcome) ÷ handled.
 * - 满意率 `satisfactionRate` = (满意 + 基本满意) ÷ called back, on the last callback.
 * - 满意率（仅满意）`fullSatisfactionRate` = 满意 ÷ called back.
 * - 重办率 `reopenRate` = reopened ÷ called back.
 *
 * @example
 * ```ts
 * import { OPINION_METRICS } from 'renda';
 *
 * console.log(OPINION_METRICS.satisfactionRate.numerator); // ['satisfied']
 * console.log(OPINION_METRICS.onTimeRate.formula['zh-Hans']); // '按期办理件数 ÷ 到期应办件数（首次办理）'
 * ```
 * @category Metrics
 */
export const OPINION_METRICS = /* @__PURE__ */ Object.freeze({
  acceptedRate: rateOf(
    'acceptedRate',
    t('受理率', 'Acceptance rate'),
    t('受理件数 ÷ 甄别件数', 'opinions accepted ÷ opinions screened'),
    ['screened'],
    ['accepted'],
    t(
      '受理群众意见{numerator}件，受理率{percent}',
      '{numerator} opinions accepted, an acceptance rate of {percent}',
    ),
  ),
  onTimeRate: rateOf(
    'onTimeRate',
    t('按期办理率', 'On-time handling rate'),
    t(
      '按期办理件数 ÷ 到期应办件数（首次办理）',
      'handled on time ÷ handled or overdue (first handling)',
    ),
    ['handlingDue'],
    ['handledOnTime'],
    t(
      '按期办理{numerator}件，按期办理率{percent}',
      '{numerator} opinions handled on time, an on-time handling rate of {percent}',
    ),
  ),
  closedLoopRate: rateOf(
    'closedLoopRate',
    t('按期闭环率', 'Closed-loop rate'),
    t(
      '（当场答复 + 按期反馈）÷（当场答复 + 已反馈 + 逾期未反馈）',
      '(answered on the spot + fed back on time) ÷ (answered on the spot + fed back + feedback overdue)',
    ),
    ['closedLoopDue'],
    ['closedLoop'],
    t(
      '按期办结反馈{numerator}件，按期闭环率{percent}',
      '{numerator} opinions closed the loop on time, a closed-loop rate of {percent}',
    ),
  ),
  resolvedRate: rateOf(
    'resolvedRate',
    t('解决率', 'Resolution rate'),
    t('推动解决件数 ÷ 已办理件数', 'opinions resolved ÷ opinions handled'),
    ['handled'],
    ['resolved'],
    t(
      '推动解决{numerator}件，解决率{percent}',
      '{numerator} opinions resolved, a resolution rate of {percent}',
    ),
  ),
  satisfactionRate: rateOf(
    'satisfactionRate',
    t('满意率', 'Satisfaction rate'),
    t(
      '（满意 + 基本满意）÷ 已回访件数（最后一次回访）',
      '(satisfied + basically satisfied) ÷ called back (last callback)',
    ),
    ['calledBack'],
    ['satisfied'],
    t(
      '回访群众满意和基本满意的占{percent}',
      '{percent} of the constituents called back were satisfied or basically satisfied',
    ),
  ),
  fullSatisfactionRate: rateOf(
    'fullSatisfactionRate',
    t('满意率（仅满意）', 'Full satisfaction rate'),
    t('满意 ÷ 已回访件数（最后一次回访）', 'satisfied ÷ called back (last callback)'),
    ['calledBack'],
    ['fullySatisfied'],
    t('回访群众满意的占{percent}', '{percent} of the constituents called back were satisfied'),
  ),
  reopenRate: rateOf(
    'reopenRate',
    t('重办率', 'Reopen rate'),
    t('重新办理件数 ÷ 已回访件数', 'opinions reopened ÷ opinions called back'),
    ['calledBack'],
    ['reopened'],
    t(
      '重新办理{numerator}件，重办率{percent}',
      '{numerator} opinions reopened, a reopening rate of {percent}',
    ),
  ),
});

/**
 * The id of a rate of {@link OPINION_METRICS}.
 *
 * @example
 * ```ts
 * import type { OpinionRateId } from 'renda';
 *
 * const id: OpinionRateId = 'resolvedRate';
 * ```
 * @category Metrics
 */
export type OpinionRateId = keyof typeof OPINION_METRICS;

/** Every rate id, in the order of {@link OPINION_METRICS}. */
export const OPINION_RATE_IDS = /* @__PURE__ */ Object.freeze(
  Object.keys(OPINION_METRICS) as OpinionRateId[],
);
