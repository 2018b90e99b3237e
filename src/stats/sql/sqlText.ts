import { type ArgumentChecks, fieldName } from '../internal/invalidInput.js';

// How the SQL paths write names and values (internal): every identifier is checked against a
// plain pattern and quoted; every value the caller or the policy supplies travels as a parameter,
// never inside the text. Shared by the suggestion and the opinion figures in SQL.

/**
 * An SQL engine the figures' SQL is written for (SQL 方言).
 *
 * @example
 * ```ts
 * import type { SqlDialect } from 'renda';
 *
 * const dialect: SqlDialect = 'duckdb';
 * ```
 * @category Metrics
 */
export type SqlDialect = 'postgres' | 'duckdb';

/**
 * One SQL statement with its values (SQL 语句): `$1`, `$2`, … in `text` stand for `values`.
 *
 * @example
 * ```ts
 * import type { SqlStatement } from 'renda';
 *
 * const run = (s: SqlStatement) => [s.text, [...s.values]] as const;
 * ```
 * @category Metrics
 */
export interface SqlStatement {
  readonly text: string;
  readonly values: readonly (string | number)[];
}

/** The SQL engines the generated text is written for: the type's, so the two cannot drift. */
export const SQL_DIALECTS: readonly SqlDialect[] = ['postgres', 'duckdb'];

/** A table name: `name` or `schema.name`, letters, digits and `_`, not starting with a digit. */
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/;

/** An identifier quoted for PostgreSQL and DuckDB alike (both follow the standard's `"…"`). */
export const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A checked table name, quoted part by part; the fallback (quoted) when it is refused. */
export function tableName(
  checks: ArgumentChecks,
  value: unknown,
  fallback: string,
  path: readonly (string | number)[],
): string {
  if (value === undefined) return quoted(fallback);
  if (typeof value !== 'string' || !TABLE_NAME.test(value)) {
    checks.add(typeof value === 'string' ? 'INVALID_FORMAT' : 'INVALID_TYPE', path, {
      field: fieldName('表名', path.join('.')),
      expected: fieldName(
        '表名：字母、数字、下划线，可带模式名（schema.table）',
        'a table name: letters, digits and _, optionally schema.table',
      ),
      got: value,
    });
    return quoted(fallback);
  }
  return value.split('.').map(quoted).join('.');
}

/** Reads the required `dialect` option, refusing a missing or unknown one by name. */
export function dialectOption(checks: ArgumentChecks, value: unknown): SqlDialect {
  if (value === undefined) {
    checks.add('REQUIRED', ['dialect'], { field: fieldName('SQL 方言', 'dialect') });
  }
  return checks.oneOf('dialect', 'SQL 方言', value, SQL_DIALECTS, 'postgres');
}

/** The values of one statement, each written as a numbered parameter ($1, $2, …). */
export class SqlParams {
  readonly values: (string | number)[] = [];
  private readonly seen = new Map<string | number, string>();

  /** A text parameter, typed so the engine never has to guess it. */
  text(value: string): string {
    const known = this.seen.get(value);
    if (known !== undefined) return known;
    this.values.push(value);
    const placeholder = `CAST($${this.values.length} AS VARCHAR)`;
    this.seen.set(value, placeholder);
    return placeholder;
  }
}

/** A column of the row under `alias`, quoted. */
export const col = (alias: string, name: string): string => `${alias}.${quoted(name)}`;

/** How many rows meet `condition`, each weighing `weight`. */
export const sum = (condition: string, weight = '1'): string =>
  `SUM(CASE WHEN ${condition} THEN ${weight} ELSE 0 END)`;

/** The conditions joined by AND; `TRUE` for none. */
export const and = (...parts: string[]): string =>
  parts.filter((p) => p !== 'TRUE').join(' AND ') || 'TRUE';

/**
 * Whether the row's day (a `YYYY-MM-DD` text column) is in the period from `from` to `to`, both
 * days included (`null`: open), as the in-memory figures filter a date range. A row without the
 * day is outside, never unknown, so `NOT` of it counts the row as outside the period.
 */
export function dayInPeriod(
  day: string,
  from: string | null,
  to: string | null,
  params: SqlParams,
): string {
  if (from === null) return 'TRUE';
  const upper = to === null ? '' : ` AND ${day} <= ${params.text(to)}`;
  return `(${day} IS NOT NULL AND ${day} >= ${params.text(from)}${upper})`;
}

/** The two counts every grouped figure starts with: the rows in the period, and the others. */
export const periodCounts = (inPeriod: string): readonly string[] => [
  `${sum(inPeriod)} AS "records"`,
  `${sum(`NOT ${inPeriod}`)} AS "outsidePeriod"`,
];
