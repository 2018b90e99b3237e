import { deepFreeze } from '../internal/deepFreeze.js';
import { quote } from '../internal/quote.js';
import type { BilingualText } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationIssue } from '../model/shared/validationError.js';
import { type Suggestion, safeParseSuggestion } from '../model/suggestion.js';
import { type ContextFor, replayHistory } from '../workflow/internal/replayHistory.js';
import type { TransitionError, WorkflowRecord } from '../workflow/types.js';
import { safeInitialSuggestionOf } from './initialSuggestionOf.js';
import { SUGGESTION_MESSAGES, thrownText } from './internal/messages.js';
import { THE_RECORD } from './internal/refusedInput.js';
import { MIGRATE_RULES } from './migrateRules.js';
import type { SuggestionPolicy } from './policy.js';
import { type PolicyRegistry, resolvePolicy } from './policyRegistry.js';
import { differences, fingerprint, type RecordPath, shown, valueAt } from './recordDiff.js';
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

/**
 * Where a stored record first parts from what its history rebuilds (首个不一致之处).
 *
 * @example
 * ```ts
 * import type { Divergence } from 'renda';
 *
 * const divergence: Divergence = { index: 4, path: ['replies', 0, 'onTime'], expected: true, found: false };
 * ```
 * @category Suggestion workflow
 */
export interface Divergence {
  /**
   * The history entry it comes from: the entry that last set the field in the replay (or the
   * entry itself, for a path under `history`); `-1` when the field already differs in the
   * initial draft.
   */
  readonly index: number;
  /** The field, e.g. `['state']`, `['replies', 0, 'onTime']`, `['history', 'length']`. */
  readonly path: readonly (string | number)[];
  /** What the replay gives there (absent: the replay has no such field). */
  readonly expected?: string | number | boolean | null;
  /** What the stored record has there (absent: the record has no such field). */
  readonly found?: string | number | boolean | null;
}

/**
 * The codes of a failed verification (校验失败代码): `INVALID_INPUT` (not a valid suggestion, or
 * no usable options), `UNKNOWN_RULES_VERSION` (the policies do not include a rules version the
 * history runs under), `REPLAY_REFUSED` (an entry of the history is refused by the workflow),
 * `DIVERGED` (the history replays, but to a different record).
 *
 * @example
 * ```ts
 * import type { VerifyErrorCode } from 'renda';
 *
 * const code: VerifyErrorCode = 'DIVERGED';
 * ```
 * @category Suggestion workflow
 */
export type VerifyErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_RULES_VERSION'
  | 'REPLAY_REFUSED'
  | 'DIVERGED';

/**
 * Why a stored suggestion does not verify (记录校验失败).
 *
 * @example
 * ```ts
 * import type { VerifyError } from 'renda';
 *
 * function where(error: VerifyError): string {
 *   return error.divergence ? `${error.divergence.index}: ${error.divergence.path.join('.')}` : error.code;
 * }
 * ```
 * @category Suggestion workflow
 */
export interface VerifyError {
  /** The machine code. */
  readonly code: VerifyErrorCode;
  /** What went wrong, in Chinese and English. */
  readonly message: BilingualText;
  /** The first divergence (`DIVERGED`, `REPLAY_REFUSED`, `UNKNOWN_RULES_VERSION`). */
  readonly divergence?: Divergence;
  /** Field-level issues (`INVALID_INPUT`). */
  readonly issues?: readonly ValidationIssue[];
  /** The refusal of the entry that does not replay (`REPLAY_REFUSED`). */
  readonly cause?: TransitionError;
}

function failed(error: VerifyError): Result<never, VerifyError> {
  return Object.freeze({ ok: false as const, error: deepFreeze(error) });
}

