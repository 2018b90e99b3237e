import { neverThrow } from '../shared/neverThrow.js';
import type { Result } from '../shared/result.js';
import type { ValidationError } from '../shared/validationError.js';
import { chainOf, readOrThrow } from './internal/divisionChain.js';
import { toDivisionError } from './internal/divisionIssue.js';

const CODE = { path: ['code'], field: { 'zh-Hans': '区划代码', en: 'code' } } as const;
const ANCESTOR = {
  path: ['ancestor'],
  field: { 'zh-Hans': '上级区划代码', en: 'ancestor' },
} as const;

/**
 * Whether a division lies within another (属于某区划): the ancestor is the division itself or one
 * of the divisions above it.
 *
 * @remarks
 * Both codes are read as in {@link parseDivisionCode}, so `330281000000` is within `330200`, and
 * a division is within itself. Derived from the digits: `110101` is within `110100` and `110000`.
 *
 * @param code - The division, 6, 9 or 12 digits.
 * @param ancestor - The division it may lie within.
 * @returns `true` when `ancestor` is `code` or above it.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming `code` or `ancestor` when refused.
 *
 * @example
 * ```ts
 * import { isWithinDivision } from 'renda';
 *
 * console.log(isWithinDivision('330281101001', '330200'), isWithinDivision('330281', '110000')); // true false
 * ```
 * @category Models
 */
export function isWithinDivision(code: string, ancestor: string): boolean {
  const reading = readOrThrow(code, CODE);
  const target = readOrThrow(ancestor, ANCESTOR).code;
  return chainOf(reading).some((division) => division.code === target);
}

/**
 * {@link isWithinDivision} returning a result instead of throwing (属于某区划，不抛错).
 *
 * @param code - Anything.
 * @param ancestor - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeIsWithinDivision } from 'renda';
 *
 * const result = safeIsWithinDivision('330281', 'Ningbo');
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['ancestor']
 * ```
 * @category Models
 */
export function safeIsWithinDivision(
  code: unknown,
  ancestor: unknown,
): Result<boolean, ValidationError> {
  return neverThrow(
    () =>
      Object.freeze({
        ok: true as const,
        value: isWithinDivision(code as string, ancestor as string),
      }),
    toDivisionError,
  );
}
