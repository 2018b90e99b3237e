import { type DelegationItem, safeParseDelegationItem } from '../../model/delegationItem.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import { unreadableRecord } from '../internal/unreadable.js';
import { answerOf, consultedMembers } from './rules/consent.js';

/**
 * The members who still owe their answer on a delegation item (待表态代表), without throwing: the
 * checked twin of {@link pendingConsents}.
 *
 * @param item - A delegation item.
 * @returns The deputy ids, in the delegation's order, or `INVALID_INPUT` naming the field.
 * @example
 * ```ts
 * import { safePendingConsents } from 'renda';
 *
 * const result = safePendingConsents({ id: 'DI-1' } as never);
 * if (!result.ok) console.log(result.error.code); // 'INVALID_INPUT'
 * ```
 * @category Suggestion workflow
 */
export function safePendingConsents(
  item: DelegationItem,
): Result<readonly string[], ValidationError> {
  return neverThrow<readonly string[], ValidationError>(
    () => {
      const parsed = safeParseDelegationItem(item);
      if (!parsed.ok) return parsed;
      const record = parsed.value;
      const pending =
        record.state === 'awaitingConsent'
          ? consultedMembers(record).filter((deputyId) => answerOf(record, deputyId) === undefined)
          : [];
      return Object.freeze({ ok: true as const, value: Object.freeze(pending) });
    },
    () => unreadableRecord('DelegationItem'),
  );
}

/**
 * The members who still owe their answer on a delegation item (待表态代表): while it awaits
 * consent, every member other than the head who has not answered in this round.
 *
 * @remarks Empty in every other state, and once everyone has consented: the office may then
 * submit it ({@link suggestionFromDelegationItem}). A refusal sends the item back to the draft,
 * so nobody owes an answer there.
 * @param item - A delegation item.
 * @returns The deputy ids, in the delegation's order.
 * @throws {@link RendaError} `INVALID_INPUT` for an item that is not valid.
 * @example
 * ```ts
 * import { pendingConsents } from 'renda';
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items } = generateDelegationItemSample({ seed: 1 });
 * const waiting = items.filter((item) => pendingConsents(item).length > 0);
 * console.log(waiting.every((item) => item.state === 'awaitingConsent')); // true
 * ```
 * @category Suggestion workflow
 */
export function pendingConsents(item: DelegationItem): readonly string[] {
  const result = safePendingConsents(item);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
