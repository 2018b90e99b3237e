import type { BilingualText } from '../../model/shared/localized.js';
import type { MetricUnit } from '../../stats/defineMetric.js';
import {
  DUTY_EXCLUSIONS,
  DUTY_FACTS,
  type DutyFact,
  FORM_EXCLUSIONS,
  FORM_FACTS,
  type FormFact,
  ITEM_EXCLUSIONS,
  ITEM_FACTS,
  type ItemFact,
} from './facts.js';

/**
 * What kind of figure a dashboard metric is (指标类型): a rate, counts per category, a
 * distribution of days, a list of items, or figures per round.
 *
 * @example
 * ```ts
 * import type { SuggestionMetricKind } from 'renda';
 *
 * const kind: SuggestionMetricKind = 'rate';
 * ```
 * @category Metrics
 */
export type SuggestionMetricKind = 'rate' | 'counts' | 'distribution' | 'list' | 'perRound';

/**
 * The counting rule of a rate figure, as data (比率的计数规则): which units it reads and which
 * facts its denominator and numerator require. A unit is an item (件, over {@link ITEM_FACTS}), an
 * evaluation form (over {@link FORM_FACTS}), or a duty a unit owes with a deadline (over
 * {@link DUTY_FACTS}): an assisting input (协办意见, 件次) or a follow-up duty (跟踪办理). The units counted are those not excluded (the
 * exclusion facts, first match wins) that have every `population` fact; a reply unit is one
 * answering unit's reply (件次) of an item, with the item's facts; the denominator counts
 * those that also have every `denominator` fact, the numerator those that also have every
 * `numerator` fact.
 *
 * @example
 * ```ts
 * import type { SuggestionRateRule } from 'renda';
 *
 * const feedback: SuggestionRateRule = {
 *   unit: 'item',
 *   population: [],
 *   denominator: ['replied'],
 *   numerator: ['formReturned'],
 * };
 * ```
 * @category Metrics
 */
export type SuggestionRateRule =
  | {
      /** Items (件), or replies (件次: each answering unit's reply, with its item's facts). */
      readonly unit: 'item' | 'reply';
      readonly population: readonly ItemFact[];
      readonly denominator: readonly ItemFact[];
      readonly numerator: readonly ItemFact[];
    }
  | {
      readonly unit: 'evaluation';
      readonly population: readonly FormFact[];
      readonly denominator: readonly FormFact[];
      readonly numerator: readonly FormFact[];
    }
  | {
      /** Assisting inputs (协办意见, one per assisting unit and round) or follow-up duties (跟踪办理). */
      readonly unit: DutyUnit;
      readonly population: readonly DutyFact[];
      readonly denominator: readonly DutyFact[];
      readonly numerator: readonly DutyFact[];
    };

/**
 * A counted unit that is a duty owed with a deadline (办理义务): an assisting unit's input to the
 * lead unit (协办意见, 件次) or a follow-up duty (跟踪办理义务).
 *
 * @example
 * ```ts
 * import type { DutyUnit } from 'renda';
 *
 * const unit: DutyUnit = 'assistingInput';
 * ```
 * @category Metrics
 */
export type DutyUnit = 'assistingInput' | 'followUp';

/**
 * The counting rule of a counts figure over duties, as data (义务计数规则): which duties it reads
 * and the facts it counts, each count the number of duties (not excluded) with that fact, in
 * total and by the unit that owes them.
 *
 * @example
 * ```ts
 * import { SUGGESTION_METRICS, type SuggestionDutyTally } from 'renda';
 *
 * const tally: SuggestionDutyTally | undefined = SUGGESTION_METRICS.followUps.tally;
 * console.log(tally?.facts); // ['done', 'onTime', 'late', 'open', 'overdue', 'due']
 * ```
 * @category Metrics
 */
export interface SuggestionDutyTally {
  /** The duties counted. */
  readonly unit: DutyUnit;
  /** The facts counted, one count each. */
  readonly facts: readonly DutyFact[];
}

