import { deepFreeze } from '../internal/deepFreeze.js';
import { quote } from '../internal/quote.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import { type Suggestion, safeParseSuggestion } from '../model/suggestion.js';
import { type ContextFor, replayHistory } from '../workflow/internal/replayHistory.js';
import type { WorkflowRecord } from '../workflow/types.js';
import { safeInitialSuggestionOf } from './initialSuggestionOf.js';
import { SUGGESTION_MESSAGES } from './internal/messages.js';
import { unreadableRecord, verifyByReplay } from './internal/verifyByReplay.js';
import type { VerifyError } from './internal/verifyTypes.js';
import type { SuggestionPolicy } from './policy.js';
import type { PolicyRegistry } from './policyRegistry.js';
import { type Difference, fingerprint, type RecordPath, valueAt } from './recordDiff.js';
import { policyOfEntry } from './suggestionContextOf.js';
import { suggestionWorkflow } from './suggestionWorkflow.js';

/**
 * The options of {@link safeVerifySuggestion}: the policies records may have run under.
 *
 * @example
 * ```ts
 * import { defaultPolicy, definePolicyRegistry, type VerifySuggestionOptions } from 'renda';
 *
 * const options: VerifySuggestionOptions = { policies: definePolicyRegistry([defaultPolicy]) };
 * ```
 * @category Suggestion workflow
 */
export interface VerifySuggestionOptions {
  /** A registry of every policy records ran under, or the one policy they all run under. */
  readonly policies: PolicyRegistry | SuggestionPolicy;
}

export type { Divergence, VerifyError, VerifyErrorCode } from './internal/verifyTypes.js';

/** Resolves, per entry, the policy the entry runs under: the record's, or a migration's target. */
function contextsFrom(policies: PolicyRegistry | SuggestionPolicy): ContextFor {
  return (record, entry, index) => {
    const { rules, policy } = policyOfEntry(
      policies,
      record as { readonly rulesVersion?: unknown },
      entry,
    );
    if (policy !== undefined) return { ok: true, context: { policy } };
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        event: quote(entry?.type),
        message: SUGGESTION_MESSAGES.UNKNOWN_RULES_VERSION({ rules, index }),
      },
    };
  };
}

/** The entry that last changed `path` in the replay (`-1`: never, it differs from the start). */
function lastSetters(
  initial: WorkflowRecord,
  history: readonly unknown[],
  contexts: ContextFor,
  paths: readonly RecordPath[],
): number[] {
  const start = paths.map((path) => fingerprint(valueAt(initial, path)));
  let last = paths.map(() => -1);
  let seen = [...start];
  replayHistory(initial, history, suggestionWorkflow, contexts, (record, index) => {
    // A replay that starts again (through immer) begins at entry 0 once more.
    if (index === 0) {
      last = paths.map(() => -1);
      seen = [...start];
    }
    for (let i = 0; i < paths.length; i++) {
      const now = fingerprint(valueAt(record, paths[i] as RecordPath));
      if (now !== seen[i]) {
        seen[i] = now;
        last[i] = index;
      }
    }
  });
  return last;
}

/** The entry each difference comes from: under `history`, the index in its path; elsewhere, the entry that last set the field in the replay. */
function suggestionDates(
  found: readonly Difference[],
  initial: Suggestion,
  stored: Suggestion,
  contexts: ContextFor,
): number[] {
  const outside = found.filter((d) => d.path[0] !== 'history');
  const setters = lastSetters(
    initial,
    stored.history,
    contexts,
    outside.map((d) => d.path),
  );
  return found.map((d) => {
    if (d.path[0] !== 'history') return setters[outside.indexOf(d)] as number;
    return typeof d.path[1] === 'number' ? d.path[1] : stored.history.length;
  });
}

function verify(
  record: unknown,
  options: VerifySuggestionOptions,
): Result<Suggestion, VerifyError> {
  const policies = (options as Partial<VerifySuggestionOptions> | null | undefined)?.policies;
  if (typeof policies !== 'object' || policies === null) {
    const field = { 'zh-Hans': '办理规则', en: 'policies' };
    const message = SUGGESTION_MESSAGES.REQUIRED({ field, option: 'policies' });
    return Object.freeze({
      ok: false as const,
      error: deepFreeze<VerifyError>({
        code: 'INVALID_INPUT',
        message,
        issues: [{ code: 'REQUIRED', path: ['policies'], field, message }],
      }),
    });
  }
  return verifyByReplay(record, {
    parse: safeParseSuggestion,
    initialOf: safeInitialSuggestionOf,
    workflow: suggestionWorkflow,
    contexts: contextsFrom(policies),
    rulesPerEntry: true,
    dateDifferences: suggestionDates,
  });
}

