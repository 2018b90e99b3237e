import { SHARE_ROUNDINGS, type ShareRounding, type SharesOptions } from '../shareRounding.js';
import { type ArgumentChecks, fieldName } from './invalidInput.js';

/** The options of `shares`, read once and checked (internal). */
export interface CheckedSharesOptions {
  readonly decimals: number;
  readonly rounding: ShareRounding;
  readonly denominator: unknown;
}

/**
 * Reads and checks the options of `shares` (internal), for `shares` itself and for every function
 * that passes share options on (the dashboard), so both refuse the same values with the same
 * message: an unknown rounding name (even the typo 'largestRemainer') is refused, never taken for
 * another rule.
 */
export function readSharesOptions(
  checks: ArgumentChecks,
  options: unknown,
  path: readonly (string | number)[],
): CheckedSharesOptions {
  if (options === undefined) return { decimals: 1, rounding: 'halfUp', denominator: undefined };
  if (typeof options !== 'object' || options === null) {
    checks.add('INVALID_TYPE', path.length === 0 ? ['options'] : path, {
      field: fieldName('占比选项', 'share options'),
      expected: fieldName('对象', 'an object'),
      got: options,
    });
    return { decimals: 1, rounding: 'halfUp', denominator: undefined };
  }
  const given = options as SharesOptions;
  const decimals = given.decimals;
  const rounding = given.rounding;
  const denominator = given.denominator;
  return {
    decimals: checks.count('decimals', '小数位数', decimals, 1, 0, 6),
    rounding: checks.oneOf('rounding', '舍入规则', rounding, SHARE_ROUNDINGS, 'halfUp', [
      ...path,
      'rounding',
    ]),
    denominator,
  };
}