/**
 * The declarative definition of one figure of the suggestion dashboard (建议办理指标定义): id,
 * version, names, formula, counted unit, exclusions with reasons, time basis and the report line
 * it answers.
 *
 * @example
 * ```ts
 * import { SUGGESTION_METRICS, type SuggestionMetricDescriptor } from 'renda';
 *
 * const d: SuggestionMetricDescriptor = SUGGESTION_METRICS.replyRate;
 * console.log(d.name['zh-Hans'], d.unit); // '办复率' 'item'
 * ```
 * @category Metrics
 */
export interface SuggestionMetricDescriptor {
  /** Stable id, e.g. `replyRate`. */
  readonly id: string;
  /** Bumped whenever the meaning changes. */
  readonly version: number;
  /** What kind of figure it is. */
  readonly kind: SuggestionMetricKind;
  /** The Chinese and English name. */
  readonly name: BilingualText;
  /** The formula in words. */
  readonly formula: BilingualText;
  /** What one counted unit is: items (件), replies (件次) or evaluation forms. */
  readonly unit: MetricUnit;
  /** Units left out of numerator and denominator, first matching reason wins, with why. */
  readonly exclusions: readonly { readonly reason: string; readonly label: BilingualText }[];
  /** The time basis in words. */
  readonly timeBasis: string;
  /** The line of a published report it answers, e.g. '代表满意率95%以上'. */
  readonly reportLine: BilingualText;
  /**
   * The report sentence (报告语句) with placeholders the figures fill: `{n}` (units counted),
   * `{numerator}`, `{denominator}` and `{percent}` (the publisher's rounding). Rates and the
   * state counts have one; `reportSentences` fills them.
   */
  readonly sentence?: BilingualText;
  /** For a rate: its counting rule over the facts; absent for other kinds. */
  readonly rule?: SuggestionRateRule;
  /** For counts of duties (assisting inputs, follow-ups): the facts counted. */
  readonly tally?: SuggestionDutyTally;
  /**
   * For a final satisfaction rate: its rule and formula when the policy's `satisfactionBase`
   * (满意率分母) is `items` or `replies` rather than `forms` (then `rule` applies).
   */
  readonly byBase?: {
    readonly [B in 'items' | 'replies']: {
      readonly rule: SuggestionRateRule;
      readonly formula: BilingualText;
    };
  };
}

const t = (zh: string, en: string): BilingualText => Object.freeze({ 'zh-Hans': zh, en });

// The exclusion reasons, in the order the first match wins, each labelled by its fact's name:
// both lists are the facts' own (facts.ts), not restated here.
const exclusionsOf = <K extends string>(
  reasons: readonly K[],
  names: Readonly<Record<K, BilingualText>>,
): SuggestionMetricDescriptor['exclusions'] =>
  Object.freeze(reasons.map((reason) => Object.freeze({ reason, label: names[reason] })));

const ITEM_EXCLUSION_RULES = /* @__PURE__ */ exclusionsOf(ITEM_EXCLUSIONS, ITEM_FACTS);
const FORM_EXCLUSION_RULES = /* @__PURE__ */ exclusionsOf(FORM_EXCLUSIONS, FORM_FACTS);
const DUTY_EXCLUSION_RULES = /* @__PURE__ */ exclusionsOf(DUTY_EXCLUSIONS, DUTY_FACTS);

const BY_ASSIGNMENT = 'items as they stand at asOf; group periods by the day of assignment';
const BY_EVALUATION = 'evaluation forms as they stand at asOf';
const BY_DUTY = 'duties as they stand at asOf; group periods by the day of assignment';

/** The facts a duty tally counts. */
const TALLIED: readonly DutyFact[] = Object.freeze([
  'done',
  'onTime',
  'late',
  'open',
  'overdue',
  'due',
]);

function metric(
  id: string,
  kind: SuggestionMetricKind,
  unit: MetricUnit,
  name: BilingualText,
  formula: BilingualText,
  reportLine: BilingualText,
  exclusions: SuggestionMetricDescriptor['exclusions'] = ITEM_EXCLUSION_RULES,
  timeBasis = BY_ASSIGNMENT,
): SuggestionMetricDescriptor {
  return Object.freeze({
    id,
    version: 1,
    kind,
    name,
    formula,
    unit,
    exclusions,
    timeBasis,
    reportLine,
  });
}

