import { fromDayNumber } from '../../../calendar/internal/days.js';
import { isTimeZone } from '../../../calendar/internal/timeZone.js';
import { safeDueDate } from '../../../calendar/safeDueDate.js';
import type { WorkingDayCalendar } from '../../../calendar/workingDayCalendar.js';
import type { DeadlineRule } from '../../../model/shared/deadline.js';
import type { MetricPeriod } from '../../../stats/defineMetric.js';
import { asOfDayOf } from '../../../stats/internal/asOfDay.js';
import { ArgumentChecks, fieldName } from '../../../stats/internal/invalidInput.js';
import { checkPeriod } from '../../../stats/internal/period.js';
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
  /** What the final satisfaction rates count (满意率分母). */
  readonly satisfactionBase: 'forms' | 'items' | 'replies';
  readonly everyRequired: boolean;
  /** Class code → index in the taxonomy. */
  readonly classIndex: ReadonlyMap<string, number>;
  readonly classCodes: readonly string[];
  readonly solvedOrPlanned: readonly boolean[];
  readonly adopted: readonly boolean[];
  readonly veryOverdueDays: number;
  /** The period, when it filters (a range, a year, quarter or month): day numbers, inclusive. */
  readonly periodFrom: number | null;
  readonly periodTo: number | null;
  /** The period as stamped on results (a frozen copy). */
  readonly period: MetricPeriod | undefined;
  /**
   * The day number an item received on `receiptDay` had to be assigned by, under
   * `policy.deadlines.assign` (交办期限); `null` when the calendar cannot count it (a year it does
   * not cover). Memoised per receipt day, so the work grows with the distinct days, not the items.
   */
  readonly assignDueDay: (receiptDay: number) => number | null;
  /** The assignment rule as read from the policy. */
  readonly assignRule: DeadlineRule;
}

const POLICY = /* @__PURE__ */ fieldName('办理规则', 'policy');
const REPLIED_WHEN = ['leadUnit', 'everyRequiredUnit'] as const;
const EVALUATION_COUNTING = ['leadOnly', 'everyDeputy'] as const;
const SATISFACTION_BASES = ['forms', 'items', 'replies'] as const;

interface CheckedClass {
  readonly code: string;
  readonly solvedOrPlanned: boolean;
  readonly adopted: boolean;
}

/** Reads the outcome classes once, refusing anything that is not a list of coded classes. */
function readClasses(checks: ArgumentChecks, taxonomy: unknown): CheckedClass[] {
  const classes = (taxonomy as { classes?: unknown } | null | undefined)?.classes;
  if (typeof taxonomy !== 'object' || taxonomy === null || !Array.isArray(classes)) {
    checks.add('INVALID_TYPE', ['policy', 'outcomeTaxonomy'], {
      field: fieldName('答复类别', 'policy.outcomeTaxonomy'),
      expected: fieldName('含 classes 数组的对象', 'an object with a classes array'),
      got: taxonomy,
    });
    return [];
  }
  const out: CheckedClass[] = [];
  for (let index = 0; index < classes.length; index++) {
    const c = classes[index] as Partial<CheckedClass> | null;
    if (typeof c !== 'object' || c === null || typeof c.code !== 'string') {
      checks.add('INVALID_TYPE', ['policy', 'outcomeTaxonomy', 'classes', index], {
        field: fieldName('答复类别', 'policy.outcomeTaxonomy.classes'),
        expected: fieldName('带 code 的类别', 'a class with a code'),
        got: c,
      });
      continue;
    }
    out.push({
      code: c.code,
      solvedOrPlanned: c.solvedOrPlanned === true,
      adopted: c.adopted === true,
    });
  }
  return out;
}

