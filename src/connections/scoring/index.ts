// The public names of deputy performance scoring (履职积分), listed one by one.
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
export { jiangbeiStyleRules } from './jiangbeiStyleRules.js';
export { safeDefineScoringRules, safeScoreDeputies } from './safeScoring.js';
export {
  type DeputyScore,
  type ScoreBreakdownEntry,
  type ScoreDeputiesOptions,
  type ScoreDeputiesResult,
  scoreDeputies,
} from './scoreDeputies.js';
export { yinchuanStyleRules } from './yinchuanStyleRules.js';
