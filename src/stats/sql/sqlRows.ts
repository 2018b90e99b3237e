import { compareKeys } from '../internal/aggregateEngine.js';
import { type ArgumentChecks, fail, fieldName } from '../internal/invalidInput.js';

// Reading what a driver returns (internal): counts come back as numbers, bigints (DuckDB) or
// numeric strings (PostgreSQL's bigint), and a missing aggregate (no row matched) as null.

/** A row as the driver gives it. */
export type SqlRow = { readonly [column: string]: unknown };

/** A count of a row: a whole number ≥ 0, or `INVALID_INPUT` naming the query and the column. */
export function countOf(model: string, value: unknown, query: string, column: string): number {
  if (value === null || value === undefined) return 0;
  const n =
    typeof value === 'number' ? value : typeof value === 'boolean' ? Number.NaN : Number(value);
  if (!Number.isSafeInteger(n) || n < 0) {
    fail(model, 'INVALID_VALUE', ['rows', query, column], {
      field: fieldName('SQL 结果中的计数', `rows.${query}.${column}`),
      expected: fieldName('不小于 0 的整数', 'a whole number ≥ 0'),
      got: value,
    });
  }
  return n;
}

/** A text column as the key it stands for. */
export const textOf = (value: unknown): string => String(value);

/** Refuses, by name, each statement whose rows are not an array. */
export function checkRowLists(
  checks: ArgumentChecks,
  rows: { readonly [query: string]: unknown },
  names: readonly string[],
): void {
  for (const name of names) {
    if (!Array.isArray(rows[name])) {
      checks.add('INVALID_TYPE', ['rows', name], {
        field: fieldName('SQL 结果行', `rows.${name}`),
        expected: fieldName('行的数组', 'an array of rows'),
        got: rows[name],
      });
    }
  }
}

/** Reads a count column of the row being folded. */
export type Counter = (column: string) => number;

/** Adds one row of one statement to the parts of a group (or of the total). */
export type Fill<Parts> = (parts: Parts, row: SqlRow, n: Counter) => void;

/**
 * Folds the rows of every statement into the total and the groups (keyed by the `g0`, `g1`, …
 * columns), the way partial states merge: the total is the sum of the groups' counts. Groups come
 * back sorted by key in code-unit order, as the in-memory figures sort them.
 */
export function foldRows<Parts, Q extends string>(
  model: string,
  rows: { readonly [N in Q]: readonly SqlRow[] },
  fill: { readonly [N in Q]: Fill<Parts> },
  keyCount: number,
  empty: () => Parts,
): { readonly total: Parts; readonly groups: readonly { key: string[]; parts: Parts }[] } {
  const total = empty();
  const groups = new Map<string, { key: string[]; parts: Parts }>();
  for (const name of Object.keys(fill) as Q[]) {
    for (const row of rows[name]) {
      const n: Counter = (column) => countOf(model, row[column], name, column);
      fill[name](total, row, n);
      if (keyCount === 0) continue;
      const key = Array.from({ length: keyCount }, (_, index) => textOf(row[`g${index}`]));
      const id = JSON.stringify(key);
      let group = groups.get(id);
      if (group === undefined) {
        group = { key, parts: empty() };
        groups.set(id, group);
      }
      fill[name](group.parts, row, n);
    }
  }
  return { total, groups: [...groups.values()].sort((x, y) => compareKeys(x.key, y.key)) };
}
