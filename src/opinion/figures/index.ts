// The public names of the constituent-opinion figures (群众意见统计), listed one by one (STYLE
// §3.1). The opinion index re-exports them.

export { OPINION_FACTS, type OpinionFact } from './opinionFacts.js';
export {
  byChannel,
  byHandlingUnit,
  byOpinionCategory,
  byReceivedMonth,
  byReceivingDeputy,
  byStation,
} from './opinionGroupKeys.js';
export {
  OPINION_METRICS,
  type OpinionMetricDescriptor,
  type OpinionRateId,
} from './opinionMetrics.js';
export { type OpinionStatsOptions, opinionStats } from './opinionStats.js';
export {
  type OpinionStatsAccumulatorOptions,
  opinionStatsAccumulator,
} from './opinionStatsAccumulator.js';
export type {
  OpinionPeopleReceived,
  OpinionRate,
  OpinionStats,
  OpinionStatsGroup,
  OpinionStatsResult,
  OpinionStatsState,
} from './opinionStatsTypes.js';
export { safeOpinionStats, safeOpinionStatsAccumulator } from './safeOpinionStats.js';
