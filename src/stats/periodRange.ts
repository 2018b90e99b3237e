import { fromDayNumber } from '../internal/civilDays.js';
import { ArgumentChecks, fieldName, guard } from './internal/invalidInput.js';
import { checkPeriod } from './internal/period.js';

/**
 * The days of a year, quarter or month (统计期间的起止日): `'2025'`, `'2025-Q2'` or `'2025-06'` as
 * the `{ from, to }` range (both days inclusive) the figures filter by when given that string. A
 * coverage period, a report's heading or a database query can take the same days the figures did.
 *
 * @remarks The one rule for these strings: the figures' `period` option reads them through it, so
 * `suggestionStats(records, { period: '2025-Q2' })` and `{ period: periodRange('2025-Q2') }` count
 * the same items. A quarter is three calendar months (Q1 = January–March); a month ends on its last
 * day, 29 February in a leap year. A name such as `'十四届二次会议'` has no days and is refused.
 * @param period - `YYYY`, `YYYY-Qn` (n = 1–4) or `YYYY-MM`.
 * @returns The first and last day, `YYYY-MM-DD`, frozen.
 * @throws RendaError `INVALID_FORMAT` for any other string, `INVALID_TYPE` for a non-string.
 *
 * @example
 * ```ts
 * import { periodRange } from 'renda';
 *
 * console.log(periodRange('2025-Q2')); // { from: '2025-04-01', to: '2025-06-30' }
 * console.log(periodRange('2024-02').to); // '2024-02-29'
 * console.log(periodRange('2025').to); // '2025-12-31'
 * ```
 * @category Metrics
 */
export function periodRange(period: string): { readonly from: string; readonly to: string } {
  return guard('periodRange', () => {
    const checks = new ArgumentChecks('periodRange');
    if (typeof period !== 'string') {
      checks.add('INVALID_TYPE', ['period'], { field: PERIOD, expected: FORMS, got: period });
      checks.done();
    }
    // The figures' own reading of the string; a name (a label, no days) is refused here.
    const checked = checkPeriod(checks, period);
    if (checks.issues.length === 0 && checked.from === null) {
      checks.add('INVALID_FORMAT', ['period'], { field: PERIOD, expected: FORMS, got: period });
    }
    checks.done();
    return Object.freeze({
      from: fromDayNumber(checked.from as number),
      to: fromDayNumber(checked.to as number),
    });
  });
}

const PERIOD = /* @__PURE__ */ fieldName('统计期间', 'period');
const FORMS = /* @__PURE__ */ fieldName(
  '年份 YYYY、季度 YYYY-Qn 或月份 YYYY-MM',
  "a year 'YYYY', a quarter 'YYYY-Qn' or a month 'YYYY-MM'",
);
