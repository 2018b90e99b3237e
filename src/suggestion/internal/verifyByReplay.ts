import { deepFreeze } from '../../internal/deepFreeze.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { replayHistory } from '../../workflow/internal/replayHistory.js';
import type { WorkflowRecord } from '../../workflow/types.js';
import { differences, shown } from '../recordDiff.js';
import type { Divergence, VerifyError } from '../verifySuggestion.js';
import { SUGGESTION_MESSAGES, thrownText } from './messages.js';
import { THE_RECORD } from './refusedInput.js';

/**
 * What a record type needs to be proved against its history (internal): its parser, the
 * rebuilder of its draft, its workflow, and the one context every entry replays under
 * (`undefined` for motions and delegation items, `{ policy }` for opinions). Suggestions resolve
 * a policy per entry and keep their own.
 */
export interface ReplayProof<R extends WorkflowRecord> {
  readonly parse: (input: unknown) => Result<R, ValidationError>;
  readonly initialOf: (record: R) => Result<R, ValidationError>;
  readonly workflow: unknown;
  readonly context?: unknown;
}

function failed(error: VerifyError): Result<never, VerifyError> {
  return Object.freeze({ ok: false as const, error: deepFreeze(error) });
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
  const replayed = replayHistory(initial.value, stored.history, proof.workflow, () => ({
    ok: true,
    context: proof.context,
  }));
  if (!replayed.ok) {
    const { index, ...cause } = replayed.error;
    return failed({
      code: 'REPLAY_REFUSED',
      message: SUGGESTION_MESSAGES.REPLAY_REFUSED({ index, cause: cause.message }),
      divergence: { index, path: ['history', index] },
      cause,
    });
  }
  const found = differences(replayed.value, stored);
  const first = found[0];
  if (first === undefined) return Object.freeze({ ok: true as const, value: stored });
  // These histories are short: the divergence is dated by the last entry, or by the entry
  // itself for a path under `history`.
  const index =
    first.path[0] === 'history' && typeof first.path[1] === 'number'
      ? first.path[1]
      : stored.history.length - 1;
  const divergence: Divergence = {
    index,
    path: first.path,
    ...(first.expected === undefined ? {} : { expected: shown(first.expected) }),
    ...(first.found === undefined ? {} : { found: shown(first.found) }),
  };
  return failed({
    code: 'DIVERGED',
    message: SUGGESTION_MESSAGES.DIVERGED(divergence),
    divergence,
  });
}

/**
 * Proves a stored record against its own history (internal): parse, rebuild the draft, replay,
 * compare. Codes `INVALID_INPUT`, `REPLAY_REFUSED`, `DIVERGED`; never throws.
 */
export function verifyByReplay<R extends WorkflowRecord>(
  record: unknown,
  proof: ReplayProof<R>,
): Result<R, VerifyError> {
  return neverThrow<R, VerifyError>(
    () => verify(record, proof),
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
