import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { fieldName, guard, safely, throwArgumentError } from '../../stats/internal/invalidInput.js';
import type { ReportCell, ReportTable } from './reportTypes.js';

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import type { ToCsvOptions } from 'renda/import';
 *
 * const forExcel: ToCsvOptions = { bom: true };
 * ```
 * @category Reports
 */
export interface ToCsvOptions {
  /** Start with a UTF-8 byte order mark (U+FEFF), so Excel reads the Chinese right; off by default. */
  readonly bom?: boolean;
}

const MODEL = 'toCsv';
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: quoted when it holds a comma, a quote or a line break, quotes doubled (RFC 4180). */
function field(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) {
      throwArgumentError(MODEL, [
        {
          code: 'INVALID_VALUE',
          path: ['table'],
          field: fieldName('单元格', 'cell'),
          message: {
            'zh-Hans': `单元格须为有限数、文本或 null，收到 ${cell}`,
            en: `a cell must be a finite number, a text or null, got ${cell}`,
          },
        },
      ]);
    }
    return String(cell);
  }
  const text = String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a report table as CSV (RFC 4180): the headers, the rows and the totals row, fields
 * separated by commas and records by CRLF (the last one too), a field quoted when it holds a
 * comma, a double quote or a line break, its quotes doubled. With `bom`, a UTF-8 byte order mark
 * comes first so Excel opens Chinese text correctly. A pure function: it returns the text; the
 * app writes the file.
 *
 * @param table - A report table (`dashboardTable`, `coverageTable`…), or any with the same shape.
 * @param options - `bom` for Excel.
 * @returns The CSV text.
 * @throws {@link RendaError} `INVALID_INPUT` for a table that cannot be read or a cell that is not a finite number, a text or null.
 * @example
 * ```ts
 * import { toCsv } from 'renda/import';
 *
 * const csv = toCsv({ title: '示例', columns: ['单位', '说明'], rows: [['县教育局', '已答复, 满意']] });
 * console.log(csv.split('\r\n')); // ['单位,说明', '县教育局,"已答复, 满意"', '']
 * console.log(toCsv({ title: '', columns: ['a'], rows: [] }, { bom: true }).startsWith('\uFEFF')); // true
 * ```
 * @category Reports
 */
export function toCsv(table: ReportTable, options?: ToCsvOptions): string {
  return guard(MODEL, () => {
    const records = [table.columns, ...table.rows, ...(table.totals ? [table.totals] : [])];
    const text = records.map((record) => `${[...record].map(field).join(',')}\r\n`).join('');
    return options?.bom === true ? `\uFEFF${text}` : text;
  });
}

/**
 * {@link toCsv} without throwing.
 *
 * @param table - A report table.
 * @param options - `bom` for Excel.
 * @example
 * ```ts
 * import { safeToCsv } from 'renda/import';
 *
 * console.log(safeToCsv({ title: '', columns: ['n'], rows: [[Number.NaN]] }).ok); // false
 * ```
 * @category Reports
 */
export function safeToCsv(
  table: ReportTable,
  options?: ToCsvOptions,
): Result<string, ValidationError> {
  return safely(MODEL, () => toCsv(table, options));
}
