import type { BilingualText } from './shared/localized.js';
import type { Result } from './shared/result.js';

/**
 * Why a public view (公开版本) could not be made: the input is not the record the view reads.
 * `path` names the first field at fault (`[]` when the input could not be read at all, e.g. a
 * Proxy whose traps throw).
 *
 * @example
 * ```ts
 * import { safeToPublicSuggestion, type Suggestion } from 'renda';
 *
 * const result = safeToPublicSuggestion({ id: 'S-1' } as unknown as Suggestion);
 * if (!result.ok) console.log(result.error.code, result.error.path); // 'INVALID_INPUT' [ 'confidential' ]
 * ```
 * @category Validation
 */
export interface PublicViewError {
  /** Always `INVALID_INPUT`. */
  readonly code: 'INVALID_INPUT';
  /** The field at fault, e.g. `['closure', 'at']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in Chinese and English, naming the field. */
  readonly message: BilingualText;
}

/**
 * The result of a `safeToX` public view: the frozen view, or why it could not be made.
 *
 * @typeParam T - The view.
 * @example
 * ```ts
 * import type { PublicSuggestion, PublicViewResult } from 'renda';
 *
 * const titleOr = (r: PublicViewResult<PublicSuggestion>) => (r.ok ? r.value.title : '');
 * ```
 * @category Validation
 */
export type PublicViewResult<T> = Result<T, PublicViewError>;
