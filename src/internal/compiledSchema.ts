import * as z from 'zod';

// zod's generated fast path (`z.compile`), for the schemas renda parses on every call: records on
// load and the timing of every transition. Only renda's own internal or model schemas are
// compiled: a refused value is parsed again on the runtime path, which runs refinements and
// transforms a second time (harmless for renda's own, not for a caller's callback that does
// something), and zod versions differ in what compiling does to the schema it is given. So a
// schema that comes in an argument (a workflow's payload) is never given to it.

const COMPILED = new WeakMap<object, unknown>();

/**
 * The schema with zod's generated fast path, built on first use (importing renda generates
 * nothing) and kept per schema. Where the installed zod has no `compile`, or the fast path cannot
 * model the schema, or code generation is not allowed (a strict Content-Security-Policy), it is
 * the schema itself, which parses on zod's runtime path: the same answers, only slower. A failed
 * parse always runs on the runtime path, so errors and their issues are zod's own. A schema that
 * is not zod's (a workflow's payload may be any object with `safeParse`) is kept as it is.
 */
export function compiledSchema<TSchema extends object>(schema: TSchema): TSchema {
  const known = COMPILED.get(schema);
  if (known !== undefined) return known as TSchema;
  let fast: TSchema = schema;
  const compile = (z as { compile?: (schema: TSchema) => TSchema }).compile;
  if (typeof compile === 'function' && schema instanceof z.ZodType) {
    try {
      fast = compile(schema);
    } catch {
      fast = schema;
    }
  }
  COMPILED.set(schema, fast);
  return fast;
}