/**
 * Proves a stored suggestion against its own history (加载时校验), returning the parsed record or
 * the first divergence.
 *
 * @remarks
 * History is the truth. The record is parsed (`safeParseSuggestion`), its initial draft derived
 * ({@link safeInitialSuggestionOf}), and its history replayed with the suggestion workflow, each
 * entry under the policy of the record's `rulesVersion` at that point, resolved through
 * `options.policies` (a `migrateRules` entry runs under the policy it migrates to). The replayed
 * record must equal the stored one field by field; the first divergence is reported with the
 * history entry it comes from, the field path, what the replay gives (`expected`) and what the
 * record has (`found`). A relabelled state, a truncated history, a flipped `onTime` on a reply
 * or an edited due day all fail here, though each still parses.
 *
 * A stored history chain (`historyChain`, from `sealHistory`) is checked as far as a synchronous
 * function can: its form (by the schema) and that it has exactly one digest per history entry
 * (else `DIVERGED` at `['historyChain', 'digests', 'length']`: entries appended without sealing,
 * or removed). The digests need Web Crypto, which is asynchronous, so `safeVerifyHistoryChain`
 * checks them; this function stays synchronous for its callers. Run both on load.
 *
 * Codes: `INVALID_INPUT` (not a valid suggestion, or no `policies`), `UNKNOWN_RULES_VERSION`,
 * `REPLAY_REFUSED` (an entry the workflow refuses; its refusal in `cause`), `DIVERGED`. Linear in
 * the history; never throws, whatever it is given.
 *
 * @param record - The stored record, as loaded (unknown input).
 * @param options - `policies`: a {@link PolicyRegistry}, or the one policy.
 * @returns The parsed, verified record (frozen), or why it does not verify.
 * @example
 * ```ts
 * import { definePolicyRegistry, safeVerifySuggestion } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const sample = generateSample({ seed: 1, size: 'town' });
 * const policies = definePolicyRegistry([sample.policy]);
 * const record = sample.suggestions.find((s) => s.state === 'closed');
 * if (record) {
 *   console.log(safeVerifySuggestion(record, { policies }).ok); // true
 *   const tampered = { ...record, state: 'replied' };
 *   const result = safeVerifySuggestion(tampered, { policies });
 *   if (!result.ok) console.log(result.error.code, result.error.divergence?.path); // 'DIVERGED' ['state']
 * }
 * ```
 * @category Suggestion workflow
 */
export function safeVerifySuggestion(
  record: unknown,
  options: VerifySuggestionOptions,
): Result<Suggestion, VerifyError> {
  // Reading the options may throw (a hostile getter): verifyByReplay guards the rest.
  return neverThrow<Suggestion, VerifyError>(() => verify(record, options), unreadableRecord);
}

/**
 * Proves a stored suggestion against its own history (加载时校验) like
 * {@link safeVerifySuggestion}, but throws when it does not verify.
 *
 * @param record - The stored record, as loaded.
 * @param options - `policies`: a {@link PolicyRegistry}, or the one policy.
 * @returns The parsed, verified record.
 * @throws RendaError with the {@link VerifyError}'s code (`DIVERGED`…) and the whole error in
 *   `error.detail`.
 * @example
 * ```ts
 * import { RendaError, verifySuggestion } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const sample = generateSample({ seed: 1, size: 'town' });
 * const record = sample.suggestions.find((s) => s.replies.length > 0);
 * if (record) {
 *   const reply = record.replies[0];
 *   const flipped = { ...record, replies: [{ ...reply, onTime: !reply?.onTime }, ...record.replies.slice(1)] };
 *   try {
 *     verifySuggestion(flipped, { policies: sample.policy });
 *   } catch (error) {
 *     if (error instanceof RendaError) console.log(error.code); // 'DIVERGED'
 *   }
 * }
 * ```
 * @category Suggestion workflow
 */
export function verifySuggestion(record: unknown, options: VerifySuggestionOptions): Suggestion {
  const result = safeVerifySuggestion(record, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
