import type { Result } from '../../../model/shared/result.js';
import type { ValidationError } from '../../../model/shared/validationError.js';
import { ArgumentChecks, guard, safely } from '../../../stats/internal/invalidInput.js';
import { createTable } from '../../../stats/sql/factsTable.js';
import { dialectOption, type SqlDialect } from '../../../stats/sql/sqlText.js';
import { OPINION_STATS } from '../internal/opinionStatsContext.js';
import { OPINION_COLUMNS, OPINION_DEPUTY_COLUMNS } from './opinionFactColumns.js';
import { type OpinionFactTableNames, opinionTableNames } from './opinionStatsSql.js';

/**
 * Options of {@link opinionFactsDdl} (群众意见事实表建表选项).
 *
 * @example
 * ```ts
 * import type { OpinionFactsDdlOptions } from 'renda';
 *
 * const options: OpinionFactsDdlOptions = { dialect: 'postgres', tables: { opinions: 'renda.opinion_facts' } };
 * ```
 * @category Metrics
 */
export interface OpinionFactsDdlOptions {
  readonly dialect: SqlDialect;
  readonly tables?: OpinionFactTableNames;
}

/**
 * The `CREATE TABLE` statements of the two opinion facts tables (群众意见事实表建表语句) that
 * {@link opinionFactTables} fills and {@link opinionStatsSql} reads: one column per field of each
 * row, named as the field (a boolean column per fact of {@link OPINION_FACTS}).
 *
 * @param options - The engine and, optionally, the table names.
 * @returns The statements (opinions, deputies), frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for an unknown dialect or a bad table name.
 *
 * @example
 * ```ts
 * import { opinionFactsDdl } from 'renda';
 *
 * const [opinions] = opinionFactsDdl({ dialect: 'duckdb' });
 * console.log(opinions?.startsWith('CREATE TABLE IF NOT EXISTS "opinion_facts"')); // true
 * ```
 * @category Metrics
 */
export function opinionFactsDdl(options: OpinionFactsDdlOptions): readonly string[] {
  return guard('opinionFactsDdl', () => {
    const checks = new ArgumentChecks(OPINION_STATS);
    const given = checks.options<OpinionFactsDdlOptions>(options, 'options', '建表选项', false);
    const dialect = dialectOption(checks, given.dialect);
    const { opinions, deputies } = opinionTableNames(checks, given.tables);
    checks.done();
    return Object.freeze([
      createTable(dialect, opinions, OPINION_COLUMNS, ['id']),
      createTable(dialect, deputies, OPINION_DEPUTY_COLUMNS, ['opinionId', 'deputyId']),
    ]);
  });
}

/**
 * {@link opinionFactsDdl} returning a result instead of throwing (群众意见事实表建表语句，不抛错).
 *
 * @param options - As for {@link opinionFactsDdl}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeOpinionFactsDdl } from 'renda';
 *
 * console.log(safeOpinionFactsDdl({ dialect: 'postgres', tables: { opinions: 'x; drop' } }).ok); // false
 * ```
 * @category Metrics
 */
export function safeOpinionFactsDdl(
  options: OpinionFactsDdlOptions,
): Result<readonly string[], ValidationError> {
  return safely('opinionFactsDdl', () => opinionFactsDdl(options));
}
