/** The length of a mainland mobile number: 11 digits, no prefix, no separators. */
const MOBILE_LENGTH = 11;

/**
 * Whether a value is a mainland China mobile number (中国大陆手机号码): 11 digits, the first `1`
 * and the second `3`–`9`, written without a country code, spaces or dashes.
 *
 * @remarks
 * Reads at most 11 characters: anything that is not a string of exactly 11 characters is refused
 * on its length alone, before a character is looked at, so a 100 KB string costs what an empty
 * one does. It never throws, whatever it is given (a Proxy, a String object: `false`), so it has
 * no safe twin. The number's carrier prefixes change over time; the rule here is the shape every
 * one of them has had. Apps that keep `+86` or separators strip them before storing the number.
 * @param value - Anything.
 * @returns `true` for a mobile number of the shape above.
 * @example
 * ```ts
 * import { isMainlandMobile } from 'renda';
 *
 * console.log(isMainlandMobile('13912345678')); // true
 * console.log(isMainlandMobile('139-1234-5678')); // false
 * console.log(isMainlandMobile('12912345678')); // false
 * ```
 * @category Validation
 */
export function isMainlandMobile(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== MOBILE_LENGTH) return false;
  if (value.charCodeAt(0) !== 0x31) return false;
  const second = value.charCodeAt(1);
  if (second < 0x33 || second > 0x39) return false;
  for (let i = 2; i < MOBILE_LENGTH; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}
