import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import {
  SUGGESTION_METRICS,
  SUGGESTION_RATE_IDS,
  type SuggestionRateId,
} from '../../suggestion/figures/suggestionMetrics.js';
import type { SuggestionStatsResult } from '../../suggestion/figures/suggestionStats.js';
import type { SuggestionStats } from '../../suggestion/figures/suggestionStatsTypes.js';
import { type Column, groupedTable, rateColumn } from './groupedTable.js';
import { h, reportOf } from './internal.js';
import type { ReportOptions, ReportTable } from './reportTypes.js';

/**
 * Options of {@link dashboardTable}: the report options and the rates to show.
 *
 * @example
 * ```ts
 * import type { DashboardTableOptions } from 'renda/import';
 *
 * const options: DashboardTableOptions = { locale: 'en', rates: ['replyRate', 'satisfactionRate'] };
 * ```
 * @category Reports
 */
export interface DashboardTableOptions extends ReportOptions {
  /** The rates, in column order; every rate of `SUGGESTION_RATE_IDS` by default. */
  readonly rates?: readonly SuggestionRateId[];
}

const MODEL = 'dashboardTable';

function build(result: SuggestionStatsResult, options: DashboardTableOptions | undefined) {
  const report = reportOf(MODEL, options);
  const rates = options?.rates ?? SUGGESTION_RATE_IDS;
  const columns: Column<SuggestionStats>[] = [
    { header: h('建议件数', 'Items'), cell: (s) => s.n },
    { header: h('交办件数', 'Items assigned'), cell: (s) => s.stateCounts.assigned },
    ...rates.map((id) =>
      rateColumn<SuggestionStats>(SUGGESTION_METRICS[id].name, (s) => s.rates[id]),
    ),
  ];
  return groupedTable(result, h('代表建议办理情况统计表', 'Suggestion handling'), columns, report);
}

/**
 * The dashboard as a report table (建议办理情况统计表): one row per group of
 * `suggestionStats(…, { groupBy })` (or one row, 全部, without groups), with the items counted, the
 * items assigned and each rate's percent in the publisher's rounding, headers in the chosen
 * language, and a totals row (合计) from the whole result: its rates are computed over all units,
 * never summed from the rows.
 *
 * @param result - What `suggestionStats` returned.
 * @param options - Locale, percent decimals and rounding, and the rates to show.
 * @returns The table.
 * @throws {@link RendaError} `INVALID_INPUT` for bad options or a result that cannot be read.
 * @example
 * ```ts
 * import { byLeadUnit, suggestionStats } from 'renda';
 * import { dashboardTable } from 'renda/import';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy } = generateSample({ seed: 1, size: 'town' });
 * const result = suggestionStats(suggestions, { asOf: '2025-12-31T18:00:00+08:00', policy, groupBy: byLeadUnit });
 * const table = dashboardTable(result, { rates: ['replyRate', 'satisfactionRate'] });
 * console.log(table.columns); // ['分组', '建议件数', '交办件数', '办复率', '满意率（含基本满意）']
 * console.log(table.totals?.[0]); // '合计'
 * ```
 * @category Reports
 */
export function dashboardTable(
  result: SuggestionStatsResult,
  options?: DashboardTableOptions,
): ReportTable {
  return guard(MODEL, () => build(result, options));
}

/**
 * {@link dashboardTable} without throwing.
 *
 * @param result - What `suggestionStats` returned.
 * @param options - Locale, percent decimals and rounding, and the rates to show.
 * @example
 * ```ts
 * import { safeDashboardTable } from 'renda/import';
 *
 * console.log(safeDashboardTable({} as never).ok); // false
 * ```
 * @category Reports
 */
export function safeDashboardTable(
  result: SuggestionStatsResult,
  options?: DashboardTableOptions,
): Result<ReportTable, ValidationError> {
  return safely(MODEL, () => dashboardTable(result, options));
}
