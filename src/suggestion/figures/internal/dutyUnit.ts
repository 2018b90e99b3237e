/**
 * One duty counted by the duty rates of {@link suggestionMetricDefinitions} (义务件次单位): an
 * assisting input (协办意见) or a follow-up duty (跟踪办理), with the unit that owes it and its facts.
 *
 * @example
 * ```ts
 * import type { SuggestionDutyUnit } from 'renda';
 *
 * const unit: SuggestionDutyUnit = { unitId: 'U-2', facts: 0 };
 * ```
 * @category Metrics
 */
export interface SuggestionDutyUnit {
  /** The unit that owes (or owed) it: the assisting unit, or the unit of the follow-up duty. */
  readonly unitId: string;
  /** Its facts, as bits in the order of {@link DUTY_FACTS} (the first fact is bit 0). */
  readonly facts: number;
}
