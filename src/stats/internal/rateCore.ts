import type { Rate, RateOptions } from '../rateTypes.js';
import { wilsonInterval } from '../wilsonInterval.js';
import { ArgumentChecks, type ArgumentIssue, fieldName, isCount } from './invalidInput.js';

const NUMERATOR = /* @__PURE__ */ fieldName('分子', 'numerator');
const DENOMINATOR = /* @__PURE__ */ fieldName('分母', 'denominator');
const WHOLE = /* @__PURE__ */ fieldName('非负整数', 'a whole number ≥ 0');

const INTERVALS = ['wilson'] as const;

/** The options of `rate` read once and checked (internal). */
export interface CheckedRate {
  readonly issues: readonly ArgumentIssue[];
  readonly options: RateOptions | undefined;
}

/**
 * Every problem with the arguments of `rate` (internal), and the options read exactly once (a
 * getter is not asked twice): an unknown interval name or a confidence given as a string such as
 * '0.9' is refused, never silently used.
 */
export function checkRate(numerator: unknown, denominator: unknown, options: unknown): CheckedRate {
  const checks = new ArgumentChecks('Rate');
  if (!isCount(numerator)) {
    checks.add(typeof numerator === 'number' ? 'INVALID_VALUE' : 'INVALID_TYPE', ['numerator'], {
      field: NUMERATOR,
      expected: WHOLE,
      got: numerator,
    });
  }
  if (!isCount(denominator)) {
    checks.add(
      typeof denominator === 'number' ? 'INVALID_VALUE' : 'INVALID_TYPE',
      ['denominator'],
      {
        field: DENOMINATOR,
        expected: WHOLE,
        got: denominator,
      },
    );
  }
  if (checks.issues.length === 0 && (numerator as number) > (denominator as number)) {
    checks.add('TOO_BIG', ['numerator'], {
      field: NUMERATOR,
      got: numerator,
      limit: { name: DENOMINATOR, value: denominator },
    });
  }
  if (options === undefined) return { issues: checks.issues, options: undefined };
  if (typeof options !== 'object' || options === null) {
    checks.add('INVALID_TYPE', ['options'], {
      field: fieldName('选项', 'options'),
      expected: fieldName('对象', 'an object'),
      got: options,
    });
    return { issues: checks.issues, options: undefined };
  }
  const given = options as RateOptions;
  const interval = given.interval;
  const confidence = given.confidence;
  const minimumN = given.minimumN;
  if (interval !== undefined) checks.oneOf('interval', '置信区间', interval, INTERVALS, 'wilson');
  checks.openInterval('confidence', '置信水平', confidence, 0, 1);
  checks.count('minimumN', '最小样本量', minimumN, 0);
  return {
    issues: checks.issues,
    options: {
      ...(interval === undefined ? {} : { interval }),
      ...(confidence === undefined ? {} : { confidence }),
      ...(minimumN === undefined ? {} : { minimumN }),
    },
  };
}

/** Builds the frozen rate from counts already checked (internal). */
export function buildRate(
  numerator: number,
  denominator: number,
  options: RateOptions | undefined,
): Rate {
  const result: {
    numerator: number;
    denominator: number;
    value: number | null;
    interval?: ReturnType<typeof wilsonInterval>;
    belowMinimum?: boolean;
  } = {
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
  };
  if (options?.interval === 'wilson') {
    result.interval = wilsonInterval(numerator, denominator, options.confidence ?? 0.95);
  }
  if (options?.minimumN !== undefined) result.belowMinimum = denominator < options.minimumN;
  return Object.freeze(result);
}
