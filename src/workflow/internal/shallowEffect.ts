import { frozenCopy } from '../../internal/deepFreeze.js';
import type { WorkflowRecord } from '../types.js';

// A live transition's effect, run without immer when that is safe (internal).
//
// Most effects append to one of the record's arrays or set one of its fields. immer makes a
// proxy for every object the effect reaches and walks what it created when it finishes, which
// was half of a transition's time. Here the effect gets a copy of the record's top level whose
// fields are copied, one level deep, the first time the effect reads them; everything below
// stays the input's own frozen objects. An effect that writes deeper (an assignment's
// `acceptedAt`) throws on the frozen object, and the engine runs it again through immer, whose
// result is the authority. So does one that returns a value or touches `state` or `history`:
// immer then reports the misuse as it always has.

type Fields = Record<string, unknown>;

/** Whether every item or field of a one-level copy's source is frozen (or no object). */
function partsFrozen(value: object): boolean {
  const parts = Array.isArray(value) ? value : Object.values(value);
  for (const part of parts) {
    if (typeof part === 'object' && part !== null && !Object.isFrozen(part)) return false;
  }
  return true;
}

/**
 * A copy of an array, holes kept, as `slice` makes it. V8's `slice` of a frozen array (every
 * record's) takes a slow path, ten times this loop's time: it was a tenth of a transition's.
 */
function copyArray(list: readonly unknown[]): unknown[] {
  const length = list.length;
  const copy: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) if (i in list) copy[i] = list[i];
  return copy;
}

/** A one-level copy of a frozen plain array or object, or `undefined` when it is not one. */
function copyOneLevel(value: object): object | undefined {
  if (!Object.isFrozen(value) || !partsFrozen(value)) return undefined;
  if (Array.isArray(value)) {
    // Anything but a plain array keeps `slice`, which copies it as its species says.
    return Object.getPrototypeOf(value) === Array.prototype ? copyArray(value) : value.slice();
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  return Object.assign(Object.create(proto) as object, value);
}

/** Whether a one-level copy still holds exactly what its source held. */
function unchanged(copy: object, source: object): boolean {
  if (Array.isArray(copy)) {
    const list = source as readonly unknown[];
    if (copy.length !== list.length) return false;
    for (let i = 0; i < copy.length; i++) if (copy[i] !== list[i]) return false;
    return true;
  }
  const keys = Object.keys(copy);
  if (keys.length !== Object.keys(source).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(source, key) || (copy as Fields)[key] !== (source as Fields)[key]) {
      return false;
    }
  }
  return true;
}

/**
 * Freezes a one-level copy the engine made, in place: its parts are the input's (frozen) or the
 * effect's new values, which are copied frozen as anything stored is (they may be the caller's).
 */
function freezeCopy(copy: object): object {
  const fields = copy as Fields;
  for (const key of Object.keys(fields)) {
    const part = fields[key];
    if (typeof part === 'object' && part !== null && !Object.isFrozen(part)) {
      fields[key] = frozenCopy(part);
    }
  }
  return Object.freeze(copy);
}

/** Thrown inside the effect's reads when a field cannot be copied one level safely. */
class NotShallow extends Error {}

/**
 * Runs `effect` on a lazily copied top level of `record` (a deeply frozen record). Returns the
 * changed record, every part frozen (the changed ones copied, the others the input's own) and
 * the top level not, or `undefined` when the effect must run through immer instead.
 */
export function shallowEffect(
  record: WorkflowRecord,
  effect: (draft: never) => unknown,
): WorkflowRecord | undefined {
  const source = record as unknown as Fields;
  const top: Fields = { ...source };
  // The fields the effect read (each then copied one level) and the ones it set or deleted:
  // only these can differ from the input's.
  const copied = new Map<string, object>();
  const written = new Set<string>();
  let refused = false;
  const draft = new Proxy(top, {
    get(target, key) {
      const value = target[key as string];
      if (
        typeof key === 'string' &&
        typeof value === 'object' &&
        value !== null &&
        !copied.has(key) &&
        value === source[key]
      ) {
        const copy = copyOneLevel(value);
        if (copy === undefined) {
          refused = true;
          throw new NotShallow();
        }
        target[key] = copy;
        copied.set(key, copy);
        return copy;
      }
      return value;
    },
    set(target, key, value) {
      if (typeof key === 'string') written.add(key);
      target[key as string] = value;
      return true;
    },
    // Noted too, so that every field the effect set comes back frozen, however it was set.
    // A hidden field the effect cannot overwrite (not enumerable, and a getter or read-only) is
    // not one of the fields freezeFreshRecord walks, which left it as it is: noting it would make
    // the settling below assign to it and throw, refusing an effect that was applied before.
    defineProperty(target, key, descriptor) {
      const defined = Reflect.defineProperty(target, key, descriptor);
      const now = Reflect.getOwnPropertyDescriptor(target, key);
      if (typeof key === 'string' && (now === undefined || now.enumerable || now.writable)) {
        written.add(key);
      }
      return defined;
    },
    deleteProperty(target, key) {
      if (typeof key === 'string') written.add(key);
      return delete target[key as string];
    },
  });
  try {
    if (effect(draft as never) !== undefined) return undefined;
  } catch {
    return undefined;
  }
  // `refused`: a read was refused, even if the effect caught what it threw.
  if (refused || top.state !== source.state) return undefined;
  const settle = (key: string): void => {
    if (!Object.hasOwn(top, key)) return;
    const value = top[key];
    const copy = copied.get(key);
    if (copy !== undefined && value === copy) {
      const original = source[key] as object;
      // A field the effect only read (or wrote back as it was) stays the input's own.
      top[key] = unchanged(copy, original) ? original : freezeCopy(copy);
    } else if (value !== source[key]) {
      top[key] = frozenCopy(value);
    }
  };
  for (const key of copied.keys()) settle(key);
  for (const key of written) if (!copied.has(key)) settle(key);
  if (top.history !== source.history) return undefined;
  return top as unknown as WorkflowRecord;
}
