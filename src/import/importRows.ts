import { quote } from '../internal/quote.js';
import type { BilingualText } from '../model/shared/localized.js';
import type { Result } from '../model/shared/result.js';
import type { ValidationError } from '../model/shared/validationError.js';
import { ArgumentChecks, fieldName, guard, safely } from '../stats/internal/invalidInput.js';
import { IMPORT_MODEL_ENTRIES, type ImportModel, type ImportRecords } from './importModels.js';
import { type Cell, isBlank, readCell } from './internal/cells.js';
import { checkModel } from './internal/checkModel.js';
import type { ColumnNode, Leaf, ObjectNode } from './internal/columnTree.js';
import { columnsOf, headerOf, type ModelColumns } from './internal/modelColumns.js';
import { resolveHeader } from './internal/resolveHeader.js';

/**
 * Options of {@link importRows}.
 *
 * @example
 * ```ts
 * import type { ImportRowsOptions } from 'renda/import';
 *
 * const options: ImportRowsOptions = { offset: '+08:00' };
 * ```
 * @category Import
 */
export interface ImportRowsOptions {
  /**
   * The UTC offset of times written without one (`2025-03-01 14:30`), e.g. `+08:00` (the
   * default). Never the machine's zone.
   */
  readonly offset?: string;
}

/**
 * One problem of one row (导入问题): the spreadsheet row, the column as the sheet heads it (or
 * `null` when no one column holds the field), the field's path, and a message naming both.
 *
 * @example
 * ```ts
 * import type { ImportIssue } from 'renda/import';
 *
 * const where = (issue: ImportIssue) => `${issue.row}:${issue.column ?? ''}`;
 * ```
 * @category Import
 */
export interface ImportIssue {
  readonly row: number;
  readonly column: string | null;
  readonly path: readonly (string | number)[];
  /** `INVALID_CELL` for a cell that cannot be read, else the model's validation code. */
  readonly code: string;
  readonly message: BilingualText;
}

/**
 * What became of one input row (行导入结果): `imported` with its record, `refused` with its
 * issues, `duplicate` of an earlier row with the same identity (the model's id, or the fields that
 * tell its records apart; `identical` when every field agrees, `message` naming both rows),
 * or `blank`.
 *
 * @remarks
 * `row` is the spreadsheet's row number: the header is row 1, so the first data row is row 2.
 * @example
 * ```ts
 * import type { ImportRowResult } from 'renda/import';
 *
 * const lost = (r: ImportRowResult<unknown>) => r.status === 'refused';
 * ```
 * @category Import
 */
export type ImportRowResult<T> =
  | { readonly row: number; readonly status: 'imported'; readonly record: T }
  | { readonly row: number; readonly status: 'refused'; readonly issues: readonly ImportIssue[] }
  | {
      readonly row: number;
      readonly status: 'duplicate';
      readonly of: number;
      readonly identical: boolean;
      /** Names the row, the earlier one and the fields of the model's identity they share. */
      readonly message: BilingualText;
    }
  | { readonly row: number; readonly status: 'blank' };

/**
 * A column of the sheet and the field it was read into, or `null` for a column no field matches
 * (with the nearest header renda knows, if one is near).
 *
 * @example
 * ```ts
 * import type { ImportColumn } from 'renda/import';
 *
 * const unread = (c: ImportColumn) => c.path === null;
 * ```
 * @category Import
 */
export interface ImportColumn {
  readonly header: string;
  readonly path: readonly (string | number)[] | null;
  readonly suggestion?: string;
}

/**
 * The result of {@link importRows} (导入结果): one result per input row, in input order, and the
 * records imported.
 *
 * @example
 * ```ts
 * import type { ImportResult } from 'renda/import';
 *
 * const refused = (r: ImportResult<unknown>) => r.counts.refused;
 * ```
 * @category Import
 */
export interface ImportResult<T> {
  readonly rows: readonly ImportRowResult<T>[];
  readonly records: readonly T[];
  readonly columns: readonly ImportColumn[];
  /** Required fields no column holds, by their Chinese and English headers. */
  readonly missingColumns: readonly BilingualText[];
  readonly counts: {
    readonly imported: number;
    readonly refused: number;
    readonly duplicate: number;
    readonly blank: number;
  };
}

/**
 * A row as readers give it (表格行): an object keyed by header, or an array of cells under a header
 * row.
 *
 * @example
 * ```ts
 * import type { ImportRow } from 'renda/import';
 *
 * const rows: ImportRow[] = [['编号', '名称'], ['U-1', '县教育局']];
 * ```
 * @category Import
 */
export type ImportRow = Readonly<Record<string, Cell>> | readonly Cell[];

