import type { DeadlineRule } from '../../model/shared/deadline.js';
import type { BilingualText } from '../../model/shared/localized.js';
import type { MetricPeriod, MetricResult, MetricUnit } from '../../stats/defineMetric.js';
import type { HistogramResult } from '../../stats/histogramAccumulator.js';
import type { Rate } from '../../stats/rate.js';
import type { SharesResult } from '../../stats/shares.js';
import type { SuggestionRateId } from './suggestionMetrics.js';

/**
 * What every figure of the suggestion dashboard carries (指标结果标记): its definition id and
 * version, its name and unit, n, asOf and the period.
 *
 * @example
 * ```ts
 * import type { SuggestionFigure } from 'renda';
 *
 * const caption = (f: SuggestionFigure) => `${f.name['zh-Hans']} v${f.version} n=${f.n} (${f.asOf})`;
 * ```
 * @category Metrics
 */
export interface SuggestionFigure {
  /** The definition's id in {@link SUGGESTION_METRICS}. */
  readonly id: string;
  /** The definition's version. */
  readonly version: number;
  /** The name. */
  readonly name: BilingualText;
  /** What one counted unit is. */
  readonly unit: MetricUnit;
  /** How many units the figure counted. */
  readonly n: number;
  /** When the figures were taken. */
  readonly asOf: string;
  /** The period, when given. */
  readonly period?: MetricPeriod;
}

/**
 * A rate of the dashboard (建议办理比率): the {@link MetricResult} of its definition, stamped with
 * asOf and period.
 *
 * @example
 * ```ts
 * import type { SuggestionRate } from 'renda';
 *
 * const show = (r: SuggestionRate) => `${r.name['zh-Hans']} ${r.numerator}/${r.denominator}`;
 * ```
 * @category Metrics
 */
export type SuggestionRate = MetricResult & {
  readonly asOf: string;
  readonly period?: MetricPeriod;
};

/**
 * Items by state (建议状态分布), with the coarse open / replied / closed category and exclusions.
 *
 * @example
 * ```ts
 * import type { SuggestionStateCounts } from 'renda';
 *
 * const open = (f: SuggestionStateCounts) => f.byCategory.open;
 * ```
 * @category Metrics
 */
export interface SuggestionStateCounts extends SuggestionFigure {
  /** Items per state; the 11 standard states are always listed. */
  readonly byState: Readonly<Record<string, number>>;
  /**
   * Coarse category (Open311 style): open = draft … reHandling; replied = replied; closed = closed,
   * withdrawn, merged, notRegistered.
   */
  readonly byCategory: { readonly open: number; readonly replied: number; readonly closed: number };
  /** Items left out of the item rates, per reason. */
  readonly excluded: Readonly<Record<string, number>>;
  /** Items in the item rates (交办件数). */
  readonly assigned: number;
  /** Records skipped because their assignment day fell outside a date-range period. */
  readonly outsidePeriod: number;
}

/**
 * Replied items by outcome class (答复类别分布), with shares that follow the chosen rounding.
 *
 * @example
 * ```ts
 * import type { SuggestionOutcomeClasses } from 'renda';
 *
 * const a = (f: SuggestionOutcomeClasses) => f.shares.byKey.A?.printed;
 * ```
 * @category Metrics
 */
export interface SuggestionOutcomeClasses extends SuggestionFigure {
  /** Items per class code: the taxonomy's classes in order (0 included), then unknown codes. */
  readonly counts: Readonly<Record<string, number>>;
  /** Shares of `counts` in percent. */
  readonly shares: SharesResult;
}

/**
 * Items by topic (内容分类分布): every item counted (after the period filter), per `topic`, with
 * shares rounded as the options say (the publisher's convention).
 *
 * @example
 * ```ts
 * import type { SuggestionTopics } from 'renda';
 *
 * const largest = (t: SuggestionTopics) => t.shares.parts[0]?.key;
 * ```
 * @category Metrics
 */
export interface SuggestionTopics extends SuggestionFigure {
  /** Items per topic; `(none)` for items without one. */
  readonly counts: Readonly<Record<string, number>>;
  /** Shares of `counts` in percent. */
  readonly shares: SharesResult;
}

/**
 * Replies (件次) by outcome class (答复件次分布): a 分办 item answered by two units counts twice.
 *
 * @example
 * ```ts
 * import type { SuggestionOutcomeReplies } from 'renda';
 *
 * const total = (f: SuggestionOutcomeReplies) => f.n;
 * ```
 * @category Metrics
 */
