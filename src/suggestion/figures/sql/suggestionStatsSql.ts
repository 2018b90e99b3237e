import { fromDayNumber } from '../../../calendar/internal/days.js';
import type { Result } from '../../../model/shared/result.js';
import type { ValidationError } from '../../../model/shared/validationError.js';
import type { MetricPeriod } from '../../../stats/defineMetric.js';
import { ArgumentChecks, fieldName, guard, safely } from '../../../stats/internal/invalidInput.js';
import { readSharesOptions } from '../../../stats/internal/sharesOptions.js';
import type { SharesOptions } from '../../../stats/shares.js';
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
import { NO_TOPIC } from '../facts.js';
import { UNASSIGNED } from '../groupKeys.js';
import { createDashboardContext } from '../internal/context.js';
import { type CompiledRate, compiledRates } from '../internal/rateRules.js';
import { SUGGESTION_METRICS } from '../suggestionMetrics.js';
import type { SuggestionStatsPolicy } from '../suggestionStatsPolicy.js';
import type { FORM_COLUMNS, ITEM_COLUMNS } from './factTableColumns.js';

export type { SqlDialect, SqlStatement } from '../../../stats/sql/sqlText.js';

/**
 * A grouping the SQL path can compute (SQL 分组), each the same key as a group key function:
 * `leadUnit` ({@link byLeadUnit}), `topic` ({@link byTopic}), `level` ({@link byLevel}),
 * `termSession` ({@link byTermSession}), `jurisdiction` ({@link byJurisdiction}),
 * `assignmentYear` / `assignmentQuarter` / `assignmentMonth` ({@link byAssignmentYear} and the
 * others, from the frozen day of assignment).
 *
 * @example
 * ```ts
 * import type { SuggestionSqlGroupKey } from 'renda';
 *
 * const key: SuggestionSqlGroupKey = 'leadUnit';
 * ```
 * @category Metrics
 */
export type SuggestionSqlGroupKey =
  | 'leadUnit'
  | 'topic'
  | 'level'
  | 'termSession'
  | 'jurisdiction'
  | 'assignmentYear'
  | 'assignmentQuarter'
  | 'assignmentMonth';

const GROUP_KEYS: readonly SuggestionSqlGroupKey[] = [
  'leadUnit',
  'topic',
  'level',
  'termSession',
  'jurisdiction',
  'assignmentYear',
  'assignmentQuarter',
  'assignmentMonth',
];

/**
 * The facts tables the SQL reads (事实表名): each `name` or `schema.name`.
 *
 * @example
 * ```ts
 * import type { SuggestionFactTableNames } from 'renda';
 *
 * const tables: SuggestionFactTableNames = { items: 'renda.suggestion_facts' };
 * ```
 * @category Metrics
 */
export interface SuggestionFactTableNames {
  /** The item rows ({@link suggestionFactsRow}); `suggestion_facts` by default. */
  readonly items?: string;
  /** The form rows; `suggestion_form_facts` by default. */
  readonly forms?: string;
  /** The reply rows; `suggestion_reply_facts` by default. */
  readonly replies?: string;
  /** The duty rows; `suggestion_duty_facts` by default. */
  readonly duties?: string;
}

/**
 * Options of {@link suggestionStatsSql} (SQL 统计选项): those of {@link suggestionStats}, with the
 * engine, the tables and a grouping the engine computes.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type SuggestionStatsSqlOptions } from 'renda';
 *
 * const options: SuggestionStatsSqlOptions = {
 *   dialect: 'postgres',
 *   policy: defaultPolicy,
 *   asOf: '2025-12-31T10:00:00Z',
 *   groupBy: ['leadUnit', 'assignmentYear'],
 * };
 * ```
 * @category Metrics
 */
export interface SuggestionStatsSqlOptions {
  /** The engine. */
  readonly dialect: SqlDialect;
  /** The policy the facts were taken under. */
  readonly policy: SuggestionStatsPolicy;
  /** The `asOf` the facts were taken at (the stats are stamped with it). */
  readonly asOf: string;
  /** The facts tables; the defaults otherwise. */
  readonly tables?: SuggestionFactTableNames;
  /** One grouping or several (unit × year). */
  readonly groupBy?: SuggestionSqlGroupKey | readonly SuggestionSqlGroupKey[];
  /** The period, as for {@link suggestionStats}: a date range filters by the day of assignment. */
  readonly period?: MetricPeriod;
  /** How shares are rounded, as for {@link suggestionStats}. */
  readonly shares?: SharesOptions;
}

