import { RendaError } from '../../model/shared/validationError.js';
import { calendarError } from './errors.js';

/** Throws `INVALID_AMOUNT` unless `n` is a safe integer: 1.5 months or NaN days mean nothing. */
export function assertWholeNumber(n: number, name = 'n'): void {
  if (!Number.isSafeInteger(n)) {
    throw new RendaError(
      calendarError(
        'INVALID_AMOUNT',
        [name],
        `「${name}」须为整数：${String(n)}`,
        `${name} must be a whole number: ${String(n)}`,
      ),
    );
  }
}
