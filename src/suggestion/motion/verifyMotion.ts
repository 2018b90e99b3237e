import { type Motion, safeParseMotion } from '../../model/motion.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError } from '../../model/shared/validationError.js';
import { verifyByReplay } from '../internal/verifyByReplay.js';
import type { VerifyError } from '../internal/verifyTypes.js';
import { safeInitialMotionOf } from './initialMotionOf.js';
import { motionWorkflow } from './motionWorkflow.js';

const proof = { parse: safeParseMotion, initialOf: safeInitialMotionOf, workflow: motionWorkflow };

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
  return verifyByReplay(record, proof);
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
