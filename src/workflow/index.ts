export type { AgentPolicySpec } from './agentPolicy.js';
export {
  type AuditTrailOptions,
  type AuditTrailRow,
  auditTrail,
  safeAuditTrail,
} from './auditTrail.js';
export {
  type AvailableEventsError,
  type AvailableEventsOptions,
  availableEvents,
  type EventAvailability,
  safeAvailableEvents,
} from './availableEvents.js';
export { defineWorkflow, safeDefineWorkflow, type WorkflowDefinition } from './defineWorkflow.js';
export { eventLabel } from './eventLabel.js';
export {
  type ExtendedEvents,
  extendWorkflow,
  safeExtendWorkflow,
  type WorkflowExtension,
} from './extendWorkflow.js';
export {
  type ChainableRecord,
  HISTORY_CHAIN_ERROR_CODES,
  type HistoryChainCheck,
  type HistoryChainError,
  type HistoryChainErrorCode,
  type SealedRecord,
  safeSealHistory,
  safeVerifyHistoryChain,
  sealHistory,
  type VerifyHistoryChainOptions,
  verifyHistoryChain,
} from './historyChain.js';
export { type HistoryEntry, HistoryEntrySchema } from './historyEntry.js';
export { isEventType } from './isEventType.js';
export { isWorkflowEvent } from './isWorkflowEvent.js';
export { replay } from './replay.js';
export type { RulesVersionSpec } from './rulesVersion.js';
export { type ReplayError, type ReplayOptions, safeReplay } from './safeReplay.js';
export {
  type EventInput,
  type EventInputUnion,
  safeTransition,
  type TransitionEventInput,
  type TransitionOptions,
  type TransitionResult,
} from './safeTransition.js';
export { stateCategory } from './stateCategory.js';
export {
  safeToMermaid,
  type ToMermaidError,
  type ToMermaidOptions,
  toMermaid,
} from './toMermaid.js';
export { transition } from './transition.js';
export {
  type BatchRefusal,
  type BatchTransition,
  type BatchTransitionError,
  safeTransitionMany,
  transitionMany,
} from './transitionMany.js';
export {
  type AnyWorkflow,
  type EventSpec,
  type EventSpecBase,
  type EventsOf,
  type GuardSpec,
  type NonEmpty,
  type PayloadOf,
  type PayloadSchema,
  STATE_CATEGORIES,
  type StateCategory,
  type StateSpec,
  type TargetsBySource,
  TRANSITION_ERROR_CODES,
  type TransitionError,
  type TransitionErrorCode,
  type Workflow,
  type WorkflowActor,
  type WorkflowContextOf,
  type WorkflowDefinitionError,
  type WorkflowEvent,
  type WorkflowEventNameOf,
  type WorkflowEventOf,
  type WorkflowEventUnion,
  type WorkflowGuardOf,
  type WorkflowRecord,
  type WorkflowRecordOf,
  type WorkflowRoleOf,
  type WorkflowStateOf,
  type WorkflowTypes,
} from './types.js';
export { safeWorkflowStates, workflowStates } from './workflowStates.js';
export {
  safeWorkflowTransitions,
  type WorkflowTransition,
  workflowTransitions,
} from './workflowTransitions.js';
