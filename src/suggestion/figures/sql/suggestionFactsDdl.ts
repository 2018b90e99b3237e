import type { Result } from '../../../model/shared/result.js';
import type { ValidationError } from '../../../model/shared/validationError.js';
import { ArgumentChecks, guard, safely } from '../../../stats/internal/invalidInput.js';
import { createTable } from '../../../stats/sql/factsTable.js';
import { dialectOption, type SqlDialect, tableName } from '../../../stats/sql/sqlText.js';
import { DUTY_COLUMNS, FORM_COLUMNS, ITEM_COLUMNS, REPLY_COLUMNS } from './factTableColumns.js';
import type { SuggestionFactTableNames } from './suggestionStatsSql.js';

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
    const dialect = dialectOption(checks, given.dialect);
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
