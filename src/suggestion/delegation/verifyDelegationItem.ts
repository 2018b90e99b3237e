import { type DelegationItem, safeParseDelegationItem } from '../../model/delegationItem.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError } from '../../model/shared/validationError.js';
import { verifyByReplay } from '../internal/verifyByReplay.js';
import type { VerifyError } from '../internal/verifyTypes.js';
import { delegationItemWorkflow } from './delegationItemWorkflow.js';
import { safeInitialDelegationItemOf } from './initialDelegationItemOf.js';

const proof = {
  parse: safeParseDelegationItem,
  initialOf: safeInitialDelegationItemOf,
  workflow: delegationItemWorkflow,
};

/**
 * Proves a stored delegation item against its own history (代表团建议加载时校验), like
 * {@link verifyDelegationItem}, but returns a result instead of throwing.
 *
 * @remarks The record is parsed, its draft rebuilt ({@link safeInitialDelegationItemOf}) and its
 * history replayed with the {@link delegationItemWorkflow}; the replay must give the record back
 * exactly, so an approval, a consent or a submission the history does not prove is caught.
 * Codes: `INVALID_INPUT` (not a valid item), `REPLAY_REFUSED` (an entry is refused, with the
 * workflow's refusal as `cause`), `DIVERGED` (the replay gives a different record: the first
 * differing field). Never throws, whatever it is given.
 * @param record - A stored delegation item (e.g. a row read back from the database).
 * @returns The parsed, frozen item, or why it does not verify.
 * @example
 * ```ts
 * import { safeVerifyDelegationItem } from 'renda';
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items } = generateDelegationItemSample({ seed: 1 });
 * const tampered = { ...items[0], state: 'draft' };
 * const result = safeVerifyDelegationItem(tampered);
 * if (!result.ok) console.log(result.error.code); // 'DIVERGED'
 * ```
 * @category Suggestion workflow
 */
export function safeVerifyDelegationItem(record: unknown): Result<DelegationItem, VerifyError> {
  return verifyByReplay(record, proof);
}

/**
 * Proves a stored delegation item against its own history (代表团建议加载时校验): replaying its
 * history from its draft must give the record back exactly.
 *
 * @param record - A stored delegation item.
 * @returns The parsed, frozen item.
 * @throws RendaError `INVALID_INPUT`, `REPLAY_REFUSED` or `DIVERGED`; see
 *   {@link safeVerifyDelegationItem}.
 * @example
 * ```ts
 * import { verifyDelegationItem } from 'renda';
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items } = generateDelegationItemSample({ seed: 1 });
 * const stored = JSON.parse(JSON.stringify(items[0]));
 * console.log(verifyDelegationItem(stored).id === items[0]?.id); // true
 * ```
 * @category Suggestion workflow
 */
export function verifyDelegationItem(record: unknown): DelegationItem {
  const result = safeVerifyDelegationItem(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
