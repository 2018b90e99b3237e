import { frozenCopy } from '../../internal/deepFreeze.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { Suggestion } from '../../model/suggestion.js';
import { A_SUGGESTION, isObject, RECORD_FIELD, refusedInput } from './refusedInput.js';

// One checked query of a suggestion record (the safe twins of pendingUnits, pendingFollowUps,
// pendingAssistingInputs, replyRecipients): never throws, refuses what is not an object, names a
// field it cannot read, and returns a frozen copy, so the result never freezes the caller's
// objects.

const REFUSED: unique symbol = Symbol('refused field');

/** A field of the record a query could not read: the path it names in its `INVALID_INPUT`. */
export interface FieldRefusal {
  readonly [REFUSED]: readonly (string | number)[];
}

/** Refuses the record at `path` (`INVALID_INPUT`, naming the field). */
export function refuseField(...path: (string | number)[]): FieldRefusal {
  return { [REFUSED]: path };
}

function isRefusal(value: unknown): value is FieldRefusal {
  return isObject(value) && REFUSED in value;
}

/** Runs `read` on a record that is an object, as a Result that never throws. */
export function querySuggestion<T>(
  record: Suggestion,
  read: (record: Suggestion) => T | FieldRefusal,
): Result<T, ValidationError> {
  return neverThrow<T, ValidationError>(
    () => {
      if (!isObject(record)) {
        const error = refusedInput('Suggestion', ['record'], RECORD_FIELD, A_SUGGESTION, record);
        return Object.freeze({ ok: false as const, error });
      }
      const value = read(record);
      if (isRefusal(value)) {
        const error = refusedInput('Suggestion', value[REFUSED], RECORD_FIELD, A_SUGGESTION);
        return Object.freeze({ ok: false as const, error });
      }
      return Object.freeze({ ok: true as const, value: frozenCopy(value) });
    },
    () => refusedInput('Suggestion', [], RECORD_FIELD, A_SUGGESTION),
  );
}
