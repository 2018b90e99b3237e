import type { WorkingDayCalendar } from '../../calendar/workingDayCalendar.js';
import type { DeadlineRule } from '../../model/shared/deadline.js';

/**
 * The parts of a jurisdiction's policy the suggestion dashboard reads (统计口径): time zone, the
 * replied rule, the evaluation counting rule, the outcome taxonomy and the overdue threshold.
 *
 * @remarks
 * A structural subset of `SuggestionPolicy`, so `defaultPolicy`, any `definePolicy(…)` result and
 * the sample's `policy` can be passed as they are. `id` and `version` are stamped on every result.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type SuggestionStatsPolicy } from 'renda';
 *
 * const policy: SuggestionStatsPolicy = defaultPolicy;
 * console.log(policy.repliedWhen); // 'leadUnit'
 * ```
 * @category Metrics
 */
export interface SuggestionStatsPolicy {
  /** The policy's id, e.g. `default`. */
  readonly id: string;
  /** The policy's version. */
  readonly version: number;
  /** The IANA zone calendar days are counted in, e.g. `Asia/Shanghai`. */
  readonly timeZone: string;
  /**
   * 办复口径: an item is replied when its lead (or sole) unit has replied (`leadUnit`), or when every
   * unit that must reply has (`everyRequiredUnit`).
   */
  readonly repliedWhen: 'leadUnit' | 'everyRequiredUnit';
  /** 满意率口径: every deputy's evaluation counts (`everyDeputy`) or only the lead deputy's. */
  readonly evaluationCounting: 'leadOnly' | 'everyDeputy';
  /** 满意率分母: forms (by default, when absent), replied items, or replies (件次). */
  readonly satisfactionBase?: 'forms' | 'items' | 'replies';
  /** 答复类别: the classes and how reports count them. */
  readonly outcomeTaxonomy: {
    readonly id: string;
    readonly classes: readonly {
      readonly code: string;
      readonly solvedOrPlanned: boolean;
      readonly adopted: boolean;
      readonly followUp: boolean;
    }[];
  };
  /** The working-day calendar deadlines are counted in (交办期限 is in working days). */
  readonly calendar: WorkingDayCalendar;
  /** 期限: the dashboard reads `assign` (交办期限), to list items late to assign (交办超期). */
  readonly deadlines: { readonly assign: DeadlineRule };
  /** 预警: very overdue when more than `veryOverdueDays` days late. */
  readonly deadlineWarning: { readonly veryOverdueDays: number };
}
