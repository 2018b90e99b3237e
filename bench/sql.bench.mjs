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
// Run after `npx tsup` (or `npm run bench`):
//   node --expose-gc bench/sql.bench.mjs
//   node scripts/services.mjs -- node --expose-gc bench/sql.bench.mjs   (with a PostgreSQL)
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import {
  byLeadUnit,
  suggestionFactsDdl,
  suggestionFactTables,
  suggestionStats,
  suggestionStatsFromRows,
  suggestionStatsSql,
} from 'renda';
import { generateSample } from 'renda/testing';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DUCKDB_ROWS = Number(process.env.BENCH_DUCKDB_ROWS ?? 10_000_000);
const PG_ROWS = Number(process.env.BENCH_PG_ROWS ?? 1_000_000);
const MEMORY_RECORDS = 1_000_000;
const TABLES = [
  'suggestion_facts',
  'suggestion_form_facts',
  'suggestion_reply_facts',
  'suggestion_duty_facts',
];

const samples = [1, 2].map((seed) => generateSample({ seed, size: 'city' }));
const { policy, asOf } = samples[0];
const base = samples.flatMap((sample, s) =>
  sample.suggestions.map((record) => ({ ...record, id: `${s}-${record.id}` })),
);
const facts = base.map((record) => suggestionFactTables(record, { policy, asOf }));
const baseRows = {
  suggestion_facts: facts.map((t) => t.item),
  suggestion_form_facts: facts.flatMap((t) => t.forms),
  suggestion_reply_facts: facts.flatMap((t) => t.replies),
  suggestion_duty_facts: facts.flatMap((t) => t.duties),
};
console.log(
  `facts of ${base.length} distinct suggestions: ${Object.entries(baseRows)
    .map(([t, r]) => `${t} ${r.length}`)
    .join(', ')}`,
);

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

/** Loads the base facts into `base_*` tables, then copies them `copies` times into the facts tables. */
async function load(engine, copies) {
  for (const table of TABLES) {
    await engine.run(`DROP TABLE IF EXISTS ${table}`);
    await engine.run(`DROP TABLE IF EXISTS base_${table}`);
  }
  for (const statement of suggestionFactsDdl({ dialect: engine.dialect })) {
    await engine.run(statement.replace(/"suggestion_/, '"base_suggestion_'));
  }
  for (const table of TABLES) {
    const rows = baseRows[table];
    const columns = Object.keys(rows[0]);
    await engine.insert(`base_${table}`, columns, rows);
    const key = table === 'suggestion_facts' ? 'id' : 'suggestionId';
    const others = columns.filter((c) => c !== key).map((c) => `b."${c}"`);
    await engine.run(
      `CREATE TABLE ${table} AS SELECT b."${key}" || '-' || CAST(k AS VARCHAR) AS "${key}", ${others.join(', ')} FROM base_${table} b, ${engine.series(copies)}`,
    );
  }
}

async function bench(engine, rows) {
  const copies = Math.ceil(rows / base.length);
  const t0 = performance.now();
  await load(engine, copies);
  const loadSeconds = (performance.now() - t0) / 1000;
  const sql = suggestionStatsSql({ dialect: engine.dialect, policy, asOf, groupBy: 'leadUnit' });
  const run = async () => {
    const results = {};
    for (const [name, query] of Object.entries(sql.queries))
      results[name] = await engine.query(query.text, query.values);
    return suggestionStatsFromRows(sql, results);
  };
  const times = [];
  let peak = 0;
  let stats;
  for (let round = 0; round < ROUNDS; round++) {
    const m = await measured(run);
    times.push(m.ms);
    peak = Math.max(peak, m.peak);
    stats = m.result;
  }
  if (stats.total.n !== copies * base.length) throw new Error(`counted ${stats.total.n}`);
  console.log(
    `${engine.name}: ${stats.total.n} item rows (loaded in ${loadSeconds.toFixed(0)} s), dashboard by lead unit ${(median(times) / 1000).toFixed(2)} s median of ${ROUNDS}, peak RSS growth ${mb(peak)}, ${stats.groups.length} groups`,
  );
}

// In memory: suggestionStats over 1,000,000 records (the base cycled).
{
  const records = Array.from({ length: MEMORY_RECORDS }, (_, i) => base[i % base.length]);
  globalThis.gc?.();
  const times = [];
  let peak = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const m = await measured(async () =>
      suggestionStats(records, { policy, asOf, groupBy: byLeadUnit }),
    );
    times.push(m.ms);
    peak = Math.max(peak, m.peak);
  }
  console.log(
    `in memory: suggestionStats over ${MEMORY_RECORDS} records (${base.length} distinct, cycled), by lead unit ${(median(times) / 1000).toFixed(2)} s median of ${ROUNDS}, peak RSS growth ${mb(peak)} (the records themselves already in memory)`,
  );
}

{
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await bench(
    {
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
    },
    DUCKDB_ROWS,
  );
  connection.closeSync();
  instance.closeSync();
}

if (process.env.RENDA_PG_URL === undefined) {
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
