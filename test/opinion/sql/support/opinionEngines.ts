import { expect } from 'vitest';
import type { ConstituentOpinion } from '../../../../src/model/constituentOpinion.js';
import {
  byChannel,
  byHandlingUnit,
  byOpinionCategory,
  byReceivedMonth,
  byReceivingDeputy,
  byStation,
  type OpinionSqlGroupKey,
  type OpinionSqlRows,
  opinionFactsDdl,
  opinionFactTables,
  opinionStats,
  opinionStatsFromRows,
  opinionStatsSql,
} from '../../../../src/opinion/index.js';
import type { OpinionPolicy } from '../../../../src/opinion/opinionPolicy.js';
import type { GroupKeyFn } from '../../../../src/stats/aggregateStates.js';
import type { MetricPeriod } from '../../../../src/stats/defineMetric.js';
import {
  type Engine,
  replaceTables,
  rowsInEngine,
} from '../../../suggestion/figures/sql/support/engines.js';

// The opinion figures in the engines the suggestion SQL is proved on (the same Engine, DuckDB and
// PostgreSQL): load an opinion set's facts, run the statements, compare with opinionStats.

/** Each SQL grouping and the group key function it must agree with. */
export const OPINION_GROUPINGS: {
  readonly [K in OpinionSqlGroupKey]: GroupKeyFn<ConstituentOpinion>;
} = {
  station: byStation,
  receivingDeputy: byReceivingDeputy,
  handlingUnit: byHandlingUnit,
  channel: byChannel,
  category: byOpinionCategory,
  receivedMonth: byReceivedMonth,
};

export const OPINION_GROUP_KEYS = Object.keys(OPINION_GROUPINGS) as OpinionSqlGroupKey[];

/** Replaces the opinion facts tables with the facts of `records`. */
export async function loadOpinionFacts(
  engine: Engine,
  records: readonly ConstituentOpinion[],
  policy: OpinionPolicy,
  asOf: string,
): Promise<void> {
  const tables = records.map((record) => opinionFactTables(record, { policy, asOf }));
  await replaceTables(engine, opinionFactsDdl({ dialect: engine.dialect }), {
    opinion_facts: tables.map((t) => t.opinion),
    opinion_deputy_facts: tables.flatMap((t) => t.deputies),
  });
}

/**
 * Expects the figures computed in the engine (facts already loaded) to deep-equal opinionStats
 * over the records, under one grouping and period.
 */
export async function expectSameOpinionStats(
  engine: Engine,
  records: readonly ConstituentOpinion[],
  options: {
    readonly policy: OpinionPolicy;
    readonly asOf: string;
    readonly groupBy: readonly OpinionSqlGroupKey[] | undefined;
    readonly period: MetricPeriod | undefined;
  },
): Promise<void> {
  const { groupBy, period } = options;
  const common = {
    policy: options.policy,
    asOf: options.asOf,
    ...(period === undefined ? {} : { period }),
  };
  const sql = opinionStatsSql({
    dialect: engine.dialect,
    ...common,
    ...(groupBy === undefined ? {} : { groupBy }),
  });
  const rows = (await rowsInEngine(engine, sql.queries)) as OpinionSqlRows;
  const expected = opinionStats(records, {
    ...common,
    ...(groupBy === undefined ? {} : { groupBy: groupBy.map((key) => OPINION_GROUPINGS[key]) }),
  });
  expect(
    opinionStatsFromRows(sql, rows),
    `${engine.dialect} ${groupBy} ${JSON.stringify(period)}`,
  ).toEqual(expected);
}
