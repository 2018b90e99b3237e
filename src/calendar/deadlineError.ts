import type { BilingualText } from '../model/shared/localized.js';
import type { Result } from '../model/shared/result.js';

/**
 * The machine codes of the calendar area's errors (期限与日历错误代码).
 *
 * @remarks
 * - `INVALID_DAY`: not a real `YYYY-MM-DD` day in years 0001–9999.
 * - `INVALID_TIMESTAMP`: not an ISO 8601 timestamp with seconds and an offset (nor, where a day
 *   is accepted, a day).
 * - `TIMESTAMP_OUT_OF_RANGE`: a timestamp outside years 0001–9999 once converted to UTC.
 * - `DAY_OUT_OF_RANGE`: the day asked for would fall outside 0001-01-01…9999-12-31.
 * - `INVALID_AMOUNT`: a count of days or months that is not a whole number, or too large.
 * - `INVALID_TIME_ZONE`, `INVALID_CALENDAR`, `NO_WORKING_DAY` (ten years without a working day).
 * - `INVALID_ANCHOR`, `INVALID_RULE`, `INVALID_DEADLINE`, `INVALID_EXTENSION`, `INVALID_OPTIONS`.
 * - `INVALID_INPUT`: an argument that cannot even be read (missing, a Proxy whose traps throw,
 *   a getter that throws, nested too deep).
 *
 * @example
 * ```ts
 * import type { DeadlineErrorCode } from 'renda';
 *
 * const code: DeadlineErrorCode = 'DAY_OUT_OF_RANGE';
 * ```
 * @category Deadlines
 */
export type DeadlineErrorCode =
  | 'INVALID_DAY'
  | 'INVALID_TIMESTAMP'
  | 'TIMESTAMP_OUT_OF_RANGE'
  | 'DAY_OUT_OF_RANGE'
  | 'INVALID_AMOUNT'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_CALENDAR'
  | 'NO_WORKING_DAY'
  | 'INVALID_ANCHOR'
  | 'INVALID_RULE'
  | 'INVALID_DEADLINE'
  | 'INVALID_EXTENSION'
  | 'INVALID_OPTIONS'
  | 'INVALID_INPUT';

/**
 * Why a calendar or deadline function failed (期限计算失败): the code, the argument at fault, and
 * a message in Chinese and English that quotes at most 200 characters of the bad value.
 *
 * @remarks
 * Every `safeX` of the calendar area returns it as `{ ok: false, error }`; every `x` throws a
 * {@link RendaError} carrying it as `detail`.
 *
 * @example
 * ```ts
 * import { safeAddCalendarDays } from 'renda';
 *
 * const result = safeAddCalendarDays('9999-12-31', 1);
 * if (!result.ok) console.log(result.error.code, result.error.path); // 'DAY_OUT_OF_RANGE' ['n']
 * ```
 * @category Deadlines
 */
export interface DeadlineError {
  /** The machine code. */
  readonly code: DeadlineErrorCode;
  /** The argument at fault, e.g. `['anchor']` or `['rule', 'fixedDate']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in Chinese and English. */
  readonly message: BilingualText;
}

/**
 * The result of a calendar area `safeX`: the value, or the {@link DeadlineError}.
 *
 * @typeParam T - The value on success.
 * @example
 * ```ts
 * import { safeToCalendarDay, type DeadlineResult } from 'renda';
 *
 * const day: DeadlineResult<string> = safeToCalendarDay('2025-01-31T16:30:00Z', 'Asia/Shanghai');
 * ```
 * @category Deadlines
 */
export type DeadlineResult<T> = Result<T, DeadlineError>;