interface Column {
  readonly header: string;
  readonly resolved: {
    readonly path: readonly (string | number)[];
    readonly leaf: Leaf;
    /** A list's count column: `path` is the list's. */
    readonly count?: true;
  } | null;
}

function setAt(
  target: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): void {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i] as string | number;
    const next = path[i + 1];
    node[segment] ??= typeof next === 'number' ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  }
  node[path[path.length - 1] as string | number] = value;
}

/** Arrays without the holes of items no cell filled; required lists absent → empty. */
function tidy(node: ColumnNode, value: unknown): unknown {
  if (node.kind === 'objects' && Array.isArray(value))
    return value.filter((item) => item !== undefined).map((item) => tidy(node.item, item));
  if (node.kind !== 'object' || typeof value !== 'object' || value === null) return value;
  const out = value as Record<string, unknown>;
  for (const [key, field] of (node as ObjectNode).fields) {
    if (out[key] !== undefined) out[key] = tidy(field.node, out[key]);
    else if (!field.optional && (field.node.kind === 'list' || field.node.kind === 'objects'))
      out[key] = [];
  }
  return out;
}

/**
 * A count column's word on its list: `0` makes an absent list empty; any count must match the
 * items the row's columns hold, so that an item lost from the sheet is not lost silently.
 */
function applyCount(
  draft: Record<string, unknown>,
  path: readonly (string | number)[],
  count: number,
): BilingualText | undefined {
  let node: unknown = draft;
  for (const segment of path)
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[segment]
        : undefined;
  const items = Array.isArray(node) ? node.filter((item) => item !== undefined).length : 0;
  if (count === 0 && items === 0) {
    setAt(draft, path, []);
    return undefined;
  }
  if (items === count) return undefined;
  return {
    'zh-Hans': `条数为 ${count}，但该行有 ${items} 项`,
    en: `the count is ${count} but the row holds ${items} item${items === 1 ? '' : 's'}`,
  };
}

