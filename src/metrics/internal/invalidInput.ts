import type { BilingualText } from '../../model/shared/localized.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';

/** One problem with an argument of a metrics function (internal). */
export interface ArgumentIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly field: BilingualText;
  readonly message: BilingualText;
}

/** Wraps argument issues in the library's `ValidationError` value (code `INVALID_INPUT`). */
export function toArgumentError(model: string, issues: readonly ArgumentIssue[]): ValidationError {
  const first = issues[0];
  return Object.freeze({
    code: 'INVALID_INPUT',
    model,
    issues: Object.freeze(issues.map((issue) => Object.freeze({ ...issue }))),
    message: first?.message ?? { 'zh-Hans': `${model}：输入无效`, en: `${model}: invalid input` },
  });
}

/** Throws a `RendaError` carrying the same value as {@link toArgumentError}. */
export function throwArgumentError(model: string, issues: readonly ArgumentIssue[]): never {
  throw new RendaError(toArgumentError(model, issues));
}

/** A field name in both languages, for messages (internal). */
export function fieldName(zh: string, en: string): BilingualText {
  return { 'zh-Hans': zh, en };
}

/** `true` for a whole number from 0 to `Number.MAX_SAFE_INTEGER`. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
