import { toCalendarDay } from '../../../calendar/toCalendarDay.js';
import type { DateRange } from '../../../model/shared/primitives.js';
import type { MetricPeriod } from '../../defineMetric.js';
import { fieldName, throwArgumentError } from '../../internal/invalidInput.js';
import type { SuggestionStatsPolicy } from '../suggestionStatsPolicy.js';
import { dayNumber, type InstantDay, instantDayIn } from './days.js';

/** Everything the dashboard derives once from the policy and asOf (internal). */
export interface DashboardContext {
  readonly policy: SuggestionStatsPolicy;
  readonly asOf: string;
  /** asOf's calendar day in the policy's zone, as a day number. */
  readonly asOfDay: number;
  readonly instantDay: InstantDay;
  readonly leadOnly: boolean;
  readonly everyRequired: boolean;
  /** Class code → index in the taxonomy. */
  readonly classIndex: ReadonlyMap<string, number>;
  readonly classCodes: readonly string[];
  readonly solvedOrPlanned: readonly boolean[];
  readonly adopted: readonly boolean[];
  readonly veryOverdueDays: number;
  /** The period, when it is a date range: day numbers, inclusive; `to` open when absent. */
  readonly periodFrom: number | null;
  readonly periodTo: number | null;
  readonly period: MetricPeriod | undefined;
}

function isDateRange(period: MetricPeriod | undefined): period is DateRange {
  return typeof period === 'object' && period !== null && typeof period.from === 'string';
}

/** Builds the context, checking the policy parts and asOf the dashboard needs. */
export function createDashboardContext(
  policy: SuggestionStatsPolicy,
  asOf: string,
  period?: MetricPeriod,
): DashboardContext {
  const ok =
    typeof policy === 'object' &&
    policy !== null &&
    typeof policy.timeZone === 'string' &&
    Array.isArray(policy.outcomeTaxonomy?.classes) &&
    typeof policy.deadlineWarning?.veryOverdueDays === 'number';
  if (!ok) {
    throwArgumentError('SuggestionStats', [
      {
        code: 'INVALID_TYPE',
        path: ['policy'],
        field: fieldName('办理规则', 'policy'),
        message: {
          'zh-Hans': '须提供办理规则（时区、答复类别、逾期阈值等）',
          en: 'policy must give timeZone, outcomeTaxonomy, deadlineWarning…',
        },
      },
    ]);
  }
  let asOfDayText: string;
  try {
    asOfDayText = toCalendarDay(asOf, policy.timeZone);
  } catch {
    return throwArgumentError('SuggestionStats', [
      {
        code: 'INVALID_VALUE',
        path: ['asOf'],
        field: fieldName('统计截止时间', 'asOf'),
        message: {
          'zh-Hans': `统计截止时间须为带时区偏移的 ISO 8601 时间，收到 ${String(asOf)}`,
          en: `asOf must be an ISO 8601 timestamp with an offset, got ${String(asOf)}`,
        },
      },
    ]);
  }
  const classes = policy.outcomeTaxonomy.classes;
  const classIndex = new Map<string, number>();
  classes.forEach((c, index) => {
    classIndex.set(c.code, index);
  });
  const range = isDateRange(period) ? period : undefined;
  return {
    policy,
    asOf,
    asOfDay: dayNumber(asOfDayText),
    instantDay: instantDayIn(policy.timeZone),
    leadOnly: policy.evaluationCounting === 'leadOnly',
    everyRequired: policy.repliedWhen === 'everyRequiredUnit',
    classIndex,
    classCodes: classes.map((c) => c.code),
    solvedOrPlanned: classes.map((c) => c.solvedOrPlanned),
    adopted: classes.map((c) => c.adopted),
    veryOverdueDays: policy.deadlineWarning.veryOverdueDays,
    periodFrom: range === undefined ? null : dayNumber(range.from),
    periodTo: range?.to === undefined ? null : dayNumber(range.to),
    period,
  };
}