const OFFSET = /^(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/u;

function readOptions(options: ImportRowsOptions | undefined): string {
  const offset = options?.offset ?? '+08:00';
  if (typeof offset === 'string' && OFFSET.test(offset)) return offset;
  const checks = new ArgumentChecks('importRows');
  checks.add('INVALID_FORMAT', ['options', 'offset'], {
    field: fieldName('时区偏移', 'offset'),
    expected: fieldName('+08:00 这样的偏移', 'an offset such as +08:00'),
    got: offset,
  });
  checks.done();
  return offset;
}

function cellIssue(row: number, column: Column, message: BilingualText): ImportIssue {
  return {
    row,
    column: column.header,
    path: column.resolved?.path ?? [],
    code: 'INVALID_CELL',
    message: {
      'zh-Hans': `第 ${row} 行「${column.header}」列：${message['zh-Hans']}`,
      en: `row ${row}, column ${quote(column.header)}: ${message.en}`,
    },
  };
}

/** The header of the sheet column that holds `path`, else the nearest one above it. */
function columnFor(
  columns: readonly Column[],
  model: ModelColumns,
  path: readonly (string | number)[],
): string | null {
  const key = JSON.stringify(path);
  const exact = columns.find((c) => c.resolved !== null && JSON.stringify(c.resolved.path) === key);
  if (exact !== undefined) return exact.header;
  return path.length === 0 ? null : headerOf(model, path, 'zh-Hans');
}

/** The headers of a model's identity fields, joined for a message. */
function identityNames(model: ModelColumns, identity: readonly string[]): BilingualText {
  return {
    'zh-Hans': identity.map((key) => `「${headerOf(model, [key], 'zh-Hans')}」`).join(''),
    en: identity
      .map((key) => headerOf(model, [key], 'en'))
      .join(', ')
      .replace(/, (?=[^,]*$)/u, ' and '),
  };
}

function duplicateMessage(
  row: number,
  of: number,
  identical: boolean,
  identity: BilingualText,
): BilingualText {
  const zh = identical ? '各字段完全一致' : `其他字段不一致，保留第 ${of} 行`;
  const en = identical ? 'every field agrees' : `other fields differ; row ${of} is kept`;
  return {
    'zh-Hans': `第 ${row} 行与第 ${of} 行${identity['zh-Hans']}相同，是同一条记录（${zh}）`,
    en: `row ${row} has the same ${identity.en} as row ${of}: the same record (${en})`,
  };
}

function missing(model: ModelColumns, columns: readonly Column[]): BilingualText[] {
  const out: BilingualText[] = [];
  for (const [key, field] of model.root.fields) {
    if (field.optional || field.node.kind === 'list' || field.node.kind === 'objects') continue;
    if (columns.some((c) => c.resolved?.path[0] === key)) continue;
    out.push({ 'zh-Hans': headerOf(model, [key], 'zh-Hans'), en: headerOf(model, [key], 'en') });
  }
  return out;
}

function importAll<M extends ImportModel>(
  model: M,
  rows: Iterable<ImportRow>,
  options: ImportRowsOptions | undefined,
): ImportResult<ImportRecords[M]> {
  checkModel('importRows', model);
  const checks = new ArgumentChecks('importRows');
  checks.records(rows, 'rows', '表格行');
  const offset = readOptions(options);
  const entry = IMPORT_MODEL_ENTRIES[model];
  const modelColumns = columnsOf(model);
  const input = [...rows];
  const arrays = Array.isArray(input[0]);
  // Arrays: the first is the header row. Objects: the headers are their keys, in first-seen order.
  const headers: string[] = arrays
    ? (input[0] as readonly Cell[]).map((h) => (h === null || h === undefined ? '' : String(h)))
    : [
        ...new Set(
          input.flatMap((r) => (r !== null && typeof r === 'object' ? Object.keys(r) : [])),
        ),
      ];
  const data = arrays ? input.slice(1) : input;
  const taken = new Set<string>();
  const columns: Column[] = headers.map((header) => {
    const resolved = resolveHeader(modelColumns, header);
    if (!resolved.ok)
      return {
        header,
        resolved: null,
        ...(resolved.near === undefined ? {} : { near: resolved.near }),
      };
    const key = JSON.stringify(resolved.count ? [resolved.path] : resolved.path);
    // The same field twice: the first column is read, the second reported as unread.
    if (taken.has(key)) return { header, resolved: null };
    taken.add(key);
    return {
      header,
      resolved: {
        path: resolved.path,
        leaf: resolved.leaf,
        ...(resolved.count ? { count: true as const } : {}),
      },
    };
  });
  const results: ImportRowResult<ImportRecords[M]>[] = [];
  const records: ImportRecords[M][] = [];
  const seen = new Map<string, { row: number; json: string }>();
  const identity = identityNames(modelColumns, entry.identity);
  data.forEach((raw, index) => {
    const row = index + 2;
    const cellAt = (i: number): unknown =>
      Array.isArray(raw)
        ? raw[i]
        : raw !== null && typeof raw === 'object'
          ? (raw as Record<string, unknown>)[headers[i] as string]
          : undefined;
    if (
      headers.every((_, i) => isBlank(cellAt(i))) &&
      (!Array.isArray(raw) || raw.every(isBlank))
    ) {
      results.push({ row, status: 'blank' });
      return;
    }
    const issues: ImportIssue[] = [];
    const draft: Record<string, unknown> = {};
    const counts: { column: Column; path: readonly (string | number)[]; count: number }[] = [];
    columns.forEach((column, i) => {
      const cell = cellAt(i);
      if (column.resolved === null || isBlank(cell)) return;
      if (
        typeof cell === 'object' ||
        typeof cell === 'bigint' ||
        typeof cell === 'symbol' ||
        typeof cell === 'function'
      ) {
        issues.push(
          cellIssue(row, column, {
            'zh-Hans': `${quote(cell)} 不是单元格值`,
            en: `${quote(cell)} is not a cell value`,
          }),
        );
        return;
      }
      const read = readCell(column.resolved.leaf, cell as Cell, offset);
      if (!read.ok) issues.push(cellIssue(row, column, read.error));
      else if (!column.resolved.count) setAt(draft, column.resolved.path, read.value);
      else if (!Number.isSafeInteger(read.value) || (read.value as number) < 0)
        issues.push(
          cellIssue(row, column, {
            'zh-Hans': `${quote(cell)} 不是条数（0 或正整数）`,
            en: `${quote(cell)} is not a count (0 or a whole number)`,
          }),
        );
      else counts.push({ column, path: column.resolved.path, count: read.value as number });
    });
    for (const { column, path, count } of counts) {
      const problem = applyCount(draft, path, count);
      if (problem !== undefined) issues.push(cellIssue(row, column, problem));
    }
    if (issues.length > 0) {
      results.push({ row, status: 'refused', issues });
      return;
    }
    const parsed = entry.safeParse(tidy(modelColumns.root, draft));
    if (!parsed.ok) {
      results.push({
        row,
        status: 'refused',
        issues: parsed.error.issues.map((issue) => {
          const column = columnFor(columns, modelColumns, issue.path);
          const where = column === null ? '' : `「${column}」列：`;
          return {
            row,
            column,
            path: issue.path,
            code: issue.code,
            message: {
              'zh-Hans': `第 ${row} 行${where}${issue.message['zh-Hans']}`,
              en: `row ${row}${column === null ? '' : `, column ${quote(column)}`}: ${issue.message.en}`,
            },
          };
        }),
      });
      return;
    }
    const record = parsed.value;
    const key = JSON.stringify(
      entry.identity.map((field) => (record as Record<string, unknown>)[field]),
    );
    const json = JSON.stringify(record);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const identical = earlier.json === json;
      results.push({
        row,
        status: 'duplicate',
        of: earlier.row,
        identical,
        message: duplicateMessage(row, earlier.row, identical, identity),
      });
      return;
    }
    seen.set(key, { row, json });
    records.push(record);
    results.push({ row, status: 'imported', record });
  });
  const count = (status: ImportRowResult<unknown>['status']) =>
    results.filter((r) => r.status === status).length;
  return {
    rows: results,
    records,
    columns: columns.map((c) => ({
      header: c.header,
      path: c.resolved?.path ?? null,
      ...('near' in c && typeof c.near === 'string' ? { suggestion: c.near } : {}),
    })),
    missingColumns: missing(modelColumns, columns),
    counts: {
      imported: count('imported'),
      refused: count('refused'),
      duplicate: count('duplicate'),
      blank: count('blank'),
    },
  };
}

