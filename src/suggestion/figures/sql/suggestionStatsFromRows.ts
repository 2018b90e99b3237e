import type { Result } from '../../../model/shared/result.js';
import type { ValidationError } from '../../../model/shared/validationError.js';
import { SUGGESTION_STATES } from '../../../model/suggestionState.js';
import { ArgumentChecks, guard, safely } from '../../../stats/internal/invalidInput.js';
import { readSharesOptions } from '../../../stats/internal/sharesOptions.js';
import {
  type Counter,
  checkRowLists,
  type Fill as FillOf,
  foldRows,
  textOf,
} from '../../../stats/sql/sqlRows.js';
import { addTo, assembleStats, type StatsParts } from '../internal/assembleStats.js';
import { createDashboardContext, type DashboardContext } from '../internal/context.js';
import type { DutyCounts } from '../internal/dutyTally.js';
import { compiledRates, type RateCounts } from '../internal/rateRules.js';
import { SUGGESTION_METRICS } from '../suggestionMetrics.js';
import type { SuggestionStatsGroup, SuggestionStatsResult } from '../suggestionStats.js';
import type { SuggestionStatsPolicy } from '../suggestionStatsPolicy.js';
import type { SuggestionSqlQueryName, SuggestionStatsSql } from './suggestionStatsSql.js';

/**
 * The rows each statement of {@link suggestionStatsSql} returned, by query name (SQL 结果行): as
 * the driver gives them, counts as numbers, bigints or numeric strings.
 *
 * @example
 * ```ts
 * import type { SuggestionSqlRows } from 'renda';
 *
 * const none = (rows: SuggestionSqlRows) => rows.items.length === 0;
 * ```
 * @category Metrics
 */
export type SuggestionSqlRows = {
  readonly [Q in SuggestionSqlQueryName]: readonly { readonly [column: string]: unknown }[];
};

/** Mutable parts of one group, filled from the rows. */
type Parts = {
  -readonly [K in keyof StatsParts]: K extends 'inputs' | 'followUps'
    ? { byUnit: Record<string, DutyCounts>; excluded: number }
    : K extends 'rateCounts'
      ? RateCounts[]
      : StatsParts[K] extends readonly (infer E)[]
        ? E[]
        : StatsParts[K] extends { readonly [key: string]: number }
          ? { [key: string]: number }
          : StatsParts[K];
};

function emptyParts(ctx: DashboardContext, rates: number): Parts {
  const states: { [state: string]: number } = {};
  for (const name of SUGGESTION_STATES) states[name] = 0;
  return {
    records: 0,
    outsidePeriod: 0,
    rateCounts: Array.from({ length: rates }, () => ({
      units: 0,
      denominator: 0,
      numerator: 0,
      excluded: [],
    })),
    states,
    topics: {},
    classes: new Array<number>(ctx.classCodes.length).fill(0),
    otherClasses: {},
    replyClasses: new Array<number>(ctx.classCodes.length).fill(0),
    otherReplyClasses: {},
    days: [],
    rounds: [],
    overdueIds: [],
    overdueDays: [],
    assignJudged: 0,
    assignUndecided: 0,
    lateAssignIds: [],
    lateAssignDays: [],
    lateAssignWaiting: [],
    inputs: { byUnit: Object.create(null), excluded: 0 },
    followUps: { byUnit: Object.create(null), excluded: 0 },
  };
}

const addAt = (array: number[], at: number, amount: number): void => {
  while (array.length <= at) array.push(0);
  array[at] = (array[at] as number) + amount;
};

/** Fills one group's parts (and the total's) from one row of one query. */
type Fill = FillOf<Parts>;

