import { frozenCopy } from '../internal/deepFreeze.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import type { Proposer } from '../model/suggestionParts.js';
import { A_SUGGESTION, isObject, RECORD_FIELD, refusedInput } from './internal/refusedInput.js';

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
  return neverThrow<readonly ReplyRecipient[], ValidationError>(
    () => {
      if (!isObject(record)) {
        const error = refusedInput('Suggestion', ['record'], RECORD_FIELD, A_SUGGESTION, record);
        return Object.freeze({ ok: false as const, error });
      }
      const proposers: unknown = record.proposers;
      // A record made before merged items' deputies were recorded has none.
      const merged: unknown = record.mergedProposers ?? [];
      if (!Array.isArray(proposers)) {
        const error = refusedInput('Suggestion', ['proposers'], RECORD_FIELD, A_SUGGESTION);
        return Object.freeze({ ok: false as const, error });
      }
      if (!Array.isArray(merged)) {
        const error = refusedInput('Suggestion', ['mergedProposers'], RECORD_FIELD, A_SUGGESTION);
        return Object.freeze({ ok: false as const, error });
      }
      const out: ReplyRecipient[] = [];
      const seen = new Set<string>();
      for (const p of proposers as Suggestion['proposers']) {
        if (seen.has(p.deputyId)) continue;
        seen.add(p.deputyId);
        out.push({ deputyId: p.deputyId, role: p.role, itemId: record.id });
      }
      for (const p of merged as Suggestion['mergedProposers']) {
        if (seen.has(p.deputyId)) continue;
        seen.add(p.deputyId);
        out.push({ deputyId: p.deputyId, role: p.role, itemId: p.itemId });
      }
      return Object.freeze({ ok: true as const, value: frozenCopy(out) });
    },
    () => refusedInput('Suggestion', [], RECORD_FIELD, A_SUGGESTION),
  );
}

/**
 * Lists the deputies an item's answer goes to (答复对象): its proposers, then the proposers of
 * every item merged into it (并案办理: every deputy still gets a reply, DOMAIN §2.4), each deputy
 * once, under the first item that lists them. Who of them evaluates is the policy's
 * `evaluationCounting`: every one of them (`everyDeputy`), or the lead of each item (`leadOnly`).
 *
 * @param record - A suggestion.
 * @returns Each deputy once, the record's own proposers first.
 * @throws {@link RendaError} `INVALID_INPUT` for a record that cannot be read.
 * @example
 * ```ts
 * import { replyRecipients, type Suggestion } from 'renda';
 *
 * declare const record: Suggestion;
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