/** Resolves, per entry, the policy the entry runs under: the record's, or a migration's target. */
function contextsFrom(policies: PolicyRegistry | SuggestionPolicy): ContextFor {
  return (record, entry, index) => {
    const payload = entry?.payload as { readonly to?: unknown } | undefined;
    const rules =
      entry?.type === MIGRATE_RULES && typeof payload?.to === 'string'
        ? payload.to
        : String((record as { readonly rulesVersion?: unknown }).rulesVersion);
    const policy = resolvePolicy(policies, rules);
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
  const last = paths.map(() => -1);
  const seen = paths.map((path) => fingerprint(valueAt(initial, path)));
  replayHistory(initial, history, suggestionWorkflow, contexts, (record, index) => {
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

function verify(
  record: unknown,
  options: VerifySuggestionOptions,
): Result<Suggestion, VerifyError> {
  const policies = (options as Partial<VerifySuggestionOptions> | null | undefined)?.policies;
  if (typeof policies !== 'object' || policies === null) {
    const field = { 'zh-Hans': '办理规则', en: 'policies' };
    const message = SUGGESTION_MESSAGES.REQUIRED({ field, option: 'policies' });
    return failed({
      code: 'INVALID_INPUT',
      message,
      issues: [{ code: 'REQUIRED', path: ['policies'], field, message }],
    });
  }
  const parsed = safeParseSuggestion(record);
  if (!parsed.ok) {
    return failed({
      code: 'INVALID_INPUT',
      message: parsed.error.message,
      issues: parsed.error.issues,
    });
  }
  const stored = parsed.value;
  const initial = safeInitialSuggestionOf(stored);
  if (!initial.ok) {
    return failed({
      code: 'INVALID_INPUT',
      message: initial.error.message,
      issues: initial.error.issues,
    });
  }
  const contexts = contextsFrom(policies);
  const replayed = replayHistory(initial.value, stored.history, suggestionWorkflow, contexts);
  if (!replayed.ok) {
    const { index, ...cause } = replayed.error;
    const unknownRules = cause.code === 'INVALID_INPUT' && cause.issues === undefined;
    const divergence: Divergence = { index, path: ['history', index] };
    if (unknownRules) {
      return failed({
        code: 'UNKNOWN_RULES_VERSION',
        message: cause.message,
        divergence,
      });
    }
    return failed({
      code: 'REPLAY_REFUSED',
      message: SUGGESTION_MESSAGES.REPLAY_REFUSED({ index, cause: cause.message }),
      divergence,
      cause,
    });
  }
  const found = differences(replayed.value, stored);
  if (found.length === 0) return Object.freeze({ ok: true as const, value: stored });
  // Under `history`, the index is in the path; elsewhere, the entry that last set the field.
  const outside = found.filter((d) => d.path[0] !== 'history');
  const setters = lastSetters(
    initial.value,
    stored.history,
    contexts,
    outside.map((d) => d.path),
  );
  const candidates: Divergence[] = found.map((d) => {
    const inHistory = d.path[0] === 'history';
    const index = inHistory
      ? typeof d.path[1] === 'number'
        ? d.path[1]
        : stored.history.length
      : (setters[outside.indexOf(d)] as number);
    return {
      index,
      path: d.path,
      ...(d.expected === undefined ? {} : { expected: shown(d.expected) }),
      ...(d.found === undefined ? {} : { found: shown(d.found) }),
    };
  });
  let first = candidates[0] as Divergence;
  for (const candidate of candidates) if (candidate.index < first.index) first = candidate;
  return failed({
    code: 'DIVERGED',
    message: SUGGESTION_MESSAGES.DIVERGED(first),
    divergence: first,
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
  return neverThrow<Suggestion, VerifyError>(
    () => verify(record, options),
    (thrown) => {
      const message = SUGGESTION_MESSAGES.UNREADABLE({
        what: THE_RECORD,
        detail: thrownText(thrown),
      });
      return deepFreeze<VerifyError>({
        code: 'INVALID_INPUT',
        message,
        issues: [
          { code: 'UNREADABLE', path: [], field: { 'zh-Hans': '记录', en: 'record' }, message },
        ],
      });
    },
  );
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