/** A descriptor with its report sentence, written beside the rest of its words. */
const said = (d: SuggestionMetricDescriptor, sentence: BilingualText): SuggestionMetricDescriptor =>
  Object.freeze({ ...d, sentence });

/** An item rate: its denominator and numerator facts. */
function itemRate(
  id: string,
  name: BilingualText,
  formula: BilingualText,
  reportLine: BilingualText,
  denominator: readonly ItemFact[],
  numerator: readonly ItemFact[],
): SuggestionMetricDescriptor {
  const rule: SuggestionRateRule = Object.freeze({
    unit: 'item',
    population: Object.freeze([]),
    denominator: Object.freeze([...denominator]),
    numerator: Object.freeze([...numerator]),
  });
  return Object.freeze({ ...metric(id, 'rate', 'item', name, formula, reportLine), rule });
}

/**
 * A final satisfaction rate over items and over replies (件次): the same facts of the item, its
 * counted final forms read as one verdict.
 */
function withBases(
  d: SuggestionMetricDescriptor,
  denominator: readonly ItemFact[],
  numerator: readonly ItemFact[],
  itemsFormula: BilingualText,
  repliesFormula: BilingualText,
): SuggestionMetricDescriptor {
  const rule = (unit: 'item' | 'reply'): SuggestionRateRule =>
    Object.freeze({
      unit,
      population: Object.freeze([]),
      denominator: Object.freeze([...denominator]),
      numerator: Object.freeze([...numerator]),
    });
  return Object.freeze({
    ...d,
    byBase: Object.freeze({
      items: Object.freeze({ rule: rule('item'), formula: itemsFormula }),
      replies: Object.freeze({ rule: rule('reply'), formula: repliesFormula }),
    }),
  });
}

/** A rate over evaluation forms: the forms it reads, its denominator and numerator facts. */
function formRate(
  id: string,
  name: BilingualText,
  formula: BilingualText,
  reportLine: BilingualText,
  population: readonly FormFact[],
  denominator: readonly FormFact[],
  numerator: readonly FormFact[],
): SuggestionMetricDescriptor {
  const rule: SuggestionRateRule = Object.freeze({
    unit: 'evaluation',
    population: Object.freeze([...population]),
    denominator: Object.freeze([...denominator]),
    numerator: Object.freeze([...numerator]),
  });
  const base = metric(
    id,
    'rate',
    'evaluation',
    name,
    formula,
    reportLine,
    FORM_EXCLUSION_RULES,
    BY_EVALUATION,
  );
  return Object.freeze({ ...base, rule });
}

/** An on-time rate over duties: done on time ÷ due (done, or owed past the due day). */
function dutyRate(
  id: string,
  unit: DutyUnit,
  name: BilingualText,
  formula: BilingualText,
  reportLine: BilingualText,
): SuggestionMetricDescriptor {
  const rule: SuggestionRateRule = Object.freeze({
    unit,
    population: Object.freeze([]),
    denominator: Object.freeze(['due'] as DutyFact[]),
    numerator: Object.freeze(['onTime'] as DutyFact[]),
  });
  const base = metric(id, 'rate', unit, name, formula, reportLine, DUTY_EXCLUSION_RULES, BY_DUTY);
  return Object.freeze({ ...base, rule });
}

/** Counts of duties with each tallied fact, in total and by the unit that owes them. */
function dutyCounts(
  id: string,
  unit: DutyUnit,
  name: BilingualText,
  formula: BilingualText,
  reportLine: BilingualText,
): SuggestionMetricDescriptor {
  const tally: SuggestionDutyTally = Object.freeze({ unit, facts: TALLIED });
  const base = metric(id, 'counts', unit, name, formula, reportLine, DUTY_EXCLUSION_RULES, BY_DUTY);
  return Object.freeze({ ...base, tally });
}

