import type { Result } from '../../../model/shared/result.js';
import type { ValidationError } from '../../../model/shared/validationError.js';
import type { MetricPeriod } from '../../../stats/defineMetric.js';
import { ArgumentChecks, fieldName, guard, safely } from '../../../stats/internal/invalidInput.js';
import { groupedSelect } from '../../../stats/sql/groupedSelect.js';
import {
  and,
  col,
  dayInPeriod,
  dialectOption,
  periodCounts,
  type SqlDialect,
  type SqlParams,
  type SqlStatement,
  sum,
  tableName,
} from '../../../stats/sql/sqlText.js';
import type { OpinionPolicy } from '../../opinionPolicy.js';
import { NONE, UNASSIGNED, UNCLASSIFIED } from '../internal/keys.js';
import { OPINION_STATS, opinionStatsContext } from '../internal/opinionStatsContext.js';
import type { OpinionFact } from '../opinionFacts.js';
import { OPINION_FACT_NAMES } from '../opinionFacts.js';
import { OPINION_METRICS, OPINION_RATE_IDS } from '../opinionMetrics.js';
import type { OPINION_COLUMNS } from './opinionFactColumns.js';

/**
 * A grouping the opinion figures' SQL computes (SQL 分组), each the same key as a group key
 * function: `station` ({@link byStation}), `receivingDeputy` ({@link byReceivingDeputy}),
 * `handlingUnit` ({@link byHandlingUnit}), `channel` ({@link byChannel}), `category`
 * ({@link byOpinionCategory}), `receivedMonth` ({@link byReceivedMonth}).
 *
 * @example
 * ```ts
 * import type { OpinionSqlGroupKey } from 'renda';
 *
 * const key: OpinionSqlGroupKey = 'station';
 * ```
 * @category Metrics
 */
export type OpinionSqlGroupKey =
  | 'station'
  | 'receivingDeputy'
  | 'handlingUnit'
  | 'channel'
  | 'category'
  | 'receivedMonth';

const GROUP_KEYS: readonly OpinionSqlGroupKey[] = [
  'station',
  'receivingDeputy',
  'handlingUnit',
  'channel',
  'category',
  'receivedMonth',
];

/**
 * The opinion facts tables the SQL reads (群众意见事实表名): each `name` or `schema.name`.
 *
 * @example
 * ```ts
 * import type { OpinionFactTableNames } from 'renda';
 *
 * const tables: OpinionFactTableNames = { opinions: 'renda.opinion_facts' };
 * ```
 * @category Metrics
 */
export interface OpinionFactTableNames {
  /** The opinion rows; `opinion_facts` by default. */
  readonly opinions?: string;
  /** The receiving deputy rows; `opinion_deputy_facts` by default. */
  readonly deputies?: string;
}

/**
 * Options of {@link opinionStatsSql} (群众意见 SQL 统计选项): those of {@link opinionStats}, with
 * the engine, the tables and a grouping the engine computes.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, type OpinionStatsSqlOptions } from 'renda';
 *
 * const options: OpinionStatsSqlOptions = {
 *   dialect: 'duckdb',
 *   policy: defaultOpinionPolicy,
 *   asOf: '2025-12-31T18:00:00+08:00',
 *   groupBy: ['station', 'receivedMonth'],
 * };
 * ```
 * @category Metrics
 */
export interface OpinionStatsSqlOptions {
  /** The engine. */
  readonly dialect: SqlDialect;
  /** The opinion policy the facts were taken under. */
  readonly policy: OpinionPolicy;
  /** The `asOf` the facts were taken at (the figures are stamped with it). */
  readonly asOf: string;
  /** The facts tables; the defaults otherwise. */
  readonly tables?: OpinionFactTableNames;
  /** One grouping or several (station × month). */
  readonly groupBy?: OpinionSqlGroupKey | readonly OpinionSqlGroupKey[];
  /** The period, as for {@link opinionStats}: a date range filters by the day received. */
  readonly period?: MetricPeriod;
}

/**
 * The queries of the opinion figures in SQL, by name (群众意见 SQL 查询名).
 *
 * @example
 * ```ts
 * import type { OpinionSqlQueryName } from 'renda';
 *
 * const name: OpinionSqlQueryName = 'opinions';
 * ```
 * @category Metrics
 */
export type OpinionSqlQueryName =
  | 'opinions'
  | 'categories'
  | 'states'
  | 'channels'
  | 'levels'
  | 'deputies'
  | 'stations';

/**
 * The opinion figures as SQL (群众意见统计 SQL): the statements to run, and what
 * {@link opinionStatsFromRows} needs to turn their rows into {@link OpinionStats}.
 *
 * @example
 * ```ts
 * import type { OpinionStatsSql } from 'renda';
 *
 * const names = (sql: OpinionStatsSql) => Object.keys(sql.queries);
 * ```
 * @category Metrics
 */
