import { quote } from '../internal/quote.js';

/** A path into a record: keys and array indexes. */
export type RecordPath = readonly (string | number)[];

/** One place where two records differ: the path, and each side's value there (absent: missing). */
export interface Difference {
  readonly path: RecordPath;
  readonly expected?: unknown;
  readonly found?: unknown;
}

const isPlainObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The places where `found` differs from `expected`, in the order of `expected`'s keys (then the
 * keys only `found` has), at most `limit` of them. A key whose value is `undefined` counts as
 * missing, as it does in JSON; arrays of different lengths differ at their first differing item
 * or else at `length`. Linear in the size of the two values.
 */
export function differences(expected: unknown, found: unknown, limit = 50): Difference[] {
  const out: Difference[] = [];
  const walk = (a: unknown, b: unknown, path: (string | number)[]): void => {
    if (out.length >= limit || Object.is(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      const shared = Math.min(a.length, b.length);
      for (let i = 0; i < shared && out.length < limit; i++) walk(a[i], b[i], [...path, i]);
      if (a.length !== b.length && out.length < limit) {
        out.push({ path: [...path, 'length'], expected: a.length, found: b.length });
      }
      return;
    }
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const key of Object.keys(a)) {
        if (out.length >= limit) return;
        walk(a[key], b[key], [...path, key]);
      }
      for (const key of Object.keys(b)) {
        if (out.length >= limit) return;
        if (a[key] === undefined && b[key] !== undefined) walk(undefined, b[key], [...path, key]);
      }
      return;
    }
    out.push({
      path,
      ...(a === undefined ? {} : { expected: a }),
      ...(b === undefined ? {} : { found: b }),
    });
  };
  walk(expected, found, []);
  return out;
}

/** The value at `path` in `value`, or `undefined`. */
export function valueAt(value: unknown, path: RecordPath): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    if (key === 'length' && Array.isArray(node)) return node.length;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A value as a divergence reports it: primitives as they are (text cut to 200 characters),
 * objects and arrays as their JSON text cut the same way, so the report stays small and JSON.
 */
export function shown(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') {
    return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
  }
  if (typeof value === 'string') return quote(value);
  try {
    return quote(JSON.stringify(value));
  } catch {
    return quote(value);
  }
}

/** A comparable fingerprint of a (small) value, for spotting the step that last changed it. */
export function fingerprint(value: unknown): string {
  if (typeof value !== 'object' || value === null) return `${typeof value}:${String(value)}`;
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '?';
  }
}
