import { freezeForeign } from './deepFreeze.js';

/** How deep a result may nest: far more than any result renda builds, far less than the stack. */
export const RESULT_MAX_DEPTH = 64;

/**
 * Why a result cannot be handed out as frozen JSON: it carries, from the input, a cycle, a
 * BigInt, a getter or nesting deeper than {@link RESULT_MAX_DEPTH}, at `path` of the result.
 */
export class NotJsonResult extends Error {
  readonly path: readonly (string | number)[];
  readonly what: 'cycle' | 'bigint' | 'getter' | 'depth';
  constructor(path: readonly (string | number)[], what: NotJsonResult['what']) {
    super(`the result would carry a ${what} at ${path.join('.') || '(top)'}`);
    this.name = 'NotJsonResult';
    this.path = path;
    this.what = what;
  }
}

/**
 * Every object a walk has handed out: frozen, and all its parts too, so it can never change again.
 * A result handed out by one guarded function and returned by the guarded function that called
 * it (suggestionStats → aggregate → finalizeAggregate) is then not walked again.
 */
const DEEP_FROZEN = new WeakSet<object>();

/**
 * Freezes an object or array just built from primitives and deep-frozen parts (an overdue item of
 * a dashboard, the list of them), and records it as deep-frozen when it is, so a result that holds
 * tens of thousands of them is not walked part by part on the way out. An object with any other
 * part is only frozen; {@link frozenResult} still walks it.
 */
export function freezeFresh<T extends object>(value: T): T {
  Object.freeze(value);
  for (const key in value) {
    const part: unknown = value[key];
    if (typeof part === 'bigint') return value;
    if (typeof part === 'object' && part !== null && !DEEP_FROZEN.has(part)) return value;
  }
  DEEP_FROZEN.add(value);
  return value;
}

/**
 * The result of a function as it may be handed out: deeply frozen and JSON-able, without freezing
 * anything the caller owns. Functions build results from fresh objects and from values of their
 * input (ids, rules, records); an input that was not frozen, or was frozen only at the top, would
 * otherwise leave the result partly mutable, or be frozen by the call. Frozen parts whose parts
 * are all frozen are kept as they are (shared, one visit each); any other plain object or array
 * is copied (own keys and prototype kept) and the copy frozen. Functions are kept (accumulators
 * and group keys carry them). Throws {@link NotJsonResult} for a cycle, a BigInt, a getter or
 * nesting deeper than {@link RESULT_MAX_DEPTH}: what no JSON result can hold.
 */
export function frozenResult<T>(value: T): T {
  const done = new Map<object, unknown>();
  const open = new Set<object>();
  const path: (string | number)[] = [];
  const walk = (current: unknown): unknown => {
    if (typeof current === 'bigint') throw new NotJsonResult([...path], 'bigint');
    if (typeof current !== 'object' || current === null) return current;
    if (DEEP_FROZEN.has(current)) return current;
    if (done.has(current)) return done.get(current);
    if (open.has(current)) throw new NotJsonResult([...path], 'cycle');
    if (path.length > RESULT_MAX_DEPTH) throw new NotJsonResult([...path], 'depth');
    const isArray = Array.isArray(current);
    const proto = Object.getPrototypeOf(current);
    if (!isArray && proto !== Object.prototype && proto !== null) {
      // Not data renda copies (a Map, a class instance): frozen as deepFreeze does.
      freezeForeign(current);
      done.set(current, current);
      return current;
    }
    open.add(current);
    const keys = isArray ? Array.from(current as unknown[], (_, i) => i) : Object.keys(current);
    const values: unknown[] = [];
    let changed = !Object.isFrozen(current);
    for (const key of keys) {
      const descriptor = Reflect.getOwnPropertyDescriptor(current, key);
      path.push(key);
      if (descriptor !== undefined && !('value' in descriptor)) {
        throw new NotJsonResult([...path], 'getter');
      }
      const before = descriptor?.value;
      const after = walk(before);
      path.pop();
      if (after !== before) changed = true;
      values.push(after);
    }
    open.delete(current);
    let out: object = current;
    if (changed) {
      if (isArray) out = values;
      else {
        const copy = Object.create(proto) as object;
        keys.forEach((key, i) => {
          Object.defineProperty(copy, key, {
            value: values[i],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        });
        out = copy;
      }
      Object.freeze(out);
    }
    DEEP_FROZEN.add(out);
    done.set(current, out);
    return out;
  };
  return walk(value) as T;
}