export interface OpinionStatsSql {
  readonly dialect: SqlDialect;
  /** The groupings, in key order: row column `g0` is the first key, `g1` the second, … */
  readonly groupBy: readonly OpinionSqlGroupKey[];
  /** The statements, by name. */
  readonly queries: { readonly [Q in OpinionSqlQueryName]: SqlStatement };
  /** The options the statements were made from (policy, asOf, period). */
  readonly options: OpinionStatsSqlOptions;
}

/** What every query shares: its tables, grouping and period. */
interface Builder {
  readonly opinions: string;
  readonly deputies: string;
  readonly groupBy: readonly OpinionSqlGroupKey[];
  readonly from: string | null;
  readonly to: string | null;
}

const O = 'o';
const opinion = (name: keyof typeof OPINION_COLUMNS): string => col(O, name);
const facts = (names: readonly OpinionFact[]): string => and(...names.map(opinion));

/** The group key's expression over the opinion row: the same key as its group key function. */
function groupExpression(key: OpinionSqlGroupKey, params: SqlParams): string {
  switch (key) {
    case 'station':
      return `COALESCE(${opinion('stationId')}, ${params.text(NONE)})`;
    case 'receivingDeputy':
      return `COALESCE(${opinion('receivingDeputyId')}, ${params.text(NONE)})`;
    case 'handlingUnit':
      return `COALESCE(${opinion('handlingUnitId')}, ${params.text(UNASSIGNED)})`;
    case 'channel':
      return opinion('channel');
    case 'category':
      return `COALESCE(${opinion('category')}, ${params.text(UNCLASSIFIED)})`;
    case 'receivedMonth':
      return `SUBSTR(${opinion('receivedDay')}, 1, 7)`;
  }
}

/** Whether the opinion is in the period (a date range of days received), as SQL. */
function inPeriod(b: Builder, params: SqlParams): string {
  return dayInPeriod(opinion('receivedDay'), b.from, b.to, params);
}

/** One statement over the opinion rows in the period, grouped by the keys and `extra`. */
function statement(
  b: Builder,
  select: (params: SqlParams) => readonly string[],
  extra: (params: SqlParams) => readonly string[],
  where: (params: SqlParams) => string = () => 'TRUE',
  join = false,
): SqlStatement {
  return groupedSelect({
    from: b.opinions,
    alias: O,
    ...(join
      ? {
          join: {
            table: b.deputies,
            alias: 'd',
            on: `${col('d', 'opinionId')} = ${opinion('id')}`,
          },
        }
      : {}),
    groups: (params) => b.groupBy.map((key) => groupExpression(key, params)),
    extra,
    select,
    where: (params) => and(inPeriod(b, params), where(params)),
  });
}

const COUNT = () => ['COUNT(*) AS "count"'];

/**
 * A rate's denominator and numerator columns over the rows meeting `only`, from its lists in
 * OPINION_METRICS.
 */
function rateColumns(id: (typeof OPINION_RATE_IDS)[number], only: string): string[] {
  const d = OPINION_METRICS[id];
  const denominator = and(only, facts(d.denominator));
  return [
    `${sum(denominator)} AS "${id}_denominator"`,
    `${sum(and(denominator, facts(d.numerator)))} AS "${id}_numerator"`,
  ];
}

function queriesOf(b: Builder): { readonly [Q in OpinionSqlQueryName]: SqlStatement } {
  const inPerson = () => opinion('inPerson');
  return Object.freeze({
    // Every group is listed, with the opinions outside the period counted, as opinionStats does.
    opinions: groupedSelect({
      from: b.opinions,
      alias: O,
      groups: (params) => b.groupBy.map((key) => groupExpression(key, params)),
      select: (params) => {
        const period = inPeriod(b, params);
        return [
          ...periodCounts(period),
          ...OPINION_FACT_NAMES.map((fact) => `${sum(and(period, opinion(fact)))} AS "${fact}"`),
          ...OPINION_RATE_IDS.flatMap((id) => rateColumns(id, period)),
        ];
      },
    }),
    categories: statement(
      b,
      () => ['COUNT(*) AS "count"', ...rateColumns('onTimeRate', 'TRUE')],
      (params) => [`COALESCE(${opinion('category')}, ${params.text(UNCLASSIFIED)}) AS "category"`],
    ),
    states: statement(b, COUNT, () => [`${opinion('state')} AS "state"`]),
    channels: statement(b, COUNT, () => [`${opinion('channel')} AS "channel"`]),
    levels: statement(b, COUNT, (params) => [
      `COALESCE(${opinion('level')}, ${params.text(UNCLASSIFIED)}) AS "level"`,
    ]),
    // One 人次 per deputy who met the person: the deputy rows are distinct per opinion.
    deputies: statement(b, COUNT, () => [`${col('d', 'deputyId')} AS "deputyId"`], inPerson, true),
    stations: statement(
      b,
      COUNT,
      () => [`${opinion('stationId')} AS "stationId"`],
      () => and(inPerson(), `${opinion('stationId')} IS NOT NULL`),
    ),
  });
}

