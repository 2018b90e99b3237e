// Reading and writing objects keyed by the caller's ids (internal): an id such as `__proto__` is
// a key like any other, never the prototype. The tallies' JSON states and the selections' scores
// and votes are keyed so.

/** An own property, or `undefined` (an id such as `__proto__` is a key like any other). */
export function own<T>(object: { readonly [key: string]: T }, key: string): T | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Sets an own property, whatever the key (never the prototype). */
export function put<T>(object: { [key: string]: T }, key: string, value: T): void {
  Object.defineProperty(object, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