/**
 * The queries of the dashboard in SQL, by name (SQL 查询名).
 *
 * @example
 * ```ts
 * import type { SuggestionSqlQueryName } from 'renda';
 *
 * const name: SuggestionSqlQueryName = 'items';
 * ```
 * @category Metrics
 */
export type SuggestionSqlQueryName =
  | 'items'
  | 'forms'
  | 'dutyRates'
  | 'duties'
  | 'states'
  | 'topics'
  | 'classes'
  | 'replyClasses'
  | 'days'
  | 'roundReplies'
  | 'roundForms'
  | 'overdue'
  | 'lateAssignment';

/**
 * The dashboard as SQL (建议办理统计 SQL): the statements to run, and what
 * {@link suggestionStatsFromRows} needs to turn their rows into {@link SuggestionStats}.
 *
 * @example
 * ```ts
 * import type { SuggestionStatsSql } from 'renda';
 *
 * const names = (sql: SuggestionStatsSql) => Object.keys(sql.queries);
 * ```
 * @category Metrics
 */
export interface SuggestionStatsSql {
  readonly dialect: SqlDialect;
  /** The grouping, one column `g0`, `g1`, … per key in each query's rows. */
  readonly groupBy: readonly SuggestionSqlGroupKey[];
  /** The statements, by name. */
  readonly queries: { readonly [Q in SuggestionSqlQueryName]: SqlStatement };
  /** The options the statements were made from (policy, asOf, period, shares). */
  readonly options: SuggestionStatsSqlOptions;
}

/** What every query shares: its tables, grouping, period filter and parameters. */
interface Builder {
  readonly items: string;
  readonly forms: string;
  readonly replies: string;
  readonly duties: string;
  readonly groupBy: readonly SuggestionSqlGroupKey[];
  readonly from: string | null;
  readonly to: string | null;
}

const I = 'i';
const item = (name: keyof typeof ITEM_COLUMNS): string => col(I, name);

/** The group key's expression over the item row: the same key as its group key function. */
function groupExpression(key: SuggestionSqlGroupKey, params: SqlParams): string {
  const day = item('assignedDay');
  const orUnassigned = (expression: string): string =>
    `CASE WHEN ${day} IS NULL THEN ${params.text(UNASSIGNED)} ELSE ${expression} END`;
  // Two digits at least, as byTermSession pads.
  const pad2 = (n: string): string =>
    `(CASE WHEN ${n} < 10 THEN '0' ELSE '' END) || CAST(${n} AS VARCHAR)`;
  switch (key) {
    case 'leadUnit':
      return `COALESCE(${item('reportingUnitId')}, ${params.text(UNASSIGNED)})`;
    case 'topic':
      return `COALESCE(${item('topic')}, ${params.text(NO_TOPIC)})`;
    case 'level':
      return item('level');
    case 'jurisdiction':
      return item('jurisdiction');
    case 'termSession':
      return `${pad2(item('term'))} || '-' || ${pad2(`COALESCE(${item('session')}, 0)`)}`;
    case 'assignmentYear':
      return orUnassigned(`SUBSTR(${day}, 1, 4)`);
    case 'assignmentMonth':
      return orUnassigned(`SUBSTR(${day}, 1, 7)`);
    case 'assignmentQuarter': {
      const month = `SUBSTR(${day}, 6, 2)`;
      return orUnassigned(
        `SUBSTR(${day}, 1, 4) || '-Q' || CASE WHEN ${month} <= '03' THEN '1' WHEN ${month} <= '06' THEN '2' WHEN ${month} <= '09' THEN '3' ELSE '4' END`,
      );
    }
  }
}

/** Whether the item is in the period (a date range of days of assignment), as SQL. */
function inPeriod(b: Builder, params: SqlParams): string {
  return dayInPeriod(item('assignedDay'), b.from, b.to, params);
}

