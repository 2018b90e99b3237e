import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { OPINION_METRICS, type OpinionRateId } from '../../opinion/figures/opinionMetrics.js';
import type { OpinionStats } from '../../opinion/figures/opinionStatsTypes.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import {
  SUGGESTION_METRICS,
  type SuggestionRateId,
} from '../../suggestion/figures/suggestionMetrics.js';
import type { SuggestionStats } from '../../suggestion/figures/suggestionStatsTypes.js';
import { reportOf } from './internal.js';
import type { ReportOptions, ReportSentence } from './reportTypes.js';
import { fill } from './sentenceFill.js';

const MODEL = 'reportSentences';
const OPINION_MODEL = 'opinionReportSentences';

function build(stats: SuggestionStats, options: ReportOptions | undefined): ReportSentence[] {
  const report = reportOf(MODEL, options);
  const out: ReportSentence[] = [];
  for (const { id, sentence } of Object.values(SUGGESTION_METRICS)) {
    if (sentence === undefined) continue;
    const rate = id === 'stateCounts' ? undefined : stats.rates[id as SuggestionRateId];
    if (id !== 'stateCounts' && rate === undefined) continue;
    const filled = fill(
      id,
      sentence,
      rate === undefined ? { n: stats.stateCounts.n } : { n: rate.denominator, rate },
      report,
    );
    if (filled !== undefined) out.push(filled);
  }
  return out;
}

function buildOpinion(stats: OpinionStats, options: ReportOptions | undefined): ReportSentence[] {
  const report = reportOf(OPINION_MODEL, options);
  const out: ReportSentence[] = [];
  for (const [id, { sentence }] of Object.entries(OPINION_METRICS)) {
    const rate = stats.rates[id as OpinionRateId];
    const filled = fill(id, sentence, { n: rate.denominator, rate }, report);
    if (filled !== undefined) out.push(filled);
  }
  return out;
}

/**
 * The report sentences of a dashboard (报告语句), filled with its figures: for the state counts
 * and every rate of `SUGGESTION_METRICS`, the descriptor's `sentence` with `{n}`, `{numerator}`,
 * `{denominator}` and `{percent}` (the publisher's rounding) filled in, in Chinese (simplified or
 * traditional) or English — "共收到代表建议1704件", "代表对办理结果满意和基本满意的占95.2%（…）".
 * A rate over nothing (denominator 0) gives no sentence.
 *
 * @param stats - One dashboard: `suggestionStats(…).total` or a group's `stats`.
 * @param options - Locale, percent decimals and rounding.
 * @returns The sentences, in the order of `SUGGESTION_METRICS`.
 * @throws {@link RendaError} `INVALID_INPUT` for bad options or figures that cannot be read.
 * @example
 * ```ts
 * import { suggestionStats } from 'renda';
 * import { reportSentences } from 'renda/import';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy } = generateSample({ seed: 1, size: 'town' });
 * const { total } = suggestionStats(suggestions, { asOf: '2025-12-31T18:00:00+08:00', policy });
 * const [received] = reportSentences(total, { decimals: 0 });
 * console.log(received?.text === `共收到代表建议${total.stateCounts.n}件`); // true
 * ```
 * @category Reports
 */
export function reportSentences(
  stats: SuggestionStats,
  options?: ReportOptions,
): readonly ReportSentence[] {
  return guard(MODEL, () => build(stats, options));
}

/**
 * {@link reportSentences} without throwing.
 *
 * @param stats - One dashboard.
 * @param options - Locale, percent decimals and rounding.
 * @example
 * ```ts
 * import { safeReportSentences } from 'renda/import';
 *
 * console.log(safeReportSentences({} as never).ok); // false
 * ```
 * @category Reports
 */
export function safeReportSentences(
  stats: SuggestionStats,
  options?: ReportOptions,
): Result<readonly ReportSentence[], ValidationError> {
  return safely(MODEL, () => reportSentences(stats, options));
}

/**
 * The report sentences of the opinion figures (群众意见报告语句), filled with their figures: for
 * every rate of `OPINION_METRICS`, the descriptor's `sentence` with `{numerator}`, `{denominator}`
 * and `{percent}` (the publisher's rounding) filled in, in Chinese (simplified or traditional) or
 * English — "受理群众意见1,204件，受理率98.1%（…）". A rate over nothing (denominator 0) gives
 * no sentence.
 *
 * @param stats - One set of opinion figures: `opinionStats(…).total` or a group's `stats`.
 * @param options - Locale, percent decimals and rounding.
 * @returns The sentences, in the order of `OPINION_METRICS`.
 * @throws {@link RendaError} `INVALID_INPUT` for bad options or figures that cannot be read.
 * @example
 * ```ts
 * import { opinionStats } from 'renda';
 * import { opinionReportSentences } from 'renda/import';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions, opinionPolicy } = generateSample({ seed: 1, size: 'town' });
 * const { total } = opinionStats(opinions, { asOf: '2025-12-31T18:00:00+08:00', policy: opinionPolicy });
 * const [accepted] = opinionReportSentences(total, { decimals: 0 });
 * console.log(accepted?.text.startsWith(`受理群众意见${total.rates.acceptedRate.numerator}件`)); // true
 * ```
 * @category Reports
 */
export function opinionReportSentences(
  stats: OpinionStats,
  options?: ReportOptions,
): readonly ReportSentence[] {
  return guard(OPINION_MODEL, () => buildOpinion(stats, options));
}

/**
 * {@link opinionReportSentences} without throwing.
 *
 * @param stats - One set of opinion figures.
 * @param options - Locale, percent decimals and rounding.
 * @example
 * ```ts
 * import { safeOpinionReportSentences } from 'renda/import';
 *
 * console.log(safeOpinionReportSentences({} as never).ok); // false
 * ```
 * @category Reports
 */
export function safeOpinionReportSentences(
  stats: OpinionStats,
  options?: ReportOptions,
): Result<readonly ReportSentence[], ValidationError> {
  return safely(OPINION_MODEL, () => opinionReportSentences(stats, options));
}
