import type { BilingualText } from '../../../model/shared/localized.js';
import {
  DUTY_BIT,
  DUTY_EXCLUSIONS,
  FORM_BIT,
  FORM_EXCLUSIONS,
  ITEM_BIT,
  ITEM_EXCLUSIONS,
  maskOf,
} from '../facts.js';
import {
  SUGGESTION_METRICS,
  SUGGESTION_RATE_IDS,
  type SuggestionRateId,
  type SuggestionRateRule,
} from '../suggestionMetrics.js';

// The rule of each rate (SUGGESTION_METRICS[id].rule) as bit masks over the facts. The fused
// accumulator counts facts per distinct pattern and applies the masks to the patterns (countRate);
// the per-definition path hands the same masks to defineMetric, unit by unit, so the generic
// engine counts them its own way and the differential property compares the two.

/** A rate's rule as masks. */
export interface CompiledRate {
  readonly id: SuggestionRateId;
  readonly unit: SuggestionRateRule['unit'];
  /** The rule the masks were compiled from (what the SQL path is written from). */
  readonly rule: SuggestionRateRule;
  /** The formula in words, for the base the rate was compiled for. */
  readonly formula: BilingualText;
  /** The bit of each exclusion reason, in first-match order. */
  readonly exclusionBits: readonly number[];
  /** The exclusion reasons, in the same order. */
  readonly exclusionReasons: readonly string[];
  /** Every exclusion bit. */
  readonly excludedMask: number;
  /** The population's facts. */
  readonly population: number;
  /** Population and denominator facts. */
  readonly denominator: number;
  /** Population, denominator and numerator facts. */
  readonly numerator: number;
}

/** How far a unit counts in a rate. */
export type Counted =
  /** Outside the rate's population (a round-2 form in a first-round rate). */
  | { readonly as: 'outside' }
  /** Left out for the exclusion reason at `reason` in the rate's first-match order. */
  | { readonly as: 'excluded'; readonly reason: number }
  /** Counted in n, and maybe in the denominator and the numerator. */
  | { readonly as: 'counted'; readonly denominator: boolean; readonly numerator: boolean };

// The verdicts, made once: judging a unit allocates nothing.
const OUTSIDE: Counted = Object.freeze({ as: 'outside' });
const IN_UNITS: Counted = Object.freeze({ as: 'counted', denominator: false, numerator: false });
const IN_DENOMINATOR: Counted = Object.freeze({
  as: 'counted',
  denominator: true,
  numerator: false,
});
const IN_NUMERATOR: Counted = Object.freeze({ as: 'counted', denominator: true, numerator: true });
const EXCLUDED: readonly Counted[] = Object.freeze(
  Array.from({ length: 32 }, (_, reason) => Object.freeze({ as: 'excluded' as const, reason })),
);

function compile(
  id: SuggestionRateId,
  rule: SuggestionRateRule,
  formula: BilingualText,
): CompiledRate {
  // Items and replies read the item's facts; forms and duties their own.
  const unit = rule.unit;
  const forms = unit === 'evaluation';
  const duties = unit === 'assistingInput' || unit === 'followUp';
  const bits: Readonly<Record<string, number>> = forms ? FORM_BIT : duties ? DUTY_BIT : ITEM_BIT;
  const exclusions: readonly string[] = forms
    ? FORM_EXCLUSIONS
    : duties
      ? DUTY_EXCLUSIONS
      : ITEM_EXCLUSIONS;
  const population = maskOf(bits, rule.population as readonly string[]);
  const denominator = population | maskOf(bits, rule.denominator as readonly string[]);
  return {
    id,
    unit: rule.unit,
    rule,
    formula,
    exclusionBits: exclusions.map((reason) => bits[reason] as number),
    exclusionReasons: exclusions,
    excludedMask: maskOf(bits, exclusions),
    population,
    denominator,
    numerator: denominator | maskOf(bits, rule.numerator as readonly string[]),
  };
}