/**
 * One statement over the item rows (joined to a child table when given), grouped by the keys and
 * `extra` columns; `select` makes the aggregate columns.
 */
function statement(
  b: Builder,
  select: (params: SqlParams) => readonly string[],
  options: {
    readonly join?: { readonly table: string; readonly alias: string };
    readonly where?: (params: SqlParams) => string;
    readonly extra?: (params: SqlParams) => readonly string[];
    readonly filterPeriod?: boolean;
    readonly aggregate?: boolean;
  } = {},
): SqlStatement {
  return groupedSelect({
    from: b.items,
    alias: I,
    ...(options.join === undefined
      ? {}
      : {
          join: {
            ...options.join,
            on: `${col(options.join.alias, 'suggestionId')} = ${item('id')}`,
          },
        }),
    groups: (params) => b.groupBy.map((key) => groupExpression(key, params)),
    ...(options.extra === undefined ? {} : { extra: options.extra }),
    select,
    where: (params) =>
      and(
        options.filterPeriod === false ? 'TRUE' : inPeriod(b, params),
        options.where?.(params) ?? 'TRUE',
      ),
    ...(options.aggregate === undefined ? {} : { aggregate: options.aggregate }),
  });
}

/**
 * A rate's columns (units, denominator, numerator, one per exclusion reason) over the rows of
 * `alias`, from its rule: a fact is the column of its name, the exclusion reason the `excluded`
 * column (the first reason a row matches, as the rule's first match wins).
 */
function rateColumns(
  compiled: CompiledRate,
  index: number,
  alias: string,
  params: SqlParams,
  weight = '1',
  only = 'TRUE',
): string[] {
  const rule = compiled.rule;
  const facts = (names: readonly string[]): string => and(...names.map((name) => col(alias, name)));
  const excluded = col(alias, 'excluded');
  const population = and(only, facts(rule.population));
  const units = and(population, `${excluded} IS NULL`);
  const denominator = and(units, facts(rule.denominator));
  const numerator = and(denominator, facts(rule.numerator));
  return [
    `${sum(units, weight)} AS "r${index}_units"`,
    `${sum(denominator, weight)} AS "r${index}_denominator"`,
    `${sum(numerator, weight)} AS "r${index}_numerator"`,
    ...compiled.exclusionReasons.map(
      (reason, k) =>
        `${sum(and(population, `${excluded} = ${params.text(reason)}`), weight)} AS "r${index}_excluded${k}"`,
    ),
  ];
}

/** The rates of the given units, each with its index in compiledRates order. */
const ratesOf = (base: CompiledRate[], units: readonly CompiledRate['unit'][]) =>
  base.flatMap((compiled, index) => (units.includes(compiled.unit) ? [{ compiled, index }] : []));

/** The duty facts the duty figures tally (the same list for both kinds of duty). */
const TALLIED = (): readonly string[] => SUGGESTION_METRICS.assistingInputs.tally?.facts ?? [];

