import { type ArgumentIssue, fieldName, throwArgumentError } from '../../internal/invalidInput.js';
import { PARTIAL_POLICIES, type PartialPolicy } from '../coveragePeriod.js';
import { type DaySpan, dayNumber } from './days.js';

/** Collects argument problems of a coverage function and throws them together (internal). */
export class OptionChecks {
  readonly issues: ArgumentIssue[] = [];

  constructor(private readonly model: string) {}

  /** Checks `period` and returns it as day numbers (a placeholder span when it is bad). */
  period(period: unknown): DaySpan {
    const p = (typeof period === 'object' && period !== null ? period : {}) as {
      from?: unknown;
      to?: unknown;
    };
    const from = typeof p.from === 'string' ? dayNumber(p.from) : undefined;
    const to = typeof p.to === 'string' ? dayNumber(p.to) : undefined;
    if (from === undefined) this.bad(['period', 'from'], '统计期间起始日', 'period.from', p.from);
    if (to === undefined) this.bad(['period', 'to'], '统计期间终止日', 'period.to', p.to);
    if (from !== undefined && to !== undefined && to < from) {
      this.issues.push({
        code: 'END_BEFORE_START',
        path: ['period', 'to'],
        field: fieldName('统计期间终止日', 'period.to'),
        message: {
          'zh-Hans': '统计期间终止日不得早于起始日',
          en: 'period.to must not be before period.from',
        },
      });
    }
    return { from: from ?? 0, to: to ?? 0 };
  }

  /** Checks an optional day inside `within`; returns its day number. */
  day(name: string, zh: string, value: unknown, within: DaySpan): number | undefined {
    if (value === undefined) return undefined;
    const n = typeof value === 'string' ? dayNumber(value) : undefined;
    if (n === undefined || n < within.from || n > within.to) {
      this.issues.push({
        code: 'INVALID_VALUE',
        path: [name],
        field: fieldName(zh, name),
        message: {
          'zh-Hans': `${zh}必须是统计期间内的 YYYY-MM-DD 日期，收到 ${String(value)}`,
          en: `${name} must be a YYYY-MM-DD day within the period, got ${String(value)}`,
        },
      });
      return undefined;
    }
    return n;
  }

  /** Checks an optional whole-number target ≥ `min`; returns it or the fallback. */
  count(name: string, zh: string, value: unknown, fallback: number, min = 0): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      this.issues.push({
        code: 'INVALID_VALUE',
        path: [name],
        field: fieldName(zh, name),
        message: {
          'zh-Hans': `${zh}必须是不小于 ${min} 的整数，收到 ${String(value)}`,
          en: `${name} must be a whole number ≥ ${min}, got ${String(value)}`,
        },
      });
      return fallback;
    }
    return value;
  }

  /** Checks an optional value against a list of allowed ones. */
  oneOf<T extends string>(
    name: string,
    zh: string,
    value: unknown,
    allowed: readonly T[],
    fallback: T,
  ): T {
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T;
    }
    this.issues.push({
      code: 'INVALID_VALUE',
      path: [name],
      field: fieldName(zh, name),
      message: {
        'zh-Hans': `${zh}必须是 ${allowed.join(' / ')} 之一，收到 ${String(value)}`,
        en: `${name} must be one of ${allowed.join(', ')}, got ${String(value)}`,
      },
    });
    return fallback;
  }

  /** Checks the partial-period policy. */
  partial(value: unknown, fallback: PartialPolicy = 'prorate'): PartialPolicy {
    return this.oneOf('partial', '部分期间处理方式', value, PARTIAL_POLICIES, fallback);
  }

  /** Records an issue about a missing or conflicting option. */
  conflict(path: string, zh: string, messageZh: string, messageEn: string): void {
    this.issues.push({
      code: 'INVALID_VALUE',
      path: [path],
      field: fieldName(zh, path),
      message: { 'zh-Hans': messageZh, en: messageEn },
    });
  }

  /** Throws `INVALID_INPUT` with every issue found, if any. */
  done(): void {
    if (this.issues.length > 0) throwArgumentError(this.model, this.issues);
  }

  private bad(path: string[], zh: string, en: string, value: unknown): void {
    this.issues.push({
      code: 'INVALID_FORMAT',
      path,
      field: fieldName(zh, en),
      message: {
        'zh-Hans': `${zh}必须是 YYYY-MM-DD 日期，收到 ${String(value)}`,
        en: `${en} must be a YYYY-MM-DD day, got ${String(value)}`,
      },
    });
  }
}
