import type { Result } from '../../shared/result.js';
import type { ValidationError } from '../../shared/validationError.js';
import type { DivisionLevel } from '../divisionLevels.js';
import { PROVINCE_CODES } from '../provinceCodes.js';
import { type CodeArgument, divisionError, shown } from './divisionIssue.js';

/** What a valid code reads as (internal; `DivisionCode` is its public, frozen form). */
export interface DivisionReading {
  readonly code: string;
  readonly level: DivisionLevel;
  readonly parent: string | null;
  readonly province: string;
}

const PROVINCES: ReadonlySet<string> = /* @__PURE__ */ new Set(PROVINCE_CODES);
const DIGITS = /^[0-9]+$/;

// The parts of a 12-digit statistical code (统计用区划代码), padded from 6 or 9 digits: PP CC DD
// TTT VVV. A part of zeros means "this level and below are not coded".
const PART_NAMES: Readonly<
  Record<'city' | 'county' | 'township' | 'village', readonly [string, string]>
> = {
  city: ['地级', 'city'],
  county: ['县级', 'county'],
  township: ['乡级', 'township'],
  village: ['村级', 'village'],
};

/**
 * Reads a division code (internal): the checks in the order that costs least, the length first,
 * so a 100 KB string is refused without a scan. Never throws.
 */
export function readDivisionCode(
  value: unknown,
  argument: CodeArgument,
): Result<DivisionReading, ValidationError> {
  const name = argument.field;
  const refuse = (
    code: string,
    zh: string,
    en: string,
  ): Result<DivisionReading, ValidationError> => ({
    ok: false,
    error: divisionError(argument, code, {
      'zh-Hans': `${name['zh-Hans']}${zh}`,
      en: `${name.en} ${en}`,
    }),
  });
  if (typeof value !== 'string') {
    return refuse(
      'INVALID_TYPE',
      `必须是数字字符串，收到 ${value === null ? 'null' : typeof value}`,
      `must be a string of digits, got ${value === null ? 'null' : typeof value}`,
    );
  }
  const length = value.length;
  if (length !== 6 && length !== 9 && length !== 12) {
    return refuse(
      'INVALID_LENGTH',
      `必须是 6、9 或 12 位数字，收到 ${length} 个字符`,
      `must have 6, 9 or 12 digits, got ${length} characters`,
    );
  }
  if (!DIGITS.test(value)) {
    return refuse(
      'NOT_DIGITS',
      `只能含数字 0–9，收到 ${shown(value)}`,
      `may hold only the digits 0–9, got ${shown(value)}`,
    );
  }
  const province = value.slice(0, 2);
  if (!PROVINCES.has(province)) {
    return refuse(
      'UNKNOWN_PROVINCE',
      ` ${value} 的前两位 ${province} 不是省级代码（11–15、21–23、31–37、41–46、50–54、61–65、71、81、82）`,
      `${value} starts with ${province}, which is no province-level code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82)`,
    );
  }
  const full = value.padEnd(12, '0');
  const city = full.slice(2, 4);
  const county = full.slice(4, 6);
  const township = full.slice(6, 9);
  const village = full.slice(9, 12);
  const zeroBefore = (
    upper: keyof typeof PART_NAMES,
    lower: keyof typeof PART_NAMES,
  ): Result<DivisionReading, ValidationError> => {
    const [upperZh, upperEn] = PART_NAMES[upper];
    const [lowerZh, lowerEn] = PART_NAMES[lower];
    return refuse(
      'ZERO_PARENT_PART',
      ` ${value} 的${upperZh}部分全为 0，其${lowerZh}部分也必须全为 0`,
      `${value} has a ${upperEn} part of zeros, so its ${lowerEn} part must be zeros too`,
    );
  };
  if (city === '00') {
    if (county !== '00') return zeroBefore('city', 'county');
    if (township !== '000') return zeroBefore('city', 'township');
    if (village !== '000') return zeroBefore('city', 'village');
  }
  // A township under a zero county part is allowed: the prefecture-level cities without counties
  // (不设区的地级市: 东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620200) number their towns and
  // streets directly, e.g. 441900003000.
  if (township === '000' && village !== '000') return zeroBefore('township', 'village');
  const provinceCode = `${province}0000`;
  let reading: DivisionReading;
  if (village !== '000') {
    reading = {
      code: full,
      level: 'village',
      parent: `${full.slice(0, 9)}000`,
      province: provinceCode,
    };
  } else if (township !== '000') {
    const parent = county === '00' ? `${province}${city}00` : full.slice(0, 6);
    reading = { code: full, level: 'township', parent, province: provinceCode };
  } else if (county !== '00') {
    reading = {
      code: full.slice(0, 6),
      level: 'county',
      parent: `${province}${city}00`,
      province: provinceCode,
    };
  } else if (city !== '00') {
    reading = {
      code: full.slice(0, 6),
      level: 'city',
      parent: provinceCode,
      province: provinceCode,
    };
  } else {
    reading = { code: provinceCode, level: 'province', parent: null, province: provinceCode };
  }
  return { ok: true, value: reading };
}