export interface SuggestionOutcomeReplies extends SuggestionFigure {
  /** Replies per class code. */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * Days from assignment to reply (办复用时): the distribution with median, p90, mean and n.
 *
 * @example
 * ```ts
 * import type { SuggestionTimeToReply } from 'renda';
 *
 * const median = (f: SuggestionTimeToReply) => f.days.median;
 * ```
 * @category Metrics
 */
export interface SuggestionTimeToReply extends SuggestionFigure {
  /** The distribution of whole calendar days (see {@link histogramAccumulator}). */
  readonly days: HistogramResult;
}

/**
 * One overdue item (逾期件).
 *
 * @example
 * ```ts
 * import type { OverdueItem } from 'renda';
 *
 * const item: OverdueItem = { id: 'S-1', daysLate: 3, veryOverdue: false };
 * ```
 * @category Metrics
 */
export interface OverdueItem {
  /** The suggestion's id. */
  readonly id: string;
  /** Days past the binding deadline day, as of asOf's day (≥ 1). */
  readonly daysLate: number;
  /** More than the policy's `veryOverdueDays` late (严重逾期). */
  readonly veryOverdue: boolean;
}

/**
 * Overdue items (逾期未复): every open item past its binding deadline without the owing reply.
 *
 * @example
 * ```ts
 * import type { SuggestionOverdue } from 'renda';
 *
 * const worst = (f: SuggestionOverdue) => f.items[0]?.daysLate ?? 0;
 * ```
 * @category Metrics
 */
export interface SuggestionOverdue extends SuggestionFigure {
  /** How many are more than `veryOverdueDays` late. */
  readonly veryOverdue: number;
  /** The threshold from the policy. */
  readonly veryOverdueDays: number;
  /** The items, most days late first, then by id. Memory: O(overdue items). */
  readonly items: readonly OverdueItem[];
}

/**
 * One item late to assign (交办超期): assigned after its assignment deadline, or still waiting
 * for a unit past it.
 *
 * @example
 * ```ts
 * import type { LateAssignmentItem } from 'renda';
 *
 * const line = (i: LateAssignmentItem) => `${i.id}: ${i.daysLate} ${i.assigned ? 'late' : 'waiting'}`;
 * ```
 * @category Metrics
 */
export interface LateAssignmentItem {
  /** The suggestion's id. */
  readonly id: string;
  /** Calendar days past the assignment due day (≥ 1): to the first assignment's day, or to asOf's day while waiting. */
  readonly daysLate: number;
  /** `true` when it was assigned (late); `false` while it still waits for a unit. */
  readonly assigned: boolean;
}

/**
 * Items late to assign (交办超期): between-sessions items not assigned within
 * `policy.deadlines.assign` of receipt (5 working days by default).
 *
 * @example
 * ```ts
 * import type { SuggestionLateAssignment } from 'renda';
 *
 * const share = (f: SuggestionLateAssignment) => (f.judged === 0 ? null : f.n / f.judged);
 * ```
 * @category Metrics
 */
export interface SuggestionLateAssignment extends SuggestionFigure {
  /** Items the rule judged: received between sessions, not withdrawn, merged or refused. */
  readonly judged: number;
  /** Items the record cannot decide: no `submittedAt` and no `submit` history entry, or a day the calendar does not cover. */
  readonly undecided: number;
  /** How many of the late items still wait for a unit. */
  readonly waiting: number;
  /** The rule applied, read from the policy. */
  readonly rule: DeadlineRule;
  /** The items, most days late first, then by id. Memory: O(late items). */
  readonly items: readonly LateAssignmentItem[];
}

/**
 * Figures of one handling round (分轮次).
 *
 * @example
 * ```ts
 * import type { SuggestionRound } from 'renda';
 *
 * const second = (r: SuggestionRound) => r.round === 2;
 * ```
 * @category Metrics
 */
export interface SuggestionRound {
  /** 1 for the first handling, 2+ after re-handling. */
  readonly round: number;
  /** Non-follow-up replies (件次) given in this round. */
  readonly replies: number;
  /** Counted evaluation forms of this round. */
  readonly evaluations: number;
  /** (satisfied + basically satisfied) ÷ counted forms of this round. */
  readonly satisfaction: Rate;
}

/**
 * Figures per handling round (分轮次统计).
 *
 * @example
 * ```ts
 * import type { SuggestionRounds } from 'renda';
 *
 * const rounds = (f: SuggestionRounds) => f.rounds.length;
 * ```
 * @category Metrics
 */
export interface SuggestionRounds extends SuggestionFigure {
  /** Rounds 1, 2, … up to the highest seen. */
  readonly rounds: readonly SuggestionRound[];
}

/**
 * Counts of duties owed with a deadline (义务件次计数): assisting inputs (协办意见) or follow-up
 * duties (跟踪办理), by what became of them as of `asOf`.
 *
 * @example
 * ```ts
 * import { rate, type SuggestionDutyCounts } from 'renda';
 *
 * // 协办意见按期率 of one assisting unit: on time ÷ due.
 * const onTimeRate = (c: SuggestionDutyCounts) => rate(c.onTime, c.due);
 * ```
 * @category Metrics
 */
export interface SuggestionDutyCounts {
  /** Done: inputs sent (any round), follow-up duties discharged. */
  readonly done: number;
  /** Done on time (the verdict frozen when done). */
  readonly onTime: number;
  /** Done late. */
  readonly late: number;
  /** Still owed: inputs not sent this round while the item is in handling, duties not discharged. */
  readonly open: number;
  /** Still owed and past the due day as of asOf's day (逾期未履行). */
  readonly overdue: number;
  /** Due: done, or owed past the due day (the on-time rate's denominator). */
  readonly due: number;
}

/**
 * A duty figure of the dashboard: assisting inputs (协办意见提交情况) or follow-up duties
 * (跟踪办理情况), counted in 件次, in total and by the unit that owes each (the assisting unit; the
 * unit of the follow-up duty), whatever the grouping of the items.
 *
 * @example
 * ```ts
 * import type { SuggestionDuties } from 'renda';
 *
 * const lateUnits = (f: SuggestionDuties) =>
 *   Object.entries(f.byUnit).filter(([, c]) => c.late + c.overdue > 0).map(([unitId]) => unitId);
 * ```
 * @category Metrics
 */
export interface SuggestionDuties extends SuggestionFigure {
  /** The counts over every duty counted (`n` = done + open). */
  readonly counts: SuggestionDutyCounts;
  /** Duties left out because their item is (`itemExcluded`). */
  readonly excluded: Readonly<Record<string, number>>;
  /** The counts by the unit that owes the duty, units in code-unit order. */
  readonly byUnit: Readonly<Record<string, SuggestionDutyCounts>>;
}

/**
 * The whole suggestion dashboard for one set of records (建议办理统计): every figure of
 * {@link SUGGESTION_METRICS}, each stamped with its id, version, asOf, period and n.
 *
 * @example
 * ```ts
 * import type { SuggestionStats } from 'renda';
 *
 * const headline = (s: SuggestionStats) => s.rates.replyRate.value;
 * ```
 * @category Metrics
 */
export interface SuggestionStats {
  /** `suggestionStats`, the fused accumulator's id. */
  readonly id: string;
  /** The fused accumulator's version. */
  readonly version: number;
  /** When the figures were taken. */
  readonly asOf: string;
  /** The period, when given. */
  readonly period?: MetricPeriod;
  /** Records counted (after the period filter). */
  readonly n: number;
  /** The policy the figures were computed under. */
  readonly policy: {
    readonly id: string;
    readonly version: number;
    readonly repliedWhen: string;
    readonly evaluationCounting: string;
    readonly satisfactionBase: string;
    readonly outcomeTaxonomy: string;
  };
  /** Items by state. */
  readonly stateCounts: SuggestionStateCounts;
  /** Every rate, by id. */
  readonly rates: { readonly [K in SuggestionRateId]: SuggestionRate };
  /** Replied items by outcome class, with shares. */
  readonly outcomeClasses: SuggestionOutcomeClasses;
  /** Items by topic (内容分类), with shares. */
  readonly topics: SuggestionTopics;
  /** Replies (件次) by outcome class. */
  readonly outcomeClassReplies: SuggestionOutcomeReplies;
  /** Days from assignment to reply. */
  readonly timeToReply: SuggestionTimeToReply;
  /** Overdue items. */
  readonly overdue: SuggestionOverdue;
  /** Items late to assign (交办超期). */
  readonly lateAssignment: SuggestionLateAssignment;
  /** Figures per round. */
  readonly rounds: SuggestionRounds;
  /** Assisting inputs (协办意见), by assisting unit. */
  readonly assistingInputs: SuggestionDuties;
  /** Follow-up duties (跟踪办理), by the unit that owes them. */
  readonly followUps: SuggestionDuties;
}
