import { freeze } from 'immer';

/**
 * Deep-freezes the plain objects and arrays of a tree in place and returns it, stopping at
 * anything already frozen (the parts a new record shares with a frozen input). Other objects (Map,
 * Set, immerable classes) are left to immer's `freeze`, so the result matches immer's deep freeze;
 * a direct walk is several times faster on records of plain data. Shared by every area: what the
 * library returns is frozen (DESIGN.md), always the same way.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    Object.freeze(value);
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    return value;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    freeze(value, true);
    return value;
  }
  Object.freeze(value);
  const record = value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) deepFreeze(record[key]);
  return value;
}

/**
 * A deeply frozen version of `value` that never freezes what the caller owns: a frozen part is
 * returned as it is (the parts a result shares with a frozen input, the usual case, cost one
 * check), and a plain object or array that is not frozen is copied, own keys and prototype kept
 * (an own `__proto__` key stays an own key), and the copy frozen. Freezing a caller's object
 * would mutate it; what the library returns must still be frozen (DESIGN.md). Other objects
 * (Map, class instances) are not data renda copies: they are frozen as {@link deepFreeze} does.
 */
export function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = frozenCopy(value[i]);
    return Object.freeze(copy) as T;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    freeze(value, true);
    return value;
  }
  const copy = Object.create(proto) as Record<string, unknown>;
  const record = value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) {
    Object.defineProperty(copy, key, {
      value: frozenCopy(record[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return Object.freeze(copy) as T;
}
