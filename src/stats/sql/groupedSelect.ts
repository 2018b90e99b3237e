import { and, SqlParams, type SqlStatement } from './sqlText.js';

// One statement of a figures' SQL (internal): a SELECT over a facts table (joined to a child
// table when given), grouped by the figures' group keys and any extra columns, with every value a
// parameter of the statement's own numbering.

/** What one statement selects, from where, grouped how. */
export interface GroupedSelect {
  /** The parent facts table, quoted, and its alias. */
  readonly from: string;
  readonly alias: string;
  /** A child table, quoted, its alias and the join condition. */
  readonly join?: { readonly table: string; readonly alias: string; readonly on: string };
  /** The group keys' expressions, selected as `g0`, `g1`, … */
  readonly groups: (params: SqlParams) => readonly string[];
  /** Further grouping columns, already aliased. */
  readonly extra?: (params: SqlParams) => readonly string[];
  /** The aggregate (or, with `aggregate: false`, plain) columns, aliased. */
  readonly select: (params: SqlParams) => readonly string[];
  readonly where?: (params: SqlParams) => string;
  /** `false` for a plain list of rows, never grouped. */
  readonly aggregate?: boolean;
}

/** The statement, its values frozen. */
export function groupedSelect(s: GroupedSelect): SqlStatement {
  const params = new SqlParams();
  const groups = s.groups(params).map((expression, index) => `${expression} AS "g${index}"`);
  const extra = s.extra?.(params) ?? [];
  const columns = [...groups, ...extra, ...s.select(params)];
  const join = s.join === undefined ? '' : ` JOIN ${s.join.table} ${s.join.alias} ON ${s.join.on}`;
  const where = and(s.where?.(params) ?? 'TRUE');
  const keys = groups.length + extra.length;
  const grouped =
    s.aggregate === false || keys === 0
      ? ''
      : ` GROUP BY ${Array.from({ length: keys }, (_, index) => index + 1).join(', ')}`;
  const text = `SELECT ${columns.join(', ')} FROM ${s.from} ${s.alias}${join}${where === 'TRUE' ? '' : ` WHERE ${where}`}${grouped}`;
  return Object.freeze({ text, values: Object.freeze([...params.values]) });
}
