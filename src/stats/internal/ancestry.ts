import { quote } from '../../internal/quote.js';
import type { BilingualText } from '../../model/shared/localized.js';
import { fail, fieldName } from './invalidInput.js';

/** How a hierarchy names a key's parent: a string, or `null` / `undefined` for a root. */
export type ParentLookup = (key: string) => string | null | undefined;

/**
 * The most levels a roll-up follows from a key to its root. Division codes have five levels and
 * station hierarchies four or five; a `parentOf` that makes up new keys forever stops here.
 */
export const MAX_ROLL_UP_DEPTH = 64;

/** Where a hierarchy came from, for its messages: a roll-up's `parentOf`, a station list. */
export interface HierarchySource {
  readonly path: readonly (string | number)[];
  readonly field: BilingualText;
}

/** The hierarchy of a roll-up: its `options.parentOf`. */
export const PARENT_OF: HierarchySource = /* @__PURE__ */ Object.freeze({
  path: Object.freeze(['options', 'parentOf']),
  field: fieldName('上级函数', 'parentOf'),
});

/** A chain of keys as a message shows it, `a → b → a`, cut to a readable length. */
export const chainText = (keys: readonly string[]): string =>
  quote(keys.map((key) => quote(key)).join(' → '));

/**
 * The parent of every key and of every ancestor (internal): `parentOf` is called once per node,
 * and a cycle or a chain deeper than {@link MAX_ROLL_UP_DEPTH} is refused by name, so the walk
 * always ends.
 */
export function ancestry(
  model: string,
  keys: Iterable<string>,
  parentOf: ParentLookup,
  source: HierarchySource = PARENT_OF,
): Map<string, string | null> {
  const parents = new Map<string, string | null>();
  for (const leaf of keys) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let key = leaf;
    while (!parents.has(key)) {
      path.push(key);
      onPath.add(key);
      const parent = parentOf(key);
      if (parent === null || parent === undefined) {
        parents.set(key, null);
        break;
      }
      if (typeof parent !== 'string') {
        fail(model, 'INVALID_VALUE', source.path, {
          field: source.field,
          rule: fieldName(
            `必须返回字符串、null 或 undefined（${quote(key)} 的上级）`,
            `must return a string, null or undefined (the parent of ${quote(key)})`,
          ),
          got: parent,
        });
      }
      if (onPath.has(parent)) {
        fail(model, 'PARENT_CYCLE', source.path, {
          field: source.field,
          rule: fieldName(
            `形成了环：${chainText([...path.slice(path.indexOf(parent)), parent])}`,
            `leads in a cycle: ${chainText([...path.slice(path.indexOf(parent)), parent])}`,
          ),
        });
      }
      if (path.length >= MAX_ROLL_UP_DEPTH) {
        fail(model, 'TOO_DEEP', source.path, {
          field: source.field,
          rule: fieldName(
            `从 ${quote(leaf)} 向上超过 ${MAX_ROLL_UP_DEPTH} 层仍未到顶`,
            `goes up more than ${MAX_ROLL_UP_DEPTH} levels from ${quote(leaf)} without reaching a root`,
          ),
        });
      }
      parents.set(key, parent);
      key = parent;
    }
  }
  return parents;
}

/** The depth of every node, its root at 0 (internal; the parents come from {@link ancestry}). */
export function depths(parents: ReadonlyMap<string, string | null>): Map<string, number> {
  const depth = new Map<string, number>();
  const depthOf = (key: string): number => {
    const known = depth.get(key);
    if (known !== undefined) return known;
    // Iterative, not recursive: climb to the first node of known depth, then fill the path.
    const path: string[] = [];
    let current: string | null = key;
    let base = -1;
    while (current !== null) {
      const seen = depth.get(current);
      if (seen !== undefined) {
        base = seen;
        break;
      }
      path.push(current);
      current = parents.get(current) ?? null;
    }
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i] as string, base + path.length - i);
    return depth.get(key) as number;
  };
  for (const key of parents.keys()) depthOf(key);
  return depth;
}
