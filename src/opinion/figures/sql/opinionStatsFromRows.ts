import type { Result } from '../../../model/shared/result.js';
import type { ValidationError } from '../../../model/shared/validationError.js';
import { ArgumentChecks, guard, safely } from '../../../stats/internal/invalidInput.js';
import { checkRowLists, type Fill, foldRows, textOf } from '../../../stats/sql/sqlRows.js';
import type { OpinionPolicy } from '../../opinionPolicy.js';
import { OPINION_STATS, opinionStatsContext } from '../internal/opinionStatsContext.js';
import {
  addCount,
  addRateCounts,
  assembleOpinionStats,
  emptyOpinionParts,
  type OpinionStatsParts,
} from '../internal/opinionStatsResult.js';
import { OPINION_FACT_NAMES } from '../opinionFacts.js';
import { OPINION_RATE_IDS } from '../opinionMetrics.js';
import type { OpinionStatsGroup, OpinionStatsResult } from '../opinionStatsTypes.js';
import type { OpinionSqlQueryName, OpinionStatsSql } from './opinionStatsSql.js';

/**
 * The rows each statement of {@link opinionStatsSql} returned, by query name (群众意见 SQL 结果行):
 * as the driver gives them, counts as numbers, bigints or numeric strings.
 *
 * @example
 * ```ts
 * import type { OpinionSqlRows } from 'renda';
 *
 * const none = (rows: OpinionSqlRows) => rows.opinions.length === 0;
 * ```
 * @category Metrics
 */
export type OpinionSqlRows = {
  readonly [Q in OpinionSqlQueryName]: readonly { readonly [column: string]: unknown }[];
};

/** A count of a row added under the key of one of its text columns. */
const countBy =
  (
    column: string,
    target: (parts: OpinionStatsParts) => { [key: string]: number },
  ): Fill<OpinionStatsParts> =>
  (parts, row, n) =>
    addCount(target(parts), textOf(row[column]), n('count'));

const FILL: { readonly [Q in OpinionSqlQueryName]: Fill<OpinionStatsParts> } = {
  opinions: (parts, _row, n) => {
    const records = n('records');
    parts.records += records;
    parts.outsidePeriod += n('outsidePeriod');
    for (const fact of OPINION_FACT_NAMES) parts.counts[fact] += n(fact);
    for (const id of OPINION_RATE_IDS) {
      const counts = parts.rates[id];
      counts.units += records;
      counts.denominator += n(`${id}_denominator`);
      counts.numerator += n(`${id}_numerator`);
    }
  },
  categories: (parts, row, n) =>
    addRateCounts(parts.categories, textOf(row.category), {
      units: n('count'),
      denominator: n('onTimeRate_denominator'),
      numerator: n('onTimeRate_numerator'),
    }),
  states: countBy('state', (p) => p.states),
  channels: countBy('channel', (p) => p.channels),
  levels: countBy('level', (p) => p.levels),
  deputies: countBy('deputyId', (p) => p.deputies),
  stations: countBy('stationId', (p) => p.stations),
};

const QUERY_NAMES = Object.keys(FILL) as OpinionSqlQueryName[];

/**
 * The opinion figures from the rows of their SQL (由 SQL 结果得群众意见统计): the same
 * {@link OpinionStatsResult} {@link opinionStats} returns over the records the facts were taken
 * from, total and per group.
 *
 * @remarks
 * Every count comes from the engine; the rates (`value` null when the denominator is 0), the
 * order of the counts and the on-time rate per category are finished by the code
 * {@link opinionStats} uses. The total is the sum of the groups' counts, so the rows of several
 * databases (one per city) may be concatenated statement by statement. Groups are sorted by key in
 * code-unit order.
 *
 * @param sql - What {@link opinionStatsSql} returned.
 * @param rows - The rows of each of its statements, by name.
 * @returns The figures, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when a statement's rows are missing or a
 * count is not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, opinionStatsFromRows, opinionStatsSql } from 'renda';
 *
 * const sql = opinionStatsSql({ dialect: 'duckdb', policy: defaultOpinionPolicy, asOf: '2025-12-31T18:00:00+08:00' });
 * const empty = Object.fromEntries(Object.keys(sql.queries).map((name) => [name, []]));
 * const { total } = opinionStatsFromRows(sql, empty as never);
 * console.log(total.n, total.rates.closedLoopRate.value); // 0 null
 * ```
 * @category Metrics
 */
export function opinionStatsFromRows(
  sql: OpinionStatsSql,
  rows: OpinionSqlRows,
): OpinionStatsResult {
  return guard('opinionStatsFromRows', () => {
    const checks = new ArgumentChecks(OPINION_STATS);
    const plan = checks.options<OpinionStatsSql>(sql, 'sql', 'SQL 统计', false);
    const given = checks.options<OpinionSqlRows>(rows, 'rows', 'SQL 结果行', false);
    checkRowLists(checks, given, QUERY_NAMES);
    checks.done();
    const options = (plan.options ?? {}) as Partial<OpinionStatsSql['options']>;
    const ctx = opinionStatsContext(
      options.policy as OpinionPolicy,
      options.asOf as string,
      options.period,
    );
    const { total, groups } = foldRows(
      OPINION_STATS,
      given as OpinionSqlRows,
      FILL,
      Array.isArray(plan.groupBy) ? plan.groupBy.length : 0,
      emptyOpinionParts,
    );
    const stats = assembleOpinionStats(total, ctx);
    const sorted: OpinionStatsGroup[] = groups.map((group) =>
      Object.freeze({
        key: Object.freeze(group.key),
        stats: assembleOpinionStats(group.parts, ctx),
      }),
    );
    return Object.freeze({
      total: stats,
      groups: Object.freeze(sorted),
      asOf: stats.asOf,
      ...(stats.period === undefined ? {} : { period: stats.period }),
    });
  });
}

/**
 * {@link opinionStatsFromRows} returning a result instead of throwing (由 SQL 结果得群众意见统计，
 * 不抛错).
 *
 * @param sql - As for {@link opinionStatsFromRows}.
 * @param rows - As for {@link opinionStatsFromRows}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeOpinionStatsFromRows } from 'renda';
 *
 * console.log(safeOpinionStatsFromRows(null as never, null as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeOpinionStatsFromRows(
  sql: OpinionStatsSql,
  rows: OpinionSqlRows,
): Result<OpinionStatsResult, ValidationError> {
  return safely('opinionStatsFromRows', () => opinionStatsFromRows(sql, rows));
}
