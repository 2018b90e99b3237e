import { deepFreeze } from '../../internal/deepFreeze.js';
import { quote } from '../../internal/quote.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { SampleOptions, SampleSize } from '../sampleTypes.js';
import { NAMED_SIZES } from './profile.js';

const OPTIONS_FIELD = { 'zh-Hans': '样本选项', en: 'sample options' };

/** The `INVALID_INPUT` error of bad sample options (internal). */
export function refused(
  path: readonly string[],
  zh: string,
  en: string,
  ...got: [] | [unknown]
): ValidationError {
  const shown =
    got.length === 0
      ? { zh: '', en: '' }
      : typeof got[0] === 'object' && got[0] !== null
        ? { zh: '，收到 [object]', en: '; got [object]' }
        : { zh: `，收到 ${quote(got[0])}`, en: `; got ${quote(got[0])}` };
  const name =
    path.length === 0 ? OPTIONS_FIELD : { 'zh-Hans': path.join('.'), en: path.join('.') };
  const message = {
    'zh-Hans': `${name['zh-Hans']}须为${zh}${shown.zh}`,
    en: `${name.en} must be ${en}${shown.en}`,
  };
  return deepFreeze<ValidationError>({
    code: 'INVALID_INPUT',
    model: 'SampleOptions',
    message,
    issues: [{ code: 'INVALID_VALUE', path, field: name, message }],
  });
}

/** The options read once each and checked, or why they cannot be used. */
export function checkedOptions(
  options: unknown,
): { readonly options: SampleOptions } | { readonly error: ValidationError } {
  if (typeof options !== 'object' || options === null) {
    return { error: refused([], '对象', 'an object', options) };
  }
  const { seed, size, year } = options as Record<string, unknown>;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    return { error: refused(['seed'], '整数', 'a whole number', seed) };
  }
  if (
    year !== undefined &&
    (typeof year !== 'number' || !Number.isSafeInteger(year) || year < 2000 || year > 2098)
  ) {
    return {
      error: refused(['year'], '2000 至 2098 的整数', 'a whole number from 2000 to 2098', year),
    };
  }
  const names = Object.keys(NAMED_SIZES).join(', ');
  let checkedSize: SampleSize | undefined;
  if (typeof size === 'string' && Object.hasOwn(NAMED_SIZES, size))
    checkedSize = size as SampleSize;
  else if (typeof size === 'object' && size !== null) {
    const { deputies } = size as { readonly deputies?: unknown };
    if (
      typeof deputies !== 'number' ||
      !Number.isSafeInteger(deputies) ||
      deputies < 20 ||
      deputies > 2_000_000
    ) {
      return {
        error: refused(
          ['size', 'deputies'],
          '20 至 2,000,000 的整数',
          'a whole number from 20 to 2,000,000',
          deputies,
        ),
      };
    }
    checkedSize = { deputies };
  } else if (size !== undefined) {
    return {
      error: refused(
        ['size'],
        `${names} 之一或 { deputies }`,
        `one of ${names}, or { deputies }`,
        size,
      ),
    };
  }
  return {
    options: {
      seed,
      ...(checkedSize === undefined ? {} : { size: checkedSize }),
      ...(year === undefined ? {} : { year: year as number }),
    },
  };
}

/**
 * The seed and count of a sample of one record type (motions, delegation items), checked: a whole
 * seed, and a whole count from 1 to 10,000 (`fallback` when absent).
 */
export function checkedSeedAndCount(
  options: unknown,
  fallback: number,
): { readonly seed: number; readonly count: number } | { readonly error: ValidationError } {
  if (typeof options !== 'object' || options === null) {
    return { error: refused([], '对象', 'an object', options) };
  }
  const { seed, count = fallback } = options as { seed?: unknown; count?: unknown };
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    return { error: refused(['seed'], '整数', 'a whole number', seed) };
  }
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10_000) {
    return {
      error: refused(['count'], '1 至 10000 的整数', 'a whole number from 1 to 10000', count),
    };
  }
  return { seed, count };
}