function queriesOf(
  b: Builder,
  rates: CompiledRate[],
): { readonly [Q in SuggestionSqlQueryName]: SqlStatement } {
  const notExcluded = `${item('excluded')} IS NULL`;
  const counted =
    (extra = 'TRUE') =>
    () =>
      and(notExcluded, extra);
  const formsJoin = { table: b.forms, alias: 'f' };
  const repliesJoin = { table: b.replies, alias: 'r' };
  const dutiesJoin = { table: b.duties, alias: 'd' };
  const count = ['COUNT(*) AS "count"'];
  return Object.freeze({
    items: statement(
      b,
      (params) => {
        const period = inPeriod(b, params);
        return [
          ...periodCounts(period),
          `${sum(and(period, item('assignmentJudged')))} AS "assignJudged"`,
          `${sum(and(period, item('assignmentUndecided')))} AS "assignUndecided"`,
          ...ratesOf(rates, ['item', 'reply']).flatMap(({ compiled, index }) =>
            rateColumns(
              compiled,
              index,
              I,
              params,
              compiled.unit === 'reply' ? item('replies') : '1',
              period,
            ),
          ),
        ];
      },
      // Every group is listed, with the records outside the period counted, as suggestionStats does.
      { filterPeriod: false },
    ),
    forms: statement(
      b,
      (params) =>
        ratesOf(rates, ['evaluation']).flatMap(({ compiled, index }) =>
          rateColumns(compiled, index, 'f', params),
        ),
      { join: formsJoin },
    ),
    dutyRates: statement(
      b,
      (params) =>
        ratesOf(rates, ['assistingInput', 'followUp']).flatMap(({ compiled, index }) =>
          rateColumns(
            compiled,
            index,
            'd',
            params,
            '1',
            `${col('d', 'kind')} = ${params.text(compiled.unit)}`,
          ),
        ),
      { join: dutiesJoin },
    ),
    duties: statement(
      b,
      () => [
        `${sum(`${col('d', 'excluded')} IS NOT NULL`)} AS "excluded"`,
        ...TALLIED().map(
          (fact) => `${sum(and(`${col('d', 'excluded')} IS NULL`, col('d', fact)))} AS "${fact}"`,
        ),
      ],
      {
        join: dutiesJoin,
        extra: () => [`${col('d', 'kind')} AS "kind"`, `${col('d', 'unitId')} AS "unitId"`],
      },
    ),
    states: statement(b, () => count, { extra: () => [`${item('state')} AS "state"`] }),
    topics: statement(b, () => count, {
      extra: (params) => [`COALESCE(${item('topic')}, ${params.text(NO_TOPIC)}) AS "topic"`],
    }),
    classes: statement(b, () => count, {
      extra: () => [`${item('outcomeClass')} AS "outcomeClass"`],
      where: counted(and(item('replied'), `${item('outcomeClass')} IS NOT NULL`)),
    }),
    replyClasses: statement(b, () => count, {
      join: repliesJoin,
      extra: () => [`${col('r', 'outcomeClass')} AS "outcomeClass"`],
      where: counted(col('r', 'answering')),
    }),
    days: statement(b, () => count, {
      extra: () => [`${item('daysToReply')} AS "days"`],
      where: counted(item('replied')),
    }),
    roundReplies: statement(b, () => count, {
      join: repliesJoin,
      extra: () => [`${col('r', 'round')} AS "round"`],
      where: counted(`NOT ${col('r', 'followUp')}`),
    }),
    roundForms: statement(
      b,
      () => ['COUNT(*) AS "forms"', `${sum(col('f', ROUND_SATISFIED))} AS "satisfied"`],
      {
        join: formsJoin,
        extra: () => [`${col('f', 'round')} AS "round"`],
        where: counted(`${col('f', 'excluded')} IS NULL`),
      },
    ),
    overdue: statement(b, () => [`${item('id')} AS "id"`, `${item('daysLate')} AS "daysLate"`], {
      where: counted(item('overdue')),
      aggregate: false,
    }),
    lateAssignment: statement(
      b,
      () => [
        `${item('id')} AS "id"`,
        `${item('daysLateToAssign')} AS "daysLate"`,
        `${item('waitingForAssignment')} AS "waiting"`,
      ],
      { where: () => `${item('daysLateToAssign')} IS NOT NULL`, aggregate: false },
    ),
  });
}

/** The form fact the per-round satisfaction counts (as countRounds does): satisfied or basically. */
const ROUND_SATISFIED: keyof typeof FORM_COLUMNS = 'broad';

