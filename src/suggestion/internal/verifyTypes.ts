import type { BilingualText } from '../../model/shared/localized.js';
import type { ValidationIssue } from '../../model/shared/validationError.js';
import type { TransitionError } from '../../workflow/types.js';

// What verifying a stored record gives when it fails (internal home of public types, shared by
// verifySuggestion and the replay proofs of motions, delegation items and opinions).

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
