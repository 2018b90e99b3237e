export {
  type CreateSuggestionOptions,
  createSuggestion,
  type NewSuggestionInput,
  safeCreateSuggestion,
} from './createSuggestion.js';
export * from './delegation/index.js';
export * from './figures/index.js';
export { IMPORTED_EVENT, SUGGESTION_MANAGED_FIELDS } from './importedEntry.js';
export { initialSuggestionOf, safeInitialSuggestionOf } from './initialSuggestionOf.js';
export type { SuggestionEventPayloads } from './internal/payloads.js';
export { isReplied, safeIsReplied } from './isReplied.js';
export * from './keyItems/index.js';
export * from './motion/index.js';
export {
  jiaYiBingOutcomeTaxonomy,
  localFourTierOutcomeTaxonomy,
  nationalOutcomeTaxonomy,
  type OutcomeClass,
  type OutcomeTaxonomy,
  threeTierOutcomeTaxonomy,
  twoBucketOutcomeTaxonomy,
} from './outcomeTaxonomy.js';
export {
  type PendingAssistingInput,
  pendingAssistingInputs,
  safePendingAssistingInputs,
} from './pendingAssistingInputs.js';
export { pendingFollowUps, safePendingFollowUps } from './pendingFollowUps.js';
export { pendingUnits, safePendingUnits } from './pendingUnits.js';
export {
  defaultPolicy,
  definePolicy,
  ON_BEHALF_AGENTS,
  ON_BEHALF_EVENTS,
  type OnBehalfEvent,
  type PolicyOverrides,
  REASON_CODE_EVENTS,
  type ReasonCodeEvent,
  rulesVersionOf,
  type SuggestionPolicy,
  safeDefinePolicy,
  safeRulesVersionOf,
} from './policy.js';
export {
  definePolicyRegistry,
  type PolicyRegistry,
  safeDefinePolicyRegistry,
} from './policyRegistry.js';
export {
  type ReplyRecipient,
  replyRecipients,
  safeReplyRecipients,
} from './replyRecipients.js';
export { suggestionContextOf } from './suggestionContextOf.js';
export {
  type SuggestionDeadlineKind,
  type SuggestionDeadlineOptions,
  safeSuggestionDeadline,
  suggestionDeadline,
} from './suggestionDeadline.js';
export {
  SUGGESTION_ROLES,
  type SuggestionContext,
  type SuggestionEvent,
  type SuggestionRole,
  type SuggestionWorkflowRecord,
  type SuggestionWorkflowTypes,
} from './suggestionTypes.js';
export { suggestionWorkflow } from './suggestionWorkflow.js';
export {
  type PublicSuggestion,
  safeToPublicSuggestion,
  toPublicSuggestion,
} from './toPublicSuggestion.js';
export {
  type Divergence,
  safeVerifySuggestion,
  type VerifyError,
  type VerifyErrorCode,
  type VerifySuggestionOptions,
  verifySuggestion,
} from './verifySuggestion.js';
