import { RendaError } from '../../../src/model/shared/validationError.js';
import type { AnyFunction } from './entryPoints.js';
import { PROBE_SCALE } from './hostile.js';

/** Above this a call counts as hung: a hang detector, not a speed assertion. */
export const HANG_MS = 1000;

/** The most characters a message may have in an error renda returns or throws. */
export const MESSAGE_LIMIT = 2000;

/** What one call did: returned (or resolved), threw (or rejected), or did not settle in time. */
export type Outcome =
  | {
      readonly kind: 'returned';
      readonly value: unknown;
      readonly ms: number;
      readonly async: boolean;
    }
  | {
      readonly kind: 'threw';
      readonly thrown: unknown;
      readonly ms: number;
      readonly async: boolean;
    }
  | {
      readonly kind: 'hung';
      readonly ms: number;
      readonly predicted?: boolean;
      /** For a prediction: the fastest probe and the fastest call without the big value. */
      readonly probeMs?: number;
      readonly baselineMs?: number;
    };

function isThenable(value: unknown): value is PromiseLike<unknown> {
  try {
    return (
      (typeof value === 'object' || typeof value === 'function') &&
      value !== null &&
      typeof (value as { then?: unknown }).then === 'function'
    );
  } catch {
    return false;
  }
}

function isGenerator(value: unknown): value is Generator {
  return Object.prototype.toString.call(value) === '[object Generator]';
}

/**
 * Calls `fn` and reports what happened, never throwing. A promise is awaited (a rejection is a
 * throw, `async: true`), with a deadline so a promise that never settles fails the test instead
 * of hanging it. A generator is a lazy result: its first item is taken, so an argument it only
 * reads when iterated is still judged.
 */
export async function outcomeOf(fn: AnyFunction, args: readonly unknown[]): Promise<Outcome> {
  const start = performance.now();
  let value: unknown;
  try {
    value = fn(...args);
    if (isGenerator(value)) value.next();
  } catch (thrown) {
    return { kind: 'threw', thrown, ms: performance.now() - start, async: false };
  }
  if (!isThenable(value)) {
    return { kind: 'returned', value, ms: performance.now() - start, async: false };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hung', ms: performance.now() - start }), 5 * HANG_MS);
  });
  const settled = Promise.resolve(value).then(
    (resolved): Outcome => ({
      kind: 'returned',
      value: resolved,
      ms: performance.now() - start,
      async: true,
    }),
    (thrown: unknown): Outcome => ({
      kind: 'threw',
      thrown,
      ms: performance.now() - start,
      async: true,
    }),
  );
  const outcome = await Promise.race([settled, timeout]);
  clearTimeout(timer);
  return outcome;
}

/** The arguments of one call, at full size or with each big hostile value replaced by its probe. */
export type ArgsFactory = (size: 'probe' | 'full') => unknown[];

/**
 * {@link outcomeOf} for arguments that may hold a big hostile value: the call is first made on
 * the probe (1/100 of the size); when the fastest of up to seven probes already takes more than
 * 1/100 of {@link HANG_MS}, the full call would take over {@link HANG_MS} even if the work were
 * linear, so it is reported as hung (`predicted`) without being made. With `baseline` (the same
 * call without the big value), only the time above the baseline is scaled.
 */
export async function outcomeOfBig(
  fn: AnyFunction,
  args: ArgsFactory,
  big: boolean,
  baseline?: () => readonly unknown[],
): Promise<Outcome> {
  if (big) {
    const first = await outcomeOf(fn, args('probe'));
    let probe = first.ms;
    let fixed = 0;
    // A prediction multiplies the probe's time by 100, and with it any noise of a 2-core runner
    // (a cold function, a collection): before calling a hang, the probe and the same call without
    // the big value are timed again, alternately, and the fastest of each kept.
    for (let round = 0; round < 6 && probe - fixed > HANG_MS / PROBE_SCALE; round++) {
      probe = Math.min(probe, (await outcomeOf(fn, args('probe'))).ms);
      if (baseline !== undefined) {
        // Only the work that grows with the big value scales with it: a call that spends 100 ms
        // on a valid argument whatever is planted beside it (a whole sample generated, a
        // dashboard computed) is not predicted to take 100 × 100 ms.
        const without = (await outcomeOf(fn, baseline())).ms;
        fixed = round === 0 ? without : Math.min(fixed, without);
      }
      fixed = Math.min(fixed, probe);
    }
    const ms = probe - fixed;
    // A call that takes 25 ms whatever is planted beside it (a whole sample generated) still
    // varies by 20 ms under load: only a probe at least twice the call without the big value is
    // scaled up; any other call is made in full and timed as it is.
    if (ms > HANG_MS / PROBE_SCALE && probe > 2 * fixed)
      return {
        kind: 'hung',
        ms: fixed + ms * PROBE_SCALE,
        predicted: true,
        probeMs: probe,
        baselineMs: fixed,
      };
  }
  return outcomeOf(fn, args('full'));
}

