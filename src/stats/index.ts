// The public names of renda/stats, the generic figures engine (统计引擎), listed one by one (STYLE §3.1).
export type {
  Accumulator,
  AccumulatorResult,
  AnyAccumulator,
  JsonValue,
} from './accumulator.js';
export { type AggregateOptions, aggregate } from './aggregate.js';
export {
  type AggregateGroupStates,
  type AggregateStates,
  type AggregateStatesOptions,
  aggregateStates,
  type GroupBy,
  type GroupKeyFn,
  type MetricsMap,
} from './aggregateStates.js';
export {
  type CategoryCountAccumulatorOptions,
  type CategoryCountResult,
  type CategoryCountState,
  categoryCountAccumulator,
} from './categoryCountAccumulator.js';
export { type CountAccumulatorOptions, countAccumulator } from './countAccumulator.js';
export { defineAccumulator } from './defineAccumulator.js';
export {
  defineMetric,
  type MetricDefinition,
  type MetricExclusion,
  type MetricPeriod,
  type MetricResult,
  type MetricSpec,
  type MetricState,
  type MetricUnit,
} from './defineMetric.js';
export {
  type AggregateGroup,
  type AggregateResult,
  type AggregateResults,
  type FinalizeAggregateOptions,
  finalizeAggregate,
  type StampedResult,
} from './finalizeAggregate.js';
export { type FormatPercentOptions, formatPercent } from './formatPercent.js';
export { type FormatRateOptions, formatRate } from './formatRate.js';
export {
  type HistogramAccumulatorOptions,
  type HistogramResult,
  type HistogramState,
  histogramAccumulator,
} from './histogramAccumulator.js';
export { mergeAggregateStates } from './mergeAggregateStates.js';
export { periodRange } from './periodRange.js';
export { type Rate, type RateOptions, rate } from './rate.js';
export {
  type RateAccumulatorOptions,
  type RateState,
  rateAccumulator,
} from './rateAccumulator.js';
// The roll-up (逐级汇总): a folder of its own, listed in its index.
export * from './rollup/index.js';
export {
  safeAggregate,
  safeAggregateStates,
  safeCategoryCountAccumulator,
  safeCountAccumulator,
  safeDefineAccumulator,
  safeDefineMetric,
  safeFinalizeAggregate,
  safeFormatPercent,
  safeFormatRate,
  safeHistogramAccumulator,
  safeMergeAggregateStates,
  safePeriodRange,
  safeRateAccumulator,
  safeShares,
  safeWilsonInterval,
} from './safeFigures.js';
export { safeRate } from './safeRate.js';
export {
  SHARE_ROUNDINGS,
  type SharePart,
  type ShareRounding,
  type SharesOptions,
  type SharesResult,
  shares,
} from './shares.js';
export { type RateInterval, wilsonInterval } from './wilsonInterval.js';
