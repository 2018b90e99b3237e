// The public names of the connections' roll-ups (逐级汇总): station hierarchies and coverage.
export {
  type CoverageRollUp,
  type CoverageRollUpCounts,
  type CoverageRollUpNode,
  type RollUpCoverageOptions,
  rollUpCoverage,
} from './rollUpCoverage.js';
export { safeRollUpCoverage, safeStationParent } from './safeRollUpCoverage.js';
export { stationParent } from './stationParent.js';