/** Builds the context, checking every policy part, asOf and the period the dashboard reads. */
export function createDashboardContext(
  policy: SuggestionStatsPolicy,
  asOf: string,
  period?: MetricPeriod,
): DashboardContext {
  const checks = new ArgumentChecks('SuggestionStats');
  if (typeof policy !== 'object' || policy === null) {
    checks.add(policy === undefined ? 'REQUIRED' : 'INVALID_TYPE', ['policy'], {
      field: POLICY,
      expected: fieldName(
        '办理规则对象（如 defaultPolicy）',
        'a policy object (e.g. defaultPolicy)',
      ),
      got: policy,
    });
    checks.done();
  }
  const timeZone = policy.timeZone;
  if (!isTimeZone(timeZone)) {
    checks.add('INVALID_VALUE', ['policy', 'timeZone'], {
      field: fieldName('时区', 'policy.timeZone'),
      expected: fieldName('IANA 时区名', 'an IANA time zone'),
      got: timeZone,
    });
  }
  const repliedWhen = checks.oneOf(
    'repliedWhen',
    '办复口径',
    policy.repliedWhen,
    REPLIED_WHEN,
    'leadUnit',
    ['policy', 'repliedWhen'],
  );
  const counting = checks.oneOf(
    'evaluationCounting',
    '满意率口径',
    policy.evaluationCounting,
    EVALUATION_COUNTING,
    'everyDeputy',
    ['policy', 'evaluationCounting'],
  );
  const satisfactionBase = checks.oneOf(
    'satisfactionBase',
    '满意率分母',
    policy.satisfactionBase,
    SATISFACTION_BASES,
    'forms',
    ['policy', 'satisfactionBase'],
  );
  const classes = readClasses(checks, policy.outcomeTaxonomy);
  const veryOverdueDays = (policy.deadlineWarning as { veryOverdueDays?: unknown } | undefined)
    ?.veryOverdueDays;
  if (
    typeof veryOverdueDays !== 'number' ||
    !Number.isSafeInteger(veryOverdueDays) ||
    veryOverdueDays < 0
  ) {
    checks.add('INVALID_VALUE', ['policy', 'deadlineWarning', 'veryOverdueDays'], {
      field: fieldName('严重逾期天数', 'policy.deadlineWarning.veryOverdueDays'),
      expected: fieldName('非负整数', 'a whole number ≥ 0'),
      got: veryOverdueDays,
    });
  }
  const calendar = policy.calendar as WorkingDayCalendar | undefined;
  const assignRule = (policy.deadlines as { assign?: DeadlineRule } | undefined)?.assign;
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    typeof calendar.isWorkingDay !== 'function'
  ) {
    checks.add('INVALID_TYPE', ['policy', 'calendar'], {
      field: fieldName('工作日历', 'policy.calendar'),
      expected: fieldName(
        '工作日历（如 chinaOfficialCalendar）',
        'a working-day calendar (e.g. chinaOfficialCalendar)',
      ),
      got: calendar,
    });
  }
  if (typeof assignRule !== 'object' || assignRule === null) {
    checks.add('INVALID_TYPE', ['policy', 'deadlines', 'assign'], {
      field: fieldName('交办期限', 'policy.deadlines.assign'),
      expected: fieldName('期限规则', 'a deadline rule'),
      got: assignRule,
    });
  }
  const checkedPeriod = checkPeriod(checks, period);
  checks.done();
  const asOfDayText = asOfDayOf(checks, asOf, timeZone);
  const classIndex = new Map<string, number>();
  classes.forEach((c, index) => {
    classIndex.set(c.code, index);
  });
  const dueDays = new Map<number, number | null>();
  const deadlineContext = { timeZone, calendar: calendar as WorkingDayCalendar };
  const assignDueDay = (receiptDay: number): number | null => {
    let due = dueDays.get(receiptDay);
    if (due === undefined) {
      const result = safeDueDate(
        fromDayNumber(receiptDay),
        assignRule as DeadlineRule,
        deadlineContext,
      );
      due = result.ok ? dayNumber(result.value.day) : null;
      dueDays.set(receiptDay, due);
    }
    return due;
  };
  return {
    policy,
    asOf,
    asOfDay: dayNumber(asOfDayText),
    instantDay: instantDayIn(timeZone),
    leadOnly: counting === 'leadOnly',
    satisfactionBase,
    everyRequired: repliedWhen === 'everyRequiredUnit',
    classIndex,
    classCodes: classes.map((c) => c.code),
    solvedOrPlanned: classes.map((c) => c.solvedOrPlanned),
    adopted: classes.map((c) => c.adopted),
    veryOverdueDays: veryOverdueDays as number,
    periodFrom: checkedPeriod.from,
    periodTo: checkedPeriod.to,
    period: checkedPeriod.stamp,
    assignDueDay,
    assignRule: assignRule as DeadlineRule,
  };
}
