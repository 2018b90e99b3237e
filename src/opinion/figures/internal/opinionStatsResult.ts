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

// The figures assembled from what was counted: the accumulator counts fact patterns and reads
// every rate by the masks of its lists in OPINION_METRICS; the SQL path (opinionStatsFromRows) has
// the engine count the same lists as columns. Both hand the counts here, so the figures are
// finished by one code.

const TIME_BASIS = 'opinions as they stand at asOf; periods filter by the day received';

/** A rate's counts: the opinions read, and those in its denominator and numerator. */
export interface OpinionRateCounts {
  units: number;
  denominator: number;
  numerator: number;
}

/** What the figures are assembled from (internal). */
export interface OpinionStatsParts {
  records: number;
  outsidePeriod: number;
  /** Opinions with each fact. */
  counts: Record<OpinionFact, number>;
  /** Each rate's counts, by id. */
  rates: Record<OpinionRateId, OpinionRateCounts>;
  /** The on-time rate's counts per category (`(unclassified)` without one); units are the opinions. */
  categories: { [category: string]: OpinionRateCounts };
  states: { [state: string]: number };
  channels: { [channel: string]: number };
  levels: { [level: string]: number };
  deputies: { [deputyId: string]: number };
  stations: { [stationId: string]: number };
}

/** Parts with every count 0. */
export function emptyOpinionParts(): OpinionStatsParts {
  const counts = {} as Record<OpinionFact, number>;
  for (const fact of OPINION_FACT_NAMES) counts[fact] = 0;
  const rates = {} as Record<OpinionRateId, OpinionRateCounts>;
  for (const id of OPINION_RATE_IDS) rates[id] = { units: 0, denominator: 0, numerator: 0 };
  return {
    records: 0,
    outsidePeriod: 0,
    counts,
    rates,
    categories: Object.create(null),
    states: Object.create(null),
    channels: Object.create(null),
    levels: Object.create(null),
    deputies: Object.create(null),
    stations: Object.create(null),
  };
}

/** Adds `amount` to a count keyed by any string (`__proto__` included). */
export const addCount = (target: { [key: string]: number }, key: string, amount: number): void =>
  setOwn(target, key, (Object.hasOwn(target, key) ? (target[key] as number) : 0) + amount);

/** Adds rate counts to a category's (created at 0). */
export function addRateCounts(
  target: { [key: string]: OpinionRateCounts },
  key: string,
  counts: OpinionRateCounts,
): void {
  if (!Object.hasOwn(target, key)) setOwn(target, key, { units: 0, denominator: 0, numerator: 0 });
  const known = target[key] as OpinionRateCounts;
  known.units += counts.units;
  known.denominator += counts.denominator;
  known.numerator += counts.numerator;
}

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

/** Opinions counted per distinct fact pattern (`flags → count`). */
type Patterns = Map<number, number>;

function countsOfPatterns(compiled: CompiledRate, patterns: Patterns): OpinionRateCounts {
  const counts = { units: 0, denominator: 0, numerator: 0 };
  for (const [flags, count] of patterns) {
    counts.units += count;
    if ((flags & compiled.denominator) === compiled.denominator) counts.denominator += count;
    if ((flags & compiled.numerator) === compiled.numerator) counts.numerator += count;
  }
  return counts;
}

function rateOf(
  descriptor: OpinionMetricDescriptor,
  counts: OpinionRateCounts,
  ctx: OpinionStatsContext,
): OpinionRate {
  return Object.freeze({
    id: descriptor.id,
    version: descriptor.version,
    name: descriptor.name,
    formula: descriptor.formula,
    unit: descriptor.unit,
    timeBasis: TIME_BASIS,
    ...rate(counts.numerator, counts.denominator),
    n: counts.units,
    excluded: Object.freeze(Object.create(null) as Record<string, number>),
    asOf: ctx.asOf,
    ...(ctx.period === undefined ? {} : { period: ctx.period }),
  });
}

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

