import { withHant } from '../../internal/hant.js';
import type { Result } from './result.js';

/**
 * Runs the body of a `safeX` function so that it never throws, whatever it is given: anything the
 * body throws (a Proxy's trap, a getter, a RangeError from nesting too deep for the stack, a
 * RendaError from a shared check) becomes the failed result `onThrow` builds from it. Every
 * `safeX` of every area goes through here, so the promise "never throws" is kept in one place,
 * and so is the promise that every message reads in zh-Hans, zh-Hant and en.
 */
export function neverThrow<T, E>(
  body: () => Result<T, E>,
  onThrow: (thrown: unknown) => E,
): Result<T, E> {
  let result: Result<T, E>;
  try {
    result = body();
  } catch (thrown) {
    result = { ok: false as const, error: onThrow(thrown) };
  }
  // Errors leave renda here, so here every message gains its traditional-Chinese form.
  return result.ok ? result : Object.freeze({ ok: false as const, error: withHant(result.error) });
}
