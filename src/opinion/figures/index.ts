// The public names of the constituent-opinion figures (群众意见统计), listed one by one (STYLE
// §3.1). The opinion index re-exports them.

export { OPINION_FACTS, type OpinionFact } from './opinionFacts.js';
export {
  type OpinionDeputyFactsRow,
  type OpinionFactsRow,
  type OpinionFactTables,
  type OpinionFactTablesOptions,
  opinionFactTables,
  safeOpinionFactTables,
} from './opinionFactTables.js';
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
export {
  type OpinionFactsDdlOptions,
  opinionFactsDdl,
  safeOpinionFactsDdl,
} from './sql/opinionFactsDdl.js';
export {
  type OpinionSqlRows,
  opinionStatsFromRows,
  safeOpinionStatsFromRows,
} from './sql/opinionStatsFromRows.js';
export {
  type OpinionFactTableNames,
  type OpinionSqlGroupKey,
  type OpinionSqlQueryName,
  type OpinionStatsSql,
  type OpinionStatsSqlOptions,
  opinionStatsSql,
  safeOpinionStatsSql,
} from './sql/opinionStatsSql.js';
