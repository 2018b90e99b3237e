import { neverThrow } from '../../model/shared/neverThrow.js';
import { RendaError } from '../../model/shared/validationError.js';
import type { DeadlineResult } from '../deadlineError.js';
import { toDeadlineError } from './errors.js';

// Every public calendar function is a body run twice over: `x` lets the body's RendaError through
// and turns anything else into one; `safeX` returns the same error as a value and never throws.

function isRendaError(thrown: unknown): boolean {
  try {
    return thrown instanceof RendaError;
  } catch {
    // `instanceof` asks a thrown Proxy for its prototype, and the trap may throw.
    return false;
  }
}

/** Runs `body` for a throwing `x`: only `RendaError`s leave it. */
export function orThrow<T>(body: () => T): T {
  try {
    return body();
  } catch (thrown) {
    throw asRendaError(thrown);
  }
}

/** What a throwing `x` throws for whatever its body threw: a `RendaError`, always. */
export function asRendaError(thrown: unknown): unknown {
  return isRendaError(thrown) ? thrown : new RendaError(toDeadlineError(thrown));
}

/** Runs `body` for a `safeX`: a frozen result, never a throw. */
export function asResult<T>(body: () => T): DeadlineResult<T> {
  return neverThrow(() => Object.freeze({ ok: true as const, value: body() }), toDeadlineError);
}
