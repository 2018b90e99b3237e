import * as z from 'zod';
import { canonicalTimestamp, isCanonicalTimestamp } from '../../internal/timestamp.js';
import { JsonPayloadSchema, toFrozenJsonObject } from './jsonPayload.js';
import { IsoTimestampSchema } from './primitives.js';

// A private twin of a model schema that freezes its output as it builds it: each object and array
// part wrapped in zod's `.readonly()`, which the compiled parse turns into one `Object.freeze` of
// the object it has just made. A second walk over the parsed record to freeze it (what
// `deepFreeze` does, checking each part) cost about a quarter of `parseSuggestion`; freezing in
// the parse costs the freezes alone. The twin checks exactly what the schema checks (the same
// checks, shapes and defaults, shared) and so reports the same issues; it is never exported,
// since users extend the schema itself. It accepts exactly what the schema accepts and returns the
// same value; a record it refuses is parsed again by the schema itself, whose issues are reported,
// so the twin's own refusals never reach a user.

/**
 * The history payload, its copy frozen as it is made. What it refuses, the schema refuses, and
 * the schema's issue is the one reported.
 */
const FrozenPayloadSchema = /* @__PURE__ */ z.unknown().transform((value, ctx) => {
  const copied = toFrozenJsonObject(value);
  if (copied.ok) return copied.value as Record<string, unknown>;
  ctx.issues.push({ code: 'custom', input: value, message: 'not a JSON object' });
  return z.NEVER;
});

/**
 * {@link IsoTimestampSchema} as a check and an overwrite, not a transform: zod's compiled parse
 * calls a transform through a wrapper that allocates a payload and an issue list for each of the
 * forty-odd timestamps of a record. It accepts what the schema accepts (the grammar, the range)
 * and gives the same canonical string.
 */
const TimestampTwin = /* @__PURE__ */ z
  .string()
  .refine((text) => isCanonicalTimestamp(text) || canonicalTimestamp(text) !== undefined)
  .overwrite((text) =>
    // `…SS.sssZ` of 24 characters, accepted, is already canonical.
    text.length === 24 && text.charCodeAt(23) === 90 /* Z */
      ? text
      : (canonicalTimestamp(text) as string),
  );

/** A copy of a schema's def, getters kept (a default's value is made afresh on each read). */
function withDef(def: object, key: string, value: unknown): object {
  const copy = Object.create(
    Object.getPrototypeOf(def),
    Object.getOwnPropertyDescriptors(def),
  ) as object;
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const rebuild = (schema: z.ZodType, def: object): z.ZodType =>
  (schema as unknown as { clone(def: object): z.ZodType }).clone(def);

/**
 * The twin of `schema`, or `undefined` when some part of it may output an object the twin could
 * not freeze (a part of a kind it does not know): the caller then freezes the result by a walk.
 */
export function frozenTwin(schema: z.ZodType): z.ZodType | undefined {
  if (schema === IsoTimestampSchema) return TimestampTwin;
  if (schema === JsonPayloadSchema) return FrozenPayloadSchema;
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
      return schema;
    case 'optional': {
      const inner = frozenTwin(def.innerType as z.ZodType);
      return inner && rebuild(schema, withDef(def, 'innerType', inner));
    }
    case 'default': {
      // A default's value is made afresh for each parse, so it is frozen as it comes out.
      const inner = frozenTwin(def.innerType as z.ZodType);
      return inner && rebuild(schema, withDef(def, 'innerType', inner)).readonly();
    }
    case 'array': {
      const element = frozenTwin(def.element as z.ZodType);
      return element && rebuild(schema, withDef(def, 'element', element)).readonly();
    }
    case 'object': {
      if (def.catchall !== undefined) return undefined;
      const shape: Record<string, z.ZodType> = {};
      for (const [key, part] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const twin = frozenTwin(part);
        if (twin === undefined) return undefined;
        shape[key] = twin;
      }
      return rebuild(schema, withDef(def, 'shape', shape)).readonly();
    }
    default:
      return undefined;
  }
}
