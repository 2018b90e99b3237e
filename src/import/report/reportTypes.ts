import type { Locale } from '../../model/shared/localized.js';

/**
 * One cell of a report table (报表单元格): a count as a number, a rate as its printed percent
 * (`95.0%`, the publisher's rounding; `—` for an empty denominator), a name as text, or `null`
 * for nothing to show.
 *
 * @example
 * ```ts
 * import type { ReportCell } from 'renda/import';
 *
 * const cells: ReportCell[] = ['办复率', 288, '100.0%', null];
 * ```
 * @category Reports
 */
export type ReportCell = string | number | null;

/**
 * A report table (报表): a title, localised column headers, the rows, and a totals row (合计)
 * where totals make sense. Pure data, ready for {@link toCsv}, a spreadsheet library or a screen.
 *
 * @remarks A totals row never sums rates: its rates are computed over all the rows' units (the
 * whole result's own figures), its counts are the whole's counts.
 * @example
 * ```ts
 * import type { ReportTable } from 'renda/import';
 *
 * const width = (table: ReportTable) => table.columns.length;
 * ```
 * @category Reports
 */
export interface ReportTable {
  /** 表名, in the table's locale. */
  readonly title: string;
  /** 表头, in the table's locale. */
  readonly columns: readonly string[];
  /** 数据行, one cell per column. */
  readonly rows: readonly (readonly ReportCell[])[];
  /** 合计行, when totals make sense for the table. */
  readonly totals?: readonly ReportCell[];
}

/**
 * Options of the report tables and sentences: the language of the headers and labels, and how
 * percents are rounded (the publisher's convention).
 *
 * @example
 * ```ts
 * import type { ReportOptions } from 'renda/import';
 *
 * const options: ReportOptions = { locale: 'en', decimals: 0, rounding: 'truncate' };
 * ```
 * @category Reports
 */
export interface ReportOptions {
  /** `'zh-Hans'` (default), `'zh-Hant'` or `'en'`. */
  readonly locale?: Locale;
  /** Digits after the point of a percent, 0 to 6; 1 by default. */
  readonly decimals?: number;
  /** `'halfUp'` (四舍五入, default) or `'truncate'` (截尾). */
  readonly rounding?: 'halfUp' | 'truncate';
}

/**
 * One filled report sentence (报告语句): the metric's id and its sentence with the figures in.
 *
 * @example
 * ```ts
 * import type { ReportSentence } from 'renda/import';
 *
 * const line = (s: ReportSentence) => `${s.id}: ${s.text}`;
 * ```
 * @category Reports
 */
export interface ReportSentence {
  /**
   * The figure's id: a metric's in `SUGGESTION_METRICS` or `OPINION_METRICS`, a key-item
   * figure's (`KEY_ITEM_METRICS[…].id`) or a coverage result's (`coverageEnrolment`…).
   */
  readonly id: string;
  /** The key item the sentence is about, for a key-item vote's figures. */
  readonly itemId?: string;
  /** The sentence, in the chosen language. */
  readonly text: string;
}
