import { OPINION_CHANNELS, OPINION_STATES } from '../../../model/constituentOpinion.js';
import { OPINION_LEVELS } from '../../../model/opinionParts.js';
import { rate } from '../../../stats/rate.js';
import { setOwn } from '../../../suggestion/figures/internal/dutyTally.js';
import {
  OPINION_FACT_BIT,
  OPINION_FACT_NAMES,
  type OpinionFact,
  opinionFactMask,
} from '../opinionFacts.js';
import {
  OPINION_METRICS,
  OPINION_RATE_IDS,
  type OpinionMetricDescriptor,
  type OpinionRateId,
} from '../opinionMetrics.js';
import type {
  OpinionPeopleReceived,
  OpinionRate,
  OpinionStats,
  OpinionStatsState,
} from '../opinionStatsTypes.js';
import { UNCLASSIFIED } from './keys.js';
import type { OpinionStatsContext } from './opinionStatsContext.js';

// The figures read from a state: every rate by the masks of its lists in OPINION_METRICS (the one
// statement of its rule), every count by its fact's bit, over the counted fact patterns.

const TIME_BASIS = 'opinions as they stand at asOf; periods filter by the day received';

/** Opinions counted per distinct fact pattern (`flags → count`). */
type Patterns = Map<number, number>;

/** A rate's rule as masks: the denominator's facts, and those plus the numerator's. */
interface CompiledRate {
  readonly descriptor: OpinionMetricDescriptor;
  readonly denominator: number;
  readonly numerator: number;
}

const compile = (descriptor: OpinionMetricDescriptor): CompiledRate => {
  const denominator = opinionFactMask(descriptor.denominator);
  return {
    descriptor,
    denominator,
    numerator: denominator | opinionFactMask(descriptor.numerator),
  };
};

const COMPILED: readonly CompiledRate[] = /* @__PURE__ */ OPINION_RATE_IDS.map((id) =>
  compile(OPINION_METRICS[id]),
);
const ON_TIME = /* @__PURE__ */ compile(OPINION_METRICS.onTimeRate);

function rateOf(compiled: CompiledRate, patterns: Patterns, ctx: OpinionStatsContext): OpinionRate {
  let units = 0;
  let denominator = 0;
  let numerator = 0;
  for (const [flags, count] of patterns) {
    units += count;
    if ((flags & compiled.denominator) === compiled.denominator) denominator += count;
    if ((flags & compiled.numerator) === compiled.numerator) numerator += count;
  }
  const d = compiled.descriptor;
  return Object.freeze({
    id: d.id,
    version: d.version,
    name: d.name,
    formula: d.formula,
    unit: d.unit,
    timeBasis: TIME_BASIS,
    ...rate(numerator, denominator),
    n: units,
    excluded: Object.freeze(Object.create(null) as Record<string, number>),
    asOf: ctx.asOf,
    ...(ctx.period === undefined ? {} : { period: ctx.period }),
  });
}

const addPattern = (patterns: Patterns, flags: number, count: number): void => {
  patterns.set(flags, (patterns.get(flags) ?? 0) + count);
};

/** A prototype-free count object: `listed` keys first (0 included), then the others sorted. */
function countsOf(
  tally: { readonly [key: string]: number },
  listed: readonly string[],
): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const key of listed)
    setOwn(out, key, Object.hasOwn(tally, key) ? (tally[key] as number) : 0);
  for (const key of Object.keys(tally).sort()) {
    if (!Object.hasOwn(out, key)) setOwn(out, key, tally[key] as number);
  }
  return out;
}

/** The fact patterns per category, and in total. */
function readPatterns(facts: OpinionStatsState['facts']): {
  total: Patterns;
  byCategory: Map<string, Patterns>;
  categories: Record<string, number>;
} {
  const total: Patterns = new Map();
  const byCategory = new Map<string, Patterns>();
  const categories: Record<string, number> = {};
  for (const key of Object.keys(facts)) {
    const count = facts[key] as number;
    const colon = key.indexOf(':');
    const flags = Number(key.slice(0, colon));
    const category = key.slice(colon + 1);
    addPattern(total, flags, count);
    let patterns = byCategory.get(category);
    if (patterns === undefined) {
      patterns = new Map();
      byCategory.set(category, patterns);
    }
    addPattern(patterns, flags, count);
    setOwn(
      categories,
      category,
      (Object.hasOwn(categories, category) ? (categories[category] as number) : 0) + count,
    );
  }
  return { total, byCategory, categories };
}

function peopleOf(state: OpinionStatsState, patterns: Patterns): OpinionPeopleReceived {
  let total = 0;
  for (const [flags, count] of patterns) {
    if ((flags & OPINION_FACT_BIT.inPerson) !== 0) total += count;
  }
  return Object.freeze({
    total,
    byDeputy: Object.freeze(countsOf(state.deputies, [])),
    byStation: Object.freeze(countsOf(state.stations, [])),
  });
}

/** The figures of a state. */
export function opinionStatsResult(
  state: OpinionStatsState,
  ctx: OpinionStatsContext,
): OpinionStats {
  const { total, byCategory: patternsByCategory, categories } = readPatterns(state.facts);
  const counts = {} as Record<OpinionFact, number>;
  for (const fact of OPINION_FACT_NAMES) counts[fact] = 0;
  for (const [flags, count] of total) {
    for (const fact of OPINION_FACT_NAMES) {
      if ((flags & OPINION_FACT_BIT[fact]) !== 0) counts[fact] += count;
    }
  }
  const rates = {} as Record<OpinionRateId, OpinionRate>;
  for (const compiled of COMPILED) {
    rates[compiled.descriptor.id as OpinionRateId] = rateOf(compiled, total, ctx);
  }
  // The policy's categories in its order, then codes it lacks; unclassified last, as a remainder.
  const byCategory = countsOf(
    Object.fromEntries(Object.entries(categories).filter(([key]) => key !== UNCLASSIFIED)),
    ctx.categoryCodes,
  );
  setOwn(byCategory, UNCLASSIFIED, categories[UNCLASSIFIED] ?? 0);
  const onTimeByCategory: Record<string, OpinionRate> = Object.create(null);
  for (const category of Object.keys(byCategory)) {
    setOwn(
      onTimeByCategory,
      category,
      rateOf(ON_TIME, patternsByCategory.get(category) ?? new Map(), ctx),
    );
  }
  return Object.freeze({
    id: 'opinionStats',
    version: 1,
    asOf: ctx.asOf,
    ...(ctx.period === undefined ? {} : { period: ctx.period }),
    policy: ctx.policy,
    n: state.records,
    outsidePeriod: state.outsidePeriod,
    byState: Object.freeze(countsOf(state.states, OPINION_STATES)),
    byChannel: Object.freeze(countsOf(state.channels, OPINION_CHANNELS)),
    byCategory: Object.freeze(byCategory),
    byLevel: Object.freeze(countsOf(state.levels, [...OPINION_LEVELS, UNCLASSIFIED])),
    counts: Object.freeze(counts),
    rates: Object.freeze(rates),
    onTimeByCategory: Object.freeze(onTimeByCategory),
    peopleReceived: peopleOf(state, total),
  });
}
