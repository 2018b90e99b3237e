import { neverThrow } from '../shared/neverThrow.js';
import type { Result } from '../shared/result.js';
import type { ValidationError } from '../shared/validationError.js';
import type { DivisionLevel } from './divisionLevels.js';
import { CODE_ARGUMENT, throwDivisionError, toDivisionError } from './internal/divisionIssue.js';
import { readDivisionCode } from './internal/readDivisionCode.js';

/**
 * An administrative-division code read (行政区划代码): its canonical form, its level, its parent
 * and its province, all derived from the digits.
 *
 * @example
 * ```ts
 * import type { DivisionCode } from 'renda';
 *
 * const ningbo: DivisionCode = { code: '330200', level: 'city', parent: '330000', province: '330000' };
 * ```
 * @category Models
 */
export interface DivisionCode {
  /**
   * The canonical code: 6 digits (GB/T 2260) for a province, city or county; 12 digits (统计用区划代码)
   * for a township or village. Roll-ups key nodes by it, so one division has one key.
   */
  readonly code: string;
  /** The level (层级), from the zero parts of the code. */
  readonly level: DivisionLevel;
  /** The canonical code one level up; `null` for a province. */
  readonly parent: string | null;
  /** The province's 6-digit code, e.g. `330000`. */
  readonly province: string;
}

/**
 * Reads an administrative-division code (解析行政区划代码): a 6-digit GB/T 2260 code, or a 9- or
 * 12-digit statistical division code (统计用区划代码), with its level and parent derived from the
 * digits.
 *
 * @remarks
 * The digits are PP CC DD TTT VVV: province (省), prefecture-level city (地级), county (县级),
 * township or street (乡级: 乡、镇、街道) and village or community (村级: 村委会、居委会). A 6-digit
 * code is the first three parts; a 9-digit code the first four (township codes are often kept so);
 * a 12-digit code all five. Parts of zeros mean a higher level: `330000` is a province, `330200` a
 * city, `330281` a county, `330281101000` a township and `330281101001` a village.
 *
 * Accepted:
 * - any length of 6, 9 or 12 digits, each level in any of them (`330281000000` is the county
 *   `330281`); the result's `code` is canonical: 6 digits down to the county, 12 for a township
 *   or village, so keys from different sources line up;
 * - districts of a municipality (直辖市) and county-level units directly under a province
 *   (省直辖县级行政单位): `110101` (东城区) and `429004` (仙桃市) are counties whose parents are
 *   `110100` and `429000`, the 市辖区 and 省直辖县级行政区划 groupings the code tables list at
 *   prefecture level; a roll-up passes through them;
 * - a township directly under a prefecture-level city without counties (不设区的地级市, e.g.
 *   东莞 `441900003000`): its parent is the city.
 *
 * Refused, each with its issue code and a message naming the field: not a string
 * (`INVALID_TYPE`); a length other than 6, 9 or 12 (`INVALID_LENGTH`, checked first, so a 100 KB
 * string costs nothing); anything but the digits 0–9, spaces included (`NOT_DIGITS`); a first two
 * digits not among the 34 {@link PROVINCE_CODES} (`UNKNOWN_PROVINCE`); a non-zero part under a
 * city part of zeros (`330081`), or a village part under a township part of zeros
 * (`ZERO_PARENT_PART`). Whether a code is in force this year is not checked: codes change every
 * year, and history must still read.
 *
 * @param code - The code, as a string.
 * @returns The code read, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` and one issue naming the reason.
 *
 * @example
 * ```ts
 * import { parseDivisionCode } from 'renda';
 *
 * console.log(parseDivisionCode('330281')); // { code: '330281', level: 'county', parent: '330200', province: '330000' }
 * console.log(parseDivisionCode('330281101001').parent); // '330281101000'
 * console.log(parseDivisionCode('429004').parent); // '429000'
 * ```
 * @category Validation
 */
export function parseDivisionCode(code: string): DivisionCode {
  const result = safeParseDivisionCode(code);
  if (!result.ok) throwDivisionError(result.error);
  return result.value;
}

/**
 * Reads an administrative-division code without throwing (解析行政区划代码，不抛错).
 *
 * @remarks Same rules as {@link parseDivisionCode}; never throws, whatever it is given.
 *
 * @param code - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with one issue naming the reason, frozen.
 *
 * @example
 * ```ts
 * import { safeParseDivisionCode } from 'renda';
 *
 * const result = safeParseDivisionCode('330081');
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'ZERO_PARENT_PART'
 * ```
 * @category Validation
 */
export function safeParseDivisionCode(code: unknown): Result<DivisionCode, ValidationError> {
  return neverThrow<DivisionCode, ValidationError>(
    () => {
      const read = readDivisionCode(code, CODE_ARGUMENT);
      return read.ok
        ? Object.freeze({ ok: true as const, value: Object.freeze(read.value) })
        : read;
    },
    // Unreachable (reading a code throws nothing), but a failure must still be a result.
    toDivisionError,
  );
}
