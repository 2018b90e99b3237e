import { quote } from '../../internal/quote.js';
import { RendaError } from '../../model/shared/validationError.js';
import type { DeadlineError, DeadlineErrorCode } from '../deadlineError.js';

/** Builds the frozen error value for a bad argument. */
export function calendarError(
  code: DeadlineErrorCode,
  path: readonly (string | number)[],
  zh: string,
  en: string,
): DeadlineError {
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    message: Object.freeze({ 'zh-Hans': zh, en }),
  });
}

/** A `RendaError` carrying a calendar error value (its `detail` also has the `path`). */
export function calendarFailure(
  code: DeadlineErrorCode,
  path: readonly (string | number)[],
  zh: string,
  en: string,
): RendaError {
  return new RendaError(calendarError(code, path, zh, en));
}

/** A `RendaError` for a value that is not a real `YYYY-MM-DD` day in years 0001–9999. */
export function invalidDayError(value: unknown, name: string): RendaError {
  return calendarFailure(
    'INVALID_DAY',
    [name],
    `「${name}」不是 0001–9999 年间的有效日期（YYYY-MM-DD）：${quote(value)}`,
    `${name} is not a valid YYYY-MM-DD day in years 0001–9999: ${quote(value)}`,
  );
}

/** A `RendaError` for a result day that would fall outside 0001-01-01…9999-12-31. */
export function dayOutOfRangeError(name: string): RendaError {
  return calendarFailure(
    'DAY_OUT_OF_RANGE',
    [name],
    `结果日期超出 0001-01-01 至 9999-12-31（「${name}」过大）`,
    `the resulting day falls outside 0001-01-01…9999-12-31 (${name} is too large)`,
  );
}

/** The error value a thrown `RendaError` of this area carries, or `undefined` for anything else. */
function carriedError(thrown: unknown): DeadlineError | undefined {
  try {
    if (!(thrown instanceof RendaError)) return undefined;
    const detail = thrown.detail as Partial<DeadlineError>;
    if (!Array.isArray(detail.path)) return undefined;
    return detail as DeadlineError;
  } catch {
    // A thrown Proxy whose getPrototypeOf trap throws is not one of ours.
    return undefined;
  }
}

/**
 * What anything thrown while a calendar function ran becomes: its own error value when it is one
 * of this area's, else `INVALID_INPUT` (an argument that could not be read: a Proxy trap or a
 * getter that throws, nesting too deep for the stack).
 */
export function toDeadlineError(thrown: unknown): DeadlineError {
  const carried = carriedError(thrown);
  if (carried !== undefined) return carried;
  let reason: string;
  try {
    reason = quote(thrown instanceof Error ? thrown.message : thrown);
  } catch {
    reason = quote(typeof thrown);
  }
  return calendarError(
    'INVALID_INPUT',
    [],
    `参数无法读取：${reason}`,
    `an argument could not be read: ${reason}`,
  );
}
