import type { Rate, RateOptions } from '../rate.js';
import { wilsonInterval } from '../wilsonInterval.js';
import { type ArgumentIssue, fieldName, isCount } from './invalidInput.js';

const NUMERATOR = fieldName('分子', 'numerator');
const DENOMINATOR = fieldName('分母', 'denominator');

/** Every problem with the arguments of `rate` (internal); empty when they are fine. */
export function rateIssues(
  numerator: number,
  denominator: number,
  options: RateOptions | undefined,
): ArgumentIssue[] {
  const issues: ArgumentIssue[] = [];
  if (!isCount(numerator)) {
    issues.push({
      code: 'INVALID_VALUE',
      path: ['numerator'],
      field: NUMERATOR,
      message: {
        'zh-Hans': `分子必须是非负整数，收到 ${String(numerator)}`,
        en: `numerator must be a whole number ≥ 0, got ${String(numerator)}`,
      },
    });
  }
  if (!isCount(denominator)) {
    issues.push({
      code: 'INVALID_VALUE',
      path: ['denominator'],
      field: DENOMINATOR,
      message: {
        'zh-Hans': `分母必须是非负整数，收到 ${String(denominator)}`,
        en: `denominator must be a whole number ≥ 0, got ${String(denominator)}`,
      },
    });
  }
  if (issues.length === 0 && numerator > denominator) {
    issues.push({
      code: 'TOO_BIG',
      path: ['numerator'],
      field: NUMERATOR,
      message: {
        'zh-Hans': `分子（${numerator}）不能大于分母（${denominator}）`,
        en: `numerator (${numerator}) must not exceed denominator (${denominator})`,
      },
    });
  }
  const confidence = options?.confidence;
  if (confidence !== undefined && !(confidence > 0 && confidence < 1)) {
    issues.push({
      code: 'INVALID_VALUE',
      path: ['confidence'],
      field: fieldName('置信水平', 'confidence'),
      message: {
        'zh-Hans': `置信水平必须在 0 与 1 之间，收到 ${String(confidence)}`,
        en: `confidence must be between 0 and 1, got ${String(confidence)}`,
      },
    });
  }
  const minimumN = options?.minimumN;
  if (minimumN !== undefined && !isCount(minimumN)) {
    issues.push({
      code: 'INVALID_VALUE',
      path: ['minimumN'],
      field: fieldName('最小样本量', 'minimumN'),
      message: {
        'zh-Hans': `最小样本量必须是非负整数，收到 ${String(minimumN)}`,
        en: `minimumN must be a whole number ≥ 0, got ${String(minimumN)}`,
      },
    });
  }
  return issues;
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
