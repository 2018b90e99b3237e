import type { FormatPercentOptions } from '../formatTypes.js';
import { type ArgumentChecks, fieldName } from './invalidInput.js';

const ROUNDINGS = ['halfUp', 'truncate'] as const;
const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;

/** The options of `formatPercent` / `formatRate`, read once and checked (internal). */
export interface CheckedFormatOptions {
  readonly decimals: number;
  readonly rounding: 'halfUp' | 'truncate';
  readonly locale: 'zh-Hans' | 'zh-Hant' | 'en';
}

/**
 * Reads the formatting options once (internal): decimals outside 0–6, an unknown rounding or
 * locale are refused, never clamped or taken for the default.
 */
export function readFormatOptions(checks: ArgumentChecks, options: unknown): CheckedFormatOptions {
  const fallback: CheckedFormatOptions = { decimals: 1, rounding: 'halfUp', locale: 'zh-Hans' };
  if (options === undefined) return fallback;
  if (typeof options !== 'object' || options === null) {
    checks.add('INVALID_TYPE', ['options'], {
      field: fieldName('格式选项', 'options'),
      expected: fieldName('对象', 'an object'),
      got: options,
    });
    return fallback;
  }
  const given = options as FormatPercentOptions;
  const decimals = given.decimals;
  const rounding = given.rounding;
  const locale = given.locale;
  return {
    decimals: checks.count('decimals', '小数位数', decimals, 1, 0, 6),
    rounding: checks.oneOf('rounding', '舍入规则', rounding, ROUNDINGS, 'halfUp'),
    locale: checks.oneOf('locale', '语言', locale, LOCALES, 'zh-Hans'),
  };
}
