import { isCalendarDay } from '../../internal/civilDays.js';

/** The length of a second-generation resident identity card number. */
const ID_LENGTH = 18;
/** The weights of the first 17 digits under ISO 7064 MOD 11-2 (2^(17−i) mod 11). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character for each remainder of the weighted sum mod 11. */
const CHECK = '10X98765432';

function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index) - 0x30;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * Whether a value is a valid 18-digit resident identity number (居民身份证号码, GB 11643): six
 * digits of the area code, the birth date `YYYYMMDD`, a three-digit sequence and a check
 * character computed by ISO 7064 MOD 11-2 (`X` for 10).
 *
 * @remarks
 * Checks the shape (17 digits then a digit or an upper-case `X`; the first digit not 0), that
 * the birth date is a real day from 1900 on, and the check character. Reads at most 18
 * characters: any value that is not a string of exactly 18 characters is refused on its length
 * alone, so a 100 KB string costs what an empty one does. It never throws, whatever it is given,
 * so it has no safe twin. Fifteen-digit first-generation numbers are not accepted: they have
 * been invalid since 2013.
 * @param value - Anything.
 * @returns `true` for a well-formed number whose check character is right.
 * @example
 * ```ts
 * import { isResidentIdNumber } from 'renda';
 *
 * console.log(isResidentIdNumber('11010519491231002X')); // true
 * console.log(isResidentIdNumber('110105194912310021')); // false: wrong check character
 * console.log(isResidentIdNumber('110105194902300025')); // false: 30 February
 * ```
 * @category Validation
 */
export function isResidentIdNumber(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== ID_LENGTH) return false;
  let sum = 0;
  for (let i = 0; i < ID_LENGTH - 1; i++) {
    const digit = digitAt(value, i);
    if (digit < 0) return false;
    sum += digit * (WEIGHTS[i] as number);
  }
  if (value.charCodeAt(0) === 0x30) return false;
  const year = value.slice(6, 10);
  if (year < '1900') return false;
  if (!isCalendarDay(`${year}-${value.slice(10, 12)}-${value.slice(12, 14)}`)) return false;
  return value.charAt(ID_LENGTH - 1) === CHECK.charAt(sum % 11);
}
