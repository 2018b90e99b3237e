// Benchmark: the suggestion dashboard computed inside the engines from the facts tables
// (suggestionStatsSql + suggestionStatsFromRows), beside the in-memory dashboard:
//   - DuckDB (in process): 10,000,000 item rows, with their form, reply and duty rows;
//   - PostgreSQL (RENDA_PG_URL; skipped with a message without one): 1,000,000 item rows;
//   - suggestionStats over 1,000,000 records in memory (a 'city' sample cycled, as
//     bench/dashboard.bench.mjs does).
// Each grouped by lead unit. The facts of two 'city' samples (60,000 distinct suggestions) are
// taken once and copied inside each engine to the row count (ids suffixed), so loading costs
// seconds, not the insert path; the timing is of the dashboard's statements and the finishing.
// Time is the median of BENCH_ROUNDS runs (default 3); memory is how far this process's RSS grows
// while the figures are computed (DuckDB runs in this process, its tables already loaded;
// PostgreSQL's server memory is its own).
// The opinion figures (opinionStatsSql + opinionStatsFromRows) are timed the same way in DuckDB
// (BENCH_OPINION_ROWS opinion rows, default 10,000,000, grouped by station) beside opinionStats
// over 1,000,000 opinions in memory, after the SQL result is checked deep-equal to opinionStats on
// the distinct opinions. BENCH_PART=suggestions or BENCH_PART=opinions runs one half only.
// Run after `npx tsup` (or `npm run bench`):
//   node --expose-gc bench/sql.bench.mjs
//   node scripts/services.mjs -- node --expose-gc bench/sql.bench.mjs   (with a PostgreSQL)
import { isDeepStrictEqual } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import {
  byLeadUnit,
  byStation,
  opinionFactsDdl,
  opinionFactTables,
  opinionStats,
  opinionStatsFromRows,
  opinionStatsSql,
  suggestionFactsDdl,
  suggestionFactTables,
  suggestionStats,
  suggestionStatsFromRows,
  suggestionStatsSql,
} from 'renda';
import { generateSample } from 'renda/testing';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PART = process.env.BENCH_PART ?? 'all';
const OPINION_ROWS = Number(process.env.BENCH_OPINION_ROWS ?? 10_000_000);
const DUCKDB_ROWS = Number(process.env.BENCH_DUCKDB_ROWS ?? 10_000_000);
const PG_ROWS = Number(process.env.BENCH_PG_ROWS ?? 1_000_000);
const MEMORY_RECORDS = 1_000_000;
const SUGGESTIONS = PART !== 'opinions';
const OPINIONS = PART !== 'suggestions';

const samples = [1, 2].map((seed) => generateSample({ seed, size: 'city' }));
const { policy, asOf, opinionPolicy } = samples[0];
const prefixed = (list) =>
  samples.flatMap((sample, s) =>
    sample[list].map((record) => ({ ...record, id: `${s}-${record.id}` })),
  );

/** The suggestion facts tables: rows, and the columns that carry the suggestion's id. */
const base = SUGGESTIONS ? prefixed('suggestions') : [];
const facts = base.map((record) => suggestionFactTables(record, { policy, asOf }));
const suggestionTables = [
  { table: 'suggestion_facts', rows: facts.map((t) => t.item), key: 'id' },
  { table: 'suggestion_form_facts', rows: facts.flatMap((t) => t.forms), key: 'suggestionId' },
  { table: 'suggestion_reply_facts', rows: facts.flatMap((t) => t.replies), key: 'suggestionId' },
  { table: 'suggestion_duty_facts', rows: facts.flatMap((t) => t.duties), key: 'suggestionId' },
];
const opinions = OPINIONS ? prefixed('opinions') : [];
const opinionFacts = opinions.map((record) =>
  opinionFactTables(record, { policy: opinionPolicy, asOf }),
);
const opinionTables = [
  { table: 'opinion_facts', rows: opinionFacts.map((t) => t.opinion), key: 'id' },
  {
    table: 'opinion_deputy_facts',
    rows: opinionFacts.flatMap((t) => t.deputies),
    key: 'opinionId',
  },
];
for (const [what, count, tables] of [
  ['suggestions', base.length, suggestionTables],
  ['opinions', opinions.length, opinionTables],
]) {
  if (count === 0) continue;
  console.log(
    `facts of ${count} distinct ${what}: ${tables.map((t) => `${t.table} ${t.rows.length}`).join(', ')}`,
  );
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Peak RSS sampled while `work` runs. */
async function measured(work) {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, ms, peak: peak - before };
}

