// Constituents' opinions and 12345 tickets (群众意见): the closed loop, its policy, the public view.
export {
  type CreateOpinionOptions,
  createOpinion,
  type NewOpinionInput,
  safeCreateOpinion,
} from './createOpinion.js';
export * from './figures/index.js';
export {
  initialOpinionOf,
  type OpinionPolicyOption,
  safeInitialOpinionOf,
} from './initialOpinionOf.js';
export type { OpinionEventPayloads } from './internal/payloads.js';
export {
  defaultOpinionPolicy,
  defineOpinionPolicy,
  type OpinionCategory,
  type OpinionPolicy,
  type OpinionPolicyOverrides,
  safeDefineOpinionPolicy,
} from './opinionPolicy.js';
export {
  OPINION_ROLES,
  type OpinionContext,
  type OpinionEvent,
  type OpinionRole,
  type OpinionWorkflowRecord,
  type OpinionWorkflowTypes,
} from './opinionTypes.js';
export { opinionWorkflow } from './opinionWorkflow.js';
export {
  type SuggestionReplyEvent,
  safeSuggestionReplyEvents,
  suggestionReplyEvents,
} from './suggestionReplyEvents.js';
export {
  type PublicOpinion,
  safeToPublicOpinion,
  type ToPublicOpinionOptions,
  toPublicOpinion,
} from './toPublicOpinion.js';
export { safeVerifyOpinion, verifyOpinion } from './verifyOpinion.js';
