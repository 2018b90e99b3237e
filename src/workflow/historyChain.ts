import * as z from 'zod';
import { deepFreeze, freezeFreshRecord } from '../internal/deepFreeze.js';
import { createParsers } from '../model/shared/createParsers.js';
import { commonFieldNames } from '../model/shared/fieldNames.js';
import { type HistoryChain, HistoryChainSchema } from '../model/shared/historyChain.js';
import { HistoryEntrySchema } from '../model/shared/historyEntry.js';
import type { BilingualText } from '../model/shared/localized.js';
import { neverReject } from '../model/shared/neverReject.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationIssue } from '../model/shared/validationError.js';
import type { HistoryEntry } from './historyEntry.js';
import { isPlainData } from './internal/applyEvent.js';
import { type Digester, walkChain, webCryptoSubtle } from './internal/chainDigests.js';
import { CHAIN_MESSAGES } from './internal/chainMessages.js';
import { describeThrown } from './internal/inputProblems.js';

/**
 * The codes of a history chain that does not check (哈希链错误代码): `INVALID_INPUT` (not a
 * record with a valid history and chain, or a bad option), `UNSEALED` (no chain, or entries
 * appended after the last seal), `TAMPERED` (an entry altered, removed, inserted or reordered, or
 * entries cut from the end), `NO_WEB_CRYPTO` (the platform has no `crypto.subtle`).
 *
 * @example
 * ```ts
 * import { HISTORY_CHAIN_ERROR_CODES } from 'renda';
 *
 * console.log(HISTORY_CHAIN_ERROR_CODES.includes('TAMPERED')); // true
 * ```
 * @category Workflow engine
 */
export const HISTORY_CHAIN_ERROR_CODES = [
  'INVALID_INPUT',
  'UNSEALED',
  'TAMPERED',
  'NO_WEB_CRYPTO',
] as const;

/**
 * One of {@link HISTORY_CHAIN_ERROR_CODES}.
 *
 * @example
 * ```ts
 * import type { HistoryChainErrorCode } from 'renda';
 *
 * const code: HistoryChainErrorCode = 'UNSEALED';
 * ```
 * @category Workflow engine
 */
export type HistoryChainErrorCode = (typeof HISTORY_CHAIN_ERROR_CODES)[number];

/**
 * Why a history chain does not check, or a record cannot be sealed (哈希链校验失败): the code, a
 * bilingual message, and the first history entry that fails.
 *
 * @example
 * ```ts
 * import type { HistoryChainError } from 'renda';
 *
 * const error: HistoryChainError = {
 *   code: 'TAMPERED',
 *   message: { 'zh-Hans': '第 2 条历史记录与哈希链不符', en: 'history entry 2 does not match the chain' },
 *   index: 2,
 * };
 * ```
 * @category Workflow engine
 */
export interface HistoryChainError {
  /** The machine code. */
  readonly code: HistoryChainErrorCode;
  /** What went wrong, in Chinese and English. */
  readonly message: BilingualText;
  /**
   * The first history entry that fails (`TAMPERED`: its digest differs, or, equal to the history's
   * length, entries were cut from the end; `UNSEALED`: the first entry without a digest).
   */
  readonly index?: number;
  /** Field-level issues (`INVALID_INPUT`), with paths such as `['history', 3, 'at']`. */
  readonly issues?: readonly ValidationIssue[];
}

/**
 * The options of {@link safeVerifyHistoryChain}.
 *
 * @example
 * ```ts
 * import type { VerifyHistoryChainOptions } from 'renda';
 *
 * const options: VerifyHistoryChainOptions = { head: 'a'.repeat(64) };
 * ```
 * @category Workflow engine
 */
export interface VerifyHistoryChainOptions {
  /**
   * 锚定摘要: a digest of this chain kept somewhere else (a log, a report, another database) when
   * the record was sealed. The chain must still contain it, so a history cut short together with
   * its chain, which the chain alone cannot show, is caught.
   */
  readonly head?: string;
}

