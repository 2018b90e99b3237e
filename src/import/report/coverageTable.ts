import type { CoverageResult } from '../../connections/coverage/coverageResult.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import { h, reportOf, table } from './internal.js';
import type { ReportOptions, ReportTable } from './reportTypes.js';

const MODEL = 'coverageTable';

function build(results: readonly CoverageResult[], options: ReportOptions | undefined) {
  const report = reportOf(MODEL, options);
  const columns = [
    h('指标', 'Figure'),
    h('统计期间', 'Period'),
    h('应覆盖', 'Roster'),
    h('已覆盖', 'Covered'),
    h('未达标', 'Short'),
    h('不计入', 'Left out'),
    h('覆盖率', 'Rate'),
  ].map(report.say);
  const rows = [...results].map((r) => [
    report.say(r.name),
    `${r.period.from}–${r.period.to}`,
    r.rate.denominator,
    r.rate.numerator,
    r.shortfalls.length,
    r.excluded.length,
    report.percent(r.rate),
  ]);
  // No totals row: each figure counts its own roster (deputies, members, stations), so their
  // sums would count nothing.
  return table(report.say(h('履职覆盖情况统计表', 'Coverage')), columns, rows);
}

/**
 * Coverage figures as a report table (履职覆盖情况统计表): one row per figure (联系代表覆盖率,
 * 进站履职覆盖率…) with its period, roster, covered, short and left-out counts and its rate in the
 * publisher's rounding. It has no totals row: each figure counts its own roster.
 *
 * @param results - Coverage results (`coverageMemberContact`, `coverageStationActivity`…).
 * @param options - Locale, percent decimals and rounding.
 * @returns The table.
 * @throws {@link RendaError} `INVALID_INPUT` for bad options or results that cannot be read.
 * @example
 * ```ts
 * import { coverageMemberContact } from 'renda';
 * import { coverageTable } from 'renda/import';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, activities } = generateSample({ seed: 1 });
 * const contact = coverageMemberContact(deputies, activities, { period: { from: '2025-01-01', to: '2025-12-31' } });
 * const table = coverageTable([contact], { locale: 'en' });
 * console.log(table.columns); // ['Figure', 'Period', 'Roster', 'Covered', 'Short', 'Left out', 'Rate']
 * console.log(table.rows[0]?.[1]); // '2025-01-01–2025-12-31'
 * ```
 * @category Reports
 */
export function coverageTable(
  results: readonly CoverageResult[],
  options?: ReportOptions,
): ReportTable {
  return guard(MODEL, () => build(results, options));
}

/**
 * {@link coverageTable} without throwing.
 *
 * @param results - Coverage results.
 * @param options - Locale, percent decimals and rounding.
 * @example
 * ```ts
 * import { safeCoverageTable } from 'renda/import';
 *
 * console.log(safeCoverageTable([], { locale: 'en' }).ok); // true
 * ```
 * @category Reports
 */
export function safeCoverageTable(
  results: readonly CoverageResult[],
  options?: ReportOptions,
): Result<ReportTable, ValidationError> {
  return safely(MODEL, () => coverageTable(results, options));
}
