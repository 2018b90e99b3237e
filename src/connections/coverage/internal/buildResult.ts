import type { BilingualText } from '../../../model/shared/localized.js';
import { type RateOptions, rate } from '../../../stats/rate.js';
import type { CoveragePeriod } from '../coveragePeriod.js';
import type {
  CoverageExclusion,
  CoverageResult,
  CoverageSentence,
  CoverageShortfall,
} from '../coverageResult.js';

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Freezes a shortfall and its nested parts (internal). */
function freezeShortfall(s: CoverageShortfall): CoverageShortfall {
  if (s.window !== undefined) Object.freeze(s.window);
  if (s.missing !== undefined) Object.freeze(s.missing);
  return Object.freeze(s);
}

/** The parts every coverage result shares (internal). */
export interface ResultParts {
  readonly id: string;
  readonly version: number;
  readonly name: BilingualText;
  readonly formula: BilingualText;
  readonly sentence: CoverageSentence;
  readonly period: CoveragePeriod;
  readonly covered: string[];
  readonly shortfalls: CoverageShortfall[];
  readonly excluded: CoverageExclusion[];
  readonly rateOptions?: RateOptions | undefined;
}

/**
 * Sorts, rates and freezes a coverage result (internal): `covered` by id, `shortfalls` by short
 * (largest first) then id, `excluded` by id; rate = covered ÷ (covered + shortfalls).
 */
export function buildResult<TExtra extends object = object>(
  parts: ResultParts,
  extra?: TExtra,
): CoverageResult & TExtra {
  const covered = [...parts.covered].sort();
  const shortfalls = [...parts.shortfalls].sort((a, b) => b.short - a.short || byId(a, b));
  const excluded = [...parts.excluded].sort(byId);
  const total = covered.length + shortfalls.length;
  return Object.freeze({
    id: parts.id,
    version: parts.version,
    name: Object.freeze({ ...parts.name }),
    formula: Object.freeze({ ...parts.formula }),
    sentence: Object.freeze({
      all: Object.freeze({ ...parts.sentence.all }),
      some: Object.freeze({ ...parts.sentence.some }),
    }),
    period: Object.freeze({ from: parts.period.from, to: parts.period.to }),
    rate: rate(covered.length, total, parts.rateOptions),
    covered: Object.freeze(covered),
    shortfalls: Object.freeze(shortfalls.map(freezeShortfall)),
    excluded: Object.freeze(excluded.map((e) => Object.freeze({ id: e.id, reason: e.reason }))),
    ...(extra ?? ({} as TExtra)),
  }) as CoverageResult & TExtra;
}