function fillers(ctx: DashboardContext): { readonly [Q in SuggestionSqlQueryName]: Fill } {
  const rates = compiledRates(ctx.satisfactionBase);
  const readRates: Fill = (parts, row, n) => {
    rates.forEach((compiled, index) => {
      if (row[`r${index}_units`] === undefined) return;
      const counts = parts.rateCounts[index] as RateCounts;
      counts.units += n(`r${index}_units`);
      counts.denominator += n(`r${index}_denominator`);
      counts.numerator += n(`r${index}_numerator`);
      compiled.exclusionReasons.forEach((_, k) => {
        counts.excluded[k] = (counts.excluded[k] ?? 0) + n(`r${index}_excluded${k}`);
      });
    });
  };
  /** Adds a class's count: at its place in the taxonomy, or by code when the taxonomy lacks it. */
  const countClass = (
    known: number[],
    other: { [code: string]: number },
    row: { readonly [column: string]: unknown },
    n: Counter,
  ): void => {
    const code = textOf(row.outcomeClass);
    const index = ctx.classIndex.get(code);
    if (index === undefined) addTo(other, code, n('count'));
    else known[index] = (known[index] as number) + n('count');
  };
  const tallied = SUGGESTION_METRICS.assistingInputs.tally?.facts ?? [];
  return {
    items: (parts, row, n) => {
      parts.records += n('records');
      parts.outsidePeriod += n('outsidePeriod');
      parts.assignJudged += n('assignJudged');
      parts.assignUndecided += n('assignUndecided');
      readRates(parts, row, n);
    },
    forms: readRates,
    dutyRates: readRates,
    duties: (parts, row, n) => {
      const tally = row.kind === 'followUp' ? parts.followUps : parts.inputs;
      tally.excluded += n('excluded');
      const counts = Object.fromEntries(tallied.map((fact) => [fact, n(fact)])) as DutyCounts;
      // A unit whose duties were all left out is not listed, as in suggestionStats.
      if (counts.done + counts.open === 0) return;
      const unitId = textOf(row.unitId);
      const known = Object.hasOwn(tally.byUnit, unitId) ? tally.byUnit[unitId] : undefined;
      if (known === undefined) {
        Object.defineProperty(tally.byUnit, unitId, {
          value: counts,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else for (const fact of tallied) known[fact] += counts[fact];
    },
    states: (parts, row, n) => addTo(parts.states, textOf(row.state), n('count')),
    topics: (parts, row, n) => addTo(parts.topics, textOf(row.topic), n('count')),
    classes: (parts, row, n) => countClass(parts.classes, parts.otherClasses, row, n),
    replyClasses: (parts, row, n) =>
      countClass(parts.replyClasses, parts.otherReplyClasses, row, n),
    days: (parts, _row, n) => addAt(parts.days, n('days'), n('count')),
    roundReplies: (parts, _row, n) => addAt(parts.rounds, 3 * (n('round') - 1), n('count')),
    roundForms: (parts, _row, n) => {
      addAt(parts.rounds, 3 * (n('round') - 1) + 1, n('forms'));
      addAt(parts.rounds, 3 * (n('round') - 1) + 2, n('satisfied'));
    },
    overdue: (parts, row, n) => {
      parts.overdueIds.push(textOf(row.id));
      parts.overdueDays.push(n('daysLate'));
    },
    lateAssignment: (parts, row, n) => {
      parts.lateAssignIds.push(textOf(row.id));
      parts.lateAssignDays.push(n('daysLate'));
      parts.lateAssignWaiting.push(row.waiting === true || row.waiting === 1 ? 1 : 0);
    },
  };
}

const QUERY_NAMES: readonly SuggestionSqlQueryName[] = [
  'items',
  'forms',
  'dutyRates',
  'duties',
  'states',
  'topics',
  'classes',
  'replyClasses',
  'days',
  'roundReplies',
  'roundForms',
  'overdue',
  'lateAssignment',
];

/**
 * The dashboard from the rows of its SQL (由 SQL 结果得统计): the same {@link SuggestionStatsResult}
 * {@link suggestionStats} returns over the records the facts were taken from, total and per group.
 *
 * @remarks
 * Every count comes from the engine; what is finished in JavaScript is finished by the code
 * {@link suggestionStats} uses: rates (`value` null when the denominator is 0), shares with the
 * publisher's rounding, median, p90 and mean of the days histogram, the overdue and late lists in
 * their order. The total is the sum of the groups' counts, the way partial states from workers
 * merge. Groups are sorted by key in code-unit order.
 *
 * @param sql - What {@link suggestionStatsSql} returned.
 * @param rows - The rows of each of its statements, by name.
 * @returns The dashboard, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when a statement's rows are missing or a
 * count is not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * import { defaultPolicy, suggestionStatsFromRows, suggestionStatsSql } from 'renda';
 *
 * const sql = suggestionStatsSql({ dialect: 'duckdb', policy: defaultPolicy, asOf: '2025-12-31T10:00:00Z' });
 * const empty = Object.fromEntries(Object.keys(sql.queries).map((name) => [name, []]));
 * const { total } = suggestionStatsFromRows(sql, empty as never);
 * console.log(total.n, total.rates.replyRate.value); // 0 null
 * ```
 * @category Metrics
 */
export function suggestionStatsFromRows(
  sql: SuggestionStatsSql,
  rows: SuggestionSqlRows,
): SuggestionStatsResult {
  return guard('suggestionStatsFromRows', () => {
    const checks = new ArgumentChecks('SuggestionStats');
    const plan = checks.options<SuggestionStatsSql>(sql, 'sql', 'SQL 统计', false);
    const given = checks.options<SuggestionSqlRows>(rows, 'rows', 'SQL 结果行', false);
    const options = (plan.options ?? {}) as Partial<SuggestionStatsSql['options']>;
    const shares = readSharesOptions(checks, options.shares, ['sql', 'options', 'shares']);
    checkRowLists(checks, given, QUERY_NAMES);
    checks.done();
    const ctx = createDashboardContext(
      options.policy as SuggestionStatsPolicy,
      options.asOf as string,
      options.period,
    );
    const rateCount = compiledRates(ctx.satisfactionBase).length;
    const { total, groups } = foldRows(
      'SuggestionStats',
      given as SuggestionSqlRows,
      fillers(ctx),
      (plan.groupBy ?? []).length,
      () => emptyParts(ctx, rateCount),
    );
    const sharesOptions = { decimals: shares.decimals, rounding: shares.rounding };
    const stats = assembleStats(total, ctx, sharesOptions);
    const sorted: SuggestionStatsGroup[] = groups.map((group) =>
      Object.freeze({
        key: Object.freeze(group.key),
        stats: assembleStats(group.parts, ctx, sharesOptions),
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
 * {@link suggestionStatsFromRows} returning a result instead of throwing (由 SQL 结果得统计，不抛错).
 *
 * @param sql - As for {@link suggestionStatsFromRows}.
 * @param rows - As for {@link suggestionStatsFromRows}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeSuggestionStatsFromRows } from 'renda';
 *
 * console.log(safeSuggestionStatsFromRows(null as never, null as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeSuggestionStatsFromRows(
  sql: SuggestionStatsSql,
  rows: SuggestionSqlRows,
): Result<SuggestionStatsResult, ValidationError> {
  return safely('suggestionStatsFromRows', () => suggestionStatsFromRows(sql, rows));
}
