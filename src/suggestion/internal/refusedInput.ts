import { deepFreeze } from '../../internal/deepFreeze.js';
import { quote } from '../../internal/quote.js';
import type { BilingualText } from '../../model/shared/localized.js';
import type { ValidationError } from '../../model/shared/validationError.js';

/**
 * The `INVALID_INPUT` error of a suggestion query given something it cannot read (internal): one
 * issue, at `path`, naming the argument in both languages and quoting at most 200 characters of
 * what was given (when given).
 */
export function refusedInput(
  model: string,
  path: readonly (string | number)[],
  field: BilingualText,
  expected: BilingualText,
  ...got: [] | [unknown]
): ValidationError {
  const shown =
    got.length === 0
      ? { zh: '', en: '' }
      : typeof got[0] === 'object' && got[0] !== null
        ? { zh: '，收到 [object]', en: '; got [object]' }
        : { zh: `，收到 ${quote(got[0])}`, en: `; got ${quote(got[0])}` };
  const message = {
    'zh-Hans': `${field['zh-Hans']}须为${expected['zh-Hans']}${shown.zh}`,
    en: `${field.en} must be ${expected.en}${shown.en}`,
  };
  return deepFreeze<ValidationError>({
    code: 'INVALID_INPUT',
    model,
    message,
    issues: [{ code: got.length === 0 ? 'UNREADABLE' : 'INVALID_TYPE', path, field, message }],
  });
}

/** Whether `value` is an object a query may read fields of. */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** The record argument, in both languages. */
export const RECORD_FIELD: BilingualText = { 'zh-Hans': '建议记录', en: 'the record' };
/** What a record argument must be. */
export const A_SUGGESTION: BilingualText = {
  'zh-Hans': '可读取的建议记录',
  en: 'a readable suggestion',
};
