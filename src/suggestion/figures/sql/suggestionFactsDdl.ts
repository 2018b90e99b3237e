import type { Result } from '../../../model/shared/result.js';
import type { ValidationError } from '../../../model/shared/validationError.js';
import { ArgumentChecks, fieldName, guard, safely } from '../../../stats/internal/invalidInput.js';
import {
  type ColumnType,
  DUTY_COLUMNS,
  FORM_COLUMNS,
  ITEM_COLUMNS,
  REPLY_COLUMNS,
} from './factTableColumns.js';
import { quoted, SQL_DIALECTS, tableName } from './sqlText.js';
import type { SqlDialect, SuggestionFactTableNames } from './suggestionStatsSql.js';

/**
 * Options of {@link suggestionFactsDdl} (建表选项).
 *
 * @example
 * ```ts
 * import type { SuggestionFactsDdlOptions } from 'renda';
 *
 * const options: SuggestionFactsDdlOptions = { dialect: 'postgres', tables: { items: 'renda.facts' } };
 * ```
 * @category Metrics
 */
export interface SuggestionFactsDdlOptions {
  readonly dialect: SqlDialect;
  readonly tables?: SuggestionFactTableNames;
}

const TYPES: { readonly [D in SqlDialect]: { readonly [T in ColumnType]: string } } = {
  postgres: { text: 'TEXT', integer: 'INTEGER', boolean: 'BOOLEAN' },
  duckdb: { text: 'VARCHAR', integer: 'INTEGER', boolean: 'BOOLEAN' },
};

function createTable(
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

/**
 * The `CREATE TABLE` statements of the four facts tables (事实表建表语句) that
 * {@link suggestionFactTables} fills and {@link suggestionStatsSql} reads: one column per field of
 * each row, named as the field.
 *
 * @param options - The engine and, optionally, the table names.
 * @returns The statements (items, forms, replies, duties), frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for an unknown dialect or a bad table name.
 *
 * @example
 * ```ts
 * import { suggestionFactsDdl } from 'renda';
 *
 * const [items] = suggestionFactsDdl({ dialect: 'postgres' });
 * console.log(items?.startsWith('CREATE TABLE IF NOT EXISTS "suggestion_facts"')); // true
 * ```
 * @category Metrics
 */
export function suggestionFactsDdl(options: SuggestionFactsDdlOptions): readonly string[] {
  return guard('suggestionFactsDdl', () => {
    const checks = new ArgumentChecks('SuggestionStats');
    const given = checks.options<SuggestionFactsDdlOptions>(options, 'options', '建表选项', false);
    if (given.dialect === undefined) {
      checks.add('REQUIRED', ['dialect'], { field: fieldName('SQL 方言', 'dialect') });
    }
    const dialect = checks.oneOf('dialect', 'SQL 方言', given.dialect, SQL_DIALECTS, 'postgres');
    const tables = checks.options<SuggestionFactTableNames>(given.tables, 'tables', '事实表', true);
    const items = tableName(checks, tables.items, 'suggestion_facts', ['tables', 'items']);
    const forms = tableName(checks, tables.forms, 'suggestion_form_facts', ['tables', 'forms']);
    const replies = tableName(checks, tables.replies, 'suggestion_reply_facts', [
      'tables',
      'replies',
    ]);
    const duties = tableName(checks, tables.duties, 'suggestion_duty_facts', ['tables', 'duties']);
    checks.done();
    return Object.freeze([
      createTable(dialect, items, ITEM_COLUMNS, ['id']),
      createTable(dialect, forms, FORM_COLUMNS, ['suggestionId', 'index']),
      createTable(dialect, replies, REPLY_COLUMNS, ['suggestionId', 'index']),
      createTable(dialect, duties, DUTY_COLUMNS, ['suggestionId', 'kind', 'index']),
    ]);
  });
}

/**
 * {@link suggestionFactsDdl} returning a result instead of throwing (事实表建表语句，不抛错).
 *
 * @param options - As for {@link suggestionFactsDdl}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeSuggestionFactsDdl } from 'renda';
 *
 * console.log(safeSuggestionFactsDdl({ dialect: 'postgres', tables: { items: 'x; drop' } }).ok); // false
 * ```
 * @category Metrics
 */
export function safeSuggestionFactsDdl(
  options: SuggestionFactsDdlOptions,
): Result<readonly string[], ValidationError> {
  return safely('suggestionFactsDdl', () => suggestionFactsDdl(options));
}
