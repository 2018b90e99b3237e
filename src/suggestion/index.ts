export {
  type CreateSuggestionOptions,
  createSuggestion,
  type NewSuggestionInput,
  safeCreateSuggestion,
} from './createSuggestion.js';
export { isReplied } from './isReplied.js';
export {
  CANONICAL_OUTCOMES,
  type CanonicalOutcome,
  jiaYiBingOutcomeTaxonomy,
  localFourTierOutcomeTaxonomy,
  nationalOutcomeTaxonomy,
  type OutcomeClass,
  type OutcomeTaxonomy,
  threeTierOutcomeTaxonomy,
  twoBucketOutcomeTaxonomy,
} from './outcomeTaxonomy.js';
export { pendingUnits } from './pendingUnits.js';
export {
  defaultPolicy,
  definePolicy,
  type PolicyOverrides,
  rulesVersionOf,
  type SuggestionPolicy,
  safeDefinePolicy,
} from './policy.js';
export { suggestionDeadline } from './suggestionDeadline.js';
export {
  SUGGESTION_ROLES,
  type SuggestionContext,
  type SuggestionEvent,
  type SuggestionRole,
  type SuggestionWorkflowRecord,
  type SuggestionWorkflowTypes,
} from './suggestionTypes.js';
export { suggestionWorkflow } from './suggestionWorkflow.js';
export { type PublicSuggestion, toPublicSuggestion } from './toPublicSuggestion.js';
