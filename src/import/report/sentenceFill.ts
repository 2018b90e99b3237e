// The one filler of every report sentence: a descriptor's template with the figures in, counts
// and percents written the way the report's language writes them.
import type { BilingualText } from '../../model/shared/localized.js';
import type { Report } from './internal.js';
import type { ReportSentence } from './reportTypes.js';

/** A count as a report writes it: digits in Chinese, grouped by thousands in English. */
const count = (n: number, english: boolean): string =>
  english ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n);

/** Counts a sentence may name, as the report writes them, and text it may name as given. */
export interface Figures {
  readonly n: number;
  readonly rate?: { readonly numerator: number; readonly denominator: number };
  /** Words filled in as they are, e.g. `{item}`, a key item's topic. */
  readonly text?: Readonly<Record<string, string>>;
  /** Added to the sentence: the key item it is about. */
  readonly itemId?: string;
}

/** One metric's sentence with its figures in; a rate over nothing says nothing (undefined). */
export function fill(
  id: string,
  sentence: BilingualText,
  figures: Figures,
  report: Report,
): ReportSentence | undefined {
  const english = report.locale === 'en';
  const { rate } = figures;
  if (rate !== undefined && rate.denominator === 0) return undefined;
  const values: Record<string, string> = {
    ...figures.text,
    n: count(figures.n, english),
    ...(rate === undefined
      ? {}
      : {
          numerator: count(rate.numerator, english),
          denominator: count(rate.denominator, english),
          percent: report.percent(rate),
        }),
  };
  const text = report.say(sentence).replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return Object.freeze({
    id,
    ...(figures.itemId === undefined ? {} : { itemId: figures.itemId }),
    text,
  });
}