/**
 * The whole suggestion dashboard as SQL over the facts tables (建议办理统计 SQL): every figure of
 * {@link suggestionStats}, grouped the same way, for PostgreSQL (and the databases derived from it)
 * and DuckDB. Run each statement and hand the rows to {@link suggestionStatsFromRows}.
 *
 * @remarks
 * The statements are written from the rules of {@link SUGGESTION_METRICS}: a rate's population,
 * denominator and numerator facts are the columns of those names in the facts tables
 * ({@link suggestionFactTables}), its exclusion reasons the `excluded` column, so each rate is
 * `SUM(CASE WHEN … THEN 1 ELSE 0 END)` per group, never a second copy of its rule. Medians and
 * shares are not computed in the engine: the days are returned as a histogram and the classes as
 * counts, and {@link suggestionStatsFromRows} finishes them with the same code as
 * {@link suggestionStats}. Identifiers are checked and quoted; every value (period days, exclusion
 * reasons, group placeholders) is a parameter (`$1`, …, typed `VARCHAR`). The date groupings and the
 * period read the frozen `assignedDay`, taken in the zone the deadline was counted in.
 *
 * @param options - The engine, policy, asOf, tables, grouping, period and share rounding.
 * @returns The statements, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for an unknown dialect or grouping, a bad
 * table name, period, policy or asOf.
 *
 * @example
 * ```ts
 * import { defaultPolicy, suggestionStatsSql } from 'renda';
 *
 * const sql = suggestionStatsSql({
 *   dialect: 'postgres',
 *   policy: defaultPolicy,
 *   asOf: '2025-12-31T10:00:00Z',
 *   groupBy: 'leadUnit',
 *   period: '2025',
 * });
 * console.log(sql.queries.items.values.includes('2025-01-01')); // true
 * console.log(sql.queries.items.text.includes('2025')); // false
 * ```
 * @category Metrics
 */
export function suggestionStatsSql(options: SuggestionStatsSqlOptions): SuggestionStatsSql {
  return guard('suggestionStatsSql', () => {
    const checks = new ArgumentChecks('SuggestionStats');
    const given = checks.options<SuggestionStatsSqlOptions>(
      options,
      'options',
      'SQL 统计选项',
      false,
    );
    const dialect = dialectOption(checks, given.dialect);
    const keys =
      given.groupBy === undefined
        ? []
        : typeof given.groupBy === 'string'
          ? [given.groupBy]
          : given.groupBy;
    const groupBy: SuggestionSqlGroupKey[] = [];
    if (!Array.isArray(keys)) {
      checks.add('INVALID_TYPE', ['groupBy'], {
        field: fieldName('分组', 'groupBy'),
        expected: fieldName(GROUP_KEYS.join(' / '), GROUP_KEYS.join(', ')),
        got: keys,
      });
    } else {
      keys.forEach((key, index) => {
        groupBy.push(
          checks.oneOf('groupBy', '分组', key, GROUP_KEYS, 'leadUnit', ['groupBy', index]),
        );
      });
    }
    const tables = checks.options<SuggestionFactTableNames>(given.tables, 'tables', '事实表', true);
    const names = {
      items: tableName(checks, tables.items, 'suggestion_facts', ['tables', 'items']),
      forms: tableName(checks, tables.forms, 'suggestion_form_facts', ['tables', 'forms']),
      replies: tableName(checks, tables.replies, 'suggestion_reply_facts', ['tables', 'replies']),
      duties: tableName(checks, tables.duties, 'suggestion_duty_facts', ['tables', 'duties']),
    };
    readSharesOptions(checks, given.shares, ['shares']);
    checks.done();
    const ctx = createDashboardContext(
      given.policy as SuggestionStatsPolicy,
      given.asOf as string,
      given.period,
    );
    const builder: Builder = {
      ...names,
      groupBy,
      from: ctx.periodFrom === null ? null : fromDayNumber(ctx.periodFrom),
      to: ctx.periodTo === null ? null : fromDayNumber(ctx.periodTo),
    };
    return Object.freeze({
      dialect,
      groupBy: Object.freeze(groupBy),
      queries: queriesOf(builder, [...compiledRates(ctx.satisfactionBase)]),
      options: Object.freeze({
        ...(given as SuggestionStatsSqlOptions),
        dialect,
        groupBy: Object.freeze([...groupBy]),
      }),
    });
  });
}

/**
 * {@link suggestionStatsSql} returning a result instead of throwing (建议办理统计 SQL，不抛错).
 *
 * @param options - As for {@link suggestionStatsSql}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { defaultPolicy, safeSuggestionStatsSql } from 'renda';
 *
 * const r = safeSuggestionStatsSql({ dialect: 'mysql' as never, policy: defaultPolicy, asOf: '2025-12-31T10:00:00Z' });
 * console.log(r.ok); // false
 * ```
 * @category Metrics
 */
export function safeSuggestionStatsSql(
  options: SuggestionStatsSqlOptions,
): Result<SuggestionStatsSql, ValidationError> {
  return safely('suggestionStatsSql', () => suggestionStatsSql(options));
}
