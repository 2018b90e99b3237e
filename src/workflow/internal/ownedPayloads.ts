import type * as z from 'zod';
import { compiledSchema } from '../../internal/compiledSchema.js';
import { type JsonCopy, type JsonObject, toJsonObject } from '../../model/shared/jsonPayload.js';

// Payload schemas renda itself wrote (those of its own workflows), which the engine may parse
// through zod's generated fast path. A workflow's payload schema is otherwise the caller's, and is
// parsed as it is: a payload the fast path refuses is parsed again on zod's runtime path, which
// runs a schema's refinements and transforms a second time (harmless for renda's own, not for a
// caller's callback that does something). That second parse is also why compiling changes only
// the speed: the issues, and the bilingual errors made of them, are the runtime path's own.
// What is compiled is a clone (the same definition, sharing its parts), so that whatever the
// installed zod's `compile` does to the schema it is given (zod 4.6 clones it too), the schemas a
// workflow holds stay exactly as they are.
// Ownership belongs to the schema, not the workflow, so a team's extension of a built-in workflow
// keeps the fast path for renda's events and parses its own events' schemas as they are.

const OWNED = /* @__PURE__ */ new WeakSet<object>();

/**
 * Marks the payload schemas of one of renda's own workflows as renda's own (see above) and
 * returns the workflow: one call where the workflow is defined, rather than one per schema.
 * A replay-only event's payload (an import's adoption entry) holds an older platform's fields as
 * they were (`z.unknown()`), which zod hands through, so it stays on the caller's path.
 */
export function withOwnedPayloads<
  TWorkflow extends {
    readonly events: {
      readonly [event: string]: { readonly payload?: unknown; readonly replayOnly?: boolean };
    };
  },
>(workflow: TWorkflow): TWorkflow {
  for (const spec of Object.values(workflow.events)) {
    const { payload } = spec;
    if (typeof payload === 'object' && payload !== null && spec.replayOnly !== true)
      OWNED.add(payload);
  }
  return workflow;
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
function isFreshJson(value: unknown, depth: number): boolean {
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

/**
 * A parsed payload as a history entry stores it: plain JSON. The output of renda's own schemas is
 * fresh plain data, most often JSON already, and is kept as it is; anything else is copied.
 */
export function storedPayload(schema: object, data: unknown): JsonCopy {
  return isOwnedPayload(schema) &&
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    isFreshJson(data, 1)
    ? { ok: true, value: data as JsonObject }
    : toJsonObject(data);
}
