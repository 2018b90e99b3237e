import type { Result } from '../model/shared/result.js';

/**
 * Runs the body of a `safeX` function so that it never throws, whatever it is given: anything the
 * body throws (a Proxy's trap, a getter, a RangeError from nesting too deep for the stack, a
 * RendaError from a shared check) becomes the failed result `onThrow` builds from it. Every
 * `safeX` of every area goes through here, so the promise "never throws" is kept in one place.
 */
export function neverThrow<T, E>(
  body: () => Result<T, E>,
  onThrow: (thrown: unknown) => E,
): Result<T, E> {
  try {
    return body();
  } catch (thrown) {
    return Object.freeze({ ok: false as const, error: onThrow(thrown) });
  }
}
