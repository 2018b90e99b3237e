import {
  type Activity,
  ActivitySchema,
  activityFieldNames,
  safeParseActivity,
} from '../model/activity.js';
import {
  type AppraisalBallot,
  AppraisalBallotSchema,
  appraisalBallotFieldNames,
  safeParseAppraisalBallot,
} from '../model/appraisalBallot.js';
import {
  type Committee,
  CommitteeSchema,
  committeeFieldNames,
  safeParseCommittee,
} from '../model/committee.js';
import {
  type ConstituentOpinion,
  ConstituentOpinionSchema,
  constituentOpinionFieldNames,
  safeParseConstituentOpinion,
} from '../model/constituentOpinion.js';
import {
  type DelegationItem,
  DelegationItemSchema,
  delegationItemFieldNames,
  safeParseDelegationItem,
} from '../model/delegationItem.js';
import { type Deputy, DeputySchema, deputyFieldNames, safeParseDeputy } from '../model/deputy.js';
import {
  type DeputyGroup,
  DeputyGroupSchema,
  deputyGroupFieldNames,
  safeParseDeputyGroup,
} from '../model/deputyGroup.js';
import {
  type DutyReport,
  DutyReportSchema,
  dutyReportFieldNames,
  safeParseDutyReport,
} from '../model/dutyReport.js';
import {
  type HandlingUnit,
  HandlingUnitSchema,
  handlingUnitFieldNames,
  safeParseHandlingUnit,
} from '../model/handlingUnit.js';
import {
  type KeyItemPlan,
  KeyItemPlanSchema,
  keyItemPlanFieldNames,
  safeParseKeyItemPlan,
} from '../model/keyItemPlan.js';
import {
  type KeyItemVote,
  KeyItemVoteSchema,
  keyItemVoteFieldNames,
  safeParseKeyItemVote,
} from '../model/keyItemVote.js';
import {
  type LiaisonStation,
  LiaisonStationSchema,
  liaisonStationFieldNames,
  safeParseLiaisonStation,
} from '../model/liaisonStation.js';
import {
  type LivelihoodProject,
  LivelihoodProjectSchema,
  livelihoodProjectFieldNames,
  safeParseLivelihoodProject,
} from '../model/livelihoodProject.js';
import {
  type LivelihoodVote,
  LivelihoodVoteSchema,
  livelihoodVoteFieldNames,
  safeParseLivelihoodVote,
} from '../model/livelihoodVote.js';
import { type Motion, MotionSchema, motionFieldNames, safeParseMotion } from '../model/motion.js';
import {
  type PerformanceRecord,
  PerformanceRecordSchema,
  performanceRecordFieldNames,
  safeParsePerformanceRecord,
} from '../model/performanceRecord.js';
import { type Congress, CongressSchema } from '../model/shared/congress.js';
import { createParsers } from '../model/shared/createParsers.js';
import type { FieldNames } from '../model/shared/fieldNames.js';
import { commonFieldNames } from '../model/shared/fieldNames.js';
import type { BilingualText } from '../model/shared/localized.js';
import type { Result } from '../model/shared/result.js';
import type { ValidationError } from '../model/shared/validationError.js';
import {
  type StandingCommitteeMember,
  StandingCommitteeMemberSchema,
  safeParseStandingCommitteeMember,
  standingCommitteeMemberFieldNames,
} from '../model/standingCommitteeMember.js';
import {
  type Suggestion,
  SuggestionSchema,
  safeParseSuggestion,
  suggestionFieldNames,
} from '../model/suggestion.js';
import {
  safeParseTraining,
  type Training,
  TrainingSchema,
  trainingFieldNames,
} from '../model/training.js';
import {
  safeParseTrainingAttendance,
  type TrainingAttendance,
  TrainingAttendanceSchema,
  trainingAttendanceFieldNames,
} from '../model/trainingAttendance.js';

/** One model as import and export see it. */
interface ImportModelEntry<T> {
  /** The model's name in both languages, for messages. */
  readonly name: BilingualText;
  readonly schema: unknown;
  readonly fieldNames: FieldNames;
  readonly safeParse: (input: unknown) => Result<T, ValidationError>;
  /**
   * The fields that tell one record from another (记录标识): rows whose records agree on all of
   * them are one record entered twice. `id` for most models; a model without one of its own is
   * known by what it joins or names (a training attendance by its training and deputy).
   */
  readonly identity: readonly (keyof T & string)[];
}

