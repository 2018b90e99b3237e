import { DEFAULT_DEADLINE_WARNING } from '../../../calendar/deadlineStatus.js';
import { dayInZone } from '../../../calendar/internal/read.js';
import { isTimeZone } from '../../../calendar/internal/timeZone.js';
import { parseDay, toDayNumber } from '../../../internal/civilDays.js';
import { quote } from '../../../internal/quote.js';
import { timestampEpochMs } from '../../../internal/timestamp.js';
import type { KeyItemMilestone, KeyItemMilestoneStatus } from '../../../model/keyItemPlan.js';
import type { BilingualText } from '../../../model/shared/localized.js';
import { RendaError } from '../../../model/shared/validationError.js';
import {
  type ArgumentChecks,
  type ArgumentIssue,
  fieldName,
} from '../../../stats/internal/invalidInput.js';

// Reading the moment and the thresholds a plan is judged at, and judging one milestone (internal):
// shared by keyItemPlanStatus and keyItemMilestonesMetMetric so both say the same.

/** The moment a plan is judged at: its civil day in the plan's zone, and the instant if given. */
export interface AsOf {
  readonly day: string;
  readonly dayNumber: number;
  /** Epoch milliseconds when `asOf` was a timestamp; `undefined` for a bare day. */
  readonly ms: number | undefined;
}

const ASOF = /* @__PURE__ */ fieldName('评估时点', 'asOf');

/** The day number of a `YYYY-MM-DD` already known to be real. */
export function dayNumber(day: string): number {
  const parts = parseDay(day);
  if (parts === undefined) throw new TypeError(`not a day: ${day}`);
  return toDayNumber(parts.year, parts.month, parts.day);
}

/** The issue of a calendar error thrown while reading `path`, or rethrows anything else. */
function calendarIssue(
  thrown: unknown,
  path: readonly (string | number)[],
  field: BilingualText,
): ArgumentIssue {
  if (!(thrown instanceof RendaError)) throw thrown;
  const detail = thrown.detail as { readonly message?: BilingualText };
  return {
    code: thrown.code,
    path,
    field,
    message: detail.message ?? { 'zh-Hans': thrown.messageZh, en: thrown.message },
  };
}

/** Checks `asOf` without a zone (its form and range only); records an issue when it is bad. */
export function checkAsOfForm(asOf: unknown, checks: ArgumentChecks): void {
  try {
    dayInZone(asOf, 'UTC', 'asOf');
  } catch (thrown) {
    checks.issues.push(calendarIssue(thrown, ['asOf'], ASOF));
  }
}

/** Reads `asOf` in the plan's zone, or records why it cannot be read. */
export function readAsOf(
  asOf: unknown,
  timeZone: string,
  checks: ArgumentChecks,
): AsOf | undefined {
  if (!isTimeZone(timeZone)) {
    checks.issues.push({
      code: 'INVALID_TIME_ZONE',
      path: ['timeZone'],
      field: fieldName('时区', 'time zone'),
      message: {
        'zh-Hans': `计划的时区不是运行环境已知的 IANA 时区：${quote(timeZone)}`,
        en: `the plan's time zone is not an IANA zone the runtime knows: ${quote(timeZone)}`,
      },
    });
    return undefined;
  }
  try {
    const day = dayInZone(asOf, timeZone, 'asOf');
    const isDay = parseDay(asOf) !== undefined;
    return { day, dayNumber: dayNumber(day), ms: isDay ? undefined : timestampEpochMs(asOf) };
  } catch (thrown) {
    checks.issues.push(calendarIssue(thrown, ['asOf'], ASOF));
    return undefined;
  }
}

/** Reads `options.deadlineWarning.dueSoonDays` (a policy fits), or records why it is bad. */
export function readDueSoonDays(options: unknown, checks: ArgumentChecks): number {
  const fallback = DEFAULT_DEADLINE_WARNING.dueSoonDays;
  if (options === undefined) return fallback;
  if (typeof options !== 'object' || options === null) {
    checks.add('INVALID_TYPE', ['options'], {
      field: fieldName('选项', 'options'),
      expected: fieldName('对象', 'an object'),
      got: options,
    });
    return fallback;
  }
  const warning: unknown = (options as { readonly deadlineWarning?: unknown }).deadlineWarning;
  if (warning === undefined) return fallback;
  if (typeof warning !== 'object' || warning === null) {
    checks.add('INVALID_TYPE', ['options', 'deadlineWarning'], {
      field: fieldName('预警设置', 'deadlineWarning'),
      expected: fieldName('对象', 'an object'),
      got: warning,
    });
    return fallback;
  }
  const value: unknown = (warning as { readonly dueSoonDays?: unknown }).dueSoonDays;
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    checks.add(
      typeof value === 'number' ? 'INVALID_VALUE' : 'INVALID_TYPE',
      ['options', 'deadlineWarning', 'dueSoonDays'],
      {
        field: fieldName('即将到期天数', 'dueSoonDays'),
        expected: fieldName('非负整数', 'a whole number ≥ 0'),
        got: value,
      },
    );
    return fallback;
  }
  return value;
}

/** One milestone judged as of a moment (the fields `keyItemPlanStatus` reports). */
export interface MilestoneJudgement {
  readonly status: KeyItemMilestoneStatus;
  readonly daysLeft?: number;
  readonly daysLate?: number;
  readonly doneDay?: string;
}

/**
 * Judges one milestone as of `asOf` (internal; the key-item plan's and the livelihood projects'
 * milestones). A milestone done after `asOf` is not done yet as of `asOf`, so a plan can be viewed
 * as it stood on an earlier day. `doneDay` is the day of `doneAt` in the plan's zone (already read
 * by the caller).
 */
export function judgeMilestone(
  milestone: Pick<KeyItemMilestone, 'dueDay' | 'doneAt' | 'startDay'>,
  doneDay: string | undefined,
  asOf: AsOf,
  dueSoonDays: number,
): MilestoneJudgement {
  const due = dayNumber(milestone.dueDay);
  if (milestone.doneAt !== undefined && doneDay !== undefined) {
    const doneNumber = dayNumber(doneDay);
    const doneByThen =
      asOf.ms === undefined
        ? doneNumber <= asOf.dayNumber
        : timestampEpochMs(milestone.doneAt) <= asOf.ms;
    if (doneByThen) {
      // The due day is inclusive, to its last minute in the plan's zone.
      return doneNumber <= due
        ? { status: 'metOnTime', doneDay }
        : { status: 'metLate', doneDay, daysLate: doneNumber - due };
    }
  }
  const left = due - asOf.dayNumber;
  if (left < 0) return { status: 'overdue', daysLate: -left };
  if (left <= dueSoonDays) return { status: 'dueSoon', daysLeft: left };
  const started =
    milestone.startDay !== undefined && dayNumber(milestone.startDay) <= asOf.dayNumber;
  return { status: started ? 'underway' : 'upcoming', daysLeft: left };
}

/** The day of a milestone's `doneAt` in the plan's zone, or records why it cannot be read. */
export function readDoneDay(
  milestone: KeyItemMilestone,
  index: number,
  timeZone: string,
  checks: ArgumentChecks,
): string | undefined {
  if (milestone.doneAt === undefined) return undefined;
  try {
    return dayInZone(milestone.doneAt, timeZone, 'doneAt');
  } catch (thrown) {
    checks.issues.push(
      calendarIssue(thrown, ['milestones', index, 'doneAt'], fieldName('完成时间', 'time met')),
    );
    return undefined;
  }
}
