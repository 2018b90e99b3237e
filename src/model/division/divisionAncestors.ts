import { neverThrow } from '../shared/neverThrow.js';
import type { Result } from '../shared/result.js';
import type { ValidationError } from '../shared/validationError.js';
import { chainOf, readOrThrow } from './internal/divisionChain.js';
import { toDivisionError } from './internal/divisionIssue.js';

/**
 * A division and every division above it (上级区划), from the code itself up to its province, in
 * canonical form.
 *
 * @remarks
 * Derived from the digits alone (see {@link parseDivisionCode}): a county of a municipality passes
 * through its 市辖区 grouping (`110101` → `110100` → `110000`), a county-level unit directly under
 * a province through 省直辖县级行政区划 (`429004` → `429000` → `420000`), and a town of a
 * prefecture-level city without counties goes straight to the city (`441900003000` → `441900`).
 *
 * @param code - A 6-, 9- or 12-digit division code.
 * @returns The canonical codes, the code's own first and its province's last, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when the code is refused by
 * {@link parseDivisionCode}.
 *
 * @example
 * ```ts
 * import { divisionAncestors } from 'renda';
 *
 * console.log(divisionAncestors('330281101001'));
 * // ['330281101001', '330281101000', '330281', '330200', '330000']
 * ```
 * @category Models
 */
export function divisionAncestors(code: string): readonly string[] {
  return Object.freeze(chainOf(readOrThrow(code)).map((reading) => reading.code));
}

/**
 * {@link divisionAncestors} returning a result instead of throwing (上级区划，不抛错).
 *
 * @param code - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeDivisionAncestors } from 'renda';
 *
 * console.log(safeDivisionAncestors('3302').ok); // false
 * ```
 * @category Models
 */
export function safeDivisionAncestors(code: unknown): Result<readonly string[], ValidationError> {
  return neverThrow(
    () => Object.freeze({ ok: true as const, value: divisionAncestors(code as string) }),
    toDivisionError,
  );
}
