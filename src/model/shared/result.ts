/**
 * The outcome of an operation that can fail without throwing: `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @typeParam T - The value on success.
 * @typeParam E - The error on failure.
 * @example
 * ```ts
 * import { safeParseDeputy } from 'renda';
 *
 * const result = safeParseDeputy({});
 * if (!result.ok) console.log(result.error.issues[0]?.path);
 * ```
 * @category Validation
 */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };
