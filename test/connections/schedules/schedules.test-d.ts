import { describe, expectTypeOf, it } from 'vitest';
import type { WorkingDayCalendar } from '../../../src/calendar/workingDayCalendar.js';
import {
  expandSchedule,
  type ScheduledReceptionDay,
} from '../../../src/connections/schedules/expandSchedule.js';
import {
  type HeldReceptionDay,
  type ReceptionDayAdherenceResult,
  type ReceptionExclusion,
  receptionDayAdherence,
  type StationAdherence,
} from '../../../src/connections/schedules/receptionDayAdherence.js';
import {
  safeExpandSchedule,
  safeReceptionDayAdherence,
} from '../../../src/connections/schedules/safeSchedules.js';
import type { ScheduleOptions } from '../../../src/connections/schedules/scheduleOptions.js';
import type { Activity } from '../../../src/model/activity.js';
import type { LiaisonStation, ReceptionSchedule } from '../../../src/model/liaisonStation.js';
import type { ValidationError } from '../../../src/model/shared/validationError.js';
import type { Rate } from '../../../src/stats/rate.js';

declare const stations: LiaisonStation[];
declare const activities: Activity[];
const period = { from: '2025-01-01', to: '2025-12-31' };

describe('schedule types', () => {
  it('expands the model schedule into frozen reception days', () => {
    expectTypeOf(expandSchedule).parameter(0).toEqualTypeOf<ReceptionSchedule>();
    expectTypeOf(expandSchedule({ kind: 'weekly', weekday: 1 }, period)).toEqualTypeOf<
      readonly ScheduledReceptionDay[]
    >();
    expectTypeOf<ScheduledReceptionDay['noticeDay']>().toEqualTypeOf<string | undefined>();
    const result = safeExpandSchedule({ kind: 'oddMonths', day: 15 }, period);
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<readonly ScheduledReceptionDay[]>();
    else expectTypeOf(result.error).toEqualTypeOf<ValidationError>();
  });

  it('accepts only the listed choices', () => {
    expectTypeOf<ScheduleOptions['onNonWorkingDay']>().toEqualTypeOf<
      'keep' | 'nextWorkingDay' | 'previousWorkingDay' | 'skip' | undefined
    >();
    expectTypeOf<ScheduleOptions['missingDay']>().toEqualTypeOf<
      'skip' | 'lastDayOfMonth' | undefined
    >();
    expectTypeOf<ScheduleOptions['calendar']>().toEqualTypeOf<WorkingDayCalendar | undefined>();
    // @ts-expect-error: not a policy
    expandSchedule({ kind: 'weekly', weekday: 1 }, period, { onNonWorkingDay: 'postpone' });
    // @ts-expect-error: no such schedule kind
    expandSchedule({ kind: 'evenMonths', day: 1 }, period);
    // @ts-expect-error: a weekly schedule names a weekday, not days
    expandSchedule({ kind: 'weekly', days: [1] }, period);
  });

  it('returns held against scheduled per station with core rates', () => {
    const r = receptionDayAdherence(stations, activities, { period, asOf: '2025-06-30' });
    expectTypeOf(r).toEqualTypeOf<ReceptionDayAdherenceResult>();
    expectTypeOf(r.rate).toEqualTypeOf<Rate>();
    expectTypeOf(r.stations).toEqualTypeOf<readonly StationAdherence[]>();
    expectTypeOf(r.stations[0]!.held).toEqualTypeOf<readonly HeldReceptionDay[]>();
    expectTypeOf(r.excluded).toEqualTypeOf<readonly ReceptionExclusion[]>();
    expectTypeOf<ReceptionExclusion['reason']>().toEqualTypeOf<'noSchedule' | 'notActive'>();
    // @ts-expect-error: asOf is required
    receptionDayAdherence(stations, activities, { period });
    const safe = safeReceptionDayAdherence(stations, activities, { period, asOf: '2025-06-30' });
    if (safe.ok) expectTypeOf(safe.value).toEqualTypeOf<ReceptionDayAdherenceResult>();
  });
});
