// The figures of the livelihood-project vote (民生实事项目统计): stages, milestones, ratings.
export { livelihoodStats, safeLivelihoodStats } from './livelihoodStats.js';
export {
  livelihoodStatsAccumulator,
  safeLivelihoodStatsAccumulator,
} from './livelihoodStatsAccumulator.js';
export type {
  LivelihoodStats,
  LivelihoodStatsOptions,
  LivelihoodStatsState,
} from './livelihoodStatsTypes.js';
