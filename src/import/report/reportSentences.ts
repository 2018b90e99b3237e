import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import {
  SUGGESTION_METRICS,
  type SuggestionRateId,
} from '../../suggestion/figures/suggestionMetrics.js';
import type { SuggestionStats } from '../../suggestion/figures/suggestionStatsTypes.js';
import { reportOf } from './internal.js';
import type { ReportOptions } from './reportTypes.js';

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
  /** The metric's id in `SUGGESTION_METRICS`. */
  readonly id: string;
  /** The sentence, in the chosen language. */
  readonly text: string;
}

const MODEL = 'reportSentences';

/** A count as a report writes it: digits in Chinese, grouped by thousands in English. */
const count = (n: number, english: boolean): string =>
  english ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n);

function build(stats: SuggestionStats, options: ReportOptions | undefined): ReportSentence[] {
  const report = reportOf(MODEL, options);
  const english = report.locale === 'en';
  const out: ReportSentence[] = [];
  for (const descriptor of Object.values(SUGGESTION_METRICS)) {
    const { id, sentence } = descriptor;
    if (sentence === undefined) continue;
    let values: Record<string, string>;
    if (id === 'stateCounts') values = { n: count(stats.stateCounts.n, english) };
    else {
      const rate = stats.rates[id as SuggestionRateId];
      // A rate over nothing says nothing: no sentence rather than "—".
      if (rate === undefined || rate.denominator === 0) continue;
      values = {
        n: count(rate.denominator, english),
        numerator: count(rate.numerator, english),
        denominator: count(rate.denominator, english),
        percent: report.percent(rate),
      };
    }
    const text = report.say(sentence).replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
    out.push(Object.freeze({ id, text }));
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