/** The parts of an accumulator state: every count read from its fact patterns by the masks. */
export function partsOfState(state: OpinionStatsState): OpinionStatsParts {
  const parts = emptyOpinionParts();
  const total: Patterns = new Map();
  const byCategory = new Map<string, Patterns>();
  for (const key of Object.keys(state.facts)) {
    const count = state.facts[key] as number;
    const colon = key.indexOf(':');
    const flags = Number(key.slice(0, colon));
    const category = key.slice(colon + 1);
    total.set(flags, (total.get(flags) ?? 0) + count);
    let patterns = byCategory.get(category);
    if (patterns === undefined) {
      patterns = new Map();
      byCategory.set(category, patterns);
    }
    patterns.set(flags, (patterns.get(flags) ?? 0) + count);
  }
  for (const [flags, count] of total) {
    for (const fact of OPINION_FACT_NAMES) {
      if ((flags & OPINION_FACT_BIT[fact]) !== 0) parts.counts[fact] += count;
    }
  }
  for (const compiled of COMPILED) {
    parts.rates[compiled.descriptor.id as OpinionRateId] = countsOfPatterns(compiled, total);
  }
  for (const [category, patterns] of byCategory) {
    addRateCounts(parts.categories, category, countsOfPatterns(ON_TIME, patterns));
  }
  parts.records = state.records;
  parts.outsidePeriod = state.outsidePeriod;
  parts.states = state.states;
  parts.channels = state.channels;
  parts.levels = state.levels;
  parts.deputies = state.deputies;
  parts.stations = state.stations;
  return parts;
}

function peopleOf(parts: OpinionStatsParts): OpinionPeopleReceived {
  return Object.freeze({
    total: parts.counts.inPerson,
    byDeputy: Object.freeze(countsOf(parts.deputies, [])),
    byStation: Object.freeze(countsOf(parts.stations, [])),
  });
}

/** The figures from their parts: one assembly for the accumulator and the SQL path. */
export function assembleOpinionStats(
  parts: OpinionStatsParts,
  ctx: OpinionStatsContext,
): OpinionStats {
  const rates = {} as Record<OpinionRateId, OpinionRate>;
  for (const id of OPINION_RATE_IDS) rates[id] = rateOf(OPINION_METRICS[id], parts.rates[id], ctx);
  // The policy's categories in its order, then codes it lacks; unclassified last, as a remainder.
  const categories: Record<string, number> = Object.create(null);
  for (const category of Object.keys(parts.categories)) {
    if (category === UNCLASSIFIED) continue;
    setOwn(categories, category, (parts.categories[category] as OpinionRateCounts).units);
  }
  const byCategory = countsOf(categories, ctx.categoryCodes);
  setOwn(byCategory, UNCLASSIFIED, parts.categories[UNCLASSIFIED]?.units ?? 0);
  const onTimeByCategory: Record<string, OpinionRate> = Object.create(null);
  const none = { units: 0, denominator: 0, numerator: 0 };
  for (const category of Object.keys(byCategory)) {
    const counts = Object.hasOwn(parts.categories, category)
      ? (parts.categories[category] as OpinionRateCounts)
      : none;
    setOwn(onTimeByCategory, category, rateOf(OPINION_METRICS.onTimeRate, counts, ctx));
  }
  return Object.freeze({
    id: 'opinionStats',
    version: 1,
    asOf: ctx.asOf,
    ...(ctx.period === undefined ? {} : { period: ctx.period }),
    policy: ctx.policy,
    n: parts.records,
    outsidePeriod: parts.outsidePeriod,
    byState: Object.freeze(countsOf(parts.states, OPINION_STATES)),
    byChannel: Object.freeze(countsOf(parts.channels, OPINION_CHANNELS)),
    byCategory: Object.freeze(byCategory),
    byLevel: Object.freeze(countsOf(parts.levels, [...OPINION_LEVELS, UNCLASSIFIED])),
    counts: Object.freeze({ ...parts.counts }),
    rates: Object.freeze(rates),
    onTimeByCategory: Object.freeze(onTimeByCategory),
    peopleReceived: peopleOf(parts),
  });
}

/** The figures of an accumulator state. */
export function opinionStatsResult(
  state: OpinionStatsState,
  ctx: OpinionStatsContext,
): OpinionStats {
  return assembleOpinionStats(partsOfState(state), ctx);
}
