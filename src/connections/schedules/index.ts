// The public names of reception-day schedules (接待日安排), listed one by one.
export { expandSchedule, type ScheduledReceptionDay } from './expandSchedule.js';
export {
  type HeldReceptionDay,
  RECEPTION_EXCLUSION_REASONS,
  type ReceptionDayAdherenceOptions,
  type ReceptionDayAdherenceResult,
  type ReceptionExclusion,
  receptionDayAdherence,
  type StationAdherence,
} from './receptionDayAdherence.js';
export { safeExpandSchedule, safeReceptionDayAdherence } from './safeSchedules.js';
export {
  MISSING_DAY_POLICIES,
  NON_WORKING_DAY_POLICIES,
  NOTICE_COUNTS,
  type ScheduleOptions,
} from './scheduleOptions.js';
