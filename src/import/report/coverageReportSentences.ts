import type { CoverageResult } from '../../connections/coverage/coverageResult.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import { reportOf } from './internal.js';
import type { ReportOptions, ReportSentence } from './reportTypes.js';
import { fill } from './sentenceFill.js';

const MODEL = 'coverageReportSentences';

function build(
  results: readonly CoverageResult[],
  options: ReportOptions | undefined,
): ReportSentence[] {
  const report = reportOf(MODEL, options);
  const out: ReportSentence[] = [];
  for (const result of [...results]) {
    const { rate, sentence } = result;
    // 全覆盖 only when every one in a roster of someone is covered.
    const template = rate.numerator === rate.denominator ? sentence.all : sentence.some;
    const filled = fill(result.id, template, { n: rate.denominator, rate }, report);
    if (filled !== undefined) out.push(filled);
  }
  return out;
}

/**
 * The report sentences of coverage figures (覆盖率报告语句), one per result: the sentence the
 * coverage function wrote beside its name (`result.sentence`), with the roster, the covered and
 * the rate (the publisher's rounding) filled in, in Chinese (simplified or traditional) or English
 * — "1000名代表全部进站，覆盖率100%，实现全覆盖" when every one is covered (全覆盖), "1000名代表中
 * 962名受常委会组成人员联系，覆盖率96.2%" otherwise.
 *
 * @remarks
 * An empty roster (nothing to cover) gives no sentence. The sentence names who is counted and what
 * covers them; the target itself (how many contacts, per what) is in `result.formula`.
 *
 * @param results - Results of `coverage…` functions and `livelihoodAdoptionCoverage`.
 * @param options - Locale, percent decimals and rounding.
 * @returns The sentences, in the results' order.
 * @throws {@link RendaError} `INVALID_INPUT` for bad options or results that cannot be read.
 * @example
 * ```ts
 * import { coverageEnrolment } from 'renda';
 * import { coverageReportSentences } from 'renda/import';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, stations, groups } = generateSample({ seed: 1 });
 * const result = coverageEnrolment(deputies, stations, groups, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   require: 'station',
 * });
 * const [sentence] = coverageReportSentences([result], { locale: 'en', decimals: 0 });
 * console.log(sentence?.text.includes(`of ${result.rate.denominator} deputies enrolled`)); // true
 * ```
 * @category Reports
 */
export function coverageReportSentences(
  results: readonly CoverageResult[],
  options?: ReportOptions,
): readonly ReportSentence[] {
  return guard(MODEL, () => build(results, options));
}

/**
 * {@link coverageReportSentences} without throwing.
 *
 * @param results - Coverage results.
 * @param options - Locale, percent decimals and rounding.
 * @example
 * ```ts
 * import { safeCoverageReportSentences } from 'renda/import';
 *
 * console.log(safeCoverageReportSentences([{} as never]).ok); // false
 * ```
 * @category Reports
 */
export function safeCoverageReportSentences(
  results: readonly CoverageResult[],
  options?: ReportOptions,
): Result<readonly ReportSentence[], ValidationError> {
  return safely(MODEL, () => coverageReportSentences(results, options));
}
