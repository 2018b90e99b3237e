// Livelihood projects chosen by the deputies' vote (民生实事项目人大代表票决制): the workflow, its
// policy, the tally, the year-end rating, the coverage of the vote and its figures; beside them,
// the appraisals of handling (评议) and the selections (评选) that vote by the same rules.
export * from './appraisals/index.js';
export {
  type ClassifyYearEndVoteOptions,
  classifyYearEndVote,
  safeClassifyYearEndVote,
  type YearEndCounts,
} from './classifyYearEndVote.js';
export {
  type CreateLivelihoodProjectOptions,
  createLivelihoodProject,
  type NewLivelihoodProjectInput,
  safeCreateLivelihoodProject,
} from './createLivelihoodProject.js';
export * from './figures/index.js';
export {
  initialLivelihoodProjectOf,
  type LivelihoodPolicyOption,
  safeInitialLivelihoodProjectOf,
} from './initialLivelihoodProjectOf.js';
export type { LivelihoodEventPayloads } from './internal/payloads.js';
export {
  type LivelihoodAdoptionCoverageOptions,
  type LivelihoodJurisdiction,
  livelihoodAdoptionCoverage,
  safeLivelihoodAdoptionCoverage,
} from './livelihoodAdoptionCoverage.js';
export {
  defaultLivelihoodPolicy,
  defineLivelihoodPolicy,
  type LivelihoodPolicy,
  type LivelihoodPolicyOverrides,
  RANKED_COUNTS,
  safeDefineLivelihoodPolicy,
  TIE_RULES,
} from './livelihoodPolicy.js';
export {
  type LivelihoodBallot,
  type LivelihoodTally,
  type LivelihoodTallyOptions,
  type LivelihoodTallyRow,
  type LivelihoodTallyState,
  livelihoodTallyAccumulator,
  safeLivelihoodTallyAccumulator,
  safeTallyLivelihoodBallots,
  tallyLivelihoodBallots,
} from './livelihoodTally.js';
export {
  LIVELIHOOD_ROLES,
  type LivelihoodContext,
  type LivelihoodEvent,
  type LivelihoodRole,
  type LivelihoodWorkflowRecord,
  type LivelihoodWorkflowTypes,
  type TrackedLivelihoodProject,
} from './livelihoodTypes.js';
export { livelihoodWorkflow } from './livelihoodWorkflow.js';
export * from './selections/index.js';
export { safeVerifyLivelihoodProject, verifyLivelihoodProject } from './verifyLivelihoodProject.js';
