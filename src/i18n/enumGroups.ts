import { DEADLINE_STATUSES } from '../calendar/deadlineStatus.js';
import { ACTIVITY_KINDS } from '../model/activity.js';
import { APPRAISAL_RATER_ROLES, APPRAISAL_SUBJECT_KINDS } from '../model/appraisalBallot.js';
import { COMMITTEE_KINDS } from '../model/committee.js';
import {
  OPINION_CHANNELS,
  OPINION_FEEDBACK_CHANNELS,
  OPINION_NOT_ACCEPTED_REASONS,
  OPINION_REFERRAL_TARGETS,
  OPINION_STATES,
} from '../model/constituentOpinion.js';
import { CONSENT_DECISIONS, DELEGATION_ITEM_STATES } from '../model/delegationItem.js';
import {
  CONSTITUENCY_KINDS,
  DEPUTY_GENDERS,
  DEPUTY_STATUSES,
  MEMBERSHIP_KINDS,
  MEMBERSHIP_ROLES,
  OCCUPATION_CATEGORIES,
  SUSPENSION_REASONS,
  TERMINATION_REASONS,
} from '../model/deputy.js';
import { GROUP_KINDS } from '../model/deputyGroup.js';
import { DIVISION_LEVELS } from '../model/division/divisionLevels.js';
import { DUTY_REPORT_MODES } from '../model/dutyReport.js';
import { HANDLING_ROLES } from '../model/handlingRole.js';
import { HANDLING_UNIT_KINDS } from '../model/handlingUnit.js';
import { KEY_ITEM_MILESTONE_KINDS, KEY_ITEM_MILESTONE_STATUSES } from '../model/keyItemPlan.js';
import { RECEPTION_SCHEDULE_KINDS, STATION_KINDS, STATION_TIERS } from '../model/liaisonStation.js';
import {
  ELECTORATE_BASES,
  LIVELIHOOD_PROJECT_SOURCES,
  LIVELIHOOD_PROJECT_STAGES,
} from '../model/livelihoodProject.js';
import { LIVELIHOOD_BALLOTS, LIVELIHOOD_VOTE_KINDS } from '../model/livelihoodVote.js';
import {
  MOTION_DECISIONS,
  MOTION_STATES,
  REVIEW_RECOMMENDATIONS,
  VOTE_RESULTS,
} from '../model/motion.js';
import {
  OPINION_FEEDBACK_RECIPIENTS,
  OPINION_LEVELS,
  OPINION_OUTCOMES,
  OPINION_REMINDER_KINDS,
  RECEPTION_MODES,
} from '../model/opinionParts.js';
import { PERFORMANCE_RECORD_KINDS } from '../model/performanceRecord.js';
import { ACTOR_ROLES } from '../model/shared/actor.js';
import { CANONICAL_OUTCOMES } from '../model/shared/canonicalOutcome.js';
import { CONGRESS_LEVELS } from '../model/shared/congress.js';
import { DEADLINE_ANCHORS, DEADLINE_UNITS } from '../model/shared/deadline.js';
import { SATISFACTION_GRADES } from '../model/shared/satisfaction.js';
import { SC_POSITIONS } from '../model/standingCommitteeMember.js';
import {
  CLOSURE_REASONS,
  DECISIONS,
  PROPOSER_ROLES,
  PUBLICATION_MODES,
  SUBMISSION_PERIODS,
  SUGGESTION_KINDS,
  SUPERVISION_KINDS,
} from '../model/suggestionParts.js';
import { SUGGESTION_STATES } from '../model/suggestionState.js';
import { SUPERVISION_LEAD_KINDS } from '../model/supervisionLead.js';
import { TRAINING_KINDS } from '../model/training.js';
import { ATTENDANCE_STATUSES } from '../model/trainingAttendance.js';

/**
 * Every enumeration renda labels, by group name (枚举分组): the group names are the keys of
 * `labels(locale)`.
 *
 * @example
 * ```ts
 * import { ENUM_GROUPS } from 'renda';
 *
 * console.log(ENUM_GROUPS.satisfactionGrade); // ['satisfied', 'basicallySatisfied', 'dissatisfied']
 * ```
 * @category Labels
 */
