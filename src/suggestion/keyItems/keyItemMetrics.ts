import type { KeyItemMilestoneStatus } from '../../model/keyItemPlan.js';
import type { BilingualText } from '../../model/shared/localized.js';
import type { SatisfactionGrade } from '../../model/shared/satisfaction.js';

/**
 * A figure of key-item supervision stated as data (重点督办指标定义): its id, names, formula in
 * words, and which units it counts, so every executor (the plan status, the aggregate metric,
 * the vote tally, the guide) reads the one rule.
 *
 * @typeParam TUnit - What a unit is classified by: a milestone status or a vote's grade.
 * @example
 * ```ts
 * import type { KeyItemFigure, KeyItemMilestoneStatus } from 'renda';
 *
 * const judged = (f: KeyItemFigure<KeyItemMilestoneStatus>) => f.denominator.length;
 * ```
 * @category Metrics
 */
export interface KeyItemFigure<TUnit extends string> {
  /** A stable identifier, e.g. `keyItemMilestonesMet`. */
  readonly id: string;
  /** The figure's name. */
  readonly name: BilingualText;
  /** The formula in words. */
  readonly formula: BilingualText;
  /** What one unit is: a milestone (节点) or a vote (票). */
  readonly unit: 'milestone' | 'vote';
  /** The classes counted in the numerator (each also in the denominator). */
  readonly numerator: readonly TUnit[];
  /** The classes counted in the denominator; units of any other class are left out of both. */
  readonly denominator: readonly TUnit[];
  /**
   * The report sentence (报告语句), a template of `{numerator}`, `{denominator}` and `{percent}`
   * (and `{item}`, the key item, for a vote's figures), filled by `keyItemReportSentences`
   * (renda/import).
   */
  readonly sentence: BilingualText;
}

const t = (zh: string, en: string): BilingualText => Object.freeze({ 'zh-Hans': zh, en });
const list = <T extends string>(...values: T[]): readonly T[] => Object.freeze(values);

/**
 * The figures of key-item supervision (重点督办指标), each stated once as data.
 *
 * @remarks
 * - `milestonesMet`, key-item milestones met on time (重点督办节点按期完成率) = milestones met on
 *   time ÷ (milestones met + milestones overdue). A milestone counts once it is met or once its
 *   due day has passed unmet; one still upcoming, under way or due soon is not judged yet, so the
 *   rate never falls because a milestone has not come due. A milestone met late stays in the
 *   denominator and out of the numerator.
 * - `satisfactionRate`, the satisfaction rate of a satisfaction vote (满意率, broad) =
 *   (satisfied + basically satisfied) ÷ valid votes, where valid votes (有效票) are the votes of
 *   the three grades: abstentions (弃权) and spoilt ballots (无效票) count in neither. It is the
 *   broad 满意率 of the suggestion dashboard ({@link SUGGESTION_METRICS}), over votes instead of
 *   feedback forms.
 * - `narrowSatisfactionRate` (满意率, narrow) = satisfied ÷ valid votes.
 *
 * A value is `null` when the denominator is 0 (no milestone judged, no valid vote).
 * @example
 * ```ts
 * import { KEY_ITEM_METRICS } from 'renda';
 *
 * console.log(KEY_ITEM_METRICS.satisfactionRate.formula.en); // '(satisfied + basically satisfied) ÷ valid votes'
 * console.log(KEY_ITEM_METRICS.milestonesMet.numerator); // ['metOnTime']
 * ```
 * @category Metrics
 */
export const KEY_ITEM_METRICS: {
  readonly milestonesMet: KeyItemFigure<KeyItemMilestoneStatus>;
  readonly satisfactionRate: KeyItemFigure<SatisfactionGrade>;
  readonly narrowSatisfactionRate: KeyItemFigure<SatisfactionGrade>;
} = /* @__PURE__ */ Object.freeze({
  milestonesMet: Object.freeze({
    id: 'keyItemMilestonesMet',
    name: t('重点督办节点按期完成率', 'Key-item milestones met on time'),
    formula: t(
      '按期完成的节点数 ÷（已完成的节点数 + 逾期未完成的节点数）',
      'milestones met on time ÷ (milestones met + milestones overdue)',
    ),
    unit: 'milestone' as const,
    numerator: list<KeyItemMilestoneStatus>('metOnTime'),
    denominator: list<KeyItemMilestoneStatus>('metOnTime', 'metLate', 'overdue'),
    sentence: t(
      '重点督办节点已完成或到期{denominator}个，按期完成{numerator}个，节点按期完成率{percent}',
      '{numerator} of the {denominator} key-item milestones met or due were met on time ({percent})',
    ),
  }),
  satisfactionRate: Object.freeze({
    id: 'keyItemVoteSatisfactionRate',
    name: t('满意率（含基本满意）', 'Satisfaction rate (broad)'),
    formula: t('（满意 + 基本满意）÷ 有效票数', '(satisfied + basically satisfied) ÷ valid votes'),
    unit: 'vote' as const,
    numerator: list<SatisfactionGrade>('satisfied', 'basicallySatisfied'),
    denominator: list<SatisfactionGrade>('satisfied', 'basicallySatisfied', 'dissatisfied'),
    sentence: t(
      '「{item}」测评有效票{denominator}张，满意和基本满意{numerator}张，满意率{percent}',
      '{item}: {numerator} of {denominator} valid votes satisfied or basically satisfied, a satisfaction rate of {percent}',
    ),
  }),
  narrowSatisfactionRate: Object.freeze({
    id: 'keyItemVoteNarrowSatisfactionRate',
    name: t('满意率（仅满意）', 'Satisfaction rate (narrow)'),
    formula: t('满意 ÷ 有效票数', 'satisfied ÷ valid votes'),
    unit: 'vote' as const,
    numerator: list<SatisfactionGrade>('satisfied'),
    denominator: list<SatisfactionGrade>('satisfied', 'basicallySatisfied', 'dissatisfied'),
    sentence: t(
      '「{item}」测评满意票{numerator}张，占有效票的{percent}',
      '{item}: {numerator} of {denominator} valid votes satisfied ({percent})',
    ),
  }),
});
