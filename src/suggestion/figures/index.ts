// The public names of the suggestion dashboard (建议办理统计), listed one by one (STYLE §3.1).
// The suggestion index re-exports them.

export {
  type EvaluateUnitsResult,
  evaluateUnits,
  UNIT_GRADES,
  type UnitCondition,
  type UnitCriterion,
  type UnitEvaluation,
  type UnitFigureName,
  type UnitGrade,
  type UnitHandlingFigures,
  type UnitThresholdTable,
} from './evaluateUnits.js';
export {
  DUTY_FACTS,
  type DutyFact,
  FORM_FACTS,
  type FormFact,
  ITEM_FACTS,
  type ItemFact,
} from './facts.js';
export {
  byAssignmentMonth,
  byAssignmentQuarter,
  byAssignmentYear,
  byJurisdiction,
  byLeadUnit,
  byLevel,
  byTermSession,
  byTopic,
} from './groupKeys.js';
export type { SuggestionDutyUnit } from './internal/dutyUnit.js';
export type { SuggestionEvaluationUnit } from './internal/evaluationUnit.js';
export { type RankUnitsOptions, rankUnits, type UnitRanking } from './rankUnits.js';
export {
  safeByAssignmentMonth,
  safeByAssignmentQuarter,
  safeByAssignmentYear,
  safeRankUnits,
  safeSuggestionMetricDefinitions,
  safeSuggestionStats,
  safeSuggestionStatsAccumulator,
} from './safeDashboard.js';
export { safeEvaluateUnits } from './safeEvaluateUnits.js';
export { shenzhen2007UnitThresholds } from './shenzhen2007UnitThresholds.js';
export {
  type SuggestionFactsDdlOptions,
  safeSuggestionFactsDdl,
  suggestionFactsDdl,
} from './sql/suggestionFactsDdl.js';
export {
  type SuggestionSqlRows,
  safeSuggestionStatsFromRows,
  suggestionStatsFromRows,
} from './sql/suggestionStatsFromRows.js';
export {
  type SqlDialect,
  type SqlStatement,
  type SuggestionFactTableNames,
  type SuggestionSqlGroupKey,
  type SuggestionSqlQueryName,
  type SuggestionStatsSql,
  type SuggestionStatsSqlOptions,
  safeSuggestionStatsSql,
  suggestionStatsSql,
} from './sql/suggestionStatsSql.js';
export {
  SUGGESTION_FACT_COLUMNS,
  type SuggestionFactsRow,
  type SuggestionFactsRowOptions,
  safeSuggestionFactsRow,
  suggestionFactsRow,
} from './suggestionFactsRow.js';
export {
  type SuggestionDutyFactsRow,
  type SuggestionFactTables,
  type SuggestionFormFactsRow,
  type SuggestionReplyFactsRow,
  safeSuggestionFactTables,
  suggestionFactTables,
} from './suggestionFactTables.js';
export {
  type DutyRate,
  type DutyTallyResult,
  type FormRate,
  type ItemRate,
  type ReplyRate,
  type SatisfactionRateDefinition,
  type SuggestionMetricDefinitions,
  suggestionMetricDefinitions,
} from './suggestionMetricDefinitions.js';
export {
  type DutyUnit,
  SUGGESTION_METRICS,
  SUGGESTION_RATE_IDS,
  type SuggestionDutyTally,
  type SuggestionMetricDescriptor,
  type SuggestionMetricId,
  type SuggestionMetricKind,
  type SuggestionRateId,
  type SuggestionRateRule,
} from './suggestionMetrics.js';
export {
  type SuggestionStatsGroup,
  type SuggestionStatsOptions,
  type SuggestionStatsResult,
  suggestionStats,
} from './suggestionStats.js';
export {
  type SuggestionStatsAccumulatorOptions,
  type SuggestionStatsState,
  suggestionStatsAccumulator,
} from './suggestionStatsAccumulator.js';
export type { SuggestionStatsPolicy } from './suggestionStatsPolicy.js';
export type {
  LateAssignmentItem,
  OverdueItem,
  SuggestionDuties,
  SuggestionDutyCounts,
  SuggestionFigure,
  SuggestionLateAssignment,
  SuggestionOutcomeClasses,
  SuggestionOutcomeReplies,
  SuggestionOverdue,
  SuggestionRate,
  SuggestionRound,
  SuggestionRounds,
  SuggestionStateCounts,
  SuggestionStats,
  SuggestionTimeToReply,
  SuggestionTopics,
} from './suggestionStatsTypes.js';
