import { deepFreeze } from '../../internal/deepFreeze.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { type ContextFor, replayHistory } from '../../workflow/internal/replayHistory.js';
import type { WorkflowRecord } from '../../workflow/types.js';
import { type Difference, differences, shown } from '../recordDiff.js';
import { SUGGESTION_MESSAGES, thrownText } from './messages.js';
import { THE_RECORD } from './refusedInput.js';
import type { Divergence, VerifyError } from './verifyTypes.js';

/**
 * What a record type needs to be proved against its history (internal): its parser, the rebuilder
 * of its draft, its workflow, and, where they differ from the plain case, how each entry finds
 * its context (suggestions resolve a policy per entry; motions and delegation items run with
 * `context: undefined`) and which entry a difference is dated by.
 */
export interface ReplayProof<R extends WorkflowRecord> {
  readonly parse: (input: unknown) => Result<R, ValidationError>;
  readonly initialOf: (record: R) => Result<R, ValidationError>;
  readonly workflow: unknown;
  /** Each entry's context; without it, every entry runs with `context: undefined`. */
  readonly contexts?: ContextFor;
  /**
   * The contexts resolve a rules version per entry (suggestions): a context they cannot find is
   * `UNKNOWN_RULES_VERSION` rather than a refused entry.
   */
  readonly rulesPerEntry?: boolean;
  /**
   * The entry each difference comes from; without it, the entry in a `history` path, else the
   * last entry (short histories need no more).
   */
  readonly dateDifferences?: (
    found: readonly Difference[],
    initial: R,
    stored: R,
    contexts: ContextFor,
  ) => readonly number[];
}

const NO_CONTEXT: ContextFor = () => ({ ok: true, context: undefined });

function failed(error: VerifyError): Result<never, VerifyError> {
  return Object.freeze({ ok: false as const, error: deepFreeze(error) });
}

/** The entry in a `history` path, else the last entry. */
function plainDates(found: readonly Difference[], stored: WorkflowRecord): number[] {
  return found.map((d) =>
    d.path[0] === 'history' && typeof d.path[1] === 'number'
      ? d.path[1]
      : stored.history.length - 1,
  );
}

function verify<R extends WorkflowRecord>(
  record: unknown,
  proof: ReplayProof<R>,
): Result<R, VerifyError> {
  const parsed = proof.parse(record);
  if (!parsed.ok) {
    return failed({
      code: 'INVALID_INPUT',
      message: parsed.error.message,
      issues: parsed.error.issues,
    });
  }
  const stored = parsed.value;
  const initial = proof.initialOf(stored);
  if (!initial.ok) {
    return failed({
      code: 'INVALID_INPUT',
      message: initial.error.message,
      issues: initial.error.issues,
    });
  }
  const contexts = proof.contexts ?? NO_CONTEXT;
  const replayed = replayHistory(initial.value, stored.history, proof.workflow, contexts);
  if (!replayed.ok) {
    const { index, ...cause } = replayed.error;
    const divergence: Divergence = { index, path: ['history', index] };
    // A context that could not be found (a rules version no policy answers for) is refused
    // before the entry runs: an INVALID_INPUT without field issues.
    if (
      proof.rulesPerEntry === true &&
      cause.code === 'INVALID_INPUT' &&
      cause.issues === undefined
    ) {
      return failed({ code: 'UNKNOWN_RULES_VERSION', message: cause.message, divergence });
    }
    return failed({
      code: 'REPLAY_REFUSED',
      message: SUGGESTION_MESSAGES.REPLAY_REFUSED({ index, cause: cause.message }),
      divergence,
      cause,
    });
  }
  const uncovered = chainCoverage(stored);
  if (uncovered !== undefined) {
    return failed({
      code: 'DIVERGED',
      message: SUGGESTION_MESSAGES.DIVERGED(uncovered),
      divergence: uncovered,
    });
  }
  const found = differences(withoutChain(replayed.value), withoutChain(stored));
  if (found.length === 0) return Object.freeze({ ok: true as const, value: stored });
  const dates =
    proof.dateDifferences?.(found, initial.value, stored, contexts) ?? plainDates(found, stored);
  // The first divergence is the earliest-dated difference (the first listed among equals).
  let first = 0;
  for (let i = 1; i < found.length; i++)
    if ((dates[i] as number) < (dates[first] as number)) first = i;
  const d = found[first] as Difference;
  const divergence: Divergence = {
    index: dates[first] as number,
    path: d.path,
    ...(d.expected === undefined ? {} : { expected: shown(d.expected) }),
    ...(d.found === undefined ? {} : { found: shown(d.found) }),
  };
  return failed({
    code: 'DIVERGED',
    message: SUGGESTION_MESSAGES.DIVERGED(divergence),
    divergence,
  });
}

/**
 * The stored history chain (`historyChain`) is not rebuilt by a replay: it is sealed over the
 * history, not derived from it, so it is left out of the comparison.
 */
function withoutChain(record: WorkflowRecord): WorkflowRecord {
  if (!('historyChain' in record)) return record;
  const { historyChain: _sealed, ...rest } = record as WorkflowRecord & { historyChain?: unknown };
  return rest;
}

/**
 * What the synchronous check can prove of a history chain (its digests need Web Crypto, which is
 * asynchronous: `safeVerifyHistoryChain`): when present, it has one digest per history entry. A
 * chain with fewer digests had entries appended without sealing; one with more lost entries.
 * The schema already checked each digest's form.
 */
function chainCoverage(stored: WorkflowRecord): Divergence | undefined {
  const chain = (stored as { readonly historyChain?: { readonly digests: readonly string[] } })
    .historyChain;
  // A livelihood project's history is optional: absent reads as none.
  const entries = (stored.history as readonly unknown[] | undefined)?.length ?? 0;
  if (chain === undefined || chain.digests.length === entries) return undefined;
  return {
    index: Math.min(chain.digests.length, entries),
    path: ['historyChain', 'digests', 'length'],
    expected: entries,
    found: chain.digests.length,
  };
}

/**
 * Proves a stored record against its own history (internal): parse, rebuild the draft, replay,
 * compare. Codes `INVALID_INPUT`, `UNKNOWN_RULES_VERSION` (with `contexts`), `REPLAY_REFUSED`,
 * `DIVERGED`; never throws.
 */
export function verifyByReplay<R extends WorkflowRecord>(
  record: unknown,
  proof: ReplayProof<R>,
): Result<R, VerifyError> {
  return neverThrow<R, VerifyError>(() => verify(record, proof), unreadableRecord);
}

/** The error of a record (or options) that threw when read: `INVALID_INPUT`, `UNREADABLE`. */
export function unreadableRecord(thrown: unknown): VerifyError {
  const message = SUGGESTION_MESSAGES.UNREADABLE({ what: THE_RECORD, detail: thrownText(thrown) });
  return deepFreeze<VerifyError>({
    code: 'INVALID_INPUT',
    message,
    issues: [{ code: 'UNREADABLE', path: [], field: { 'zh-Hans': '记录', en: 'record' }, message }],
  });
}
