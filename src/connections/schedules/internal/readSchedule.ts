/**
 * Reading a reception-day schedule and the options that lay it on the calendar (internal). The
 * schedule is checked by the station model's own schema, so a stored schedule and one passed in
 * obey one rule, and its issues name the field under the argument (`schedule.weekday`).
 */
import { type CheckedCalendar, readCalendar } from '../../../calendar/internal/read.js';
import {
  LiaisonStationSchema,
  liaisonStationFieldNames,
  type ReceptionSchedule,
} from '../../../model/liaisonStation.js';
import { toValidationError } from '../../../model/shared/toValidationError.js';
import { type ArgumentChecks, fieldName } from '../../../stats/internal/invalidInput.js';
import {
  MISSING_DAY_POLICIES,
  NON_WORKING_DAY_POLICIES,
  NOTICE_COUNTS,
  type ScheduleOptions,
} from '../scheduleOptions.js';

/** The checked way of laying a schedule on the calendar. */
export interface ScheduleSettings {
  readonly onNonWorkingDay: (typeof NON_WORKING_DAY_POLICIES)[number];
  readonly missingDay: (typeof MISSING_DAY_POLICIES)[number];
  readonly noticeIn: (typeof NOTICE_COUNTS)[number];
  /** Present exactly when the settings need it. */
  readonly calendar: CheckedCalendar | undefined;
}

const SCHEDULE_NAME = {
  id: 'ReceptionSchedule',
  'zh-Hans': '接待日安排',
  en: 'Reception schedule',
};

/** Checks a schedule against the model's schema; issues go under `path`. */
export function readSchedule(
  checks: ArgumentChecks,
  value: unknown,
  path: readonly (string | number)[],
): ReceptionSchedule | undefined {
  const schema = LiaisonStationSchema.shape.receptionSchedule.unwrap();
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const error = toValidationError(SCHEDULE_NAME, parsed.error.issues, liaisonStationFieldNames, {
    schema,
    input: value,
  });
  for (const issue of error.issues) {
    checks.issues.push({ ...issue, path: [...path, ...issue.path] });
  }
  return undefined;
}

/**
 * Checks the schedule options; the calendar is required only when a setting reads it. Returns a
 * function to call after `checks.done()`, which reads the calendar itself.
 */
export function readScheduleOptions(
  checks: ArgumentChecks,
  options: Partial<ScheduleOptions>,
): () => ScheduleSettings {
  const onNonWorkingDay = checks.oneOf(
    'onNonWorkingDay',
    '接待日逢节假日的处理',
    options.onNonWorkingDay,
    NON_WORKING_DAY_POLICIES,
    'keep',
  );
  const missingDay = checks.oneOf(
    'missingDay',
    '当月无此日期的处理',
    options.missingDay,
    MISSING_DAY_POLICIES,
    'skip',
  );
  const noticeIn = checks.oneOf(
    'noticeIn',
    '公告天数计法',
    options.noticeIn,
    NOTICE_COUNTS,
    'calendarDays',
  );
  const needsCalendar = onNonWorkingDay !== 'keep' || noticeIn === 'workingDays';
  const calendar: unknown = options.calendar;
  if (needsCalendar && calendar === undefined) {
    checks.conflict(
      'calendar',
      '工作日历',
      fieldName(
        '接待日顺延、提前、跳过或按工作日计算公告时须给出工作日历',
        'a calendar is required to move or skip reception days or to count notice in working days',
      ),
    );
  } else if (
    calendar !== undefined &&
    (typeof calendar !== 'object' ||
      calendar === null ||
      typeof (calendar as { isWorkingDay?: unknown }).isWorkingDay !== 'function')
  ) {
    checks.add('INVALID_TYPE', ['calendar'], {
      field: fieldName('工作日历', 'calendar'),
      expected: fieldName('工作日历对象', 'a working-day calendar'),
      got: calendar,
    });
  }
  return () => ({
    onNonWorkingDay,
    missingDay,
    noticeIn,
    calendar: needsCalendar ? readCalendar(calendar) : undefined,
  });
}
