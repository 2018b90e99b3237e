import { dayNumberOf, parseDay, toDayNumber } from '../../calendar/internal/days.js';
import type { MetricPeriod } from '../defineMetric.js';
import { type ArgumentChecks, fieldName } from './invalidInput.js';

/** A period checked once (internal): what to stamp on results and, when it filters, its days. */
export interface CheckedPeriod {
  /** A frozen copy of the period as given (never the caller's object). */
  readonly stamp: MetricPeriod | undefined;
  /** The first day number, inclusive; `null` when the period does not filter (absent or a label). */
  readonly from: number | null;
  /** The last day number, inclusive; `null` when open-ended or not filtering. */
  readonly to: number | null;
}

const NONE: CheckedPeriod = Object.freeze({ stamp: undefined, from: null, to: null });
const PERIOD = /* @__PURE__ */ fieldName('统计期间', 'period');
const FORMS = /* @__PURE__ */ fieldName(
  '日期区间 { from, to }、年份 YYYY、季度 YYYY-Qn、月份 YYYY-MM，或不以年份开头的名称（如「十四届二次会议」）',
  "a { from, to } range of days, a year 'YYYY', a quarter 'YYYY-Qn', a month 'YYYY-MM', or a name that does not begin with a year (e.g. '十四届二次会议')",
);
/** The longest label stamped on results. */
const LABEL_LIMIT = 200;

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const STARTS_WITH_YEAR = /^\d{4}/;

/** The days of a year, quarter or month period string; `undefined` for any other string. */
function calendarPeriod(text: string): { from: number; to: number } | undefined {
  const year = YEAR.exec(text);
  const quarter = year === null ? QUARTER.exec(text) : null;
  const month = year === null && quarter === null ? MONTH.exec(text) : null;
  const match = year ?? quarter ?? month;
  if (match === null) return undefined;
  const y = Number(match[1]);
  if (y < 1) return undefined;
  const first =
    year !== null ? 1 : quarter !== null ? (Number(match[2]) - 1) * 3 + 1 : Number(match[2]);
  const months = year !== null ? 12 : quarter !== null ? 3 : 1;
  const end = first + months;
  const next = end > 12 ? toDayNumber(y + 1, end - 12, 1) : toDayNumber(y, end, 1);
  return { from: toDayNumber(y, first, 1), to: next - 1 };
}

/**
 * Checks a metrics period (internal). A `{ from, to? }` range must name real days, `to` not before
 * `from`. A string in the form of the assignment-period group keys (`2025`, `2025-Q2`,
 * `2025-06`) means that year, quarter or month and filters exactly as the same range would; any
 * other string that begins with a year (`2025-13`, `2025年`) is refused rather than silently taken
 * for a label; a name such as `十四届二次会议` is a label, only stamped.
 */
export function checkPeriod(
  checks: ArgumentChecks,
  period: unknown,
  path: readonly (string | number)[] = ['period'],
): CheckedPeriod {
  if (period === undefined) return NONE;
  if (typeof period === 'string') {
    const days = calendarPeriod(period);
    if (days !== undefined) return Object.freeze({ stamp: period, ...days });
    if (period.length === 0 || period.length > LABEL_LIMIT || STARTS_WITH_YEAR.test(period)) {
      checks.add('INVALID_FORMAT', path, { field: PERIOD, expected: FORMS, got: period });
      return NONE;
    }
    return Object.freeze({ stamp: period, from: null, to: null });
  }
  if (typeof period !== 'object' || period === null) {
    checks.add('INVALID_TYPE', path, { field: PERIOD, expected: FORMS, got: period });
    return NONE;
  }
  const range = period as { readonly from?: unknown; readonly to?: unknown };
  const fromText = range.from;
  const toText = range.to;
  const fromParts = parseDay(fromText);
  const toParts = toText === undefined ? undefined : parseDay(toText);
  if (fromParts === undefined) {
    checks.add('INVALID_FORMAT', [...path, 'from'], {
      field: fieldName('统计期间起始日', 'period.from'),
      expected: fieldName('YYYY-MM-DD 日期', 'a YYYY-MM-DD day'),
      got: fromText,
    });
  }
  if (toText !== undefined && toParts === undefined) {
    checks.add('INVALID_FORMAT', [...path, 'to'], {
      field: fieldName('统计期间终止日', 'period.to'),
      expected: fieldName('YYYY-MM-DD 日期', 'a YYYY-MM-DD day'),
      got: toText,
    });
  }
  if (fromParts === undefined || (toText !== undefined && toParts === undefined)) return NONE;
  const from = dayNumberOf(fromParts);
  const to = toParts === undefined ? null : dayNumberOf(toParts);
  if (to !== null && to < from) {
    checks.add('END_BEFORE_START', [...path, 'to'], { field: PERIOD });
    return NONE;
  }
  const stamp = Object.freeze(
    toText === undefined
      ? { from: fromText as string }
      : { from: fromText as string, to: toText as string },
  );
  return Object.freeze({ stamp, from, to });
}
