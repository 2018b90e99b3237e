import { deepFreeze } from '../../internal/deepFreeze.js';
import type { ModelName } from '../../model/shared/toValidationError.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { SUGGESTION_MESSAGES, thrownText } from './messages.js';
import { THE_RECORD } from './refusedInput.js';

// The `INVALID_INPUT` errors of a create or rebuild whose argument threw when read (a Proxy, a
// getter): what `neverThrow` turns the thrown value into, for every record type of the area.

const INPUT = { 'zh-Hans': '输入', en: 'input' };
const RECORD = { 'zh-Hans': '记录', en: 'record' };

/** The new record's input threw when read (`safeCreateX`). */
export function unreadableInput(model: ModelName, thrown: unknown): ValidationError {
  const message = SUGGESTION_MESSAGES.UNREADABLE({
    what: { 'zh-Hans': '输入', en: 'the input' },
    detail: thrownText(thrown),
  });
  return deepFreeze<ValidationError>({
    code: 'INVALID_INPUT',
    model: model.id,
    issues: [{ code: 'UNREADABLE', path: [], field: INPUT, message }],
    message: SUGGESTION_MESSAGES.INVALID_INPUT({ model, first: message }),
  });
}

/** The stored record threw when read (`safeInitialXOf`). */
export function unreadableRecord(model: string): ValidationError {
  const message = SUGGESTION_MESSAGES.UNREADABLE({ what: THE_RECORD });
  return deepFreeze<ValidationError>({
    code: 'INVALID_INPUT',
    model,
    message,
    issues: [{ code: 'UNREADABLE', path: [], field: RECORD, message }],
  });
}
