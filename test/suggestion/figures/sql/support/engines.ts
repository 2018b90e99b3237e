import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../../../src/model/suggestion.js';
import type { MetricPeriod } from '../../../../../src/stats/defineMetric.js';
import {
  type SqlDialect,
  type SqlStatement,
  type SuggestionSqlGroupKey,
  type SuggestionSqlRows,
  type SuggestionStatsPolicy,
  type SuggestionStatsResult,
  type SuggestionStatsSql,
  suggestionFactsDdl,
  suggestionFactTables,
  suggestionStats,
  suggestionStatsFromRows,
  suggestionStatsSql,
} from '../../../../../src/suggestion/figures/index.js';

import { GROUPINGS } from './groupings.js';

// The two engines the SQL path is proved on, behind one small interface: DuckDB in process (an npm
// package, always there) and PostgreSQL from RENDA_PG_URL (started by scripts/services.mjs).

type Value = string | number | boolean | null;
type Row = { readonly [column: string]: unknown };

/** An open database the tests load facts into and query. */
export interface Engine {
  readonly dialect: SqlDialect;
  run(text: string, values?: readonly Value[]): Promise<void>;
  query(statement: SqlStatement): Promise<readonly Row[]>;
  close(): Promise<void>;
}

export async function openDuckDb(): Promise<Engine> {
  // One thread: the suite runs test files in parallel, and DuckDB's default of one thread per core
  // would starve the tests that hold a time budget.
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  return {
    dialect: 'duckdb',
    run: async (text, values = []) => {
      await connection.run(text, values.length === 0 ? undefined : ([...values] as never));
    },
    query: async ({ text, values }) => {
      const reader = await connection.runAndReadAll(text, [...values] as never);
      return reader.getRowObjectsJS() as readonly Row[];
    },
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** The PostgreSQL URL, or why there is none. */
export const PG_URL = process.env.RENDA_PG_URL;
/** Why the PostgreSQL tests fail without a server: they never skip. */
export const PG_MISSING =
  'RENDA_PG_URL is not set: run the tests through `node scripts/services.mjs -- npx vitest run` (npm test and npm run ci do), which starts a throwaway PostgreSQL';

/** A client in a schema of its own, so test files never see each other's tables. */
export async function openPostgres(schema: string): Promise<Engine> {
  if (PG_URL === undefined) throw new Error(PG_MISSING);
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}"`);
  return {
    dialect: 'postgres',
    run: async (text, values = []) => {
      await client.query(text, [...values]);
    },
    query: async ({ text, values }) => (await client.query(text, [...values])).rows,
    close: async () => {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/** Inserts rows in batches of parameterised multi-row VALUES. */
export async function insert(
  engine: Engine,
  table: string,
  rows: readonly object[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const perBatch = Math.max(1, Math.floor(30_000 / columns.length));
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const values: Value[] = [];
    const tuples = batch.map((row) => {
      const marks = columns.map((column) => {
        values.push((row as Row)[column] as Value);
        return `$${values.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    const names = columns.map((c) => `"${c}"`).join(', ');
    await engine.run(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, values);
  }
}

/**
 * Replaces the named tables: drops them, runs the DDL, then inserts each table's rows (the order
 * of `rows` is the order of insertion, parents first).
 */
export async function replaceTables(
  engine: Engine,
  ddl: readonly string[],
  rows: Readonly<Record<string, readonly object[]>>,
): Promise<void> {
  for (const table of Object.keys(rows)) await engine.run(`DROP TABLE IF EXISTS ${table}`);
  for (const statement of ddl) await engine.run(statement);
  for (const [table, tableRows] of Object.entries(rows)) await insert(engine, table, tableRows);
}

/** Runs every statement of a figures' SQL; the rows by statement name. */
export async function rowsInEngine<Q extends string>(
  engine: Engine,
  queries: { readonly [K in Q]: SqlStatement },
): Promise<{ readonly [K in Q]: readonly Row[] }> {
  const rows: Partial<Record<Q, readonly Row[]>> = {};
  for (const name of Object.keys(queries) as Q[]) rows[name] = await engine.query(queries[name]);
  return rows as { readonly [K in Q]: readonly Row[] };
}

/** Replaces the facts tables with the facts of `records`. */
export async function loadFacts(
  engine: Engine,
  records: readonly Suggestion[],
  policy: SuggestionStatsPolicy,
  asOf: string,
): Promise<void> {
  const tables = records.map((record) => suggestionFactTables(record, { policy, asOf }));
  await replaceTables(engine, suggestionFactsDdl({ dialect: engine.dialect }), {
    suggestion_facts: tables.map((t) => t.item),
    suggestion_form_facts: tables.flatMap((t) => t.forms),
    suggestion_reply_facts: tables.flatMap((t) => t.replies),
    suggestion_duty_facts: tables.flatMap((t) => t.duties),
  });
}

/** Runs every statement of the plan and turns the rows into the dashboard. */
export async function statsInEngine(
  engine: Engine,
  sql: SuggestionStatsSql,
): Promise<SuggestionStatsResult> {
  const rows = await rowsInEngine(engine, sql.queries);
  return suggestionStatsFromRows(sql, rows as SuggestionSqlRows);
}

/**
 * Expects the dashboard computed in the engine (facts already loaded) to deep-equal
 * suggestionStats over the records, under one grouping and period.
 */
export async function expectSameInEngine(
  engine: Engine,
  records: readonly Suggestion[],
  options: {
    readonly policy: SuggestionStatsPolicy;
    readonly asOf: string;
    readonly groupBy: readonly SuggestionSqlGroupKey[] | undefined;
    readonly period: MetricPeriod | undefined;
  },
): Promise<void> {
  const { groupBy, period } = options;
  const common = {
    policy: options.policy,
    asOf: options.asOf,
    ...(period === undefined ? {} : { period }),
  };
  const sql = suggestionStatsSql({
    dialect: engine.dialect,
    ...common,
    ...(groupBy === undefined ? {} : { groupBy }),
  });
  const expected = suggestionStats(records, {
    ...common,
    ...(groupBy === undefined ? {} : { groupBy: groupBy.map((key) => GROUPINGS[key]) }),
  });
  expect(
    await statsInEngine(engine, sql),
    `${engine.dialect} ${groupBy} ${JSON.stringify(period)}`,
  ).toEqual(expected);
}

/**
 * One test in each engine, DuckDB and PostgreSQL (RENDA_PG_URL, set by scripts/services.mjs; a
 * missing server is a failure, never a skip). `schema` keeps the file's PostgreSQL tables apart.
 */
export function inEachEngine(
  title: string,
  schema: string,
  test: (engine: Engine) => Promise<void>,
): void {
  const engines: [string, () => Promise<Engine>][] = [
    ['DuckDB', openDuckDb],
    ['PostgreSQL', () => openPostgres(schema)],
  ];
  for (const [name, open] of engines) {
    describe(`in ${name}`, () => {
      let engine: Engine | undefined;
      beforeAll(async () => {
        engine = await open();
      });
      afterAll(async () => engine?.close());
      it(title, async () => test(engine as Engine), 120_000);
    });
  }
}
