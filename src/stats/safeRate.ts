import type { Result } from '../model/shared/result.js';
import type { ValidationError } from '../model/shared/validationError.js';
import { safely, throwArgumentError } from './internal/invalidInput.js';
import { buildRate, checkRate } from './internal/rateCore.js';
import type { Rate, RateOptions } from './rate.js';

/**
 * A rate (比率) from counts that come from outside: {@link rate} returning a result instead of
 * throwing.
 *
 * @remarks
 * Same formula and options as {@link rate}. Bad counts give `{ ok: false, error }` with code
 * `INVALID_INPUT` and one issue per problem: `INVALID_VALUE` at `['numerator']` or
 * `['denominator']` for a count that is not a whole number ≥ 0, `TOO_BIG` at `['numerator']` when it
 * exceeds the denominator, `INVALID_VALUE` at `['confidence']` / `['minimumN']` for bad options.
 *
 * @param numerator - The count with the property.
 * @param denominator - The count measured against.
 * @param options - The interval and the minimum n.
 * @returns `{ ok: true, value: rate }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeRate } from 'renda';
 *
 * const result = safeRate(50, 43);
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['numerator']
 * ```
 * @category Metrics
 */
export function safeRate(
  numerator: number,
  denominator: number,
  options?: RateOptions,
): Result<Rate, ValidationError> {
  return safely('Rate', () => {
    const checked = checkRate(numerator, denominator, options);
    if (checked.issues.length > 0) throwArgumentError('Rate', checked.issues);
    return buildRate(numerator, denominator, checked.options);
  });
}
