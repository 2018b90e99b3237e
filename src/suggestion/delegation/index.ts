// Delegation items (代表团建议): the workflow before submission, the consent rule, submission as a
// suggestion.
export {
  type CreateDelegationItemOptions,
  createDelegationItem,
  type NewDelegationItemInput,
  safeCreateDelegationItem,
} from './createDelegationItem.js';
export {
  DELEGATION_ITEM_ROLES,
  type DelegationItemEvent,
  type DelegationItemRole,
  type DelegationItemWorkflowRecord,
  type DelegationItemWorkflowTypes,
} from './delegationItemTypes.js';
export { delegationItemWorkflow } from './delegationItemWorkflow.js';
export {
  initialDelegationItemOf,
  safeInitialDelegationItemOf,
} from './initialDelegationItemOf.js';
export type { DelegationItemEventPayloads } from './internal/payloads.js';
export { pendingConsents, safePendingConsents } from './pendingConsents.js';
export {
  type SuggestionFromDelegationItem,
  type SuggestionFromDelegationItemError,
  type SuggestionFromDelegationItemOptions,
  safeSuggestionFromDelegationItem,
  suggestionFromDelegationItem,
} from './suggestionFromDelegationItem.js';
export { safeVerifyDelegationItem, verifyDelegationItem } from './verifyDelegationItem.js';
