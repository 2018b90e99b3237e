import { deepFreeze } from '../../internal/deepFreeze.js';
import { type Motion, safeParseMotion } from '../../model/motion.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError } from '../../model/shared/validationError.js';
import { replayHistory } from '../../workflow/internal/replayHistory.js';
import { SUGGESTION_MESSAGES, thrownText } from '../internal/messages.js';
import { THE_RECORD } from '../internal/refusedInput.js';
import { differences, shown } from '../recordDiff.js';
import type { Divergence, VerifyError } from '../verifySuggestion.js';
import { safeInitialMotionOf } from './initialMotionOf.js';
import { motionWorkflow } from './motionWorkflow.js';

function failed(error: VerifyError): Result<never, VerifyError> {
  return Object.freeze({ ok: false as const, error: deepFreeze(error) });
}

function verify(record: unknown): Result<Motion, VerifyError> {
  const parsed = safeParseMotion(record);
  if (!parsed.ok) {
    return failed({
      code: 'INVALID_INPUT',
      message: parsed.error.message,
      issues: parsed.error.issues,
    });
  }
  const stored = parsed.value;
  const initial = safeInitialMotionOf(stored);
  if (!initial.ok) {
    return failed({
      code: 'INVALID_INPUT',
      message: initial.error.message,
      issues: initial.error.issues,
    });
  }
  const replayed = replayHistory(initial.value, stored.history, motionWorkflow, () => ({
    ok: true,
    context: undefined,
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
  // A motion's history is short: the divergence is dated by the last entry, or by the entry
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
 * Proves a stored motion against its own history (议案加载时校验), like {@link verifyMotion}, but
 * returns a result instead of throwing.
 *
 * @remarks The record is parsed, its draft rebuilt ({@link safeInitialMotionOf}) and its history
 * replayed with the {@link motionWorkflow}; the replay must give the record back exactly. Codes:
 * `INVALID_INPUT` (not a valid motion), `REPLAY_REFUSED` (an entry is refused, with the
 * workflow's refusal as `cause`), `DIVERGED` (the replay gives a different record: the first
 * differing field). Never throws, whatever it is given.
 * @param record - A stored motion (e.g. a row read back from the database).
 * @returns The parsed, frozen motion, or why it does not verify.
 * @example
 * ```ts
 * import { safeVerifyMotion } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * const tampered = { ...motions[0], state: 'notAdopted' };
 * const result = safeVerifyMotion(tampered);
 * if (!result.ok) console.log(result.error.code); // 'DIVERGED'
 * ```
 * @category Suggestion workflow
 */
export function safeVerifyMotion(record: unknown): Result<Motion, VerifyError> {
  return neverThrow<Motion, VerifyError>(
    () => verify(record),
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
 * Proves a stored motion against its own history (议案加载时校验): replaying its history from its
 * draft must give the record back exactly.
 *
 * @param record - A stored motion.
 * @returns The parsed, frozen motion.
 * @throws RendaError `INVALID_INPUT`, `REPLAY_REFUSED` or `DIVERGED`; see {@link safeVerifyMotion}.
 * @example
 * ```ts
 * import { verifyMotion } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * const stored = JSON.parse(JSON.stringify(motions[0]));
 * console.log(verifyMotion(stored).id === motions[0]?.id); // true
 * ```
 * @category Suggestion workflow
 */
export function verifyMotion(record: unknown): Motion {
  const result = safeVerifyMotion(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
