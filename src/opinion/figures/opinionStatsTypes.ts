import type { CategoryCountState } from '../../stats/categoryCountAccumulator.js';
import type { MetricPeriod, MetricResult } from '../../stats/defineMetric.js';
import type { OpinionFact } from './opinionFacts.js';
import type { OpinionRateId } from './opinionMetrics.js';

/**
 * A rate of the constituent-opinion figures (群众意见比率): the {@link Rate} with its definition's
 * id, version, name and formula from {@link OPINION_METRICS}, n, asOf and the period.
 *
 * @example
 * ```ts
 * import type { OpinionRate } from 'renda';
 *
 * const show = (r: OpinionRate) => `${r.name['zh-Hans']} ${r.numerator}/${r.denominator}`;
 * ```
 * @category Metrics
 */
export type OpinionRate = MetricResult & {
  readonly asOf: string;
  readonly period?: MetricPeriod;
};

/**
 * People received in person (接待群众人次): each opinion received on an in-person channel is one
 * person received, credited to the station and to each deputy who received it.
 *
 * @example
 * ```ts
 * import type { OpinionPeopleReceived } from 'renda';
 *
 * const busiest = (p: OpinionPeopleReceived) =>
 *   Object.entries(p.byDeputy).sort((a, b) => b[1] - a[1])[0]?.[0];
 * ```
 * @category Metrics
 */
export interface OpinionPeopleReceived {
  /** 人次: opinions received in person, one each however many deputies met the person. */
  readonly total: number;
  /**
   * 人次 per receiving deputy: one for each deputy of an in-person opinion's `deputyIds`, so two
   * deputies receiving together both count it and the column may add up to more than `total`.
   */
  readonly byDeputy: Readonly<Record<string, number>>;
  /** 人次 per station (`stationId`); opinions without a station are in `total` only. */
  readonly byStation: Readonly<Record<string, number>>;
}

/**
 * The constituent-opinion figures for one set of records (群众意见统计): counts by state,
 * channel, category and level, the count of each fact, every rate of {@link OPINION_METRICS},
 * the on-time rate per category and the people received.
 *
 * @example
 * ```ts
 * import type { OpinionStats } from 'renda';
 *
 * const headline = (s: OpinionStats) => `推动解决 ${s.counts.resolved} 件，接待群众 ${s.peopleReceived.total} 人次`;
 * ```
 * @category Metrics
 */
export interface OpinionStats {
  /** `opinionStats`, the accumulator's id. */
  readonly id: string;
  /** The accumulator's version. */
  readonly version: number;
  /** When the figures were taken. */
  readonly asOf: string;
  /** The period, when given. */
  readonly period?: MetricPeriod;
  /** The opinion policy the figures were computed under. */
  readonly policy: { readonly id: string; readonly version: number };
  /** Opinions counted (after the period filter). */
  readonly n: number;
  /** Opinions left out because their `receivedDay` fell outside a date-range period. */
  readonly outsidePeriod: number;
  /** Opinions per state; every state of {@link OPINION_STATES} is listed. */
  readonly byState: Readonly<Record<string, number>>;
  /** Opinions per channel (来源渠道); every channel of {@link OPINION_CHANNELS} is listed. */
  readonly byChannel: Readonly<Record<string, number>>;
  /**
   * Opinions per category (分类): the policy's categories in its order (0 included), then other
   * codes seen, then `(unclassified)` for opinions not classified.
   */
  readonly byCategory: Readonly<Record<string, number>>;
  /** Opinions per level (分级): every level of {@link OPINION_LEVELS}, then `(unclassified)`. */
  readonly byLevel: Readonly<Record<string, number>>;
  /** Opinions with each fact of {@link OPINION_FACTS}, e.g. `resolved` (推动解决 N 件). */
  readonly counts: { readonly [F in OpinionFact]: number };
  /** Every rate of {@link OPINION_METRICS}, by id. */
  readonly rates: { readonly [K in OpinionRateId]: OpinionRate };
  /** 按期办理率 per category, with the same keys as `byCategory`. */
  readonly onTimeByCategory: Readonly<Record<string, OpinionRate>>;
  /** 接待群众人次, in total, per deputy and per station. */
  readonly peopleReceived: OpinionPeopleReceived;
}

/**
 * One group of {@link OpinionStatsResult} (分组统计).
 *
 * @example
 * ```ts
 * import type { OpinionStatsGroup } from 'renda';
 *
 * const label = (g: OpinionStatsGroup) => `${g.key.join(' / ')}: ${g.stats.n}`;
 * ```
 * @category Metrics
 */
export interface OpinionStatsGroup {
  /** The group's key, one string per key function. */
  readonly key: readonly string[];
  /** The figures of the group. */
  readonly stats: OpinionStats;
}

/**
 * What {@link opinionStats} returns (群众意见统计结果): the figures over all records and per group.
 *
 * @example
 * ```ts
 * import type { OpinionStatsResult } from 'renda';
 *
 * const stations = (r: OpinionStatsResult) => r.groups.length;
 * ```
 * @category Metrics
 */
export interface OpinionStatsResult {
  /** Every figure over all records. */
  readonly total: OpinionStats;
  /** Every group seen, sorted by key; empty without `groupBy`. */
  readonly groups: readonly OpinionStatsGroup[];
  /** When the figures were taken. */
  readonly asOf: string;
  /** The period, when given. */
  readonly period?: MetricPeriod;
}

/**
 * The plain-JSON state of {@link opinionStatsAccumulator} (群众意见统计状态): opinions counted per
 * category and distinct pattern of their facts (every rate and fact count is read from these
 * through {@link OPINION_METRICS}), and counts per state, channel, level, receiving deputy and
 * station.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, opinionStatsAccumulator, type OpinionStatsState } from 'renda';
 *
 * const state: OpinionStatsState = opinionStatsAccumulator(defaultOpinionPolicy, '2025-12-31T10:00:00Z').init();
 * console.log(state.records); // 0
 * ```
 * @category Metrics
 */
export type OpinionStatsState = {
  /** Opinions counted (after the period filter). */
  records: number;
  /** Opinions outside a date-range period. */
  outsidePeriod: number;
  /**
   * Opinions per `flags:category`: the facts as an integer (bits of {@link OPINION_FACTS}, in
   * order), a colon, and the category code (`(unclassified)` without one).
   */
  facts: CategoryCountState;
  /** Opinions per state. */
  states: CategoryCountState;
  /** Opinions per channel. */
  channels: CategoryCountState;
  /** Opinions per level (`(unclassified)` without one). */
  levels: CategoryCountState;
  /** People received in person (人次) per receiving deputy. */
  deputies: CategoryCountState;
  /** People received in person (人次) per station. */
  stations: CategoryCountState;
};