/**
 * Loads the base facts into `base_*` tables (the DDL with its table names prefixed), then copies
 * them `copies` times into the facts tables, each record's id suffixed with its copy.
 */
async function load(engine, copies, ddl, tables) {
  for (const { table } of tables) {
    await engine.run(`DROP TABLE IF EXISTS ${table}`);
    await engine.run(`DROP TABLE IF EXISTS base_${table}`);
  }
  for (const statement of ddl) await engine.run(statement.replace(/"([a-z_]+)"/, '"base_$1"'));
  for (const { table, rows, key } of tables) {
    const columns = Object.keys(rows[0]);
    await engine.insert(`base_${table}`, columns, rows);
    const select = columns.map((c) =>
      c === key ? `b."${c}" || '-' || CAST(k AS VARCHAR) AS "${c}"` : `b."${c}"`,
    );
    await engine.run(
      `CREATE TABLE ${table} AS SELECT ${select.join(', ')} FROM base_${table} b, ${engine.series(copies)}`,
    );
  }
}

/** Runs every statement of a plan and hands the rows to `fromRows`. */
const runPlan = (engine, sql, fromRows) => async () => {
  const results = {};
  for (const [name, query] of Object.entries(sql.queries))
    results[name] = await engine.query(query.text, query.values);
  return fromRows(sql, results);
};

/** The median time and the peak RSS growth of ROUNDS runs, and the last result. */
async function rounds(run) {
  const times = [];
  let peak = 0;
  let result;
  for (let round = 0; round < ROUNDS; round++) {
    const m = await measured(run);
    times.push(m.ms);
    peak = Math.max(peak, m.peak);
    result = m.result;
  }
  return { result, ms: median(times), peak };
}

async function bench(engine, rows) {
  const copies = Math.ceil(rows / base.length);
  const t0 = performance.now();
  await load(engine, copies, suggestionFactsDdl({ dialect: engine.dialect }), suggestionTables);
  const loadSeconds = (performance.now() - t0) / 1000;
  const sql = suggestionStatsSql({ dialect: engine.dialect, policy, asOf, groupBy: 'leadUnit' });
  const { result: stats, ms, peak } = await rounds(runPlan(engine, sql, suggestionStatsFromRows));
  if (stats.total.n !== copies * base.length) throw new Error(`counted ${stats.total.n}`);
  console.log(
    `${engine.name}: ${stats.total.n} item rows (loaded in ${loadSeconds.toFixed(0)} s), dashboard by lead unit ${(ms / 1000).toFixed(2)} s median of ${ROUNDS}, peak RSS growth ${mb(peak)}, ${stats.groups.length} groups`,
  );
}

/** The opinion figures by station: checked equal to opinionStats on the distinct opinions, then timed. */
async function benchOpinions(engine, rows) {
  const ddl = opinionFactsDdl({ dialect: engine.dialect });
  const sql = opinionStatsSql({
    dialect: engine.dialect,
    policy: opinionPolicy,
    asOf,
    groupBy: 'station',
  });
  await load(engine, 1, ddl, opinionTables);
  const inSql = await runPlan(engine, sql, opinionStatsFromRows)();
  const inMemory = opinionStats(opinions, { policy: opinionPolicy, asOf, groupBy: byStation });
  if (!isDeepStrictEqual(inSql, inMemory)) throw new Error('the opinion figures in SQL differ');
  const copies = Math.ceil(rows / opinions.length);
  const t0 = performance.now();
  await load(engine, copies, ddl, opinionTables);
  const loadSeconds = (performance.now() - t0) / 1000;
  const { result: stats, ms, peak } = await rounds(runPlan(engine, sql, opinionStatsFromRows));
  if (stats.total.n !== copies * opinions.length) throw new Error(`counted ${stats.total.n}`);
  console.log(
    `${engine.name}: ${stats.total.n} opinion rows (equal to opinionStats on the ${opinions.length} distinct; loaded in ${loadSeconds.toFixed(0)} s), opinion figures by station ${(ms / 1000).toFixed(2)} s median of ${ROUNDS}, peak RSS growth ${mb(peak)}, ${stats.groups.length} groups`,
  );
}