/**
 * The constituent-opinion figures as SQL over the opinion facts tables (群众意见统计 SQL): every
 * figure of {@link opinionStats}, grouped the same way, for PostgreSQL (and the databases derived
 * from it) and DuckDB. Run each statement and hand the rows to {@link opinionStatsFromRows}.
 *
 * @remarks
 * The statements are written from {@link OPINION_METRICS}: a rate's denominator and numerator
 * facts are the boolean columns of those names ({@link opinionFactTables}), so each rate is two
 * `SUM(CASE WHEN … THEN 1 ELSE 0 END)` per group, never a second copy of its rule; each fact's
 * count is one more. 接待群众人次 per deputy joins the deputy rows. Identifiers are checked and
 * quoted; every value (period days, the `(none)`, `(unassigned)` and `(unclassified)` keys) is a
 * parameter (`$1`, …, typed `VARCHAR`).
 *
 * @param options - The engine, policy, asOf, tables, grouping and period.
 * @returns The statements, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for an unknown dialect or grouping, a bad
 * table name, period, policy or asOf.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, opinionStatsSql } from 'renda';
 *
 * const sql = opinionStatsSql({
 *   dialect: 'postgres',
 *   policy: defaultOpinionPolicy,
 *   asOf: '2025-12-31T18:00:00+08:00',
 *   groupBy: 'station',
 *   period: '2025',
 * });
 * console.log(sql.queries.opinions.values.includes('2025-01-01')); // true
 * console.log(sql.queries.opinions.text.includes('2025')); // false
 * ```
 * @category Metrics
 */
export function opinionStatsSql(options: OpinionStatsSqlOptions): OpinionStatsSql {
  return guard('opinionStatsSql', () => {
    const checks = new ArgumentChecks(OPINION_STATS);
    const given = checks.options<OpinionStatsSqlOptions>(options, 'options', 'SQL 统计选项', false);
    const dialect = dialectOption(checks, given.dialect);
    const keys =
      given.groupBy === undefined
        ? []
        : typeof given.groupBy === 'string'
          ? [given.groupBy]
          : given.groupBy;
    const groupBy: OpinionSqlGroupKey[] = [];
    if (!Array.isArray(keys)) {
      checks.add('INVALID_TYPE', ['groupBy'], {
        field: fieldName('分组', 'groupBy'),
        expected: fieldName(GROUP_KEYS.join(' / '), GROUP_KEYS.join(', ')),
        got: keys,
      });
    } else {
      keys.forEach((key, index) => {
        groupBy.push(
          checks.oneOf('groupBy', '分组', key, GROUP_KEYS, 'station', ['groupBy', index]),
        );
      });
    }
    const names = opinionTableNames(checks, given.tables);
    checks.done();
    const ctx = opinionStatsContext(
      given.policy as OpinionPolicy,
      given.asOf as string,
      given.period,
    );
    const builder: Builder = { ...names, groupBy, from: ctx.from, to: ctx.to };
    return Object.freeze({
      dialect,
      groupBy: Object.freeze(groupBy),
      queries: queriesOf(builder),
      options: Object.freeze({
        ...(given as OpinionStatsSqlOptions),
        dialect,
        groupBy: Object.freeze([...groupBy]),
      }),
    });
  });
}

/** The checked, quoted table names (the defaults for those not given). */
export function opinionTableNames(
  checks: ArgumentChecks,
  value: unknown,
): { readonly opinions: string; readonly deputies: string } {
  const tables = checks.options<OpinionFactTableNames>(value, 'tables', '事实表', true);
  return {
    opinions: tableName(checks, tables.opinions, 'opinion_facts', ['tables', 'opinions']),
    deputies: tableName(checks, tables.deputies, 'opinion_deputy_facts', ['tables', 'deputies']),
  };
}

/**
 * {@link opinionStatsSql} returning a result instead of throwing (群众意见统计 SQL，不抛错).
 *
 * @param options - As for {@link opinionStatsSql}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, safeOpinionStatsSql } from 'renda';
 *
 * const r = safeOpinionStatsSql({ dialect: 'duckdb', policy: defaultOpinionPolicy, asOf: '2025-12-31T18:00:00+08:00', groupBy: 'area' as never });
 * console.log(r.ok); // false
 * ```
 * @category Metrics
 */
export function safeOpinionStatsSql(
  options: OpinionStatsSqlOptions,
): Result<OpinionStatsSql, ValidationError> {
  return safely('opinionStatsSql', () => opinionStatsSql(options));
}
