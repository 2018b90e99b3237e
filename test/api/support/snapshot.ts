/**
 * A deep snapshot of plain data, to prove a call did not mutate its arguments: every plain
 * object and array, its prototype, whether it is frozen or extensible (freezing the caller's
 * objects is a mutation too), and every own property. Functions and primitives are kept as they
 * are. Returns undefined when the value is not plain data (a Proxy, a getter, a cycle, a class
 * instance, or deeper than {@link SNAPSHOT_DEPTH}): then there is nothing honest to compare.
 */
export type Snapshot =
  | { readonly leaf: unknown }
  | {
      readonly kind: 'array' | 'object' | 'null-prototype';
      readonly frozen: boolean;
      readonly extensible: boolean;
      readonly entries: readonly (readonly [string, Snapshot])[];
    };

/** Deeper than this, an argument is not snapshotted (the 100k-deep hostile object). */
export const SNAPSHOT_DEPTH = 200;

class NotPlain extends Error {}

export function snapshotOf(value: unknown): Snapshot | undefined {
  const ancestors = new Set<object>();
  const walk = (current: unknown, depth: number): Snapshot => {
    if (typeof current !== 'object' || current === null) return { leaf: current };
    if (depth > SNAPSHOT_DEPTH || ancestors.has(current)) throw new NotPlain();
    const proto = Object.getPrototypeOf(current);
    const kind = Array.isArray(current)
      ? 'array'
      : proto === Object.prototype
        ? 'object'
        : proto === null
          ? 'null-prototype'
          : undefined;
    if (kind === undefined) throw new NotPlain();
    ancestors.add(current);
    const entries: [string, Snapshot][] = [];
    for (const key of Reflect.ownKeys(current)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(current, key)!;
      if (!('value' in descriptor)) throw new NotPlain();
      entries.push([String(key), walk(descriptor.value, depth + 1)]);
    }
    ancestors.delete(current);
    return {
      kind,
      frozen: Object.isFrozen(current),
      extensible: Object.isExtensible(current),
      entries,
    };
  };
  try {
    return walk(value, 0);
  } catch {
    return undefined;
  }
}

/** The first path where two snapshots differ, or undefined when they are the same. */
export function firstDifference(before: Snapshot, after: Snapshot, path = '$'): string | undefined {
  if ('leaf' in before || 'leaf' in after) {
    return 'leaf' in before && 'leaf' in after && Object.is(before.leaf, after.leaf)
      ? undefined
      : `${path} changed`;
  }
  if (before.kind !== after.kind) return `${path} changed kind`;
  if (before.frozen !== after.frozen) return `${path} was frozen by the call`;
  if (before.extensible !== after.extensible) return `${path} was made non-extensible by the call`;
  if (before.entries.length !== after.entries.length) return `${path} gained or lost keys`;
  for (const [index, [key, child]] of before.entries.entries()) {
    const other = after.entries[index];
    if (other === undefined || other[0] !== key) return `${path} changed its keys`;
    const difference = firstDifference(child, other[1], `${path}.${key}`);
    if (difference !== undefined) return difference;
  }
  return undefined;
}
