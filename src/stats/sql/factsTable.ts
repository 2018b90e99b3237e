import { quoted, type SqlDialect } from './sqlText.js';

// The facts tables' schema (internal): every column's storage type, typed by the row's own keys
// so a column added to a row without a type does not compile, and the CREATE TABLE written from
// it for each engine.

/** A column's storage type. */
export type ColumnType = 'text' | 'integer' | 'boolean';

/** The storage type of every field of a facts row. */
export type Columns<Row> = { readonly [K in keyof Row]-?: ColumnType };

const TYPES: { readonly [D in SqlDialect]: { readonly [T in ColumnType]: string } } = {
  postgres: { text: 'TEXT', integer: 'INTEGER', boolean: 'BOOLEAN' },
  duckdb: { text: 'VARCHAR', integer: 'INTEGER', boolean: 'BOOLEAN' },
};

/** The `CREATE TABLE IF NOT EXISTS` of a facts table: a column per field, the key NOT NULL. */
export function createTable(
  dialect: SqlDialect,
  table: string,
  columns: { readonly [column: string]: ColumnType },
  key: readonly string[],
): string {
  const lines = Object.entries(columns).map(
    ([name, type]) =>
      `${quoted(name)} ${TYPES[dialect][type]}${key.includes(name) ? ' NOT NULL' : ''}`,
  );
  lines.push(`PRIMARY KEY (${key.map(quoted).join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS ${table} (${lines.join(', ')})`;
}
