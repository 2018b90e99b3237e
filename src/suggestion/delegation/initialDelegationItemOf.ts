import type { DelegationItem } from '../../model/delegationItem.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import { unreadableRecord } from '../internal/unreadable.js';
import {
  DELEGATION_ITEM_INPUT_KEYS,
  type NewDelegationItemInput,
  safeCreateDelegationItem,
} from './createDelegationItem.js';

/**
 * The draft a delegation item started from (代表团建议初始草稿), like
 * {@link initialDelegationItemOf}, but returns a result instead of throwing.
 *
 * @remarks Rebuilt with `safeCreateDelegationItem` from the record's own content (id, congress,
 * session, delegation, title, content, topic, head, members) at `record.createdAt`; everything
 * the workflow manages starts empty. Never throws, whatever it is given.
 * @param record - A delegation item.
 * @returns The frozen draft, or why the record's content makes none.
 * @example
 * ```ts
 * import { safeInitialDelegationItemOf } from 'renda';
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items } = generateDelegationItemSample({ seed: 1 });
 * const draft = items[0] && safeInitialDelegationItemOf(items[0]);
 * console.log(draft?.ok && draft.value.state); // 'draft'
 * ```
 * @category Suggestion workflow
 */
export function safeInitialDelegationItemOf(
  record: DelegationItem,
): Result<DelegationItem, ValidationError> {
  return neverThrow<DelegationItem, ValidationError>(
    () => {
      const input: Record<string, unknown> = {};
      for (const key of DELEGATION_ITEM_INPUT_KEYS) {
        if (record[key] !== undefined) input[key] = record[key];
      }
      return safeCreateDelegationItem(input as unknown as NewDelegationItemInput, {
        at: record.createdAt,
      });
    },
    () => unreadableRecord('DelegationItem'),
  );
}

/**
 * The draft a delegation item started from (代表团建议初始草稿): the record as
 * `createDelegationItem` made it, before the first event of its history; replay the history on it
 * to rebuild the record.
 *
 * @param record - A delegation item.
 * @returns The frozen draft.
 * @throws RendaError `INVALID_INPUT` when the record's content makes no valid draft.
 * @example
 * ```ts
 * import { delegationItemWorkflow, initialDelegationItemOf, replay } from 'renda';
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items } = generateDelegationItemSample({ seed: 1 });
 * const item = items[0];
 * if (item) {
 *   const rebuilt = replay(initialDelegationItemOf(item), item.history, {
 *     workflow: delegationItemWorkflow,
 *     context: undefined,
 *   });
 *   console.log(rebuilt.state === item.state); // true
 * }
 * ```
 * @category Suggestion workflow
 */
export function initialDelegationItemOf(record: DelegationItem): DelegationItem {
  const result = safeInitialDelegationItemOf(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