/** A figure over MEMORY_RECORDS records (the distinct ones cycled), timed in memory. */
async function inMemory(label, distinct, compute) {
  const records = Array.from({ length: MEMORY_RECORDS }, (_, i) => distinct[i % distinct.length]);
  const { ms, peak } = await rounds(async () => compute(records));
  console.log(
    `in memory: ${label} over ${MEMORY_RECORDS} records (${distinct.length} distinct, cycled) ${(ms / 1000).toFixed(2)} s median of ${ROUNDS}, peak RSS growth ${mb(peak)} (the records themselves already in memory)`,
  );
}

// In memory: suggestionStats over 1,000,000 records (the base cycled).
if (SUGGESTIONS) {
  await inMemory('suggestionStats by lead unit', base, (records) =>
    suggestionStats(records, { policy, asOf, groupBy: byLeadUnit }),
  );
}
if (OPINIONS) {
  await inMemory('opinionStats by station', opinions, (records) =>
    opinionStats(records, { policy: opinionPolicy, asOf, groupBy: byStation }),
  );
}

{
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const duckdb = {
    name: 'DuckDB',
    dialect: 'duckdb',
    series: (n) => `range(${Number(n)}) t(k)`,
    run: async (text, values = []) => {
      await connection.run(text, values.length === 0 ? undefined : values);
    },
    query: async (text, values) =>
      (await connection.runAndReadAll(text, [...values])).getRowObjectsJS(),
    // DuckDB's appender: parameterised multi-row INSERTs are slow in DuckDB.
    insert: async (table, columns, rows) => {
      const appender = await connection.createAppender(table);
      for (const row of rows) {
        for (const column of columns) {
          const value = row[column];
          if (value === null) appender.appendNull();
          else if (typeof value === 'boolean') appender.appendBoolean(value);
          else if (typeof value === 'number') appender.appendInteger(value);
          else appender.appendVarchar(value);
        }
        appender.endRow();
      }
      appender.closeSync();
    },
  };
  if (SUGGESTIONS) await bench(duckdb, DUCKDB_ROWS);
  if (OPINIONS) await benchOpinions(duckdb, OPINION_ROWS);
  connection.closeSync();
  instance.closeSync();
}

if (!SUGGESTIONS) {
  // The opinion figures are timed in DuckDB only; the tests prove them in PostgreSQL.
} else if (process.env.RENDA_PG_URL === undefined) {
  console.log(
    'PostgreSQL: skipped, RENDA_PG_URL is not set (node scripts/services.mjs -- node --expose-gc bench/sql.bench.mjs)',
  );
} else {
  const client = new pg.Client({ connectionString: process.env.RENDA_PG_URL });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS renda_bench CASCADE');
  await client.query('CREATE SCHEMA renda_bench');
  await client.query('SET search_path TO renda_bench');
  try {
    await bench(
      {
        name: 'PostgreSQL',
        dialect: 'postgres',
        series: (n) => `generate_series(0, ${Number(n) - 1}) k`,
        run: async (text, values = []) => {
          await client.query(text, values);
        },
        query: async (text, values) => (await client.query(text, [...values])).rows,
        insert: async (table, columns, rows) => {
          const perBatch = Math.floor(30_000 / columns.length);
          for (let start = 0; start < rows.length; start += perBatch) {
            const values = [];
            const tuples = rows.slice(start, start + perBatch).map((row) => {
              const marks = columns.map((column) => {
                values.push(row[column]);
                return `$${values.length}`;
              });
              return `(${marks.join(', ')})`;
            });
            const names = columns.map((c) => `"${c}"`).join(', ');
            await client.query(
              `INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`,
              values,
            );
          }
        },
      },
      PG_ROWS,
    );
  } finally {
    await client.query('DROP SCHEMA IF EXISTS renda_bench CASCADE');
    await client.end();
  }
}