/**
 * Every figure of the suggestion dashboard as data (建议办理统计指标): one declarative definition per
 * figure, which drives {@link suggestionStats}, the generic {@link aggregate} path
 * ({@link suggestionMetricDefinitions}) and the docs table, so the numbers cannot drift apart.
 *
 * @remarks
 * Item rates (unit 件) leave out withdrawn, merged, not-registered and not-yet-assigned items.
 * Evaluation rates (unit: forms) count each counted deputy's latest form (final) or the round-1
 * form (初次), leaving out forms of excluded items and, under `leadOnly`, co-signers' forms.
 * Rates: replyRate, onTimeReplyRate, closureRate, faceToFaceRate, feedbackRate,
 * solvedOrPlannedRate, adoptionRate, reHandlingRate, keyItemReplyRate, satisfactionRate,
 * narrowSatisfactionRate, basicSatisfactionRate, firstRoundSatisfactionRate,
 * firstRoundNarrowSatisfactionRate, keyItemSatisfactionRate, attitudeSatisfactionRate,
 * assistingInputOnTimeRate, followUpOnTimeRate. Other figures: stateCounts, outcomeClasses,
 * outcomeClassReplies, timeToReply, overdue, lateAssignment, rounds, assistingInputs, followUps.
 * Duty figures (协办意见, 跟踪办理) count duties (件次), each under the unit that owes it in
 * `byUnit`. See the table in the Metrics guide.
 *
 * @example
 * ```ts
 * import { SUGGESTION_METRICS } from 'renda';
 *
 * const m = SUGGESTION_METRICS.satisfactionRate;
 * console.log(m.formula.en); // '(satisfied + basically satisfied) ÷ final forms returned'
 * console.log(m.exclusions.map((e) => e.reason)); // ['itemExcluded', 'coSigner']
 * ```
 * @category Metrics
 */
