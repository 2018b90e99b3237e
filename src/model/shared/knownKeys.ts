import type * as z from 'zod';

// The keys a schema knows for the object at a path, read from zod's definitions, so that an
// UNKNOWN_KEY issue can name the nearest known key. zod's finished issues no longer carry the
// object schema that refused the key, so the path is walked again from the root schema.

type Def = { readonly type?: string } & Readonly<Record<string, unknown>>;

/** More candidate schemas than this at one step (unions of unions …) stop the walk. */
const MAX_CANDIDATES = 64;
/** Wrappers (optional, lazy, pipe …) unwrapped around one schema at most. */
const MAX_UNWRAP = 32;

function defOf(schema: unknown): Def | undefined {
  const zod = (schema as { _zod?: { def?: Def } } | undefined)?._zod;
  return zod?.def;
}

/** The schemas a value at this schema may be checked against: wrappers removed, unions spread. */
function expand(schema: unknown, out: unknown[], depth = 0): void {
  const def = defOf(schema);
  if (def === undefined || depth > MAX_UNWRAP || out.length > MAX_CANDIDATES) return;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'success':
    case 'promise':
      expand(def.innerType, out, depth + 1);
      return;
    case 'pipe':
      // The input side names the keys a caller writes.
      expand(def.in, out, depth + 1);
      return;
    case 'lazy':
      expand((def.getter as () => unknown)(), out, depth + 1);
      return;
    case 'union':
      for (const option of def.options as readonly unknown[]) expand(option, out, depth + 1);
      return;
    case 'intersection':
      expand(def.left, out, depth + 1);
      expand(def.right, out, depth + 1);
      return;
    default:
      out.push(schema);
  }
}

/** The schemas of the value one step down (`key`) from these. */
function step(candidates: readonly unknown[], key: PropertyKey): unknown[] {
  const next: unknown[] = [];
  for (const candidate of candidates) {
    const def = defOf(candidate);
    if (def === undefined) continue;
    if (def.type === 'object' && typeof key === 'string') {
      const shape = def.shape as Readonly<Record<string, unknown>>;
      if (Object.hasOwn(shape, key)) expand(shape[key], next);
      else if (def.catchall !== undefined) expand(def.catchall, next);
    } else if (def.type === 'array' && typeof key === 'number') {
      expand(def.element, next);
    } else if (def.type === 'tuple' && typeof key === 'number') {
      const items = def.items as readonly unknown[];
      expand(key < items.length ? items[key] : def.rest, next);
    } else if (def.type === 'record') {
      expand(def.valueType, next);
    }
  }
  return next;
}

/**
 * The keys the object schema(s) at `path` below `root` declare, or `undefined` when the path
 * does not lead to an object schema. Never throws: a lazy schema that throws reads as unknown.
 */
export function knownKeysAt(
  root: z.core.$ZodType,
  path: readonly PropertyKey[],
): readonly string[] | undefined {
  try {
    let candidates: unknown[] = [];
    expand(root, candidates);
    for (const key of path) {
      candidates = step(candidates, key);
      if (candidates.length === 0) return undefined;
    }
    const keys = new Set<string>();
    for (const candidate of candidates) {
      const def = defOf(candidate);
      if (def?.type === 'object') {
        for (const key of Object.keys(def.shape as object)) keys.add(key);
      }
    }
    return keys.size > 0 ? [...keys] : undefined;
  } catch {
    return undefined;
  }
}
