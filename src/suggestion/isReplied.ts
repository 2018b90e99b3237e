import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import { A_SUGGESTION, isObject, RECORD_FIELD, refusedInput } from './internal/refusedInput.js';
import type { SuggestionPolicy } from './policy.js';
import { repliedCondition } from './rules/handling.js';

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
 * @throws {@link RendaError} with code `INVALID_INPUT` when `record` is not a readable suggestion
 *   or `policy` is not an object ({@link safeIsReplied} returns the error instead).
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
  const result = safeIsReplied(record, policy);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * Whether the current round of a suggestion counts as replied, without throwing: the checked
 * twin of {@link isReplied}.
 *
 * @remarks Never throws, whatever it is given: a record or policy that is missing, not an object,
 * or cannot be read (a Proxy, a throwing getter, a record without its assignments) comes back as
 * `{ ok: false, error }` with code `INVALID_INPUT`.
 * @param record - The suggestion.
 * @param policy - The policy it runs under.
 * @returns `{ ok: true, value }` with what {@link isReplied} returns, or `{ ok: false, error }`.
 * @example
 * ```ts
 * import { defaultPolicy, safeIsReplied } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const [record] = generateSample({ seed: 1, size: 'town' }).suggestions;
 * if (record) console.log(safeIsReplied(record, defaultPolicy).ok); // true
 * console.log(safeIsReplied(null as never, defaultPolicy).ok); // false
 * ```
 * @category Suggestion workflow
 */
export function safeIsReplied(
  record: Suggestion,
  policy: Pick<SuggestionPolicy, 'repliedWhen'>,
): Result<boolean, ValidationError> {
  return neverThrow<boolean, ValidationError>(
    () => {
      if (!isObject(record)) {
        return refused(refusedInput('Suggestion', ['record'], RECORD_FIELD, A_SUGGESTION, record));
      }
      if (!isObject(policy)) {
        return refused(refusedInput('Suggestion', ['policy'], POLICY_FIELD, A_POLICY, policy));
      }
      return Object.freeze({ ok: true as const, value: repliedCondition(record, policy) });
    },
    () => refusedInput('Suggestion', [], RECORD_FIELD, A_SUGGESTION),
  );
}

const POLICY_FIELD = { 'zh-Hans': '办理规则', en: 'the policy' };
const A_POLICY = { 'zh-Hans': '办理规则对象', en: 'a policy object' };

function refused(error: ValidationError): { readonly ok: false; readonly error: ValidationError } {
  return Object.freeze({ ok: false as const, error });
}
