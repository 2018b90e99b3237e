// What each column of a model's spreadsheet holds, read once from the model's zod schema: the
// export writes cells by it and the import reads them back by it, so the two cannot disagree.
import { ENUM_GROUPS, type EnumGroup } from '../../i18n/enumGroups.js';
import { IdSchema, IsoTimestampSchema } from '../../model/shared/primitives.js';

/** A cell's kind. */
export type Leaf =
  | { readonly kind: 'id' | 'text' | 'number' | 'boolean' | 'day' | 'timestamp' | 'json' }
  /** `groups`: the label groups that hold the values (two when a union merges two enums). */
  | {
      readonly kind: 'enum';
      readonly values: readonly string[];
      readonly groups: readonly EnumGroup[];
    }
  /** Several values in one cell, joined by 、. */
  | { readonly kind: 'list'; readonly item: Leaf };

/** An object's fields, each with whether it may be absent. */
export interface ObjectNode {
  readonly kind: 'object';
  readonly fields: ReadonlyMap<string, Field>;
}

/** An array of objects: one set of columns per item, numbered from 1. */
export interface ObjectsNode {
  readonly kind: 'objects';
  readonly item: ObjectNode;
}

/** A node of the tree. */
export type ColumnNode = Leaf | ObjectNode | ObjectsNode;

/** One field of an object. */
export interface Field {
  readonly node: ColumnNode;
  readonly optional: boolean;
}

interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}

const defOf = (schema: unknown): Def =>
  ((schema as { _zod?: { def?: Def } })._zod?.def ?? { type: 'unknown' }) as Def;

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
]);

/** The schema under optional/default/… wrappers, and whether one of them lets it be absent. */
function unwrap(schema: unknown): { schema: unknown; optional: boolean } {
  let current = schema;
  let optional = false;
  for (let depth = 0; depth < 16; depth++) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault')
      optional = true;
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === 'lazy') current = (def.getter as () => unknown)();
    else break;
  }
  return { schema: current, optional };
}

/** The group whose values are exactly these, else the smallest that holds them all. */
function groupOf(values: readonly string[]): EnumGroup | undefined {
  let best: EnumGroup | undefined;
  let bestSize = Number.POSITIVE_INFINITY;
  for (const [group, tuple] of Object.entries(ENUM_GROUPS) as [EnumGroup, readonly string[]][]) {
    if (!values.every((v) => tuple.includes(v))) continue;
    if (tuple.length < bestSize) {
      best = group;
      bestSize = tuple.length;
    }
  }
  return best;
}

function enumLeaf(values: readonly string[]): Leaf {
  if (values.length === 0) return { kind: 'json' };
  const group = groupOf(values);
  return { kind: 'enum', values, groups: group === undefined ? [] : [group] };
}

function objectOf(shapes: readonly Readonly<Record<string, unknown>>[]): ObjectNode {
  const fields = new Map<string, Field>();
  // A discriminated union reads as one object with every option's fields; its discriminator's
  // literals merge into one enumeration.
  const literals = new Map<string, string[]>();
  for (const shape of shapes) {
    for (const [key, schema] of Object.entries(shape)) {
      const inner = unwrap(schema);
      const def = defOf(inner.schema);
      if (def.type === 'literal') {
        const list = literals.get(key) ?? [];
        for (const v of def.values as unknown[])
          if (typeof v === 'string' && !list.includes(v)) list.push(v);
        literals.set(key, list);
      }
      const node = nodeOf(schema);
      const seen = fields.get(key);
      if (seen === undefined)
        fields.set(key, { node, optional: inner.optional || shapes.length > 1 });
      else if (seen.node.kind === 'enum' && node.kind === 'enum') {
        // Options that share a key with different enumerations (a suspension's reason and an
        // end's): one column that takes the values and labels of both.
        fields.set(key, {
          optional: seen.optional,
          node: {
            kind: 'enum',
            values: [...new Set([...seen.node.values, ...node.values])],
            groups: [...new Set([...seen.node.groups, ...node.groups])],
          },
        });
      }
    }
  }
  for (const [key, values] of literals) {
    const field = fields.get(key) as Field;
    fields.set(key, { node: enumLeaf(values), optional: field.optional && shapes.length === 1 });
  }
  return { kind: 'object', fields };
}

/** The column tree of a schema. */
export function nodeOf(schema: unknown): ColumnNode {
  const inner = unwrap(schema).schema;
  if (inner === IdSchema) return { kind: 'id' };
  if (inner === IsoTimestampSchema) return { kind: 'timestamp' };
  const def = defOf(inner);
  switch (def.type) {
    case 'object':
      return objectOf([def.shape as Record<string, unknown>]);
    case 'union': {
      const options = (def.options as unknown[]).map((o) => unwrap(o).schema);
      const defs = options.map(defOf);
      if (defs.every((d) => d.type === 'object'))
        return objectOf(defs.map((d) => d.shape as Record<string, unknown>));
      if (defs.every((d) => d.type === 'literal' || d.type === 'enum'))
        return enumLeaf(defs.flatMap(valuesOf));
      return { kind: 'json' };
    }
    case 'array': {
      const item = nodeOf(def.element);
      if (item.kind === 'object') return { kind: 'objects', item };
      if (item.kind === 'objects' || item.kind === 'list' || item.kind === 'json')
        return { kind: 'json' };
      return { kind: 'list', item };
    }
    case 'enum':
    case 'literal':
      return enumLeaf(valuesOf(def));
    case 'string':
      return def.format === 'date' ? { kind: 'day' } : { kind: 'text' };
    case 'number':
    case 'int':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'pipe':
      return nodeOf(def.in);
    default:
      return { kind: 'json' };
  }
}

function valuesOf(def: Def): string[] {
  const raw =
    def.type === 'enum' ? Object.values(def.entries as object) : (def.values as unknown[]);
  return raw.filter((v): v is string => typeof v === 'string');
}
