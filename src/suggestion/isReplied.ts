import type { Suggestion } from '../model/suggestion.js';
import { repliedCondition } from './internal/handling.js';
import type { SuggestionPolicy } from './policy.js';

/**
 * Whether the current round of a suggestion counts as replied (已办复).
 *
 * @remarks
 * Under `policy.repliedWhen: 'leadUnit'` (the default), the lead (主办) or sole (独办) unit's
 * reply in the current round suffices; under `'everyRequiredUnit'`, every active unit that must
 * reply has to. Separate units (分办) always each reply: an item handled separately by two
 * units is replied only when both have. Assisting (协办) and joint (会办) units never count, and
 * follow-up replies (跟踪办理) do not either. Units taken off the item (改办) no longer count.
 *
 * @param record - The suggestion.
 * @param policy - The policy it runs under.
 * @returns `true` when the current round's replies make it replied.
 * @example
 * ```ts
 * import { defaultPolicy, isReplied } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const replied = suggestions.filter((s) => s.state === 'replied');
 * console.log(replied.every((s) => isReplied(s, defaultPolicy))); // true
 * ```
 * @category Suggestion workflow
 */
export function isReplied(
  record: Suggestion,
  policy: Pick<SuggestionPolicy, 'repliedWhen'>,
): boolean {
  return repliedCondition(record, policy);
}
