// Motions (议案): the motion workflow, its threshold rule, conversion to a suggestion, the figure.
export {
  type CreateMotionOptions,
  createMotion,
  type NewMotionInput,
  safeCreateMotion,
} from './createMotion.js';
export { initialMotionOf, safeInitialMotionOf } from './initialMotionOf.js';
export type { MotionEventPayloads } from './internal/payloads.js';
export {
  MOTION_FIRST_DECISIONS,
  MOTION_OUTCOMES,
  type MotionsByDecision,
  motionsByDecision,
  motionsByDecisionAccumulator,
  safeMotionsByDecision,
} from './motionsByDecision.js';
export {
  MOTION_THRESHOLDS,
  type MotionSigners,
  type MotionThreshold,
  meetsMotionThreshold,
  motionThreshold,
  safeMeetsMotionThreshold,
  safeMotionThreshold,
} from './motionThreshold.js';
export {
  MOTION_ROLES,
  type MotionEvent,
  type MotionRole,
  type MotionWorkflowRecord,
  type MotionWorkflowTypes,
} from './motionTypes.js';
export { motionWorkflow } from './motionWorkflow.js';
export {
  type SuggestionFromMotion,
  type SuggestionFromMotionError,
  type SuggestionFromMotionOptions,
  safeSuggestionFromMotion,
  suggestionFromMotion,
} from './suggestionFromMotion.js';
export { safeVerifyMotion, verifyMotion } from './verifyMotion.js';
