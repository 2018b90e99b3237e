import { guard } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import type { DutyRecord, DutyRecordOptions, DutyRecordSources } from './dutyRecordTypes.js';
import { assembleDutyRecords } from './internal/assemble.js';

/**
 * The result of {@link dutyRecords} (履职档案汇编).
 *
 * @example
 * ```ts
 * import type { DutyRecordsResult } from 'renda';
 *
 * const idle = (r: DutyRecordsResult): string[] =>
 *   r.records.filter((d) => d.served.length > 0 && d.activities.total === 0).map((d) => d.deputyId);
 * ```
 * @category Coverage
 */
export interface DutyRecordsResult {
  /** The period. */
  readonly period: CoveragePeriod;
  /** One record per deputy, in the order of `sources.deputies` (a repeated id once). */
  readonly records: readonly DutyRecord[];
}

/**
 * Every deputy's duty record (代表履职档案) over a period, in one pass over each source.
 *
 * @remarks
 * Each record gathers, for one deputy, what the sources hold about them: activities by kind,
 * performance records by kind, congress-session attendance (出席 / 请假 / 未经批准缺席, from
 * `sessionAttendance` and `sessionAbsence` records, one mark per session), standing committee
 * sessions attended (`scSessionAttendance` activities), suggestions and motions as lead and
 * co-signer with their state, each unit's final reply class and the deputy's evaluations,
 * trainings attended, duty reports and the constituent opinions received with their state.
 *
 * What counts: a thing dated in `period` (an activity's, record's, report's `day`; a suggestion's
 * `submittedAt` as a day in `timeZone`; a training's first day; an opinion's `receivedDay`) on a day
 * the deputy served. Days not served (before the term, suspended, after the qualification ended:
 * Deputies Law art. 61–62) are left out, by the rule coverage and {@link scoreDeputies} use. A
 * deputy who served no day of the period gets an empty record with `served: []`.
 *
 * `occurrences` holds the performance records and activity parts, so `scoreDeputies(deputies,
 * result.records, rules, { period })` scores exactly as from the raw sources.
 *
 * Cost: one pass over each source, O(records), plus sorting each deputy's lists by day.
 *
 * @param sources - The deputies and any of the sources.
 * @param options - The period and the time zone.
 * @returns The records, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period, time zone or source.
 *
 * @example
 * ```ts
 * import { dutyRecords } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const sample = generateSample({ seed: 1 });
 * const { records } = dutyRecords(sample, { period: { from: '2025-01-01', to: '2025-12-31' } });
 * console.log(records.length === sample.deputies.length); // true
 * ```
 * @see {@link dutyRecord} for one deputy.
 * @category Coverage
 */
export function dutyRecords(
  sources: DutyRecordSources,
  options: DutyRecordOptions,
): DutyRecordsResult {
  return guard('dutyRecords', () => {
    const records = assembleDutyRecords('dutyRecords', sources, options);
    return { period: { from: options.period.from, to: options.period.to }, records };
  });
}