/**
 * Imports spreadsheet rows into records of a model (导入表格), accounting for every row: each
 * input row gets exactly one result, `imported`, `refused` (with bilingual reasons naming the row
 * and column), `duplicate` of row N, or `blank`, so nothing is silently lost.
 *
 * @remarks
 * - **Headers** may be the fields' Chinese names (simplified or traditional), English names or
 *   property paths; nested fields read `所属人大·层级`, items of a list `所属组织[1]·职务` (see
 *   {@link exportRows}). A column no field matches is listed in `columns` with `path: null` and
 *   the nearest known header; a required field no column holds is in `missingColumns`, and every
 *   row then fails on it.
 * - **Cells** are normalised by the field's kind: labels in any locale (`省级`, `省級`,
 *   `Provincial`) to enum values ({@link reverseLabel}); dates in any of the usual forms or as
 *   Excel serial days ({@link parseDayCell}); full-width digits and letters in ids, numbers,
 *   dates and labels ({@link foldWidth}); `是`/`否` to booleans; lists split on `、` `,` `;`.
 *   Free text is kept as written.
 * - **Duplicates** are rows whose record has the identity of an earlier imported row: its `id`,
 *   or for a model without one the fields that tell its records apart (a training attendance's
 *   培训 and 代表, an appraisal ballot's 测评人, 测评对象 and 年度, a congress's 行政区划, 层级
 *   and 届次). The first row is kept; the duplicate's `message` names both rows and the fields.
 * - Pure: rows are arrays of objects keyed by header, or arrays of cells with the header row
 *   first; the app reads the file.
 *
 * @param model - One of {@link IMPORT_MODELS}.
 * @param rows - The rows.
 * @param options - The offset of times written without one.
 * @returns One result per row, the imported records, the columns and the missing ones.
 * @throws {@link RendaError} with code `INVALID_INPUT` for an unknown model, rows that are not a
 * list, or a bad offset; never for the content of a row.
 * @example
 * ```ts
 * import { importRows } from 'renda/import';
 *
 * const result = importRows('handlingUnit', [
 *   ['编号', '名称', '单位类别', '层级', '存续期间·起始日期'],
 *   ['U-01', '县教育局', '政府部门', '县级', '2021年1月1日'],
 *   [],
 *   ['Ｕ－０１', '县教育局', '政府部門', '縣級', 44197],
 * ]);
 * console.log(result.rows.map((r) => r.status)); // ['imported', 'blank', 'duplicate']
 * ```
 * @category Import
 */
export function importRows<M extends ImportModel>(
  model: M,
  rows: Iterable<ImportRow>,
  options?: ImportRowsOptions,
): ImportResult<ImportRecords[M]> {
  return guard('importRows', () => importAll(model, rows, options));
}

/**
 * {@link importRows} without throwing: `{ ok: true, value }` with the import result, or
 * `{ ok: false, error }` for an unknown model, rows that are not a list or a bad offset.
 *
 * @param model - One of {@link IMPORT_MODELS}.
 * @param rows - The rows.
 * @param options - The offset of times written without one.
 * @example
 * ```ts
 * import { safeImportRows } from 'renda/import';
 *
 * const result = safeImportRows('deputy', [{ 编号: 'D-1' }]);
 * if (result.ok) console.log(result.value.counts.refused); // 1
 * ```
 * @category Import
 */
export function safeImportRows<M extends ImportModel>(
  model: M,
  rows: Iterable<ImportRow>,
  options?: ImportRowsOptions,
): Result<ImportResult<ImportRecords[M]>, ValidationError> {
  // Through the throwing twin, so the value is frozen and checked for JSON the same way.
  return safely('importRows', () => importRows(model, rows, options));
}
