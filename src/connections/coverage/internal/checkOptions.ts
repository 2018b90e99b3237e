import { isTimeZone } from '../../../calendar/internal/timeZone.js';
import { quote } from '../../../internal/quote.js';
import { ArgumentChecks, fieldName } from '../../../stats/internal/invalidInput.js';
import { PARTIAL_POLICIES, type PartialPolicy } from '../coveragePeriod.js';
import { type DaySpan, dayNumber } from './days.js';

/**
 * The longest coverage period, in days: ten years and a few leap days, two full terms. A longer
 * span is no report anyone publishes, and refusing it keeps every per-bucket and per-day step of
 * the coverage functions bounded (a period of 0000–9999 once took 54 s).
 */
export const MAX_PERIOD_DAYS = 3660;

const PERIOD = /* @__PURE__ */ fieldName('统计期间', 'period');

/** The argument checks of a coverage function: the shared ones plus the period and its days. */
export class OptionChecks extends ArgumentChecks {
  /** Checks `period` and returns it as day numbers (a placeholder span when it is bad). */
  period(period: unknown): DaySpan {
    if (typeof period !== 'object' || period === null) {
      this.add(period === undefined ? 'REQUIRED' : 'INVALID_TYPE', ['period'], {
        field: PERIOD,
        expected: fieldName('{ from, to } 日期区间', 'a { from, to } range of days'),
        got: period,
      });
      return { from: 0, to: 0 };
    }
    const p = period as { from?: unknown; to?: unknown };
    const from = typeof p.from === 'string' ? dayNumber(p.from) : undefined;
    const to = typeof p.to === 'string' ? dayNumber(p.to) : undefined;
    if (from === undefined) this.bad(['period', 'from'], '统计期间起始日', 'period.from', p.from);
    if (to === undefined) this.bad(['period', 'to'], '统计期间终止日', 'period.to', p.to);
    if (from !== undefined && to !== undefined) {
      if (to < from) this.add('END_BEFORE_START', ['period', 'to'], { field: PERIOD });
      else if (to - from + 1 > MAX_PERIOD_DAYS) {
        this.add('PERIOD_TOO_LONG', ['period', 'to'], {
          field: PERIOD,
          expected: fieldName(
            `最长 ${MAX_PERIOD_DAYS} 天（十年）`,
            `at most ${MAX_PERIOD_DAYS} days (ten years)`,
          ),
        });
      }
    }
    return { from: from ?? 0, to: to ?? 0 };
  }

  /** Checks an optional day inside `within`; returns its day number. */
  day(name: string, zh: string, value: unknown, within: DaySpan): number | undefined {
    if (value === undefined) return undefined;
    const n = typeof value === 'string' ? dayNumber(value) : undefined;
    if (n === undefined || n < within.from || n > within.to) {
      this.add('INVALID_VALUE', [name], {
        field: fieldName(zh, name),
        expected: fieldName('统计期间内的 YYYY-MM-DD 日期', 'a YYYY-MM-DD day within the period'),
        got: value,
      });
      return undefined;
    }
    return n;
  }

  /** Checks an optional IANA time zone; returns it, or Asia/Shanghai when absent or bad. */
  timeZone(value: unknown): string {
    if (value === undefined) return 'Asia/Shanghai';
    if (isTimeZone(value)) return value;
    this.conflict(
      'timeZone',
      '时区',
      fieldName(`未知的时区：${quote(value)}`, `unknown time zone: ${quote(value)}`),
    );
    return 'Asia/Shanghai';
  }

  /** Checks the partial-period policy. */
  partial(value: unknown, fallback: PartialPolicy = 'prorate'): PartialPolicy {
    return this.oneOf('partial', '部分期间处理方式', value, PARTIAL_POLICIES, fallback);
  }

  /** Checks the required day a check is made on (`asOf`); returns its day number. */
  asOfDay(value: unknown, zh = '核查日'): number | undefined {
    const n = typeof value === 'string' ? dayNumber(value) : undefined;
    if (n === undefined) {
      if (value === undefined) this.add('REQUIRED', ['asOf'], { field: fieldName(zh, 'asOf') });
      else this.bad(['asOf'], zh, 'asOf', value);
    }
    return n;
  }

  private bad(path: string[], zh: string, en: string, value: unknown): void {
    this.add('INVALID_FORMAT', path, {
      field: fieldName(zh, en),
      expected: fieldName('YYYY-MM-DD 日期', 'a YYYY-MM-DD day'),
      got: value,
    });
  }
}
