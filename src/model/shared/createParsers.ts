import type * as z from 'zod';
import { compiledSchema } from '../../internal/compiledSchema.js';
import { deepFreeze } from '../../internal/deepFreeze.js';
import type { FieldNames } from './fieldNames.js';
import { frozenTwin } from './frozenTwin.js';
import { neverThrow } from './neverThrow.js';
import type { Result } from './result.js';
import { type ModelName, toValidationError } from './toValidationError.js';
import { RendaError, type ValidationError } from './validationError.js';

/** The pair of validators every model exports as `parseX` / `safeParseX`. */
export interface Parsers<TSchema extends z.ZodType> {
  readonly parse: (input: unknown) => z.output<TSchema>;
  readonly safeParse: (input: unknown) => Result<z.output<TSchema>, ValidationError>;
}

/** What a frozen twin answers in place of zod's runtime parse: refused, and parsed again. */
const refusedByTwin = () => ({ success: false as const });

/** The same refusal as the twin's runtime run, which the compiled parse falls back to. */
const refusedRun = (payload: { value: unknown; issues: unknown[] }) => {
  payload.issues.push({ code: 'custom', message: 'refused by the twin', input: payload.value });
  return payload;
};

/** The error for input zod could not even read: a Proxy whose trap throws, a stack overflow. */
function unreadable(model: ModelName, names: FieldNames): ValidationError {
  return toValidationError(
    model,
    [
      {
        code: 'custom',
        path: [],
        message: 'unreadable input',
        input: undefined,
        params: {
          code: 'INVALID_INPUT',
          zh: '无法读取（嵌套过深或结构异常）',
          en: 'cannot be read (nested too deeply or malformed)',
        },
      } as z.core.$ZodIssue,
    ],
    names,
  );
}

/**
 * Builds `parseX` / `safeParseX` for a model: bilingual field-naming errors with honest codes,
 * unknown keys stripped (zod objects strip by default), a deeply frozen result, and no throw from
 * `safeParse` whatever it is given (deep nesting can overflow the stack inside zod, a Proxy's trap
 * or a getter can throw): every such failure is the error value `INVALID_INPUT`.
 */
export function createParsers<TSchema extends z.ZodType>(
  schema: TSchema,
  model: ModelName,
  names: FieldNames,
): Parsers<TSchema> {
  let fast: z.ZodType | undefined;
  // Whether `fast` is the schema's frozen twin, whose output is frozen as it is built; otherwise
  // the output is frozen by a walk after the parse.
  let frozenAsBuilt = false;
  const safeParse = (input: unknown): Result<z.output<TSchema>, ValidationError> =>
    neverThrow<z.output<TSchema>, ValidationError>(
      () => {
        if (fast === undefined) {
          // A clone of its own to write the refusals below on: the twin of a leaf is the schema
          // itself (CongressLevelSchema, which renda exports) and that of a timestamp is shared
          // by every model's twin, and neither must be changed.
          const twin = frozenTwin(schema)?.clone();
          if (twin !== undefined) {
            // The twin must never run on zod's runtime path, where `.readonly()` freezes whatever
            // value it holds, which for refused input can be the caller's own object: its
            // compiled parse falls back to this safeParse, which refuses, and the schema itself
            // parses the input again.
            (twin as { safeParse: unknown }).safeParse = refusedByTwin;
            // Its run too: under zod's global compile mode (`import 'zod/compile'`, an app's
            // choice) the compiled parse keeps zod's own safeParse, which falls back to the run.
            (twin._zod as { run: unknown }).run = refusedRun;
            const compiled = compiledSchema(twin);
            frozenAsBuilt = compiled !== twin;
            if (frozenAsBuilt) fast = compiled;
          }
          fast ??= compiledSchema(schema);
        }
        // reportInput lets toValidationError tell a missing field from a wrong type.
        let parsed = fast.safeParse(input, { reportInput: true });
        if (parsed.success) {
          const value = parsed.data as z.output<TSchema>;
          return Object.freeze({
            ok: true as const,
            value: frozenAsBuilt ? value : deepFreeze(value),
          });
        }
        // The issues are always the schema's own: a refusal of the twin is parsed again by it.
        if (frozenAsBuilt) parsed = schema.safeParse(input, { reportInput: true });
        if (parsed.success) {
          return Object.freeze({
            ok: true as const,
            value: deepFreeze(parsed.data as z.output<TSchema>),
          });
        }
        const error = toValidationError(model, parsed.error.issues, names, { schema, input });
        return Object.freeze({ ok: false as const, error: deepFreeze(error) });
      },
      () => deepFreeze(unreadable(model, names)),
    );
  const parse = (input: unknown): z.output<TSchema> => {
    const result = safeParse(input);
    if (result.ok) return result.value;
    throw new RendaError(result.error);
  };
  return { parse, safeParse };
}