/**
 * What a history chain that checks proves (哈希链校验结果): how many entries it covers, and its
 * last digest (to keep elsewhere as an anchor; absent for an empty history).
 *
 * @example
 * ```ts
 * import type { HistoryChainCheck } from 'renda';
 *
 * const check: HistoryChainCheck = { entries: 0 };
 * ```
 * @category Workflow engine
 */
export interface HistoryChainCheck {
  /** The number of history entries the chain covers (all of them). */
  readonly entries: number;
  /** 链头: the digest of the last entry. */
  readonly head?: string;
}

/**
 * A record with a history, as the chain functions take it: any workflow record (suggestions,
 * motions, opinions, delegation items) or a livelihood project, whose history is optional.
 *
 * @example
 * ```ts
 * import type { ChainableRecord } from 'renda';
 *
 * const record: ChainableRecord = { history: [] };
 * ```
 * @category Workflow engine
 */
export interface ChainableRecord {
  /** 历史记录. */
  readonly history?: readonly HistoryEntry[] | undefined;
  /** 历史记录哈希链. */
  readonly historyChain?: HistoryChain | undefined;
}

/**
 * A record with its history sealed (已封存的记录): the record's own fields and its
 * `historyChain`, as {@link sealHistory} returns it.
 *
 * @typeParam R - The record type.
 * @example
 * ```ts
 * import type { SealedRecord, Suggestion } from 'renda';
 *
 * const head = (record: SealedRecord<Suggestion>) => record.historyChain.digests.at(-1);
 * ```
 * @category Workflow engine
 */
export type SealedRecord<R> = Omit<R, 'historyChain'> & { readonly historyChain: HistoryChain };

/** Only the parts the chain reads; zod strips the record's other fields. */
const ChainedRecordSchema = /* @__PURE__ */ z.object({
  history: /* @__PURE__ */ z.array(HistoryEntrySchema).max(100_000).default([]),
  historyChain: /* @__PURE__ */ HistoryChainSchema.optional(),
});

let parsers: ReturnType<typeof createParsers<typeof ChainedRecordSchema>> | undefined;

const MODEL = { id: 'HistoryChain', 'zh-Hans': '记录', en: 'record' } as const;

function fail(error: HistoryChainError): Result<never, HistoryChainError> {
  return Object.freeze({ ok: false as const, error: deepFreeze(error) });
}

interface Read {
  readonly history: readonly HistoryEntry[];
  readonly stored: readonly string[] | undefined;
  readonly subtle: Digester;
}

/** Parses the history and chain, and finds Web Crypto. */
function read(record: unknown): Result<Read, HistoryChainError> {
  parsers ??= createParsers(ChainedRecordSchema, MODEL, commonFieldNames);
  const parsed = parsers.safeParse(record);
  if (!parsed.ok) {
    const { message, issues } = parsed.error;
    return fail({ code: 'INVALID_INPUT', message, issues });
  }
  const subtle = webCryptoSubtle();
  if (subtle === undefined)
    return fail({ code: 'NO_WEB_CRYPTO', message: CHAIN_MESSAGES.NO_WEB_CRYPTO });
  const { history, historyChain } = parsed.value;
  return { ok: true, value: { history, stored: historyChain?.digests, subtle } };
}

/** Walks the stored digests; the first that fails, or the digests recomputed. */
async function check(
  { history, stored, subtle }: Read,
  extend: boolean,
): Promise<Result<readonly string[], HistoryChainError>> {
  const walked = await walkChain(subtle, history, stored ?? [], extend);
  const index = walked.firstMismatch;
  if (index !== undefined)
    return fail({ code: 'TAMPERED', message: CHAIN_MESSAGES.ALTERED(index), index });
  const digests = stored?.length ?? 0;
  if (digests > history.length) {
    return fail({
      code: 'TAMPERED',
      message: CHAIN_MESSAGES.TRUNCATED(digests, history.length),
      index: history.length,
    });
  }
  return { ok: true, value: walked.digests };
}

function unreadable(thrown: unknown): HistoryChainError {
  return deepFreeze({
    code: 'INVALID_INPUT',
    message: CHAIN_MESSAGES.UNREADABLE(describeThrown(thrown)),
  });
}

