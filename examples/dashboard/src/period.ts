// The period filter (统计期间): the year, a quarter or a month of the sample's year, as the date
// range the library's `period` option takes (both days inclusive), from `periodRange`. A range filters suggestions by
// their day of assignment (交办日) and opinions by the day received; coverage is measured over it.
import { type CoveragePeriod, periodRange } from 'renda';

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

/** The year, its four quarters and its twelve months. */
export function periodChoices(year: number): PeriodChoice[] {
  const choices: PeriodChoice[] = [
    { value: String(year), label: `${year}年全年 (year)`, range: periodRange(String(year)) },
  ];
  for (let q = 1; q <= 4; q += 1) {
    choices.push({
      value: `${year}-Q${q}`,
      label: `${year}年第${q}季度 (Q${q})`,
      range: periodRange(`${year}-Q${q}`),
    });
  }
  for (let m = 1; m <= 12; m += 1) {
    choices.push({
      value: `${year}-${pad2(m)}`,
      label: `${year}年${m}月 (${year}-${pad2(m)})`,
      range: periodRange(`${year}-${pad2(m)}`),
    });
  }
  return choices;
}