/** A short, safe description of a thrown value: its class and the start of its message. */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) {
      const code = thrown instanceof RendaError ? ` [${thrown.code}]` : '';
      return `${thrown.name}${code}: ${thrown.message.slice(0, 160)}`;
    }
    return `non-Error ${typeof thrown}`;
  } catch {
    return 'an unprintable value';
  }
}

/** Whether a thrown value follows the convention: a RendaError with a code. */
export function isRendaError(thrown: unknown): thrown is RendaError {
  return thrown instanceof RendaError && typeof thrown.code === 'string' && thrown.code !== '';
}

/**
 * The path of the first object or array reachable from `value` that is not frozen, or undefined
 * when all are. Walks iteratively (a deep result must not overflow the checker's own stack) and
 * visits each object once (cycles and shared parts).
 */
export function firstUnfrozen(value: unknown): string | undefined {
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, '$']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (!Object.isFrozen(current)) return path === '$' ? '$ (the result object itself)' : path;
    for (const key of Reflect.ownKeys(current)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(current, key);
      if (descriptor !== undefined && 'value' in descriptor) {
        stack.push([descriptor.value, `${path}.${String(key)}`]);
      }
    }
  }
  return undefined;
}

/** Why `JSON.stringify(value)` fails, or undefined when it gives a string. */
export function notJson(value: unknown): string | undefined {
  try {
    return typeof JSON.stringify(value) === 'string' ? undefined : 'JSON.stringify gave no text';
  } catch (thrown) {
    return `JSON.stringify threw ${describeThrown(thrown)}`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Why an error value (of a failed result) breaks the convention, or [] when it is fine. */
export function errorValueViolations(error: unknown): string[] {
  if (!isRecord(error)) return ['error is not an object'];
  const problems: string[] = [];
  if (typeof error.code !== 'string' || error.code === '')
    problems.push('error.code is not a string');
  const message = error.message;
  if (!isRecord(message)) return [...problems, 'error.message is not { zh-Hans, en }'];
  for (const locale of ['zh-Hans', 'en']) {
    const text = message[locale];
    if (typeof text !== 'string' || text === '')
      problems.push(`error.message['${locale}'] is not a string`);
    else if (text.length > MESSAGE_LIMIT) {
      problems.push(
        `error.message['${locale}'] has ${text.length} characters (quotes a bad value whole?)`,
      );
    }
  }
  return problems;
}

/** Why a thrown RendaError breaks the convention (e.g. a message quoting 10 MB), or []. */
export function thrownViolations(thrown: unknown): string[] {
  if (!isRendaError(thrown)) return [`threw ${describeThrown(thrown)}, not a RendaError`];
  return thrown.message.length > 2 * MESSAGE_LIMIT
    ? [`threw a RendaError whose message has ${thrown.message.length} characters`]
    : [];
}

/**
 * Why a `safeX` result breaks the convention, or [] when it is fine: `{ ok: true, value }` or
 * `{ ok: false, error }` (error with a code and a zh-Hans/en message), deeply frozen,
 * `JSON.stringify`-able.
 */
export function resultViolations(result: unknown): string[] {
  try {
    if (!isRecord(result))
      return [`returned ${result === null ? 'null' : typeof result}, not a result`];
    const problems: string[] = [];
    if (result.ok === true) {
      if (!('value' in result)) problems.push('{ ok: true } without value');
    } else if (result.ok === false) {
      if (!('error' in result)) problems.push('{ ok: false } without error');
      else problems.push(...errorValueViolations(result.error));
    } else {
      return ['returned an object whose ok is not a boolean'];
    }
    const unfrozen = firstUnfrozen(result);
    if (unfrozen !== undefined) problems.push(`result not deeply frozen at ${unfrozen}`);
    const json = notJson(result);
    if (json !== undefined) problems.push(`result not JSON-stringifiable: ${json}`);
    return problems;
  } catch (thrown) {
    return [`result could not be inspected: ${describeThrown(thrown)}`];
  }
}

/**
 * Structural equality for comparing `x` with `safeX`: primitives by `Object.is`, functions
 * equal to functions (each call may build its own closures), arrays and objects by own
 * enumerable keys, cycles allowed. Never throws: a value too deep or hostile to walk is
 * `incomparable`.
 */
export function sameValue(a: unknown, b: unknown): 'equal' | 'different' | 'incomparable' {
  const pairs = new Map<object, Set<object>>();
  const equal = (x: unknown, y: unknown): boolean => {
    if (Object.is(x, y)) return true;
    if (typeof x === 'function' && typeof y === 'function') return true;
    if (!isRecord(x) || !isRecord(y)) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    const seen = pairs.get(x) ?? new Set<object>();
    if (seen.has(y)) return true;
    seen.add(y);
    pairs.set(x, seen);
    const keysX = Object.keys(x);
    const keysY = Object.keys(y);
    if (keysX.length !== keysY.length) return false;
    return keysX.every((key) => Object.hasOwn(y, key) && equal(x[key], y[key]));
  };
  try {
    return equal(a, b) ? 'equal' : 'different';
  } catch {
    return 'incomparable';
  }
}