export const ENUM_GROUPS = {
  congressLevel: CONGRESS_LEVELS,
  actorRole: ACTOR_ROLES,
  satisfactionGrade: SATISFACTION_GRADES,
  deadlineUnit: DEADLINE_UNITS,
  deadlineAnchor: DEADLINE_ANCHORS,
  deadlineStatus: DEADLINE_STATUSES,
  suggestionState: SUGGESTION_STATES,
  suggestionKind: SUGGESTION_KINDS,
  motionState: MOTION_STATES,
  motionDecision: MOTION_DECISIONS,
  reviewRecommendation: REVIEW_RECOMMENDATIONS,
  voteResult: VOTE_RESULTS,
  delegationItemState: DELEGATION_ITEM_STATES,
  consentDecision: CONSENT_DECISIONS,
  submissionPeriod: SUBMISSION_PERIODS,
  proposerRole: PROPOSER_ROLES,
  handlingRole: HANDLING_ROLES,
  closureReason: CLOSURE_REASONS,
  publicationMode: PUBLICATION_MODES,
  supervisionKind: SUPERVISION_KINDS,
  supervisionLeadKind: SUPERVISION_LEAD_KINDS,
  keyItemMilestoneKind: KEY_ITEM_MILESTONE_KINDS,
  keyItemMilestoneStatus: KEY_ITEM_MILESTONE_STATUSES,
  decision: DECISIONS,
  canonicalOutcome: CANONICAL_OUTCOMES,
  handlingUnitKind: HANDLING_UNIT_KINDS,
  activityKind: ACTIVITY_KINDS,
  committeeKind: COMMITTEE_KINDS,
  opinionChannel: OPINION_CHANNELS,
  opinionState: OPINION_STATES,
  opinionNotAcceptedReason: OPINION_NOT_ACCEPTED_REASONS,
  opinionReferralTarget: OPINION_REFERRAL_TARGETS,
  opinionFeedbackChannel: OPINION_FEEDBACK_CHANNELS,
  receptionMode: RECEPTION_MODES,
  opinionLevel: OPINION_LEVELS,
  opinionOutcome: OPINION_OUTCOMES,
  opinionFeedbackRecipient: OPINION_FEEDBACK_RECIPIENTS,
  opinionReminderKind: OPINION_REMINDER_KINDS,
  deputyGender: DEPUTY_GENDERS,
  constituencyKind: CONSTITUENCY_KINDS,
  occupationCategory: OCCUPATION_CATEGORIES,
  deputyStatus: DEPUTY_STATUSES,
  suspensionReason: SUSPENSION_REASONS,
  terminationReason: TERMINATION_REASONS,
  membershipKind: MEMBERSHIP_KINDS,
  membershipRole: MEMBERSHIP_ROLES,
  groupKind: GROUP_KINDS,
  dutyReportMode: DUTY_REPORT_MODES,
  stationKind: STATION_KINDS,
  stationTier: STATION_TIERS,
  divisionLevel: DIVISION_LEVELS,
  receptionScheduleKind: RECEPTION_SCHEDULE_KINDS,
  livelihoodProjectStage: LIVELIHOOD_PROJECT_STAGES,
  livelihoodProjectSource: LIVELIHOOD_PROJECT_SOURCES,
  electorateBase: ELECTORATE_BASES,
  livelihoodVoteKind: LIVELIHOOD_VOTE_KINDS,
  livelihoodBallot: LIVELIHOOD_BALLOTS,
  appraisalRaterRole: APPRAISAL_RATER_ROLES,
  appraisalSubjectKind: APPRAISAL_SUBJECT_KINDS,
  scPosition: SC_POSITIONS,
  trainingKind: TRAINING_KINDS,
  attendanceStatus: ATTENDANCE_STATUSES,
  performanceRecordKind: PERFORMANCE_RECORD_KINDS,
} as const;

/**
 * The name of an enumeration group, e.g. `suggestionState`.
 *
 * @example
 * ```ts
 * import type { EnumGroup } from 'renda';
 *
 * const group: EnumGroup = 'handlingRole';
 * ```
 * @category Labels
 */
export type EnumGroup = keyof typeof ENUM_GROUPS;