/** What the final satisfaction rates count (满意率分母). */
export type SatisfactionBase = 'forms' | 'items' | 'replies';

function compileAll(base: SatisfactionBase): readonly CompiledRate[] {
  return SUGGESTION_RATE_IDS.map((id) => {
    const d = SUGGESTION_METRICS[id];
    const alternative = base === 'forms' ? undefined : d.byBase?.[base];
    return alternative === undefined
      ? compile(id, d.rule as SuggestionRateRule, d.formula)
      : compile(id, alternative.rule, alternative.formula);
  });
}

const compiled = new Map<SatisfactionBase, readonly CompiledRate[]>();

/** Every rate's compiled rule under a satisfaction base, in {@link SUGGESTION_RATE_IDS} order. */
export function compiledRates(base: SatisfactionBase): readonly CompiledRate[] {
  let rates = compiled.get(base);
  if (rates === undefined) {
    rates = compileAll(base);
    compiled.set(base, rates);
  }
  return rates;
}

/** How far a unit with `flags` counts in a rate. */
export function countedAs(rate: CompiledRate, flags: number): Counted {
  // Exclusions are judged within the population: a round-2 form is not an excluded round-1 form.
  if ((flags & rate.population) !== rate.population) return OUTSIDE;
  if ((flags & rate.excludedMask) !== 0) {
    const bits = rate.exclusionBits;
    for (let i = 0; i < bits.length; i++) {
      if ((flags & (bits[i] as number)) !== 0) return EXCLUDED[i] as Counted;
    }
  }
  if ((flags & rate.numerator) === rate.numerator) return IN_NUMERATOR;
  if ((flags & rate.denominator) === rate.denominator) return IN_DENOMINATOR;
  return IN_UNITS;
}

/** A rate's counts. */
export interface RateCounts {
  units: number;
  denominator: number;
  numerator: number;
  excluded: number[];
}

/** Adds `count` units with `flags` to a rate's counts. */
export function addCounted(
  rate: CompiledRate,
  counts: RateCounts,
  flags: number,
  count: number,
): void {
  const counted = countedAs(rate, flags);
  if (counted.as === 'outside') return;
  if (counted.as === 'excluded') {
    const reason = counted.reason;
    counts.excluded[reason] = (counts.excluded[reason] ?? 0) + count;
    return;
  }
  counts.units += count;
  if (counted.denominator) counts.denominator += count;
  if (counted.numerator) counts.numerator += count;
}

/** A rate's counts from units counted per distinct fact pattern (`{ [flags]: units }`). */
export function countRate(
  rate: CompiledRate,
  patterns: { readonly [flags: string]: number },
): RateCounts {
  const counts: RateCounts = {
    units: 0,
    denominator: 0,
    numerator: 0,
    excluded: rate.exclusionBits.map(() => 0),
  };
  for (const key of Object.keys(patterns)) {
    addCounted(rate, counts, Number(key), patterns[key] as number);
  }
  return counts;
}

/** A rate figure's definition fields, the same in the fused result and the per-definition path. */
export function rateDefinitionOf(rate: CompiledRate): {
  readonly id: string;
  readonly version: number;
  readonly name: BilingualText;
  readonly formula: BilingualText;
  readonly unit: CompiledRate['unit'];
  readonly timeBasis: string;
} {
  const d = SUGGESTION_METRICS[rate.id];
  return {
    id: d.id,
    version: d.version,
    name: d.name,
    formula: rate.formula,
    unit: rate.unit,
    timeBasis: d.timeBasis,
  };
}

/**
 * The order of the overdue and late-to-assign lists: most days late first, then by id in
 * code-unit order.
 */
export function mostLateFirst(
  x: { readonly id: string; readonly daysLate: number },
  y: { readonly id: string; readonly daysLate: number },
): number {
  if (x.daysLate !== y.daysLate) return y.daysLate - x.daysLate;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
