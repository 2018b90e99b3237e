export {
  ACTIVITY_KINDS,
  type Activity,
  type ActivityInput,
  ActivitySchema,
  activityFieldNames,
  parseActivity,
  safeParseActivity,
} from './activity.js';
export {
  APPRAISAL_RATER_ROLES,
  APPRAISAL_SUBJECT_KINDS,
  type AppraisalBallot,
  type AppraisalBallotInput,
  AppraisalBallotSchema,
  appraisalBallotFieldNames,
  parseAppraisalBallot,
  safeParseAppraisalBallot,
} from './appraisalBallot.js';
export {
  COMMITTEE_KINDS,
  type Committee,
  type CommitteeInput,
  CommitteeSchema,
  committeeFieldNames,
  parseCommittee,
  safeParseCommittee,
} from './committee.js';
export {
  type ConstituentOpinion,
  type ConstituentOpinionInput,
  ConstituentOpinionSchema,
  constituentOpinionFieldNames,
  OPINION_CHANNELS,
  OPINION_FEEDBACK_CHANNELS,
  OPINION_NOT_ACCEPTED_REASONS,
  OPINION_REFERRAL_TARGETS,
  OPINION_STATES,
  parseConstituentOpinion,
  safeParseConstituentOpinion,
} from './constituentOpinion.js';
export {
  CONSENT_DECISIONS,
  type ConsentDecision,
  DELEGATION_ITEM_STATES,
  type DelegationItem,
  type DelegationItemInput,
  DelegationItemSchema,
  type DelegationItemState,
  DelegationItemStateSchema,
  delegationItemFieldNames,
  parseDelegationItem,
  safeParseDelegationItem,
} from './delegationItem.js';
export {
  CONSTITUENCY_KINDS,
  DEPUTY_GENDERS,
  DEPUTY_STATUSES,
  type Deputy,
  type DeputyInput,
  type DeputyMembership,
  DeputySchema,
  type DeputyStatus,
  deputyFieldNames,
  MEMBERSHIP_KINDS,
  MEMBERSHIP_ROLES,
  OCCUPATION_CATEGORIES,
  parseDeputy,
  SUSPENSION_REASONS,
  safeParseDeputy,
  TERMINATION_REASONS,
} from './deputy.js';
export {
  type DeputyGroup,
  type DeputyGroupInput,
  DeputyGroupSchema,
  deputyGroupFieldNames,
  GROUP_KINDS,
  parseDeputyGroup,
  safeParseDeputyGroup,
} from './deputyGroup.js';
// Administrative-division codes (行政区划代码): a folder of its own, listed in its index.
export * from './division/index.js';
export {
  DUTY_REPORT_MODES,
  type DutyReport,
  type DutyReportInput,
  DutyReportSchema,
  dutyReportFieldNames,
  parseDutyReport,
  safeParseDutyReport,
} from './dutyReport.js';
export { HANDLING_ROLES, type HandlingRole, HandlingRoleSchema } from './handlingRole.js';
export {
  HANDLING_UNIT_KINDS,
  type HandlingUnit,
  type HandlingUnitInput,
  HandlingUnitSchema,
  handlingUnitFieldNames,
  parseHandlingUnit,
  safeParseHandlingUnit,
} from './handlingUnit.js';
export {
  MODEL_SCHEMAS,
  type ModelJsonSchema,
  type ModelJsonSchemaError,
  type ModelName,
  modelJsonSchema,
  safeModelJsonSchema,
} from './jsonSchema.js';
export {
  KEY_ITEM_MILESTONE_KINDS,
  KEY_ITEM_MILESTONE_STATUSES,
  type KeyItemMilestone,
  KeyItemMilestoneSchema,
  type KeyItemMilestoneStatus,
  type KeyItemPlan,
  type KeyItemPlanInput,
  type KeyItemPlanItem,
  KeyItemPlanItemSchema,
  KeyItemPlanSchema,
  keyItemPlanFieldNames,
  parseKeyItemPlan,
  safeParseKeyItemPlan,
} from './keyItemPlan.js';
export {
  type KeyItemVote,
  type KeyItemVoteInput,
  type KeyItemVoteResult,
  KeyItemVoteResultSchema,
  KeyItemVoteSchema,
  keyItemVoteFieldNames,
  parseKeyItemVote,
  safeParseKeyItemVote,
} from './keyItemVote.js';
export {
  type LiaisonStation,
  type LiaisonStationInput,
  LiaisonStationSchema,
  liaisonStationFieldNames,
  parseLiaisonStation,
  RECEPTION_SCHEDULE_KINDS,
  type ReceptionSchedule,
  STATION_KINDS,
  STATION_TIERS,
  safeParseLiaisonStation,
} from './liaisonStation.js';
export {
  ELECTORATE_BASES,
  LIVELIHOOD_PROJECT_SOURCES,
  LIVELIHOOD_PROJECT_STAGES,
  type LivelihoodProject,
  type LivelihoodProjectInput,
  LivelihoodProjectSchema,
  livelihoodProjectFieldNames,
  parseLivelihoodProject,
  safeParseLivelihoodProject,
} from './livelihoodProject.js';
export {
  LIVELIHOOD_BALLOTS,
  LIVELIHOOD_VOTE_KINDS,
  type LivelihoodVote,
  type LivelihoodVoteInput,
  LivelihoodVoteSchema,
  livelihoodVoteFieldNames,
  parseLivelihoodVote,
  safeParseLivelihoodVote,
} from './livelihoodVote.js';
export {
  MOTION_DECISIONS,
  MOTION_STATES,
  type Motion,
  type MotionDecision,
  type MotionInput,
  MotionSchema,
  type MotionState,
  MotionStateSchema,
  motionFieldNames,
  parseMotion,
  REVIEW_RECOMMENDATIONS,
  safeParseMotion,
  VOTE_RESULTS,
} from './motion.js';
export {
  OPINION_FEEDBACK_RECIPIENTS,
  OPINION_LEVELS,
  OPINION_OUTCOMES,
  OPINION_REMINDER_KINDS,
  type OpinionFeedbackRecipient,
  type OpinionLevel,
  type OpinionOutcome,
  RECEPTION_MODES,
  type ReceptionMode,
  type Submitter,
  SubmitterSchema,
} from './opinionParts.js';
export {
  PERFORMANCE_RECORD_KINDS,
  type PerformanceRecord,
  type PerformanceRecordInput,
  PerformanceRecordSchema,
  parsePerformanceRecord,
  performanceRecordFieldNames,
  safeParsePerformanceRecord,
} from './performanceRecord.js';
export { isMainlandMobile } from './personal/isMainlandMobile.js';
export { isResidentIdNumber } from './personal/isResidentIdNumber.js';
export {
  type PopoloExport,
  type PopoloIdentifier,
  type PopoloMembership,
  type PopoloOrganization,
  type PopoloPerson,
  type PopoloRoster,
  safeToPopolo,
  type ToPopoloOptions,
  toPopolo,
} from './popolo.js';
export type { PublicViewError, PublicViewResult } from './publicViewError.js';
export {
  ACTOR_ROLES,
  type Actor,
  type ActorRole,
  ActorRoleSchema,
  ActorSchema,
  type Principal,
  PrincipalSchema,
} from './shared/actor.js';
export { CANONICAL_OUTCOMES, type CanonicalOutcome } from './shared/canonicalOutcome.js';
export {
  CONGRESS_LEVELS,
  type Congress,
  type CongressLevel,
  CongressLevelSchema,
  CongressSchema,
} from './shared/congress.js';
export {
  DEADLINE_ANCHORS,
  DEADLINE_UNITS,
  type Deadline,
  type DeadlineRule,
  DeadlineRuleSchema,
  DeadlineSchema,
} from './shared/deadline.js';
export {
  type ErrorMapError,
  rendaErrorMap,
  safeRendaErrorMap,
} from './shared/errorMap.js';
export type { FieldNames } from './shared/fieldNames.js';
export {
  HISTORY_CHAIN_ALGORITHMS,
  type HistoryChain,
  HistoryChainSchema,
} from './shared/historyChain.js';
export { type HistoryEntry, HistoryEntrySchema } from './shared/historyEntry.js';
export { JSON_PAYLOAD_MAX_DEPTH } from './shared/jsonPayload.js';
export {
  type BilingualText,
  type Label,
  LabelSchema,
  LOCALES,
  type Locale,
} from './shared/localized.js';
export {
  CalendarDaySchema,
  CountSchema,
  type DateRange,
  DateRangeSchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  RulesVersionSchema,
  ShortTextSchema,
} from './shared/primitives.js';
export type { Result } from './shared/result.js';
export {
  SATISFACTION_GRADES,
  type SatisfactionGrade,
  SatisfactionGradeSchema,
} from './shared/satisfaction.js';
export {
  type IssueCode,
  RendaError,
  type ValidationError,
  type ValidationIssue,
} from './shared/validationError.js';
export {
  parseStandingCommitteeMember,
  SC_POSITIONS,
  type StandingCommitteeMember,
  type StandingCommitteeMemberInput,
  StandingCommitteeMemberSchema,
  safeParseStandingCommitteeMember,
  standingCommitteeMemberFieldNames,
} from './standingCommitteeMember.js';
export {
  parseSuggestion,
  type Suggestion,
  type SuggestionInput,
  SuggestionSchema,
  safeParseSuggestion,
  suggestionFieldNames,
} from './suggestion.js';
export {
  type Assignment,
  AssignmentSchema,
  type AssistingInput,
  AssistingInputSchema,
  CLOSURE_REASONS,
  type Closure,
  ClosureSchema,
  type Consultation,
  ConsultationSchema,
  DECISIONS,
  type DirectRoute,
  DirectRouteSchema,
  type Evaluation,
  EvaluationSchema,
  type Extension,
  ExtensionSchema,
  type FollowUp,
  FollowUpSchema,
  type HoldingReply,
  HoldingReplySchema,
  type Instruction,
  InstructionSchema,
  type KeyItem,
  KeyItemSchema,
  type MergedProposer,
  MergedProposerSchema,
  PROPOSER_ROLES,
  type PreSubmissionConsultation,
  PreSubmissionConsultationSchema,
  type Proposer,
  ProposerSchema,
  PUBLICATION_MODES,
  type Publication,
  PublicationSchema,
  type ReHandling,
  ReHandlingSchema,
  type Reply,
  ReplySchema,
  type ReturnRequest,
  ReturnRequestSchema,
  type Screening,
  ScreeningSchema,
  SUBMISSION_PERIODS,
  SUGGESTION_KINDS,
  SUPERVISION_KINDS,
  type Supervision,
  SupervisionSchema,
} from './suggestionParts.js';
export { type SuggestionRuleFields, suggestionRules } from './suggestionRules.js';
export {
  SUGGESTION_STATES,
  type SuggestionState,
  SuggestionStateSchema,
} from './suggestionState.js';
export {
  parseSupervisionLead,
  SUPERVISION_LEAD_KINDS,
  type SupervisionLead,
  type SupervisionLeadInput,
  type SupervisionLeadKind,
  SupervisionLeadSchema,
  safeParseSupervisionLead,
  supervisionLeadFieldNames,
} from './supervisionLead.js';
export {
  parseTraining,
  safeParseTraining,
  TRAINING_KINDS,
  type Training,
  type TrainingInput,
  TrainingSchema,
  trainingFieldNames,
} from './training.js';
export {
  ATTENDANCE_STATUSES,
  parseTrainingAttendance,
  safeParseTrainingAttendance,
  type TrainingAttendance,
  type TrainingAttendanceInput,
  TrainingAttendanceSchema,
  trainingAttendanceFieldNames,
} from './trainingAttendance.js';
