import * as z from 'zod';

/**
 * The digest algorithms a history chain may use (摘要算法); SHA-256 through Web Crypto for now.
 *
 * @example
 * ```ts
 * import { HISTORY_CHAIN_ALGORITHMS } from 'renda';
 *
 * console.log(HISTORY_CHAIN_ALGORITHMS); // ['SHA-256']
 * ```
 * @category Models
 */
export const HISTORY_CHAIN_ALGORITHMS = ['SHA-256'] as const;

/**
 * A record's history chain (历史记录哈希链), stored with the record: one digest per history entry,
 * each the digest of the previous digest and the entry, so that an altered, removed, reordered or
 * inserted entry breaks every digest from it on.
 *
 * @remarks
 * `digests[i]` is the lowercase hex SHA-256 of the UTF-8 text `digests[i-1]` (empty for the
 * first entry), a line feed, and the entry's canonical JSON (RFC 8785: keys sorted, no
 * whitespace), as `sealHistory` computes it. The schema checks only the form; the digests are
 * checked by `safeVerifyHistoryChain` (the hashing is asynchronous in Web Crypto), and
 * `safeVerifySuggestion` checks that a chain covers exactly the history.
 * @example
 * ```ts
 * import { HistoryChainSchema } from 'renda';
 *
 * HistoryChainSchema.parse({ algorithm: 'SHA-256', digests: ['0'.repeat(64)] });
 * ```
 * @category Models
 */
export const HistoryChainSchema = /* @__PURE__ */ z.object({
  /**
   * 摘要算法: an algorithm's standard name, not a screen label, so a literal rather than an enum
   * (enums get a label group in every locale).
   */
  algorithm: /* @__PURE__ */ z.literal(HISTORY_CHAIN_ALGORITHMS),
  /** 逐条摘要: one lowercase hex digest per history entry, oldest first. */
  digests: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().regex(/^[0-9a-f]{64}$/)).max(100_000),
});

/**
 * A record's history chain; the type of {@link HistoryChainSchema}.
 *
 * @example
 * ```ts
 * import type { HistoryChain } from 'renda';
 *
 * const head = (chain: HistoryChain) => chain.digests.at(-1);
 * ```
 * @category Models
 */
export interface HistoryChain extends z.infer<typeof HistoryChainSchema> {}
