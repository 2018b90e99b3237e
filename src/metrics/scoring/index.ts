// The public names of deputy performance scoring and handling-unit evaluation, listed one by one.
export {
  defineScoringRules,
  SCORING_PERIODS,
  type ScoringBand,
  type ScoringItem,
  type ScoringKind,
  type ScoringRules,
  type ScoringRulesSpec,
  type ScoringStarLevel,
} from './defineScoringRules.js';
export { dongbaoStyleRules } from './dongbaoStyleRules.js';
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
export { jiangbeiStyleRules } from './jiangbeiStyleRules.js';
export { safeDefineScoringRules, safeEvaluateUnits, safeScoreDeputies } from './safeScoring.js';
export {
  type DeputyScore,
  type ScoreBreakdownEntry,
  type ScoreDeputiesOptions,
  type ScoreDeputiesResult,
  scoreDeputies,
} from './scoreDeputies.js';
export { shenzhen2007UnitThresholds } from './shenzhen2007UnitThresholds.js';
export { yinchuanStyleRules } from './yinchuanStyleRules.js';
