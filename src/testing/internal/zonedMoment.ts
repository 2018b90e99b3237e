import { offsetMsAt } from '../../calendar/internal/timeZone.js';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/**
 * The epoch of `minute` minutes after midnight on a day (a day number, as in `time.ts`) in any
 * IANA zone the runtime knows, for sample facts kept in the policy's own zone rather than
 * Shanghai's fixed +08:00. The offset is read twice: once at the naive instant, then at the
 * instant found, so a day that changes offset before the given minute still lands right.
 */
export function zonedMoment(dayNumber: number, minute: number, timeZone: string): number {
  const local = dayNumber * MS_PER_DAY + minute * MS_PER_MINUTE;
  const first = local - offsetMsAt(timeZone, local);
  return local - offsetMsAt(timeZone, first);
}

/** The zone's day number of an epoch. */
export function zonedDay(epoch: number, timeZone: string): number {
  return Math.floor((epoch + offsetMsAt(timeZone, epoch)) / MS_PER_DAY);
}
