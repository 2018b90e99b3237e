import type { Result } from '../model/shared/result.js';
import type { ValidationError } from '../model/shared/validationError.js';
import { guard, safely } from '../stats/internal/invalidInput.js';
import type { ImportModel, ImportRecords } from './importModels.js';
import { type Cell, formatCell } from './internal/cells.js';
import { checkModel } from './internal/checkModel.js';
import type { ColumnNode, Leaf } from './internal/columnTree.js';
import {
  COUNT_SEGMENT,
  columnsOf,
  type HeaderLocale,
  headerOf,
  type ModelColumns,
  stepOf,
} from './internal/modelColumns.js';

/**
 * Options of {@link exportRows}.
 *
 * @example
 * ```ts
 * import type { ExportRowsOptions } from 'renda/import';
 *
 * const options: ExportRowsOptions = { locale: 'en' };
 * ```
 * @category Import
 */
export interface ExportRowsOptions {
  /** The language of headers and labels: `zh-Hans` (default) or `en`. */
  readonly locale?: HeaderLocale;
}

interface Entry {
  readonly path: readonly (string | number)[];
  readonly order: readonly number[];
  readonly leaf: Leaf;
  readonly value: unknown;
  /** The count column of a list of objects, not a field. */
  readonly count?: true;
}

const COUNT_LEAF: Leaf = { kind: 'number' };
const keyOf = (entry: Entry): string => JSON.stringify(entry.count ? [entry.path] : entry.path);

function flatten(
  columns: ModelColumns,
  node: ColumnNode,
  value: unknown,
  path: (string | number)[],
  order: number[],
  out: Entry[],
): void {
  if (value === undefined) return;
  if (node.kind === 'object') {
    if (typeof value !== 'object' || value === null) return;
    for (const key of node.fields.keys()) {
      const step = stepOf(columns, node, key);
      if (step === undefined) continue;
      const field = (value as Record<string, unknown>)[key];
      if (step.field.optional && step.field.node.kind === 'objects' && Array.isArray(field))
        out.push({
          path: [...path, key],
          // Before the list's items, whose positions count from 0.
          order: [...order, step.position, -1],
          leaf: COUNT_LEAF,
          value: field.length,
          count: true,
        });
      flatten(
        columns,
        step.field.node,
        (value as Record<string, unknown>)[key],
        [...path, key],
        [...order, step.position],
        out,
      );
    }
    return;
  }
  if (node.kind === 'objects') {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => {
      flatten(columns, node.item, item, [...path, i], [...order, i], out);
    });
    return;
  }
  out.push({ path, order, leaf: node, value });
}

function byOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function exportAll(
  model: ImportModel,
  records: Iterable<unknown>,
  options: ExportRowsOptions | undefined,
): (readonly Cell[])[] {
  checkModel('exportRows', model);
  const locale: HeaderLocale = options?.locale === 'en' ? 'en' : 'zh-Hans';
  const columns = columnsOf(model);
  const flat: Map<string, Entry>[] = [];
  const all = new Map<string, readonly number[]>();
  const paths = new Map<string, readonly (string | number)[]>();
  // Count columns some record needs: one whose list is empty. Others would only repeat the items.
  const needed = new Set<string>();
  for (const record of records) {
    const entries: Entry[] = [];
    flatten(columns, columns.root, record, [], [], entries);
    const byKey = new Map<string, Entry>();
    for (const entry of entries) {
      const key = keyOf(entry);
      byKey.set(key, entry);
      if (entry.count && entry.value === 0) needed.add(key);
      if (!all.has(key)) {
        all.set(key, entry.order);
        paths.set(key, entry.path);
      }
    }
    flat.push(byKey);
  }
  const keys = [...all.keys()]
    .filter((key) => !key.startsWith('[[') || needed.has(key))
    .sort((a, b) => byOrder(all.get(a) ?? [], all.get(b) ?? []));
  const header = keys.map((key) => {
    const name = headerOf(columns, paths.get(key) ?? [], locale);
    return key.startsWith('[[') ? `${name}·${COUNT_SEGMENT[locale]}` : name;
  });
  const rows = flat.map((byKey) =>
    keys.map((key) => {
      const entry = byKey.get(key);
      return entry === undefined ? '' : formatCell(entry.leaf, entry.value, locale);
    }),
  );
  return [header, ...rows];
}

/**
 * Records as spreadsheet rows (导出为表格行): a header row of the fields' Chinese (or English)
 * names, then one row per record with labels for enumerations, `是`/`否` for yes-no fields and
 * `、` between the values of a list.
 *
 * @remarks
 * Nested fields are headed by their path, `所属人大·层级`; arrays of objects get one set of
 * columns per item, `所属组织[1]·职务`, as many as the longest array needs; an optional one that
 * some record holds empty gets a count column too, `监督活动·条数`, so that `0` (an empty list) and
 * a blank (no list) read back apart. Fields a model
 * leaves open (event payloads) are written as JSON. {@link importRows} reads these rows back to
 * the same records.
 *
 * @param model - One of {@link IMPORT_MODELS}.
 * @param records - The records, valid for the model.
 * @param options - The language.
 * @returns The header row, then one row per record.
 * @throws {@link RendaError} with code `INVALID_INPUT` for an unknown model.
 * @example
 * ```ts
 * import { exportRows } from 'renda/import';
 * import { generateSample } from 'renda/testing';
 *
 * const { stations } = generateSample({ seed: 1, size: 'town' });
 * const [header] = exportRows('liaisonStation', stations);
 * console.log(header?.includes('名称')); // true
 * ```
 * @category Import
 */
export function exportRows<M extends ImportModel>(
  model: M,
  records: Iterable<ImportRecords[M]>,
  options?: ExportRowsOptions,
): readonly (readonly Cell[])[] {
  return guard('exportRows', () => exportAll(model, records, options));
}

/**
 * {@link exportRows} without throwing: `{ ok: true, value }` with the rows, or `{ ok: false, error }`.
 *
 * @param model - One of {@link IMPORT_MODELS}.
 * @param records - The records.
 * @param options - The language.
 * @example
 * ```ts
 * import { safeExportRows } from 'renda/import';
 *
 * console.log(safeExportRows('deputy', []).ok); // true
 * ```
 * @category Import
 */
export function safeExportRows<M extends ImportModel>(
  model: M,
  records: Iterable<ImportRecords[M]>,
  options?: ExportRowsOptions,
): Result<readonly (readonly Cell[])[], ValidationError> {
  // Through the throwing twin, so the value is frozen and checked for JSON the same way.
  return safely('exportRows', () => exportRows(model, records, options));
}
