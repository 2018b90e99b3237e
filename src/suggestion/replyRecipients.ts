import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import type { Proposer } from '../model/suggestionParts.js';
import { querySuggestion, refuseField } from './internal/querySuggestion.js';

/**
 * One deputy an answer goes to (答复对象): the deputy, their role on the item they proposed, and
 * that item (the record itself, or an item merged into it).
 *
 * @example
 * ```ts
 * import type { ReplyRecipient } from 'renda';
 *
 * const recipient: ReplyRecipient = { deputyId: 'D-7', role: 'lead', itemId: 'S-2' };
 * ```
 * @category Suggestion workflow
 */
export interface ReplyRecipient {
  /** 代表. */
  readonly deputyId: string;
  /** 提出人身份 on `itemId`: 领衔 or 附议. */
  readonly role: Proposer['role'];
  /** 所提建议: the record's own id, or the merged item the deputy proposed. */
  readonly itemId: string;
}

/**
 * Lists the deputies an item's answer goes to without throwing: the checked twin of
 * {@link replyRecipients}.
 *
 * @param record - A suggestion.
 * @returns Each deputy once, or `INVALID_INPUT` for a record that cannot be read.
 * @example
 * ```ts
 * import { safeReplyRecipients } from 'renda';
 *
 * console.log(safeReplyRecipients(null as never).ok); // false
 * ```
 * @category Suggestion workflow
 */
export function safeReplyRecipients(
  record: Suggestion,
): Result<readonly ReplyRecipient[], ValidationError> {
  return querySuggestion(record, (r) => {
    const proposers: unknown = r.proposers;
    // A record made before merged items' deputies were recorded has none.
    const merged: unknown = r.mergedProposers ?? [];
    if (!Array.isArray(proposers)) return refuseField('proposers');
    if (!Array.isArray(merged)) return refuseField('mergedProposers');
    const out: ReplyRecipient[] = [];
    const seen = new Set<string>();
    // Ids and roles are text in a readable record; anything else is not one renda can list.
    const text = (value: unknown): value is string => typeof value === 'string';
    const add = (deputyId: unknown, role: unknown, itemId: unknown): boolean => {
      if (!text(deputyId) || !text(role) || !text(itemId)) return false;
      if (seen.has(deputyId)) return true;
      seen.add(deputyId);
      out.push({ deputyId, role: role as Proposer['role'], itemId });
      return true;
    };
    for (const [i, p] of (proposers as Suggestion['proposers']).entries()) {
      if (!add(p?.deputyId, p?.role, r.id)) return refuseField('proposers', i);
    }
    for (const [i, p] of (merged as Suggestion['mergedProposers']).entries()) {
      if (!add(p?.deputyId, p?.role, p?.itemId)) return refuseField('mergedProposers', i);
    }
    return out;
  });
}

/**
 * Lists the deputies an item's answer goes to (答复对象): its proposers, then the proposers of
 * every item merged into it (并案办理: every deputy still gets a reply, Sources §2.4), each deputy
 * once, under the first item that lists them. Who of them evaluates is the policy's
 * `evaluationCounting`: every one of them (`everyDeputy`), or the lead of each item (`leadOnly`).
 *
 * @param record - A suggestion.
 * @returns Each deputy once, the record's own proposers first.
 * @throws {@link RendaError} `INVALID_INPUT` for a record that cannot be read.
 * @example
 * ```ts
 * import { replyRecipients } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const record = generateSample({ seed: 1 }).suggestions[0];
 * if (record === undefined) throw new Error('the sample has suggestions');
 * for (const { deputyId, itemId } of replyRecipients(record)) {
 *   console.log(`答复送达 ${deputyId}（${itemId}）`);
 * }
 * ```
 * @category Suggestion workflow
 */
export function replyRecipients(record: Suggestion): readonly ReplyRecipient[] {
  const result = safeReplyRecipients(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
