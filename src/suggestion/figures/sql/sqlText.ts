import { type ArgumentChecks, fieldName } from '../../../stats/internal/invalidInput.js';

// How the SQL path writes names and values (internal): every identifier is checked against a
// plain pattern and quoted; every value the caller or the policy supplies travels as a parameter,
// never inside the text.

/** The SQL engines the generated text is written for. */
export const SQL_DIALECTS = ['postgres', 'duckdb'] as const;

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
