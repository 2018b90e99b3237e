export {
  KEY_ITEM_METRICS,
  type KeyItemFigure,
} from './keyItemMetrics.js';
export {
  keyItemMilestonesMetMetric,
  safeKeyItemMilestonesMetMetric,
} from './keyItemMilestonesMetMetric.js';
export {
  type KeyItemMilestoneReport,
  type KeyItemPlanStatusOptions,
  type KeyItemPlanStatusResult,
  type KeyItemProgress,
  keyItemPlanStatus,
  safeKeyItemPlanStatus,
} from './keyItemPlanStatus.js';
export {
  KEY_ITEM_PASS_BASES,
  KEY_ITEM_PASS_COMPARISONS,
  KEY_ITEM_PASS_MEASURES,
  type KeyItemTally,
  type KeyItemVoteTally,
  safeTallyKeyItemVote,
  type TallyKeyItemVoteOptions,
  tallyKeyItemVote,
} from './tallyKeyItemVote.js';
