export { addCalendarDays, safeAddCalendarDays } from './addCalendarDays.js';
export { addCalendarMonths, safeAddCalendarMonths } from './addCalendarMonths.js';
export { addWorkingDays, safeAddWorkingDays } from './addWorkingDays.js';
export { chinaOfficialCalendar } from './chinaOfficialCalendar.js';
export type { DeadlineContext } from './deadlineContext.js';
export type { DeadlineError, DeadlineErrorCode, DeadlineResult } from './deadlineError.js';
export {
  DEADLINE_STATUSES,
  type DeadlineStatus,
  type DeadlineStatusOptions,
  type DeadlineStatusResult,
  type DeadlineWarning,
  deadlineStatus,
  safeDeadlineStatus,
} from './deadlineStatus.js';
export {
  type DefineHolidayCalendarOptions,
  defineHolidayCalendar,
  safeDefineHolidayCalendar,
} from './defineHolidayCalendar.js';
export { dueDate } from './dueDate.js';
export { explainDeadline, safeExplainDeadline } from './explainDeadline.js';
export { extendDeadline, safeExtendDeadline } from './extendDeadline.js';
export { isOnTime, safeIsOnTime } from './isOnTime.js';
export { type DueDateError, type SafeDueDateResult, safeDueDate } from './safeDueDate.js';
export { safeToCalendarDay, toCalendarDay } from './toCalendarDay.js';
export { weekendsOnlyCalendar } from './weekendsOnlyCalendar.js';
export type { WorkingDayCalendar } from './workingDayCalendar.js';
