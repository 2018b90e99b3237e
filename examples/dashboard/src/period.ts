// The period filter (统计期间): the year, a quarter or a month of the sample's year, as the date
// range the library's `period` option takes (both days inclusive). A range filters suggestions by
// their day of assignment (交办日) and opinions by the day received; coverage is measured over it.
import type { CoveragePeriod } from 'renda';

/** One choice of the period filter. */
export interface PeriodChoice {
  /** The option's value, e.g. `2025`, `2025-Q2`, `2025-06`. */
  readonly value: string;
  /** The option's text. */
  readonly label: string;
  /** The range. */
  readonly range: CoveragePeriod;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The last day of a month (1–12) of a year, as a two-digit day. */
const lastDay = (year: number, month: number): string =>
  pad2(new Date(Date.UTC(year, month, 0)).getUTCDate());

const monthRange = (year: number, from: number, to: number): CoveragePeriod => ({
  from: `${year}-${pad2(from)}-01`,
  to: `${year}-${pad2(to)}-${lastDay(year, to)}`,
});

/** The year, its four quarters and its twelve months. */
export function periodChoices(year: number): PeriodChoice[] {
  const choices: PeriodChoice[] = [
    { value: String(year), label: `${year}年全年 (year)`, range: monthRange(year, 1, 12) },
  ];
  for (let q = 1; q <= 4; q += 1) {
    choices.push({
      value: `${year}-Q${q}`,
      label: `${year}年第${q}季度 (Q${q})`,
      range: monthRange(year, 3 * q - 2, 3 * q),
    });
  }
  for (let m = 1; m <= 12; m += 1) {
    choices.push({
      value: `${year}-${pad2(m)}`,
      label: `${year}年${m}月 (${year}-${pad2(m)})`,
      range: monthRange(year, m, m),
    });
  }
  return choices;
}
