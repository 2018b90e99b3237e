import { describe, expectTypeOf, it } from 'vitest';
import {
  type AbsenceTerminationResult,
  absenceTermination,
  type DutyRecord,
  type DutyRecordSources,
  dutyRecord,
  dutyRecords,
  type SessionAttendance,
  type SessionAttendanceMark,
  safeDutyRecord,
  sessionAttendanceReport,
  unexcusedAbsences,
} from '../../../src/connections/dutyRecord/index.js';
import { scoreDeputies } from '../../../src/connections/scoring/scoreDeputies.js';
import { yinchuanStyleRules } from '../../../src/connections/scoring/yinchuanStyleRules.js';
import type { Activity } from '../../../src/model/activity.js';
import type { Deputy } from '../../../src/model/deputy.js';
import type { PerformanceRecord } from '../../../src/model/performanceRecord.js';
import type { Result } from '../../../src/model/shared/result.js';
import type { ValidationError } from '../../../src/model/shared/validationError.js';

declare const deputies: Deputy[];
declare const records: PerformanceRecord[];
const period = { from: '2025-01-01', to: '2025-12-31' };

describe('duty record types', () => {
  it('takes the deputies and any of the sources', () => {
    expectTypeOf<{ deputies: Deputy[] }>().toExtend<DutyRecordSources>();
    // @ts-expect-error: the deputies are required
    dutyRecords({ activities: [] }, { period });
    // @ts-expect-error: the period is required
    dutyRecord('D-1', { deputies }, {});
    expectTypeOf(dutyRecord('D-1', { deputies }, { period })).toEqualTypeOf<DutyRecord>();
    expectTypeOf(safeDutyRecord('D-1', { deputies }, { period })).toEqualTypeOf<
      Result<DutyRecord, ValidationError>
    >();
  });

  it('types the sections by the models’ own enums', () => {
    expectTypeOf<keyof DutyRecord['activities']['byKind']>().toEqualTypeOf<Activity['kind']>();
    expectTypeOf<SessionAttendanceMark>().toEqualTypeOf<'attended' | 'excused' | 'unexcused'>();
    expectTypeOf<DutyRecord['suggestions']['items'][number]['role']>().toEqualTypeOf<
      'lead' | 'co'
    >();
  });

  it('feeds scoreDeputies with its occurrences as they are', () => {
    const { records: all } = dutyRecords({ deputies }, { period });
    expectTypeOf(all[0]?.occurrences).toEqualTypeOf<
      readonly (PerformanceRecord | Activity)[] | undefined
    >();
    scoreDeputies(
      deputies,
      all.flatMap((r) => r.occurrences),
      yinchuanStyleRules,
      { period },
    );
  });

  it('checks absences from performance records only', () => {
    expectTypeOf(
      absenceTermination(deputies, records, { asOf: '2025-12-31' }),
    ).toEqualTypeOf<AbsenceTerminationResult>();
    // @ts-expect-error: asOf is required
    absenceTermination(deputies, records, {});
    // @ts-expect-error: activities carry no absences
    absenceTermination(deputies, [] as Activity[], { asOf: '2025-12-31' });
    expectTypeOf(unexcusedAbsences).returns.toEqualTypeOf<readonly SessionAttendance[]>();
    expectTypeOf(sessionAttendanceReport)
      .parameter(1)
      .toEqualTypeOf<Iterable<PerformanceRecord | Activity>>();
  });
});
