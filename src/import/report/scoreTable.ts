import type { ScoreDeputiesResult } from '../../connections/scoring/scoreDeputies.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import { h, reportOf, table } from './internal.js';
import type { ReportOptions, ReportTable } from './reportTypes.js';

const MODEL = 'scoreTable';

function build(result: ScoreDeputiesResult, options: ReportOptions | undefined) {
  const report = reportOf(MODEL, options);
  const columns = [
    h('名次', 'Rank'),
    h('代表编号', 'Deputy'),
    h('姓名', 'Name'),
    h('得分', 'Score'),
    h('原始分', 'Raw'),
    h('等次', 'Grade'),
  ].map(report.say);
  const rows = result.scores.map((s) => [
    s.rank,
    s.deputyId,
    s.name,
    s.total,
    s.raw,
    s.grade === null ? null : report.say(s.grade),
  ]);
  // No totals row: a sum of scores means nothing; the grade distribution is its own figure.
  return table(report.say(h('代表履职积分表', 'Deputy scores')), columns, rows);
}

/**
 * Deputies' scores as a report table (代表履职积分表): one row per deputy in rank order, with the
 * score, the raw score before the cap and the grade (等次) in the chosen language. It has no totals
 * row: a sum of scores means nothing.
 *
 * @param result - What `scoreDeputies` returned.
 * @param options - Locale (percent options are accepted and unused).
 * @returns The table.
 * @throws {@link RendaError} `INVALID_INPUT` for bad options or a result that cannot be read.
 * @example
 * ```ts
 * import { scoreDeputies, yinchuanStyleRules } from 'renda';
 * import { scoreTable } from 'renda/import';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, performanceRecords, activities } = generateSample({ seed: 1 });
 * const result = scoreDeputies(deputies, [...performanceRecords, ...activities], yinchuanStyleRules, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 * });
 * const table = scoreTable(result);
 * console.log(table.columns); // ['名次', '代表编号', '姓名', '得分', '原始分', '等次']
 * console.log(table.rows.length === result.scores.length); // true
 * ```
 * @category Reports
 */
export function scoreTable(result: ScoreDeputiesResult, options?: ReportOptions): ReportTable {
  return guard(MODEL, () => build(result, options));
}

/**
 * {@link scoreTable} without throwing.
 *
 * @param result - What `scoreDeputies` returned.
 * @param options - Locale.
 * @example
 * ```ts
 * import { safeScoreTable } from 'renda/import';
 *
 * console.log(safeScoreTable(undefined as never).ok); // false
 * ```
 * @category Reports
 */
export function safeScoreTable(
  result: ScoreDeputiesResult,
  options?: ReportOptions,
): Result<ReportTable, ValidationError> {
  return safely(MODEL, () => scoreTable(result, options));
}
