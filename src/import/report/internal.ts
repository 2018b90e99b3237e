import { toHant } from '../../internal/hant.js';
import type { BilingualText, Locale } from '../../model/shared/localized.js';
import { percentOfCounts } from '../../stats/internal/decimalUnits.js';
import { readFormatOptions } from '../../stats/internal/formatOptions.js';
import { ArgumentChecks } from '../../stats/internal/invalidInput.js';
import type { Rate } from '../../stats/rate.js';
import type { ReportCell, ReportTable } from './reportTypes.js';

/** The checked options of a report function (internal). */
export interface Report {
  readonly locale: Locale;
  /** A bilingual text in the report's locale (traditional derived from the simplified). */
  readonly say: (text: BilingualText) => string;
  /** A rate's printed percent, the publisher's rounding. */
  readonly percent: (rate: Pick<Rate, 'numerator' | 'denominator'>) => string;
}

/** Reads the options (throws `INVALID_INPUT` naming a bad one) into the report's helpers. */
export function reportOf(model: string, options: unknown): Report {
  const checks = new ArgumentChecks(model);
  const { locale, decimals, rounding } = readFormatOptions(checks, options);
  checks.done();
  const say = (text: BilingualText): string =>
    locale === 'en' ? text.en : locale === 'zh-Hant' ? toHant(text['zh-Hans']) : text['zh-Hans'];
  const percent = (rate: Pick<Rate, 'numerator' | 'denominator'>): string =>
    percentOfCounts(rate.numerator, rate.denominator, decimals, rounding);
  return { locale, say, percent };
}

/** A header or label in Chinese and English. */
export const h = (zh: string, en: string): BilingualText => ({ 'zh-Hans': zh, en });

/** The label of the one row of a result without groups. */
export const ALL = h('全部', 'All');
/** The label of the totals row. */
export const TOTAL = h('合计', 'Total');
/** The header of the group column. */
export const GROUP = h('分组', 'Group');

/** A frozen table. */
export function table(
  title: string,
  columns: readonly string[],
  rows: readonly (readonly ReportCell[])[],
  totals?: readonly ReportCell[],
): ReportTable {
  return Object.freeze({
    title,
    columns: Object.freeze([...columns]),
    rows: Object.freeze(rows.map((row) => Object.freeze([...row]))),
    ...(totals === undefined ? {} : { totals: Object.freeze([...totals]) }),
  });
}