/**
 * Seals a record's history (封存历史记录): computes the chain of digests over its history entries
 * and returns the record with it in `historyChain`, or why it cannot be sealed. Never rejects.
 *
 * @remarks
 * Each digest is SHA-256, through Web Crypto (`globalThis.crypto.subtle`, in Node 20+, browsers,
 * Deno and workers), of the previous digest, a line feed, and the entry's canonical JSON (RFC
 * 8785: keys sorted, no whitespace), so an entry altered, removed, inserted or reordered changes
 * every digest from it on. Sealing is append-only: a record already sealed keeps its digests,
 * which are checked first (a chain that no longer matches is `TAMPERED`, never resealed over),
 * and only the entries appended since are digested. Seal after every accepted event, before
 * storing: `safeVerifySuggestion` refuses a chain that does not cover exactly the history.
 * Asynchronous because Web Crypto is; linear in the history.
 *
 * @typeParam R - The record type; its other fields are kept as they are.
 * @param record - The record, whose history is oldest first.
 * @returns The record with `historyChain` (a new, deeply frozen record sharing the frozen parts
 *   of the input; parts not frozen are copied, never frozen in place), or a
 *   {@link HistoryChainError}: `INVALID_INPUT`, `TAMPERED`, `NO_WEB_CRYPTO`.
 * @example
 * ```ts
 * import { safeSealHistory } from 'renda';
 *
 * const record = {
 *   state: 'submitted',
 *   history: [{ type: 'submit', at: '2025-03-05T01:00:00.000Z', recordedAt: '2025-03-05T01:00:00.000Z', actor: { role: 'deputy', id: 'D-1' } }],
 * };
 * const sealed = await safeSealHistory(record);
 * if (sealed.ok) console.log(sealed.value.historyChain.digests.length); // 1
 * ```
 * @category Workflow engine
 */
export function safeSealHistory<R extends ChainableRecord>(
  record: R,
): Promise<Result<SealedRecord<R>, HistoryChainError>> {
  return neverReject(async () => {
    const loaded = read(record);
    if (!loaded.ok) return loaded;
    // The sealed record is returned whole and frozen, so it must be plain data (as a transition's).
    if (!Object.isFrozen(record) && !isPlainData(record, 0)) {
      return fail({ code: 'INVALID_INPUT', message: CHAIN_MESSAGES.NOT_PLAIN });
    }
    const digests = await check(loaded.value, true);
    if (!digests.ok) return digests;
    const historyChain = deepFreeze<HistoryChain>({
      algorithm: 'SHA-256',
      digests: [...digests.value],
    });
    const value = freezeFreshRecord({ ...record, historyChain }) as SealedRecord<R>;
    return Object.freeze({ ok: true as const, value });
  }, unreadable);
}

/**
 * Seals a record's history (封存历史记录) like {@link safeSealHistory}, but rejects with a
 * `RendaError` when it cannot.
 *
 * @typeParam R - The record type.
 * @param record - The record.
 * @returns The record with `historyChain`.
 * @throws RendaError (as a rejected promise) with the {@link HistoryChainError}'s code.
 * @example
 * ```ts
 * import { sealHistory } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const sealed = await sealHistory(suggestions.find((s) => s.history.length > 2)!);
 * console.log(sealed.historyChain.digests.length === sealed.history.length); // true
 * ```
 * @category Workflow engine
 */