// A congress has no parser of its own in the model (it is part of every other record); import
// reads the sheet of a sample's congresses, so it validates them the way every model does.
const congressParsers = /* @__PURE__ */ createParsers(
  CongressSchema,
  { id: 'Congress', 'zh-Hans': '人大', en: 'Congress' },
  commonFieldNames,
);

/**
 * The record type of each importable model (可导入模型的记录类型).
 *
 * @example
 * ```ts
 * import type { ImportRecords } from 'renda/import';
 *
 * const nameOf = (deputy: ImportRecords['deputy']) => deputy.name;
 * ```
 * @category Import
 */
export interface ImportRecords {
  readonly deputy: Deputy;
  readonly standingCommitteeMember: StandingCommitteeMember;
  readonly committee: Committee;
  readonly liaisonStation: LiaisonStation;
  readonly deputyGroup: DeputyGroup;
  readonly handlingUnit: HandlingUnit;
  readonly activity: Activity;
  readonly constituentOpinion: ConstituentOpinion;
  readonly suggestion: Suggestion;
  readonly motion: Motion;
  readonly delegationItem: DelegationItem;
  readonly keyItemPlan: KeyItemPlan;
  readonly keyItemVote: KeyItemVote;
  readonly livelihoodProject: LivelihoodProject;
  readonly livelihoodVote: LivelihoodVote;
  readonly training: Training;
  readonly trainingAttendance: TrainingAttendance;
  readonly dutyReport: DutyReport;
  readonly performanceRecord: PerformanceRecord;
  readonly appraisalBallot: AppraisalBallot;
  readonly congress: Congress;
}

/**
 * A model that spreadsheets can be imported into and exported from (可导入的模型).
 *
 * @example
 * ```ts
 * import type { ImportModel } from 'renda/import';
 *
 * const model: ImportModel = 'deputy';
 * ```
 * @category Import
 */
export type ImportModel = keyof ImportRecords;

