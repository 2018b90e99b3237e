export { addCalendarDays } from './addCalendarDays.js';
export { addCalendarMonths } from './addCalendarMonths.js';
export { addWorkingDays } from './addWorkingDays.js';
export { chinaOfficialCalendar } from './chinaOfficialCalendar.js';
export type { DeadlineContext } from './deadlineContext.js';
export {
  DEADLINE_STATUSES,
  type DeadlineStatus,
  type DeadlineStatusOptions,
  type DeadlineStatusResult,
  deadlineStatus,
} from './deadlineStatus.js';
export {
  type DefineHolidayCalendarOptions,
  defineHolidayCalendar,
} from './defineHolidayCalendar.js';
export { dueDate } from './dueDate.js';
export { explainDeadline } from './explainDeadline.js';
export { extendDeadline } from './extendDeadline.js';
export { isOnTime } from './isOnTime.js';
export { type DueDateError, type SafeDueDateResult, safeDueDate } from './safeDueDate.js';
export { toCalendarDay } from './toCalendarDay.js';
export { weekendsOnlyCalendar } from './weekendsOnlyCalendar.js';
export type { WorkingDayCalendar } from './workingDayCalendar.js';
