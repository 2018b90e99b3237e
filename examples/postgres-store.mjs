// A PostgreSQL store for suggestions (the recipe of docs/storing-at-scale.md), run against a real
// server: an append-only events table (one row per history entry, with `at` and `recordedAt`), a
// JSONB snapshot with a version for optimistic concurrency, and the facts tables, all written in
// one transaction; verifySuggestion on load; the dashboard streamed from a server-side cursor, and
// the same dashboard computed inside PostgreSQL from the facts tables.
//
// Run after `npm run build`, with a server:  RENDA_PG_URL=postgresql://… node examples/postgres-store.mjs
// (scripts/services.mjs starts a throwaway one: node scripts/services.mjs -- node examples/postgres-store.mjs)
import assert from 'node:assert/strict';
import pg from 'pg';
import {
  suggestionFactsDdl,
  suggestionFactTables,
  suggestionStats,
  suggestionStatsFromRows,
  suggestionStatsSql,
  verifySuggestion,
} from 'renda';
import { generateSample } from 'renda/testing';

const url = process.env.RENDA_PG_URL;
if (url === undefined) {
  const message = 'postgres-store: RENDA_PG_URL is not set; skipped';
  if (process.env.RENDA_REQUIRE_SERVICES === '1') throw new Error(message);
  console.log(message);
  process.exit(0);
}

const SCHEMA = 'renda_store_example';
const FACT_TABLES = {
  items: `${SCHEMA}.suggestion_facts`,
  forms: `${SCHEMA}.suggestion_form_facts`,
  replies: `${SCHEMA}.suggestion_reply_facts`,
  duties: `${SCHEMA}.suggestion_duty_facts`,
};

/** The store's tables: events (the truth), snapshots, and the facts the dashboard reads. */
async function createSchema(client) {
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await client.query(`CREATE SCHEMA ${SCHEMA}`);
  await client.query(`CREATE TABLE ${SCHEMA}.suggestion_events (
    suggestion_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    entry JSONB NOT NULL,
    PRIMARY KEY (suggestion_id, seq))`);
  await client.query(`CREATE TABLE ${SCHEMA}.suggestions (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    record JSONB NOT NULL)`);
  for (const statement of suggestionFactsDdl({ dialect: 'postgres', tables: FACT_TABLES })) {
    await client.query(statement);
  }
}

/** A save that lost the race: someone else wrote the record first. */
class VersionConflict extends Error {}

async function insertRows(client, table, rows) {
  for (const row of rows) {
    const columns = Object.keys(row);
    const marks = columns.map((_, index) => `$${index + 1}`);
    await client.query(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${marks.join(', ')})`,
      columns.map((c) => row[c]),
    );
  }
}

/**
 * Saves a record whose stored version is `expectedVersion` (0 for a new one): the new history
 * entries, the snapshot and the facts, in one transaction; a VersionConflict when the stored
 * version moved on.
 */
async function saveSuggestion(client, record, expectedVersion, factsOptions) {
  await client.query('BEGIN');
  try {
    const stored = expectedVersion === 0 ? 0 : expectedVersion;
    const snapshot =
      expectedVersion === 0
        ? await client.query(
            `INSERT INTO ${SCHEMA}.suggestions (id, version, record) VALUES ($1, 1, $2) ON CONFLICT (id) DO NOTHING`,
            [record.id, record],
          )
        : await client.query(
            `UPDATE ${SCHEMA}.suggestions SET record = $2, version = version + 1 WHERE id = $1 AND version = $3`,
            [record.id, record, stored],
          );
    if (snapshot.rowCount !== 1)
      throw new VersionConflict(`${record.id}: version ${stored} is stale`);
    // Append only the entries not stored yet: the events table is never updated.
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM ${SCHEMA}.suggestion_events WHERE suggestion_id = $1`,
      [record.id],
    );
    const known = rows[0].n;
    for (let seq = known; seq < record.history.length; seq++) {
      const entry = record.history[seq];
      await client.query(
        `INSERT INTO ${SCHEMA}.suggestion_events (suggestion_id, seq, type, at, recorded_at, entry) VALUES ($1, $2, $3, $4, $5, $6)`,
        [record.id, seq, entry.type, entry.at, entry.recordedAt, entry],
      );
    }
    const facts = suggestionFactTables(record, factsOptions);
    for (const table of Object.values(FACT_TABLES)) {
      const key = table === FACT_TABLES.items ? '"id"' : '"suggestionId"';
      await client.query(`DELETE FROM ${table} WHERE ${key} = $1`, [record.id]);
    }
    await insertRows(client, FACT_TABLES.items, [facts.item]);
    await insertRows(client, FACT_TABLES.forms, facts.forms);
    await insertRows(client, FACT_TABLES.replies, facts.replies);
    await insertRows(client, FACT_TABLES.duties, facts.duties);
    await client.query('COMMIT');
    return expectedVersion + 1;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Loads a record and proves it against its own history before anything trusts it. */
async function loadSuggestion(client, id, policies) {
  const { rows } = await client.query(`SELECT record FROM ${SCHEMA}.suggestions WHERE id = $1`, [
    id,
  ]);
  return verifySuggestion(rows[0].record, { policies });
}

/** Every stored record, fetched from a server-side cursor in batches: memory stays flat. */
async function* streamSuggestions(client, batch = 100) {
  await client.query('BEGIN');
  try {
    await client.query(
      `DECLARE renda_records NO SCROLL CURSOR FOR SELECT record FROM ${SCHEMA}.suggestions ORDER BY id`,
    );
    for (;;) {
      const { rows } = await client.query(`FETCH ${batch} FROM renda_records`);
      if (rows.length === 0) break;
      for (const row of rows) yield row.record;
    }
    await client.query('CLOSE renda_records');
  } finally {
    await client.query('COMMIT');
  }
}

const sample = generateSample({ seed: 1 });
const { policy, asOf } = sample;
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  await createSchema(client);
  for (const record of sample.suggestions)
    await saveSuggestion(client, record, 0, { policy, asOf });

  // Optimistic concurrency: two writers read version 1; the second write is refused.
  const first = sample.suggestions[0];
  assert.equal(await saveSuggestion(client, first, 1, { policy, asOf }), 2);
  await assert.rejects(saveSuggestion(client, first, 1, { policy, asOf }), VersionConflict);

  const loaded = await loadSuggestion(client, first.id, policy);
  assert.deepEqual(loaded.history, first.history);
  const events = await client.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.suggestion_events`);
  const entries = sample.suggestions.reduce((n, s) => n + s.history.length, 0);
  assert.equal(events.rows[0].n, entries);

  // The dashboard streamed from the cursor equals the one over the records in memory …
  const inMemory = suggestionStats(sample.suggestions, { policy, asOf });
  const streamed = await suggestionStats(streamSuggestions(client), { policy, asOf });
  assert.deepEqual(streamed, inMemory);

  // … and so does the one computed inside PostgreSQL from the facts tables.
  const sql = suggestionStatsSql({ dialect: 'postgres', policy, asOf, tables: FACT_TABLES });
  const rows = {};
  for (const [name, query] of Object.entries(sql.queries)) {
    rows[name] = (await client.query(query.text, [...query.values])).rows;
  }
  assert.deepEqual(suggestionStatsFromRows(sql, rows), inMemory);

  const reply = inMemory.total.rates.replyRate;
  console.log(
    `postgres-store: ${sample.suggestions.length} suggestions, ${entries} events; 办复率 ${reply.numerator}/${reply.denominator} in memory, streamed and in SQL alike`,
  );
} finally {
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await client.end();
}
