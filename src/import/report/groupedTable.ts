import type { BilingualText } from '../../model/shared/localized.js';
import type { Rate } from '../../stats/rate.js';
import { ALL, GROUP, type Report, TOTAL, table } from './internal.js';
import type { ReportCell, ReportTable } from './reportTypes.js';

/** A column of a grouped table: its header and its cell from one set of figures. */
export interface Column<S> {
  readonly header: BilingualText;
  readonly cell: (stats: S, report: Report) => ReportCell;
}

/** A rate column: the rate's percent. */
export function rateColumn<S>(header: BilingualText, rateOf: (stats: S) => Rate): Column<S> {
  return { header, cell: (stats, report) => report.percent(rateOf(stats)) };
}

/**
 * The table of a grouped result (suggestion or opinion figures): a row per group, or one row
 * (全部) without groups; with groups, a totals row from the whole result's own figures, so its
 * rates are computed over every unit, never summed.
 */
export function groupedTable<S>(
  result: {
    readonly total: S;
    readonly groups: readonly { readonly key: readonly string[]; readonly stats: S }[];
  },
  title: BilingualText,
  columns: readonly Column<S>[],
  report: Report,
): ReportTable {
  const row = (label: string, stats: S): ReportCell[] => [
    label,
    ...columns.map((column) => column.cell(stats, report)),
  ];
  const headers = [report.say(GROUP), ...columns.map((c) => report.say(c.header))];
  if (result.groups.length === 0)
    return table(report.say(title), headers, [row(report.say(ALL), result.total)]);
  return table(
    report.say(title),
    headers,
    result.groups.map((group) => row(group.key.join(' / '), group.stats)),
    row(report.say(TOTAL), result.total),
  );
}
