import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import {
  ArgumentChecks,
  fail,
  fieldName,
  guard,
  safely,
} from '../../stats/internal/invalidInput.js';
import type { OpinionPolicy } from '../opinionPolicy.js';
import { OPINION_STATS, opinionStatsContext } from './internal/opinionStatsContext.js';
import { checkReadableOpinion } from './internal/readableOpinion.js';
import {
  OPINION_FACT_BIT,
  OPINION_FACT_NAMES,
  type OpinionFact,
  readOpinionFacts,
} from './opinionFacts.js';

// An opinion's facts as two flat tables: the opinion's row, with every fact of OPINION_FACTS as a
// column of its name (so a rate's lists in OPINION_METRICS read the columns directly), and a row
// per deputy who received it (接待群众人次 per deputy). opinionStatsSql is generated from the
// rules and these names.

/**
 * One constituent opinion's facts (群众意见事实行): what the figures group and count it by, and
 * every fact of {@link OPINION_FACTS} at `asOf` as a boolean column of its name.
 *
 * @example
 * ```ts
 * import type { OpinionFactsRow } from 'renda';
 *
 * const overdue = (row: OpinionFactsRow) => row.handlingOverdue || row.feedbackOverdue;
 * ```
 * @category Metrics
 */
export type OpinionFactsRow = {
  /** The opinion's id. */
  readonly id: string;
  /** The day received, `YYYY-MM-DD` (the period and the month grouping read it). */
  readonly receivedDay: string;
  readonly state: ConstituentOpinion['state'];
  readonly channel: ConstituentOpinion['channel'];
  /** The category code; `null` before classification. */
  readonly category: string | null;
  /** The level; `null` before classification. */
  readonly level: string | null;
  /** The liaison station that received it; `null` without one. */
  readonly stationId: string | null;
  /** The first deputy who received it ({@link byReceivingDeputy}); `null` without one. */
  readonly receivingDeputyId: string | null;
  /** The handling unit of the referral ({@link byHandlingUnit}); `null` before any referral. */
  readonly handlingUnitId: string | null;
} & { readonly [F in OpinionFact]: boolean };

/**
 * One deputy who received an opinion (接待代表行): a row per distinct deputy of its `deputyIds`,
 * so the people received in person (接待群众人次) are counted per deputy by a join.
 *
 * @example
 * ```ts
 * import type { OpinionDeputyFactsRow } from 'renda';
 *
 * const who = (row: OpinionDeputyFactsRow) => `${row.opinionId}: ${row.deputyId}`;
 * ```
 * @category Metrics
 */
export interface OpinionDeputyFactsRow {
  readonly opinionId: string;
  readonly deputyId: string;
}

/**
 * A constituent opinion's facts as rows of two tables (群众意见事实表).
 *
 * @example
 * ```ts
 * import type { OpinionFactTables } from 'renda';
 *
 * const deputies = (t: OpinionFactTables) => t.deputies.length;
 * ```
 * @category Metrics
 */
export interface OpinionFactTables {
  readonly opinion: OpinionFactsRow;
  readonly deputies: readonly OpinionDeputyFactsRow[];
}

/**
 * Options of {@link opinionFactTables} (事实表选项): the figures' policy and `asOf`.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, type OpinionFactTablesOptions } from 'renda';
 *
 * const options: OpinionFactTablesOptions = { policy: defaultOpinionPolicy, asOf: '2025-12-31T18:00:00+08:00' };
 * ```
 * @category Metrics
 */
export interface OpinionFactTablesOptions {
  /** The opinion policy: its zone gives the asOf day the overdue facts are judged against. */
  readonly policy: OpinionPolicy;
  /** When the facts are taken. */
  readonly asOf: string;
}

/**
 * A constituent opinion's facts as rows of two tables (群众意见事实表): what {@link opinionStats}
 * counts, read once at `asOf`, to store beside the record and compute the figures in SQL
 * ({@link opinionStatsSql}).
 *
 * @remarks
 * `opinion` has the group keys (station, first receiving deputy, handling unit, channel,
 * category, the day received) and every fact of {@link OPINION_FACTS}, read by the same function
 * the accumulator reads. `deputies` has a row per distinct receiving deputy. Facts are taken at
 * `asOf`: the two overdue facts move with it, so store them again when `asOf` moves, and on every
 * accepted transition.
 *
 * @param record - A constituent opinion.
 * @param options - The policy and `asOf`.
 * @returns The rows, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad policy or `asOf`, or a record whose
 * fields the figures read are not an opinion's.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, opinionFactTables } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * const { opinion } = opinionFactTables(opinions[0]!, { policy: defaultOpinionPolicy, asOf: '2025-12-31T18:00:00+08:00' });
 * console.log(opinion.id === opinions[0]!.id); // true
 * ```
 * @category Metrics
 */
export function opinionFactTables(
  record: ConstituentOpinion,
  options: OpinionFactTablesOptions,
): OpinionFactTables {
  return guard('opinionFactTables', () => {
    const checks = new ArgumentChecks(OPINION_STATS);
    const given = checks.options<OpinionFactTablesOptions>(options, 'options', '事实表选项', false);
    checks.done();
    const ctx = opinionStatsContext(given.policy as OpinionPolicy, given.asOf as string);
    checkReadableOpinion(record);
    if (typeof record.id !== 'string') {
      fail(OPINION_STATS, 'INVALID_TYPE', ['record', 'id'], {
        field: fieldName('群众意见的编号', "an opinion's id"),
        expected: fieldName('编号', 'an id'),
        got: record.id,
      });
    }
    const flags = readOpinionFacts(record, ctx.asOfDay);
    const facts = {} as Record<OpinionFact, boolean>;
    for (const fact of OPINION_FACT_NAMES) facts[fact] = (flags & OPINION_FACT_BIT[fact]) !== 0;
    const c = record.classification;
    const opinion: OpinionFactsRow = Object.freeze({
      id: record.id,
      receivedDay: record.receivedDay,
      state: record.state,
      channel: record.channel,
      category: c?.category ?? null,
      level: c?.level ?? null,
      stationId: record.stationId ?? null,
      receivingDeputyId: record.deputyIds[0] ?? null,
      handlingUnitId: record.referral?.unitId ?? null,
      ...facts,
    });
    return Object.freeze({
      opinion,
      deputies: Object.freeze(
        [...new Set(record.deputyIds)].map((deputyId) =>
          Object.freeze({ opinionId: record.id, deputyId }),
        ),
      ),
    });
  });
}

/**
 * {@link opinionFactTables} returning a result instead of throwing (群众意见事实表，不抛错).
 *
 * @param record - As for {@link opinionFactTables}.
 * @param options - As for {@link opinionFactTables}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeOpinionFactTables } from 'renda';
 *
 * console.log(safeOpinionFactTables(null as never, null as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeOpinionFactTables(
  record: ConstituentOpinion,
  options: OpinionFactTablesOptions,
): Result<OpinionFactTables, ValidationError> {
  return safely('opinionFactTables', () => opinionFactTables(record, options));
}