/** The models, their names, schemas, field names and validators. */
export const IMPORT_MODEL_ENTRIES: {
  readonly [M in ImportModel]: ImportModelEntry<ImportRecords[M]>;
} = {
  deputy: {
    name: { 'zh-Hans': '代表', en: 'deputy' },
    schema: DeputySchema,
    fieldNames: deputyFieldNames,
    safeParse: safeParseDeputy,
    identity: ['id'],
  },
  standingCommitteeMember: {
    name: { 'zh-Hans': '常委会组成人员', en: 'standing committee member' },
    schema: StandingCommitteeMemberSchema,
    fieldNames: standingCommitteeMemberFieldNames,
    safeParse: safeParseStandingCommitteeMember,
    identity: ['id'],
  },
  committee: {
    name: { 'zh-Hans': '委员会', en: 'committee' },
    schema: CommitteeSchema,
    fieldNames: committeeFieldNames,
    safeParse: safeParseCommittee,
    identity: ['id'],
  },
  liaisonStation: {
    name: { 'zh-Hans': '联络站点', en: 'liaison station' },
    schema: LiaisonStationSchema,
    fieldNames: liaisonStationFieldNames,
    safeParse: safeParseLiaisonStation,
    identity: ['id'],
  },
  deputyGroup: {
    name: { 'zh-Hans': '代表小组', en: 'deputy group' },
    schema: DeputyGroupSchema,
    fieldNames: deputyGroupFieldNames,
    safeParse: safeParseDeputyGroup,
    identity: ['id'],
  },
  handlingUnit: {
    name: { 'zh-Hans': '承办单位', en: 'handling unit' },
    schema: HandlingUnitSchema,
    fieldNames: handlingUnitFieldNames,
    safeParse: safeParseHandlingUnit,
    identity: ['id'],
  },
  activity: {
    name: { 'zh-Hans': '履职活动', en: 'activity' },
    schema: ActivitySchema,
    fieldNames: activityFieldNames,
    safeParse: safeParseActivity,
    identity: ['id'],
  },
  constituentOpinion: {
    name: { 'zh-Hans': '群众意见', en: 'constituent opinion' },
    schema: ConstituentOpinionSchema,
    fieldNames: constituentOpinionFieldNames,
    safeParse: safeParseConstituentOpinion,
    identity: ['id'],
  },
  suggestion: {
    name: { 'zh-Hans': '代表建议', en: 'suggestion' },
    schema: SuggestionSchema,
    fieldNames: suggestionFieldNames,
    safeParse: safeParseSuggestion,
    identity: ['id'],
  },
  motion: {
    name: { 'zh-Hans': '议案', en: 'motion' },
    schema: MotionSchema,
    fieldNames: motionFieldNames,
    safeParse: safeParseMotion,
    identity: ['id'],
  },
  delegationItem: {
    name: { 'zh-Hans': '代表团建议', en: 'delegation item' },
    schema: DelegationItemSchema,
    fieldNames: delegationItemFieldNames,
    safeParse: safeParseDelegationItem,
    identity: ['id'],
  },
  keyItemPlan: {
    name: { 'zh-Hans': '重点督办计划', en: 'key-item plan' },
    schema: KeyItemPlanSchema,
    fieldNames: keyItemPlanFieldNames,
    safeParse: safeParseKeyItemPlan,
    identity: ['id'],
  },
  keyItemVote: {
    name: { 'zh-Hans': '逐件满意度测评', en: 'key-item satisfaction vote' },
    schema: KeyItemVoteSchema,
    fieldNames: keyItemVoteFieldNames,
    safeParse: safeParseKeyItemVote,
    identity: ['id'],
  },
  livelihoodProject: {
    name: { 'zh-Hans': '民生实事项目', en: 'livelihood project' },
    schema: LivelihoodProjectSchema,
    fieldNames: livelihoodProjectFieldNames,
    safeParse: safeParseLivelihoodProject,
    identity: ['id'],
  },
  livelihoodVote: {
    name: { 'zh-Hans': '民生实事项目票决', en: 'livelihood vote' },
    schema: LivelihoodVoteSchema,
    fieldNames: livelihoodVoteFieldNames,
    safeParse: safeParseLivelihoodVote,
    identity: ['id'],
  },
  training: {
    name: { 'zh-Hans': '学习培训', en: 'training' },
    schema: TrainingSchema,
    fieldNames: trainingFieldNames,
    safeParse: safeParseTraining,
    identity: ['id'],
  },
  trainingAttendance: {
    name: { 'zh-Hans': '培训出勤', en: 'training attendance' },
    schema: TrainingAttendanceSchema,
    fieldNames: trainingAttendanceFieldNames,
    safeParse: safeParseTrainingAttendance,
    identity: ['trainingId', 'deputyId'],
  },
  dutyReport: {
    name: { 'zh-Hans': '履职报告', en: 'duty report' },
    schema: DutyReportSchema,
    fieldNames: dutyReportFieldNames,
    safeParse: safeParseDutyReport,
    identity: ['id'],
  },
  performanceRecord: {
    name: { 'zh-Hans': '履职登记', en: 'performance record' },
    schema: PerformanceRecordSchema,
    fieldNames: performanceRecordFieldNames,
    safeParse: safeParsePerformanceRecord,
    identity: ['id'],
  },
  appraisalBallot: {
    name: { 'zh-Hans': '评议测评票', en: 'appraisal ballot' },
    schema: AppraisalBallotSchema,
    fieldNames: appraisalBallotFieldNames,
    safeParse: safeParseAppraisalBallot,
    identity: ['raterId', 'subject', 'year'],
  },
  congress: {
    name: { 'zh-Hans': '人大', en: 'congress' },
    schema: CongressSchema,
    // A congress's fields are all shared ones (行政区划, 层级, 届次): commonFieldNames names them.
    fieldNames: {},
    safeParse: congressParsers.safeParse,
    identity: ['jurisdiction', 'level', 'term'],
  },
};

/**
 * The models `importRows` and `exportRows` support (支持导入的模型).
 *
 * @example
 * ```ts
 * import { IMPORT_MODELS } from 'renda/import';
 *
 * console.log(IMPORT_MODELS.includes('deputy')); // true
 * ```
 * @category Import
 */
export const IMPORT_MODELS = Object.freeze(
  Object.keys(IMPORT_MODEL_ENTRIES) as ImportModel[],
) as readonly ImportModel[];