export async function sealHistory<R extends ChainableRecord>(record: R): Promise<SealedRecord<R>> {
  const result = await safeSealHistory(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * Checks a record's history chain (校验历史记录哈希链): recomputes every digest and names the
 * first history entry that fails. Never rejects.
 *
 * @remarks
 * `TAMPERED` with the index of the first entry whose digest differs (that entry was altered, or
 * one before it was removed, inserted or reordered), or with the history's length when the
 * chain has more digests than the history has entries (entries cut from the end);
 * `UNSEALED` when there is no chain, or entries were appended without sealing (the index of
 * the first entry without a digest). A history cut short together with its chain still checks:
 * keep the `head` of a check somewhere else and pass it back as `options.head` to catch that.
 * The synchronous `safeVerifySuggestion` checks the chain's form and that it covers exactly the
 * history; this function checks the digests (Web Crypto is asynchronous).
 *
 * @param record - The stored record, as loaded (unknown input).
 * @param options - `head`: a digest kept elsewhere that the chain must contain.
 * @returns How many entries the chain covers and its head, or a {@link HistoryChainError}.
 * @example
 * ```ts
 * import { sealHistory, safeVerifyHistoryChain } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const sealed = await sealHistory(suggestions.find((s) => s.history.length > 2)!);
 * console.log((await safeVerifyHistoryChain(sealed)).ok); // true
 * const [first, ...rest] = sealed.history;
 * const altered = { ...sealed, history: [{ ...first!, at: '2020-01-01T00:00:00.000Z', recordedAt: '2020-01-01T00:00:00.000Z' }, ...rest] };
 * const result = await safeVerifyHistoryChain(altered);
 * if (!result.ok) console.log(result.error.code, result.error.index); // 'TAMPERED' 0
 * ```
 * @category Workflow engine
 */
export function safeVerifyHistoryChain(
  record: unknown,
  options: VerifyHistoryChainOptions = {},
): Promise<Result<HistoryChainCheck, HistoryChainError>> {
  return neverReject(async () => {
    const head = (options as VerifyHistoryChainOptions | null | undefined)?.head;
    if (head !== undefined && (typeof head !== 'string' || !/^[0-9a-f]{64}$/.test(head))) {
      return fail({
        code: 'INVALID_INPUT',
        message: CHAIN_MESSAGES.BAD_HEAD,
        issues: [
          {
            code: 'INVALID_FORMAT',
            path: ['head'],
            field: { 'zh-Hans': '锚定摘要', en: 'head' },
            message: CHAIN_MESSAGES.BAD_HEAD,
          },
        ],
      });
    }
    const loaded = read(record);
    if (!loaded.ok) return loaded;
    const { history, stored } = loaded.value;
    if (stored === undefined)
      return fail({ code: 'UNSEALED', message: CHAIN_MESSAGES.NO_CHAIN, index: 0 });
    const digests = await check(loaded.value, false);
    if (!digests.ok) return digests;
    if (head !== undefined && !stored.includes(head)) {
      return fail({
        code: 'TAMPERED',
        message: CHAIN_MESSAGES.ANCHOR_MISSING(head),
        index: history.length,
      });
    }
    if (stored.length < history.length) {
      return fail({
        code: 'UNSEALED',
        message: CHAIN_MESSAGES.UNSEALED(stored.length),
        index: stored.length,
      });
    }
    const last = stored.at(-1);
    const value: HistoryChainCheck =
      last === undefined ? { entries: 0 } : { entries: stored.length, head: last };
    return Object.freeze({ ok: true as const, value: Object.freeze(value) });
  }, unreadable);
}

/**
 * Checks a record's history chain (校验历史记录哈希链) like {@link safeVerifyHistoryChain}, but
 * rejects with a `RendaError` when it does not check.
 *
 * @param record - The stored record.
 * @param options - `head`: a digest kept elsewhere that the chain must contain.
 * @returns How many entries the chain covers and its head.
 * @throws RendaError (as a rejected promise) with the {@link HistoryChainError}'s code.
 * @example
 * ```ts
 * import { RendaError, sealHistory, verifyHistoryChain } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const sealed = await sealHistory(suggestions.find((s) => s.history.length > 2)!);
 * const { head } = await verifyHistoryChain(sealed);
 * try {
 *   await verifyHistoryChain({ ...sealed, history: sealed.history.slice(1) }, { head });
 * } catch (error) {
 *   if (error instanceof RendaError) console.log(error.code); // 'TAMPERED'
 * }
 * ```
 * @category Workflow engine
 */
export async function verifyHistoryChain(
  record: unknown,
  options: VerifyHistoryChainOptions = {},
): Promise<HistoryChainCheck> {
  const result = await safeVerifyHistoryChain(record, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