export const SUGGESTION_METRICS = /* @__PURE__ */ Object.freeze({
  stateCounts: said(
    metric(
      'stateCounts',
      'counts',
      'item',
      t('建议状态分布', 'Items by state'),
      t('各状态件数；另按未结/已答复/已结三类归并', 'items per state, and per open/replied/closed'),
      t('共收到代表建议N件', 'N suggestions received'),
      [],
    ),
    t('共收到代表建议{n}件', '{n} suggestions received'),
  ),
  replyRate: said(
    itemRate(
      'replyRate',
      t('办复率', 'Reply rate'),
      t('已办复件数 ÷ 交办件数', 'items replied ÷ items assigned'),
      t('288件建议全部办复', 'all 288 items answered'),
      [],
      ['replied'],
    ),
    t(
      '交办建议{denominator}件，已办复{numerator}件，办复率{percent}',
      '{numerator} of the {denominator} items assigned answered, a reply rate of {percent}',
    ),
  ),
  onTimeReplyRate: said(
    itemRate(
      'onTimeReplyRate',
      t('按期办复率', 'On-time reply rate'),
      t(
        '按期办复件数 ÷ 交办件数（取答复时固化的按期结论）',
        'items replied on time ÷ items assigned (the on-time verdict frozen on the reply)',
      ),
      t('按期办复率100%', 'all answered within the deadline'),
      [],
      ['replied', 'onTime'],
    ),
    t(
      '按期办复{numerator}件，按期办复率{percent}',
      '{numerator} of {denominator} items answered within the deadline, an on-time reply rate of {percent}',
    ),
  ),
  closureRate: said(
    itemRate(
      'closureRate',
      t('办结率', 'Closure rate'),
      t('已办结件数 ÷ 交办件数', 'items closed ÷ items assigned'),
      t('办结率98%', 'closure rate 98%'),
      [],
      ['closed'],
    ),
    t(
      '已办结{numerator}件，办结率{percent}',
      '{numerator} of {denominator} items closed, a closure rate of {percent}',
    ),
  ),
  faceToFaceRate: said(
    itemRate(
      'faceToFaceRate',
      t('见面率（面商率）', 'Face-to-face rate'),
      t(
        '有面商或见面答复的已办复件数 ÷ 已办复件数',
        'replied items with a face-to-face consultation or reply ÷ items replied',
      ),
      t('见面率100%', 'met every deputy in person'),
      ['replied'],
      ['faceToFace'],
    ),
    t(
      '见面答复或面商{numerator}件，见面率{percent}',
      'deputies met in person on {numerator} of {denominator} items answered ({percent})',
    ),
  ),
  feedbackRate: said(
    itemRate(
      'feedbackRate',
      t('征询意见表回收率', 'Feedback rate'),
      t(
        '收回至少一份计入口径的征询意见表的已办复件数 ÷ 已办复件数',
        'replied items with at least one counted form returned ÷ items replied',
      ),
      t('征询意见表回收率81.4%', 'feedback forms returned for 81.4% of items'),
      ['replied'],
      ['formReturned'],
    ),
    t(
      '收回征询意见表的{numerator}件，征询意见表回收率{percent}',
      'feedback forms returned for {numerator} of {denominator} items answered ({percent})',
    ),
  ),
  solvedOrPlannedRate: said(
    itemRate(
      'solvedOrPlannedRate',
      t('解决或计划逐步解决比例', 'Solved or planned'),
      t(
        '答复类别计入“解决或计划解决”的已办复件数 ÷ 已办复件数',
        'replied items whose class counts as solved or planned ÷ items replied',
      ),
      t('所提问题得到解决或计划逐步解决的占72.2%', '72.2% solved or planned'),
      ['replied'],
      ['solvedOrPlanned'],
    ),
    t(
      '所提问题得到解决或计划逐步解决的{numerator}件，占{percent}',
      '{numerator} of {denominator} items solved or planned ({percent})',
    ),
  ),
  adoptionRate: said(
    itemRate(
      'adoptionRate',
      t('采纳率（解决吸纳率）', 'Adoption rate'),
      t(
        '答复类别计入“采纳”的已办复件数 ÷ 已办复件数',
        'replied items whose class counts as adopted ÷ items replied',
      ),
      t('解决吸纳率84.7%', '84.7% adopted or solved'),
      ['replied'],
      ['adopted'],
    ),
    t(
      '解决采纳{numerator}件，解决吸纳率{percent}',
      '{numerator} of {denominator} items adopted or solved ({percent})',
    ),
  ),
  reHandlingRate: said(
    itemRate(
      'reHandlingRate',
      t('重办率', 'Re-handling rate'),
      t(
        '经过至少一次重新办理的已办复件数 ÷ 已办复件数',
        'replied items re-handled at least once ÷ items replied',
      ),
      t('对不满意的N件重新办理', 'N items re-handled after dissatisfaction'),
      ['replied'],
      ['reHandled'],
    ),
    t(
      '重新办理{numerator}件，重办率{percent}',
      '{numerator} of {denominator} items handled again, a re-handling rate of {percent}',
    ),
  ),
  keyItemReplyRate: said(
    itemRate(
      'keyItemReplyRate',
      t('重点督办建议办复率', 'Key-item reply rate'),
      t('已办复的重点督办件数 ÷ 重点督办件数', 'key items replied ÷ key items assigned'),
      t('重点督办建议全部办复', 'every key item answered'),
      ['keyItem'],
      ['replied'],
    ),
    t(
      '重点督办建议{denominator}件，已办复{numerator}件，办复率{percent}',
      '{numerator} of the {denominator} key items answered ({percent})',
    ),
  ),
  satisfactionRate: said(
    withBases(
      formRate(
        'satisfactionRate',
        t('满意率（含基本满意）', 'Satisfaction rate (broad)'),
        t(
          '（满意 + 基本满意）÷ 收回的最终评价表',
          '(satisfied + basically satisfied) ÷ final forms returned',
        ),
        t('代表满意率95%以上', 'deputies’ satisfaction above 95%'),
        ['final'],
        [],
        ['broad'],
      ),
      ['replied'],
      ['satisfied'],
      t(
        '满意（含基本满意）的已办复件数 ÷ 已办复件数',
        'replied items whose counted final forms are all satisfied or basically satisfied ÷ items replied',
      ),
      t(
        '满意（含基本满意）件的答复件次 ÷ 已办复件的答复件次',
        'replies (件次) of items satisfied (broad) ÷ replies of items replied',
      ),
    ),
    t(
      '代表对办理结果满意和基本满意的占{percent}（{numerator}/{denominator}）',
      'deputies satisfied or basically satisfied with {percent} ({numerator} of {denominator})',
    ),
  ),
  narrowSatisfactionRate: said(
    withBases(
      formRate(
        'narrowSatisfactionRate',
        t('满意率（仅满意）', 'Satisfaction rate (narrow)'),
        t('满意 ÷ 收回的最终评价表', 'satisfied ÷ final forms returned'),
        t('满意690件，占91.4%', '690 satisfied, 91.4%'),
        ['final'],
        [],
        ['satisfied'],
      ),
      ['replied'],
      ['fullySatisfied'],
      t(
        '满意的已办复件数 ÷ 已办复件数',
        'replied items whose counted final forms are all satisfied ÷ items replied',
      ),
      t(
        '满意件的答复件次 ÷ 已办复件的答复件次',
        'replies of items satisfied (narrow) ÷ replies of items replied',
      ),
    ),
    t(
      '代表表示满意的占{percent}（{numerator}/{denominator}）',
      'deputies satisfied with {percent} ({numerator} of {denominator})',
    ),
  ),
  basicSatisfactionRate: said(
    withBases(
      formRate(
        'basicSatisfactionRate',
        t('基本满意率', 'Basically satisfied rate'),
        t('基本满意 ÷ 收回的最终评价表', 'basically satisfied ÷ final forms returned'),
        t('基本满意65件，占8.6%', '65 basically satisfied, 8.6%'),
        ['final'],
        [],
        ['basicallySatisfied'],
      ),
      ['replied'],
      ['basicallySatisfied'],
      t('基本满意的已办复件数 ÷ 已办复件数', 'replied items basically satisfied ÷ items replied'),
      t(
        '基本满意件的答复件次 ÷ 已办复件的答复件次',
        'replies of items basically satisfied ÷ replies of items replied',
      ),
    ),
    t(
      '代表表示基本满意的占{percent}（{numerator}/{denominator}）',
      'deputies basically satisfied with {percent} ({numerator} of {denominator})',
    ),
  ),
  firstRoundSatisfactionRate: said(
    formRate(
      'firstRoundSatisfactionRate',
      t('初次满意率', 'First-round satisfaction rate'),
      t(
        '第一轮（满意 + 基本满意）÷ 第一轮收回的评价表',
        'round-1 (satisfied + basically satisfied) ÷ round-1 forms returned',
      ),
      t('首次办理满意率', 'satisfaction at the first handling'),
      ['firstRound'],
      [],
      ['broad'],
    ),
    t(
      '首次办理满意和基本满意{numerator}件，初次满意率{percent}',
      '{numerator} of {denominator} satisfied or basically satisfied at the first handling ({percent})',
    ),
  ),
  attitudeSatisfactionRate: said(
    formRate(
      'attitudeSatisfactionRate',
      t('办理态度满意率', 'Attitude satisfaction rate'),
      t(
        '办理态度（满意 + 基本满意）÷ 评价了办理态度的最终评价表',
        'attitude (satisfied + basically satisfied) ÷ final forms that grade the attitude',
      ),
      t('对办理态度满意或基本满意的占N%', 'N% satisfied with the handling attitude'),
      ['final'],
      ['attitudeGraded'],
      ['attitudeBroad'],
    ),
    t(
      '对办理态度满意或基本满意的占{percent}（{numerator}/{denominator}）',
      '{percent} satisfied with the handling attitude ({numerator} of {denominator})',
    ),
  ),
  firstRoundNarrowSatisfactionRate: said(
    formRate(
      'firstRoundNarrowSatisfactionRate',
      t('初次满意率（仅满意）', 'First-round narrow satisfaction'),
      t('第一轮满意 ÷ 第一轮收回的评价表', 'round-1 satisfied ÷ round-1 forms returned'),
      t('首次办理满意N件，占N%', 'N satisfied at the first handling, N%'),
      ['firstRound'],
      [],
      ['satisfied'],
    ),
    t(
      '首次办理满意{numerator}件，占{percent}',
      '{numerator} of {denominator} satisfied at the first handling ({percent})',
    ),
  ),
  keyItemSatisfactionRate: said(
    withBases(
      formRate(
        'keyItemSatisfactionRate',
        t('重点督办建议满意率', 'Key-item satisfaction rate'),
        t(
          '重点督办件（满意 + 基本满意）÷ 重点督办件收回的最终评价表',
          'key items’ (satisfied + basically satisfied) ÷ their final forms',
        ),
        t('重点督办建议代表满意率100%', 'all deputies satisfied with key items'),
        ['final'],
        ['keyItem'],
        ['broad'],
      ),
      ['replied', 'keyItem'],
      ['satisfied'],
      t(
        '满意（含基本满意）的已办复重点督办件数 ÷ 已办复重点督办件数',
        'replied key items satisfied (broad) ÷ key items replied',
      ),
      t(
        '满意（含基本满意）重点督办件的答复件次 ÷ 已办复重点督办件的答复件次',
        'replies of key items satisfied (broad) ÷ replies of key items replied',
      ),
    ),
    t(
      '代表对重点督办建议满意和基本满意的占{percent}（{numerator}/{denominator}）',
      'deputies satisfied or basically satisfied with {percent} of key items ({numerator} of {denominator})',
    ),
  ),
  assistingInputOnTimeRate: said(
    dutyRate(
      'assistingInputOnTimeRate',
      'assistingInput',
      t('协办意见按期率', 'Assisting input on-time rate'),
      t(
        '按期提交的协办意见件次 ÷ 到期的协办意见件次（已提交的，加上办理中本轮欠交且统计日已过期限的；未到期的欠交意见不计入）',
        'assisting inputs sent on time ÷ assisting inputs due (every input sent, plus those still owed this round past their due day as of asOf; an owed input not yet due is not counted)',
      ),
      t('协办单位按期提交书面意见的占N%', 'N% of assisting inputs on time'),
    ),
    t(
      '按期提交协办意见{numerator}件次，按期率{percent}',
      '{numerator} of {denominator} assisting inputs sent on time ({percent})',
    ),
  ),
  followUpOnTimeRate: said(
    dutyRate(
      'followUpOnTimeRate',
      'followUp',
      t('跟踪办理按期率', 'Follow-up on-time rate'),
      t(
        '按期履行的跟踪办理义务 ÷ 到期的跟踪办理义务（已履行的，加上未履行且统计日已过期限的）',
        'follow-up duties discharged on time ÷ follow-up duties due (every one discharged, plus those open past their due day as of asOf)',
      ),
      t('跟踪办理事项按期答复的占N%', 'N% of follow-ups answered on time'),
    ),
    t(
      '跟踪办理事项按期答复{numerator}件，占{percent}',
      '{numerator} of {denominator} follow-ups answered on time ({percent})',
    ),
  ),
  outcomeClasses: metric(
    'outcomeClasses',
    'counts',
    'item',
    t('答复类别分布（按件）', 'Outcome classes (items)'),
    t(
      '各类别已办复件数（主办单位最近一次非跟踪答复的类别）及占比',
      'replied items per class of the reporting unit’s latest non-follow-up reply, and shares',
    ),
    t('A类536件，占12.5%', 'A: 536 items, 12.5%'),
  ),
  topics: metric(
    'topics',
    'counts',
    'item',
    t('内容分类分布', 'Items by topic'),
    t(
      '各内容分类件数（未分类记为 (none)）及占比，按规则的占比舍入方式',
      'items per topic ((none) when unclassified), and shares with the publisher’s rounding',
    ),
    t('经济发展类61件，占26.2%', 'economy: 61 items, 26.2%'),
    [],
  ),
  outcomeClassReplies: metric(
    'outcomeClassReplies',
    'counts',
    'reply',
    t('答复类别分布（按件次）', 'Outcome classes (replies)'),
    t(
      '各须答复单位最近一次非跟踪答复的类别件次',
      'replies per class: each answering unit’s latest non-follow-up reply',
    ),
    t('共答复1103件次', '1,103 replies'),
  ),
  timeToReply: metric(
    'timeToReply',
    'distribution',
    'item',
    t('办复用时（天）', 'Days to reply'),
    t(
      '交办日至答复日的自然日数（按规则时区）：中位数、P90、均值、n',
      'calendar days from assignment to reply in the policy’s zone: median, p90, mean, n',
    ),
    t('平均办理用时N天', 'handled in N days on average'),
  ),
  overdue: metric(
    'overdue',
    'list',
    'item',
    t('逾期未复建议', 'Overdue items'),
    t(
      '截止日早于统计日且欠复单位尚未答复的未办结件，及逾期天数',
      'open items whose binding deadline is before asOf’s day with no reply from the owing unit, with days late',
    ),
    t('逾期未复N件', 'N items overdue'),
  ),
  lateAssignment: metric(
    'lateAssignment',
    'list',
    'item',
    t('交办超期建议', 'Items late to assign'),
    t(
      '闭会期间建议中，首次交办日晚于「收到日 + 交办期限」（policy.deadlines.assign，默认5个工作日）或至统计日仍未交办且已过该期限的件数，及超期天数',
      'between-sessions items first assigned after receipt + policy.deadlines.assign (5 working days by default), or still unassigned past it on asOf’s day, with days late',
    ),
    t('交办超期N件', 'N items assigned late'),
    [],
  ),
  rounds: metric(
    'rounds',
    'perRound',
    'reply',
    t('分轮次统计', 'Figures per round'),
    t(
      '每一办理轮次的答复件次、评价表数与满意率',
      'per handling round: replies, counted forms, satisfaction',
    ),
    t('重新办理后满意', 'satisfied after re-handling'),
  ),
  assistingInputs: dutyCounts(
    'assistingInputs',
    'assistingInput',
    t('协办意见提交情况', 'Assisting inputs'),
    t(
      '协办意见件次：已提交（其中按期、逾期）、办理中本轮欠交（其中已过期限）、到期；合计并按协办单位分列',
      'assisting inputs (件次): sent (on time, late), still owed this round while in handling (past due), due; in total and by assisting unit',
    ),
    t('协办意见逾期N件次', 'N assisting inputs late'),
  ),
  followUps: dutyCounts(
    'followUps',
    'followUp',
    t('跟踪办理情况', 'Follow-up duties'),
    t(
      '跟踪办理义务件次：已履行（其中按期、逾期）、未履行（其中已过期限）、到期；合计并按承办单位分列',
      'follow-up duties: discharged (on time, late), open (past due), due; in total and by the unit that owes them',
    ),
    t('跟踪办理未按期答复N件', 'N follow-ups overdue'),
  ),
});

