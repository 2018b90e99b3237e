/**
 * Deep-freezes the plain objects and arrays of a tree in place and returns it, stopping at
 * anything already frozen (the parts a new record shares with a frozen input). A Map or a Set is
 * frozen by {@link freezeForeign}; any other object that is not plain data is left as it is. Shared by every area: what the
 * library returns is frozen (DESIGN.md), always the same way.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  freezeTree(value);
  return value;
}

/** An object with no keys of its own: for…in over it yields what Object.prototype lists. */
const NO_OWN_KEYS: object = {};

/**
 * Whether `Object.prototype` has enumerable keys (a polluted prototype), which for…in over a plain
 * object would list beside its own. Asked of every object walked (a getter of the input could
 * pollute the prototype half way), which costs far less than an own-key test of every key.
 */
function inheritsEnumerableKeys(): boolean {
  for (const _key in NO_OWN_KEYS) return true;
  return false;
}

/**
 * Whether a part still needs the walk: an object not yet frozen. Most parts are strings and
 * numbers, checked here without a call; a fresh object is extensible, which V8 answers far faster
 * than `Object.isFrozen`, so that is asked only of the rest (sealed, or frozen and shared).
 */
const needsFreezing = (part: unknown): part is object =>
  typeof part === 'object' &&
  part !== null &&
  (Object.isExtensible(part) || !Object.isFrozen(part));

/** {@link deepFreeze} of an object known not to be frozen yet. */
function freezeTree(value: object): void {
  if (Array.isArray(value)) {
    Object.freeze(value);
    for (let i = 0; i < value.length; i++) {
      const part: unknown = value[i];
      if (needsFreezing(part)) freezeTree(part);
    }
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    freezeForeign(value);
    return;
  }
  // Frozen before its parts are walked, so a cycle ends at an object already frozen.
  Object.freeze(value);
  const record = value as Readonly<Record<string, unknown>>;
  // for…in allocates no key array (parsing a record freezes hundreds of small objects); own keys
  // only, so a polluted prototype is never walked. V8 lists the keys when the loop starts, so the
  // question asked just before it holds for the whole loop.
  const ownOnly = inheritsEnumerableKeys();
  for (const key in record) {
    if (ownOnly && !Object.hasOwn(record, key)) continue;
    const part = record[key];
    if (needsFreezing(part)) freezeTree(part);
  }
}

/**
 * A deep, unfrozen copy of the plain objects and arrays in `value`, own keys and prototype kept,
 * that a replay may write to in place: neither the caller's data nor a frozen record is ever
 * written through it. Other objects (Map, class instances) are kept as they are; an effect that
 * writes to one is refused by the in-place replay and replayed through immer.
 */
export function workingCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = workingCopy(value[i]);
    return copy as T;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy = Object.create(proto) as Record<string, unknown>;
  const record = value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) setOwn(copy, key, workingCopy(record[key]));
  return copy as T;
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
    freezeForeign(value);
    return value;
  }
  const copy = Object.create(proto) as Record<string, unknown>;
  const record = value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) setOwn(copy, key, frozenCopy(record[key]));
  return Object.freeze(copy) as T;
}

/**
 * Deep-freezes a fresh object of renda's own making (the record a transition builds) in place:
 * its parts go through {@link frozenCopy}, so a part that came from the caller is copied, not
 * frozen, while the object itself is not copied again.
 */
export function freezeFreshRecord<T extends object>(value: T): T {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const part = record[key];
    if (typeof part === 'object' && part !== null && !Object.isFrozen(part)) {
      setOwn(record, key, frozenCopy(part));
    }
  }
  return Object.freeze(value);
}

/**
 * Sets an own data property. Plain assignment is much faster than `defineProperty` and is the
 * same for every key but `__proto__`, which assignment would take as the prototype.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key !== '__proto__') target[key] = value;
  else {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

/** What a frozen Map's or Set's changing methods do instead. */
function refuseChange(): never {
  throw new TypeError('This collection is frozen and cannot be changed');
}

/**
 * Freezes a Map or a Set as far as JavaScript allows, as immer's deep freeze does: `Object.freeze`
 * leaves its entries changeable, so its changing methods are replaced by ones that throw, and its
 * values (not a Map's keys) are frozen too. Any other object that is not plain data (a class
 * instance, a typed array, a Date) is left as it is: it is not renda's to freeze, and a typed
 * array with elements cannot be frozen at all.
 */
export function freezeForeign(value: object): void {
  if (!(value instanceof Map || value instanceof Set)) return;
  for (const method of ['set', 'add', 'delete', 'clear']) {
    if (method in value) Object.defineProperty(value, method, { value: refuseChange });
  }
  Object.freeze(value);
  (value as Map<unknown, unknown>).forEach((part) => {
    deepFreeze(part);
  });
}
