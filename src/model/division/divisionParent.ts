import { neverThrow } from '../shared/neverThrow.js';
import type { Result } from '../shared/result.js';
import type { ValidationError } from '../shared/validationError.js';
import { readOrThrow } from './internal/divisionChain.js';
import { toDivisionError } from './internal/divisionIssue.js';

/**
 * The division one level up (上一级区划), in canonical form; `null` for a province: the
 * `parentOf` of a roll-up by division code (see {@link rollUp}).
 *
 * @remarks
 * Derived from the digits as in {@link parseDivisionCode}: `330281101000` → `330281`,
 * `330281` → `330200`, `330200` → `330000`, `330000` → `null`. Key the figures by canonical
 * codes ({@link byDivision} does) so that a division read from a 6-digit and from a 12-digit source
 * is one node.
 *
 * @param code - A 6-, 9- or 12-digit division code.
 * @returns The parent's canonical code, or `null` for a province.
 * @throws {@link RendaError} with code `INVALID_INPUT` when the code is refused.
 *
 * @example
 * ```ts
 * import { divisionParent } from 'renda';
 *
 * console.log(divisionParent('330281101000'), divisionParent('330000')); // '330281' null
 * ```
 * @category Models
 */
export function divisionParent(code: string): string | null {
  return readOrThrow(code).parent;
}

/**
 * {@link divisionParent} returning a result instead of throwing (上一级区划，不抛错).
 *
 * @param code - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeDivisionParent } from 'renda';
 *
 * const result = safeDivisionParent('110101');
 * if (result.ok) console.log(result.value); // '110100'
 * ```
 * @category Models
 */
export function safeDivisionParent(code: unknown): Result<string | null, ValidationError> {
  return neverThrow(
    () => Object.freeze({ ok: true as const, value: divisionParent(code as string) }),
    toDivisionError,
  );
}
