import type { Deputy } from '../../model/deputy.js';
import type { PerformanceRecord } from '../../model/performanceRecord.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { deputySubjects } from '../coverage/internal/deputySubject.js';
import { buildRoster } from '../coverage/internal/roster.js';
import { servingOn } from '../coverage/internal/serving.js';
import type { SessionAttendance } from './dutyRecordTypes.js';
import { compare, SessionTally } from './internal/sessionTally.js';

/**
 * Options of {@link absenceTermination} (缺席终止资格核查选项).
 *
 * @example
 * ```ts
 * import type { AbsenceTerminationOptions } from 'renda';
 *
 * const options: AbsenceTerminationOptions = { asOf: '2026-03-31' };
 * ```
 * @category Coverage
 */
export interface AbsenceTerminationOptions {
  /** The last day looked at, `YYYY-MM-DD`: records after it are not read. */
  readonly asOf: string;
  /**
   * Require the two sessions to be consecutive (连续两次) among the deputy's recorded sessions;
   * `false` by default, as the law says only "two" (两次). For a jurisdiction whose implementing
   * measures (实施办法) say 连续.
   */
  readonly consecutive?: boolean;
}

/**
 * A deputy whose unexcused absences meet the termination ground (因未经批准两次不出席会议而资格
 * 终止的情形), with the sessions named.
 *
 * @example
 * ```ts
 * import type { AbsenceTerminationCase } from 'renda';
 *
 * const line = (c: AbsenceTerminationCase): string =>
 *   `${c.name}: ${c.unexcused.map((s) => s.session).join('、')}`;
 * ```
 * @category Coverage
 */
export interface AbsenceTerminationCase {
  /** The deputy's id. */
  readonly deputyId: string;
  /** The deputy's name. */
  readonly name: string;
  /** Every session missed without leave up to `asOf`, in day order. */
  readonly unexcused: readonly SessionAttendance[];
  /** The session whose absence met the ground (the second, or the second in a row). */
  readonly metAt: SessionAttendance;
  /** Whether the deputy's status already records the qualification as ended. */
  readonly alreadyEnded: boolean;
}

/**
 * The result of {@link absenceTermination} (缺席终止资格核查结果).
 *
 * @example
 * ```ts
 * import type { AbsenceTerminationResult } from 'renda';
 *
 * const toReview = (r: AbsenceTerminationResult) => r.cases.filter((c) => !c.alreadyEnded);
 * ```
 * @category Coverage
 */
export interface AbsenceTerminationResult {
  /** The last day looked at. */
  readonly asOf: string;
  /** Whether the two absences had to be consecutive. */
  readonly consecutive: boolean;
  /** The deputies who meet the ground, by id. */
  readonly cases: readonly AbsenceTerminationCase[];
}

/** The first unexcused session that makes two (in a row, when `consecutive`), if any. */
function secondAbsence(
  sessions: readonly SessionAttendance[],
  consecutive: boolean,
): SessionAttendance | undefined {
  let count = 0;
  for (const session of sessions) {
    if (session.mark === 'unexcused') {
      count += 1;
      if (count >= 2) return session;
    } else if (consecutive) count = 0;
  }
  return undefined;
}

/**
 * Deputies who missed two congress sessions without leave (未经批准两次不出席本级人民代表大会
 * 会议): the ground on which the qualification ends (Deputies Law art. 62(3)).
 *
 * @remarks
 * The law says "two" (两次), not "two in a row" (连续), so by default any two sessions missed
 * without leave count; `consecutive: true` asks for two in a row among the deputy's recorded
 * sessions, for implementing measures that say so. A deputy record is one seat, so the sessions
 * are those of that seat's own congress (本级).
 *
 * Sessions come from performance records: `sessionAttendance` (出席) and `sessionAbsence` with
 * `excused` (请假 or not); a session is the records' `refId`, or their day. Attending on any day of
 * a session is attending it; otherwise one day away without leave makes it unexcused. Records
 * after `asOf`, and records on days the deputy did not serve (suspended, or after the
 * qualification ended), are not read. One pass over the records.
 *
 * The check only lists: the qualification-review committee reports, and the standing committee
 * announces, the termination (art. 63). `alreadyEnded` tells which are already recorded.
 *
 * @param deputies - The deputies; any iterable.
 * @param performanceRecords - Performance records; only the session ones are read.
 * @param options - The last day looked at, and whether the two must be consecutive.
 * @returns The cases, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad `asOf` or argument.
 *
 * @example
 * ```ts
 * import { absenceTermination } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, performanceRecords } = generateSample({ seed: 1 });
 * const result = absenceTermination(deputies, performanceRecords, { asOf: '2025-12-31' });
 * console.log(result.cases.every((c) => c.unexcused.length >= 2)); // true
 * ```
 * @category Coverage
 */
export function absenceTermination(
  deputies: Iterable<Deputy>,
  performanceRecords: Iterable<PerformanceRecord>,
  options: AbsenceTerminationOptions,
): AbsenceTerminationResult {
  return guard('absenceTermination', () => {
    const checks = new OptionChecks('absenceTermination');
    checks.records(deputies, 'deputies', '代表');
    checks.records(performanceRecords, 'performanceRecords', '履职登记');
    checks.options(options, 'options', '选项', false);
    const asOfNumber = checks.asOfDay(options.asOf, '核查截止日');
    if (options.consecutive !== undefined && typeof options.consecutive !== 'boolean') {
      checks.add('INVALID_TYPE', ['consecutive'], {
        field: fieldName('须连续', 'consecutive'),
        expected: fieldName('true 或 false', 'true or false'),
        got: options.consecutive,
      });
    }
    checks.done();
    const consecutive = options.consecutive === true;
    const byId = new Map<string, Deputy>();
    for (const deputy of deputies) if (!byId.has(deputy.id)) byId.set(deputy.id, deputy);
    // Every day up to asOf: the ground is met whenever the two absences fell in the seat.
    const span = { from: Number.NEGATIVE_INFINITY, to: asOfNumber as number };
    const serving = servingOn(buildRoster(deputySubjects(byId.values()), span, 'include').entries);
    const tally = new SessionTally();
    for (const record of performanceRecords) {
      if (record.day > options.asOf || !serving(record.deputyId, record.day)) continue;
      tally.addRecord(record);
    }
    const cases: AbsenceTerminationCase[] = [];
    for (const [deputyId, sessions] of tally.byDeputy()) {
      const metAt = secondAbsence(sessions, consecutive);
      if (metAt === undefined) continue;
      const deputy = byId.get(deputyId) as Deputy;
      cases.push({
        deputyId,
        name: deputy.name,
        unexcused: sessions.filter((s) => s.mark === 'unexcused'),
        metAt,
        alreadyEnded: deputy.status.status === 'ended',
      });
    }
    cases.sort((a, b) => compare(a.deputyId, b.deputyId));
    return { asOf: options.asOf, consecutive, cases };
  });
}
