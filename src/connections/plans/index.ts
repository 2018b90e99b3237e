// The public names of the plans of the two connections (两个联系的计划), listed one by one.
export {
  type CheckEnrolmentOptions,
  checkEnrolment,
  type EnrolmentCheck,
} from './checkEnrolment.js';
export {
  type CheckPairingsOptions,
  checkPairings,
  PAIRING_VIOLATION_KINDS,
  type PairingCheck,
  type PairingViolation,
} from './checkPairings.js';
export {
  type CheckPlanOptions,
  checkPlan,
  PLAN_VIOLATION_KINDS,
  type PlanCheck,
  type PlanViolation,
} from './checkPlan.js';
export type {
  ContactPlan,
  ContactPlanLoad,
  ContactPlanNote,
  ContactPlanPair,
} from './contactPlan.js';
export {
  CONTACT_MATCHINGS,
  type ContactMatching,
  type ContactPlanRules,
} from './contactPlanRules.js';
export type { PairingLoad, PairingNote, PairingPair, PairingPlan } from './pairingPlan.js';
export {
  PAIRING_KINDS,
  type PairingInForce,
  type PairingKind,
  type PairingRules,
  type PairingSources,
} from './pairingRules.js';
export { planContacts } from './planContacts.js';
export {
  type EnrolmentPair,
  type EnrolmentPlan,
  type PlanEnrolmentOptions,
  planEnrolment,
} from './planEnrolment.js';
export { planPairings } from './planPairings.js';
export {
  type NewTermEnrolment,
  type NewTermOptions,
  reEnrolAtNewTerm,
  safeReEnrolAtNewTerm,
} from './reEnrolAtNewTerm.js';
export {
  safeCheckEnrolment,
  safeCheckPairings,
  safeCheckPlan,
  safePlanContacts,
  safePlanEnrolment,
  safePlanPairings,
  safeToContactAssignments,
} from './safePlans.js';
export { type ContactAssignmentsUpdate, toContactAssignments } from './toContactAssignments.js';
