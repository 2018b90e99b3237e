import { guard } from '../../stats/internal/invalidInput.js';
import type { DutyRecord, DutyRecordOptions, DutyRecordSources } from './dutyRecordTypes.js';
import { assembleDutyRecords } from './internal/assemble.js';

/**
 * One deputy's duty record (代表履职档案) over a period: activities, session attendance,
 * suggestions and their outcomes, trainings, duty reports and opinions, on the days served.
 *
 * @remarks
 * The same record as {@link dutyRecords} gives for this deputy (see there for what counts), read
 * in one pass over each source. For many deputies call {@link dutyRecords} once rather than this
 * per deputy.
 *
 * @param deputyId - The deputy's id; must be in `sources.deputies`.
 * @param sources - The deputies and any of the sources.
 * @param options - The period and the time zone.
 * @returns The record, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period, time zone or source, or a
 * deputy not in `sources.deputies`.
 *
 * @example
 * ```ts
 * import { dutyRecord } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const sample = generateSample({ seed: 1 });
 * const id = sample.deputies[0]?.id ?? '';
 * const record = dutyRecord(id, sample, { period: { from: '2025-01-01', to: '2025-12-31' } });
 * console.log(record.deputyId === id); // true
 * ```
 * @category Coverage
 */
export function dutyRecord(
  deputyId: string,
  sources: DutyRecordSources,
  options: DutyRecordOptions,
): DutyRecord {
  return guard(
    'dutyRecord',
    () => assembleDutyRecords('dutyRecord', sources, options, { deputyId })[0] as DutyRecord,
  );
}
