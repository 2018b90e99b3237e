import { withHant } from '../../internal/hant.js';
import type { Result } from './result.js';

/**
 * The asynchronous twin of `neverThrow`: runs the body of an async `safeX` function so that its
 * promise never rejects, whatever it is given. A throw before the first `await`, a rejection
 * after it (Web Crypto refusing, a hostile getter) all become the failed result `onThrow` builds;
 * every message gains its traditional-Chinese form on the way out, as in `neverThrow`.
 */
export async function neverReject<T, E>(
  body: () => Promise<Result<T, E>>,
  onThrow: (thrown: unknown) => E,
): Promise<Result<T, E>> {
  let result: Result<T, E>;
  try {
    result = await body();
  } catch (thrown) {
    result = { ok: false as const, error: onThrow(thrown) };
  }
  return result.ok ? result : Object.freeze({ ok: false as const, error: withHant(result.error) });
}
