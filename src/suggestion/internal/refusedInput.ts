import { deepFreeze } from '../../internal/deepFreeze.js';
import type { BilingualText } from '../../model/shared/localized.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { SUGGESTION_MESSAGES } from './messages.js';

/**
 * The `INVALID_INPUT` error of a suggestion query given something it cannot read (internal): one
 * issue, at `path`, naming the argument in both languages and quoting at most 200 characters of
 * what was given (when given: `INVALID_TYPE`); without it, the argument threw when read
 * (`UNREADABLE`).
 */
export function refusedInput(
  model: string,
  path: readonly (string | number)[],
  field: BilingualText,
  expected: BilingualText,
  ...got: [] | [unknown]
): ValidationError {
  const unreadable = got.length === 0;
  const message = unreadable
    ? SUGGESTION_MESSAGES.UNREADABLE({ what: field })
    : SUGGESTION_MESSAGES.INVALID_TYPE({ subject: field, expected, got: got[0] });
  return deepFreeze<ValidationError>({
    code: 'INVALID_INPUT',
    model,
    message,
    issues: [{ code: unreadable ? 'UNREADABLE' : 'INVALID_TYPE', path, field, message }],
  });
}

/** Whether `value` is an object a query may read fields of. */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** A stored record that threw when read, as `UNREADABLE` names it (no zh 建议: any record). */
export const THE_RECORD: BilingualText = { 'zh-Hans': '记录', en: 'the record' };
/** The record argument, in both languages. */
export const RECORD_FIELD: BilingualText = { 'zh-Hans': '建议记录', en: 'the record' };
/** What a record argument must be. */
export const A_SUGGESTION: BilingualText = {
  'zh-Hans': '可读取的建议记录',
  en: 'a readable suggestion',
};
/** What a policy argument must be: what `rulesVersionOf` and a registry read of it. */
export const A_VERSIONED_POLICY: BilingualText = {
  'zh-Hans': '带文字 id 与整数 version 的办理规则',
  en: 'a policy with a text id and a whole version',
};

/**
 * The refusal of an option or field whose value cannot be used (internal): one `INVALID_VALUE`
 * issue at `[path]`, naming it in both languages (a conversion's `officeId`, its `options`, the
 * record's `state`).
 */
export function invalidValue(
  model: string,
  path: string,
  zh: string,
  en: string,
): Result<never, ValidationError> {
  const field = { 'zh-Hans': zh, en };
  const message = { 'zh-Hans': `${zh}无效`, en: `${en} is not valid` };
  return Object.freeze({
    ok: false as const,
    error: deepFreeze<ValidationError>({
      code: 'INVALID_INPUT',
      model,
      issues: [{ code: 'INVALID_VALUE', path: [path], field, message }],
      message,
    }),
  });
}