/**
 * The id of a figure of {@link SUGGESTION_METRICS}.
 *
 * @example
 * ```ts
 * import type { SuggestionMetricId } from 'renda';
 *
 * const id: SuggestionMetricId = 'onTimeReplyRate';
 * ```
 * @category Metrics
 */
export type SuggestionMetricId = keyof typeof SUGGESTION_METRICS;

/**
 * The ids of the rate figures of {@link SUGGESTION_METRICS} (比率指标).
 *
 * @example
 * ```ts
 * import { SUGGESTION_RATE_IDS } from 'renda';
 *
 * console.log(SUGGESTION_RATE_IDS[0]); // 'replyRate'
 * ```
 * @category Metrics
 */
export const SUGGESTION_RATE_IDS = [
  'replyRate',
  'onTimeReplyRate',
  'closureRate',
  'faceToFaceRate',
  'feedbackRate',
  'solvedOrPlannedRate',
  'adoptionRate',
  'reHandlingRate',
  'keyItemReplyRate',
  'satisfactionRate',
  'narrowSatisfactionRate',
  'basicSatisfactionRate',
  'firstRoundSatisfactionRate',
  'firstRoundNarrowSatisfactionRate',
  'keyItemSatisfactionRate',
  'attitudeSatisfactionRate',
  'assistingInputOnTimeRate',
  'followUpOnTimeRate',
] as const;

/**
 * One of {@link SUGGESTION_RATE_IDS}.
 *
 * @example
 * ```ts
 * import type { SuggestionRateId } from 'renda';
 *
 * const id: SuggestionRateId = 'satisfactionRate';
 * ```
 * @category Metrics
 */
export type SuggestionRateId = (typeof SUGGESTION_RATE_IDS)[number];
