import type { BilingualText } from '../../model/shared/localized.js';
import { RendaError } from '../../model/shared/validationError.js';

/**
 * The error value of the calendar area: a machine code, the argument it is about, and a
 * bilingual message. Thrown wrapped in a {@link RendaError}, or returned by `safeDueDate`.
 */
export interface CalendarErrorValue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: BilingualText;
}

/** Builds the error value for a bad argument. */
export function calendarError(
  code: string,
  path: readonly (string | number)[],
  zh: string,
  en: string,
): CalendarErrorValue {
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    message: Object.freeze({ 'zh-Hans': zh, en }),
  });
}

/** A `RendaError` for a day string that is not a real `YYYY-MM-DD` day. */
export function invalidDayError(value: unknown, name: string): RendaError {
  return new RendaError(
    calendarError(
      'INVALID_DAY',
      [name],
      `「${name}」不是有效的日期（YYYY-MM-DD）：${String(value)}`,
      `${name} is not a valid YYYY-MM-DD day: ${String(value)}`,
    ),
  );
}
