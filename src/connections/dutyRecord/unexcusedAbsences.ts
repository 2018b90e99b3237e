import { guard } from '../../stats/internal/invalidInput.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import type { DutyRecord, SessionAttendance } from './dutyRecordTypes.js';

/**
 * The congress sessions a deputy missed without leave (未经批准缺席的代表大会会议), from their duty
 * record.
 *
 * @remarks
 * The sessions of `record.congressSessions` marked `unexcused`, in day order: sessions the deputy
 * did not attend on any day and was away from without leave on at least one. Two of them end the
 * qualification (Deputies Law art. 62(3)); {@link absenceTermination} checks that across deputies
 * and up to a day.
 *
 * @param record - A duty record from {@link dutyRecord} or {@link dutyRecords}.
 * @returns The sessions, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when `record` is not a duty record.
 *
 * @example
 * ```ts
 * import { dutyRecords, unexcusedAbsences } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { records } = dutyRecords(generateSample({ seed: 1 }), {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 * });
 * const missed = records.filter((r) => unexcusedAbsences(r).length > 0);
 * console.log(missed.length < records.length); // true
 * ```
 * @category Coverage
 */
export function unexcusedAbsences(record: DutyRecord): readonly SessionAttendance[] {
  return guard('unexcusedAbsences', () => {
    const checks = new OptionChecks('unexcusedAbsences');
    checks.options(record, 'record', '履职档案', false);
    checks.records(record.congressSessions?.sessions, 'record.congressSessions.sessions', '会议');
    checks.done();
    return [...record.congressSessions.sessions].filter((s) => s.mark === 'unexcused');
  });
}
