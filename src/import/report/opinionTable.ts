import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { OPINION_METRICS, OPINION_RATE_IDS } from '../../opinion/figures/opinionMetrics.js';
import type { OpinionStats, OpinionStatsResult } from '../../opinion/figures/opinionStatsTypes.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import { type Column, groupedTable, rateColumn } from './groupedTable.js';
import { h, reportOf } from './internal.js';
import type { ReportOptions, ReportTable } from './reportTypes.js';

const MODEL = 'opinionTable';

function build(result: OpinionStatsResult, options: ReportOptions | undefined) {
  const report = reportOf(MODEL, options);
  const columns: Column<OpinionStats>[] = [
    { header: h('意见件数', 'Opinions'), cell: (s) => s.n },
    { header: h('接待群众人次', 'People received'), cell: (s) => s.peopleReceived.total },
    ...OPINION_RATE_IDS.map((id) =>
      rateColumn<OpinionStats>(OPINION_METRICS[id].name, (s) => s.rates[id]),
    ),
  ];
  return groupedTable(result, h('群众意见办理情况统计表', 'Constituent opinions'), columns, report);
}

/**
 * The constituent-opinion figures as a report table (群众意见办理情况统计表): one row per group of
 * `opinionStats(…, { groupBy })` (or one row, 全部), with the opinions counted, the people received
 * and each rate of `OPINION_METRICS` in the publisher's rounding, and a totals row (合计) from the
 * whole result (rates over all opinions, never summed).
 *
 * @param result - What `opinionStats` returned.
 * @param options - Locale, percent decimals and rounding.
 * @returns The table.
 * @throws {@link RendaError} `INVALID_INPUT` for bad options or a result that cannot be read.
 * @example
 * ```ts
 * import { defaultOpinionPolicy, opinionStats } from 'renda';
 * import { opinionTable } from 'renda/import';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1, size: 'town' });
 * const table = opinionTable(opinionStats(opinions, { asOf: '2025-12-31T18:00:00+08:00', policy: defaultOpinionPolicy }), { locale: 'en' });
 * console.log(table.columns.slice(0, 3)); // ['Group', 'Opinions', 'People received']
 * ```
 * @category Reports
 */
export function opinionTable(result: OpinionStatsResult, options?: ReportOptions): ReportTable {
  return guard(MODEL, () => build(result, options));
}

/**
 * {@link opinionTable} without throwing.
 *
 * @param result - What `opinionStats` returned.
 * @param options - Locale, percent decimals and rounding.
 * @example
 * ```ts
 * import { safeOpinionTable } from 'renda/import';
 *
 * console.log(safeOpinionTable(null as never).ok); // false
 * ```
 * @category Reports
 */
export function safeOpinionTable(
  result: OpinionStatsResult,
  options?: ReportOptions,
): Result<ReportTable, ValidationError> {
  return safely(MODEL, () => opinionTable(result, options));
}
