// The canonical outcome scale: vocabulary of the model, below the taxonomies that map to it.

/**
 * The canonical scale every outcome taxonomy maps to (答复类别的统一口径): resolved (已解决),
 * in progress (正在解决), planned (列入计划), deferred (条件不具备、暂缓) and reference (留作参考 /
 * 解释说明). National B spans "in progress + planned"; some local sets split them.
 *
 * @example
 * ```ts
 * import { CANONICAL_OUTCOMES } from 'renda';
 *
 * console.log(CANONICAL_OUTCOMES[0]); // 'resolved'
 * ```
 * @category Suggestion workflow
 */
export const CANONICAL_OUTCOMES = [
  'resolved',
  'inProgress',
  'planned',
  'deferred',
  'reference',
] as const;

/**
 * One of {@link CANONICAL_OUTCOMES}.
 *
 * @example
 * ```ts
 * import type { CanonicalOutcome } from 'renda';
 *
 * const outcome: CanonicalOutcome = 'planned';
 * ```
 * @category Suggestion workflow
 */
export type CanonicalOutcome = (typeof CANONICAL_OUTCOMES)[number];
