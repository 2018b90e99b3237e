/**
 * One counted evaluation form (评价表单位) of the satisfaction rates of
 * {@link suggestionMetricDefinitions}: its grade, why it is excluded (if it is), whether its item
 * is a key item, and all its facts as bits.
 *
 * @example
 * ```ts
 * import type { SuggestionEvaluationUnit } from 'renda';
 *
 * const unit: SuggestionEvaluationUnit = { grade: 'satisfied', excluded: null, keyItem: false, facts: 0 };
 * ```
 * @category Metrics
 */
export interface SuggestionEvaluationUnit {
  /** 满意 / 基本满意 / 不满意. */
  readonly grade: 'satisfied' | 'basicallySatisfied' | 'dissatisfied';
  /** `itemExcluded` (its item is withdrawn, merged, not registered or unassigned), `coSigner`, or null. */
  readonly excluded: 'itemExcluded' | 'coSigner' | null;
  /** Its item is a key item (重点督办). */
  readonly keyItem: boolean;
  /** Its facts, as bits in the order of {@link FORM_FACTS} (the first fact is bit 0). */
  readonly facts: number;
}
