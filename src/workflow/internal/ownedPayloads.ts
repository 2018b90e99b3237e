import type * as z from 'zod';
import { compiledSchema } from '../../internal/compiledSchema.js';

// Payload schemas renda itself wrote (the suggestion workflow's), which the engine may parse
// through zod's generated fast path. A workflow's payload schema is otherwise the caller's:
// `z.compile` adds methods to a schema and its parts, so a schema that comes in a definition is
// parsed as it is. Compiling changes only the speed: a payload the fast path refuses is parsed
// again on zod's runtime path, so the issues, and the bilingual errors made of them, are zod's own.
// What is compiled is a clone (the same definition, sharing its parts): compiling binds methods
// on the schema it is given, and renda's own schemas stay exactly as the workflow holds them.

const OWNED = /* @__PURE__ */ new WeakSet<object>();

/** Marks a payload schema as renda's own (see above) and returns it. */
export function ownedPayload<TSchema extends object>(schema: TSchema): TSchema {
  OWNED.add(schema);
  return schema;
}

/**
 * Whether a payload schema is renda's own. Its output is then data zod made afresh (objects,
 * arrays, strings, numbers, booleans: renda's payload schemas pass no part of the input through).
 */
export const isOwnedPayload = (schema: object): boolean => OWNED.has(schema);

/** Deeper than any of renda's payloads: a deeper one is left to `toJsonObject` and its limit. */
const FRESH_DEPTH = 16;

/**
 * Whether the output of one of renda's own schemas is already what `toJsonObject` would copy it
 * to: plain objects and arrays without holes, strings, booleans, finite numbers and null, and no
 * `undefined` (which the copy leaves out). It then needs no copy: zod made it for this call.
 */
export function isFreshJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (depth > FRESH_DEPTH) return false;
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) return false;
        for (let i = 0; i < value.length; i++) {
          if (!(i in value) || !isFreshJson(value[i], depth + 1)) return false;
        }
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      const fields = value as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(fields)) {
        if (!isFreshJson(fields[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * A new schema of the same definition, as zod's `clone` makes one (its constructor on its def,
 * the original as its parent). Written out because `z.core.clone` would keep all of zod's core
 * in a browser bundle.
 */
function cloneOf(schema: z.core.$ZodType): z.core.$ZodType {
  const copy = new schema._zod.constr(schema._zod.def);
  copy._zod.parent = schema;
  return copy;
}

/** The compiled clone of each of renda's own schemas, built on first use. */
const COMPILED = /* @__PURE__ */ new WeakMap<object, object>();

/** The schema the engine parses a payload with: renda's own compiled, any other as it is. */
export function payloadParser<TSchema extends object>(schema: TSchema): TSchema {
  if (!OWNED.has(schema)) return schema;
  let fast = COMPILED.get(schema);
  if (fast === undefined) {
    fast = compiledSchema(cloneOf(schema as unknown as z.core.$ZodType));
    COMPILED.set(schema, fast);
  }
  return fast as TSchema;
}
