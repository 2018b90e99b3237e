import { daysInMonth, fromDayNumber, toDayNumber } from '../internal/civilDays.js';
import { quote } from '../internal/quote.js';
import type { BilingualText } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import { foldWidth } from './foldWidth.js';

/** Why a cell is not a calendar day. */
export interface DayCellError {
  /** `INVALID_DAY`. */
  readonly code: 'INVALID_DAY';
  /** What is wrong, quoting the cell. */
  readonly message: BilingualText;
}

// The 1900 date system: serial 1 is 1900-01-01, and Lotus 1-2-3's fictitious 1900-02-29 is serial
// 60, so from serial 61 on a serial counts one day more than the days since 1899-12-31.
const SERIAL_ZERO = toDayNumber(1899, 12, 31);
const FICTITIOUS_LEAP_DAY = 60;
/** 9999-12-31, the last day a serial (and a calendar day) can name. */
const LAST_SERIAL = 2_958_465;

// 2025年3月1日, 2025-3-1, 2025/3/1, 2025.3.1, 2025 3 1, with an optional time after the day.
/** The longest text read as a day (`２０２５年１２月３１日` with spaces is well under it). */
const MAX_DAY_TEXT = 64;

const DAY_TEXT = /^(\d{4})\s*[年\-/.\s]\s*(\d{1,2})\s*[月\-/.\s]\s*(\d{1,2})\s*日?$/u;

function invalid(cell: unknown, why: BilingualText): DayCellError {
  return {
    code: 'INVALID_DAY',
    message: {
      'zh-Hans': `${quote(cell)} 不是日期：${why['zh-Hans']}`,
      en: `${quote(cell)} is not a date: ${why.en}`,
    },
  };
}

const SHAPE: BilingualText = {
  'zh-Hans': '应写作 2025-03-01、2025年3月1日、2025.3.1、2025/3/1 或 Excel 日期序号',
  en: 'write 2025-03-01, 2025年3月1日, 2025.3.1, 2025/3/1 or an Excel serial day',
};

/** The day an Excel serial names (1900 system), or why not. */
function fromSerial(serial: number, cell: unknown): Result<string, DayCellError> {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > LAST_SERIAL) {
    return {
      ok: false,
      error: invalid(cell, {
        'zh-Hans': `Excel 日期序号应在 1 到 ${LAST_SERIAL} 之间`,
        en: `an Excel serial day runs from 1 to ${LAST_SERIAL}`,
      }),
    };
  }
  if (whole === FICTITIOUS_LEAP_DAY) {
    return {
      ok: false,
      error: invalid(cell, {
        'zh-Hans': '序号 60 是 Excel 虚构的 1900-02-29，并无此日',
        en: 'serial 60 is Excel’s fictitious 1900-02-29, a day that never was',
      }),
    };
  }
  return {
    ok: true,
    value: fromDayNumber(SERIAL_ZERO + whole - (whole > FICTITIOUS_LEAP_DAY ? 1 : 0)),
  };
}

/** The day a text names, or why not. */
function fromText(text: string, cell: unknown): Result<string, DayCellError> {
  // No way of writing a day is this long; a longer text is not read at all.
  if (text.length > MAX_DAY_TEXT) return { ok: false, error: invalid(cell, SHAPE) };
  const folded = foldWidth(text);
  if (/^\d{1,7}$/u.test(folded)) return fromSerial(Number(folded), cell);
  // 20250301: the compact form some systems export.
  const compact = /^(\d{4})(\d{2})(\d{2})$/u.exec(folded);
  const match = compact ?? DAY_TEXT.exec(folded);
  if (match === null) return { ok: false, error: invalid(cell, SHAPE) };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      error: invalid(cell, { 'zh-Hans': '没有这一天', en: 'there is no such day' }),
    };
  }
  return { ok: true, value: fromDayNumber(toDayNumber(year, month, day)) };
}

function dayOf(cell: unknown): Result<string, DayCellError> {
  if (typeof cell === 'number') return fromSerial(cell, cell);
  if (typeof cell === 'string') return fromText(cell, cell);
  return {
    ok: false,
    error: invalid(cell, {
      'zh-Hans': '应为文字或 Excel 日期序号（Date 对象会带入本机时区，请传原始单元格值）',
      en: 'pass text or an Excel serial (a Date object carries the machine’s time zone; pass the raw cell)',
    }),
  };
}

/**
 * Reads a spreadsheet cell as a calendar day (日期), without throwing: `{ ok: true, value }` with
 * `YYYY-MM-DD`, or `{ ok: false, error }` with code `INVALID_DAY`.
 *
 * @remarks
 * Accepted: `2025-03-01`, `2025年3月1日`, `2025.3.1`, `2025/3/1`, full-width digits, and Excel
 * serial days in the **1900 date system** (serial 1 is 1900-01-01; serial 60 is Excel's
 * fictitious 1900-02-29 and is refused; 45717 is 2025-03-01), as a number or as digits. A time
 * part of a serial is dropped. Nothing goes through the machine's time zone: the day is computed
 * from the numbers, and `Date` objects are refused.
 *
 * @param cell - The cell as the reader gave it: text or a number.
 * @example
 * ```ts
 * import { safeParseDayCell } from 'renda/import';
 *
 * const result = safeParseDayCell('2025年3月1日');
 * if (result.ok) console.log(result.value); // '2025-03-01'
 * ```
 * @category Import
 */
export function safeParseDayCell(cell: unknown): Result<string, DayCellError> {
  return neverThrow<string, DayCellError>(
    () => Object.freeze(dayOf(cell)),
    () => invalid(undefined, SHAPE),
  );
}

/**
 * Reads a spreadsheet cell as a calendar day (日期): `2025年3月1日`, `2025.3.1`, `2025/3/1`,
 * `2025-03-01`, full-width digits or an Excel serial day (1900 system; see
 * {@link safeParseDayCell}).
 *
 * @param cell - The cell: text or a number.
 * @returns The day, `YYYY-MM-DD`.
 * @throws {@link RendaError} with code `INVALID_DAY`.
 * @example
 * ```ts
 * import { parseDayCell } from 'renda/import';
 *
 * console.log(parseDayCell(45717)); // '2025-03-01'
 * console.log(parseDayCell('２０２５/３/１')); // '2025-03-01'
 * ```
 * @category Import
 */
export function parseDayCell(cell: unknown): string {
  const result = safeParseDayCell(cell);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
