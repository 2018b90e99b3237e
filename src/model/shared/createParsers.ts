import { freeze } from 'immer';
import type * as z from 'zod';
import type { FieldNames } from './fieldNames.js';
import type { Result } from './result.js';
import { type ModelName, toValidationError } from './toValidationError.js';
import { RendaError, type ValidationError } from './validationError.js';

/** The pair of validators every model exports as `parseX` / `safeParseX`. */
export interface Parsers<TSchema extends z.ZodType> {
  readonly parse: (input: unknown) => z.output<TSchema>;
  readonly safeParse: (input: unknown) => Result<z.output<TSchema>, ValidationError>;
}

/**
 * Builds `parseX` / `safeParseX` for a model: bilingual field-naming errors, unknown keys
 * stripped (zod objects strip by default), a frozen result, and no throw from `safeParse` even
 * on pathological input (deep nesting can overflow the stack inside zod).
 */
export function createParsers<TSchema extends z.ZodType>(
  schema: TSchema,
  model: ModelName,
  names: FieldNames,
): Parsers<TSchema> {
  const safeParse = (input: unknown): Result<z.output<TSchema>, ValidationError> => {
    let parsed: z.ZodSafeParseResult<z.output<TSchema>>;
    try {
      parsed = schema.safeParse(input, { reportInput: true });
    } catch {
      return {
        ok: false,
        error: toValidationError(
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
        ),
      };
    }
    if (parsed.success) return { ok: true, value: freeze(parsed.data, true) };
    return { ok: false, error: toValidationError(model, parsed.error.issues, names) };
  };
  const parse = (input: unknown): z.output<TSchema> => {
    const result = safeParse(input);
    if (result.ok) return result.value;
    throw new RendaError(result.error);
  };
  return { parse, safeParse };
}
