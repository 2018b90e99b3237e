import {
  type Activity,
  ActivitySchema,
  activityFieldNames,
  safeParseActivity,
} from '../model/activity.js';
import {
  type ConstituentOpinion,
  ConstituentOpinionSchema,
  constituentOpinionFieldNames,
  safeParseConstituentOpinion,
} from '../model/constituentOpinion.js';
import { type Deputy, DeputySchema, deputyFieldNames, safeParseDeputy } from '../model/deputy.js';
import {
  type DeputyGroup,
  DeputyGroupSchema,
  deputyGroupFieldNames,
  safeParseDeputyGroup,
} from '../model/deputyGroup.js';
import {
  type HandlingUnit,
  HandlingUnitSchema,
  handlingUnitFieldNames,
  safeParseHandlingUnit,
} from '../model/handlingUnit.js';
import {
  type LiaisonStation,
  LiaisonStationSchema,
  liaisonStationFieldNames,
  safeParseLiaisonStation,
} from '../model/liaisonStation.js';
import type { FieldNames } from '../model/shared/fieldNames.js';
import type { BilingualText } from '../model/shared/localized.js';
import type { Result } from '../model/shared/result.js';
import type { ValidationError } from '../model/shared/validationError.js';

/** One model as import and export see it. */
interface ImportModelEntry<T> {
  /** The model's name in both languages, for messages. */
  readonly name: BilingualText;
  readonly schema: unknown;
  readonly fieldNames: FieldNames;
  readonly safeParse: (input: unknown) => Result<T, ValidationError>;
}

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
  readonly liaisonStation: LiaisonStation;
  readonly deputyGroup: DeputyGroup;
  readonly handlingUnit: HandlingUnit;
  readonly activity: Activity;
  readonly constituentOpinion: ConstituentOpinion;
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
  },
  liaisonStation: {
    name: { 'zh-Hans': '联络站点', en: 'liaison station' },
    schema: LiaisonStationSchema,
    fieldNames: liaisonStationFieldNames,
    safeParse: safeParseLiaisonStation,
  },
  deputyGroup: {
    name: { 'zh-Hans': '代表小组', en: 'deputy group' },
    schema: DeputyGroupSchema,
    fieldNames: deputyGroupFieldNames,
    safeParse: safeParseDeputyGroup,
  },
  handlingUnit: {
    name: { 'zh-Hans': '承办单位', en: 'handling unit' },
    schema: HandlingUnitSchema,
    fieldNames: handlingUnitFieldNames,
    safeParse: safeParseHandlingUnit,
  },
  activity: {
    name: { 'zh-Hans': '履职活动', en: 'activity' },
    schema: ActivitySchema,
    fieldNames: activityFieldNames,
    safeParse: safeParseActivity,
  },
  constituentOpinion: {
    name: { 'zh-Hans': '群众意见', en: 'constituent opinion' },
    schema: ConstituentOpinionSchema,
    fieldNames: constituentOpinionFieldNames,
    safeParse: safeParseConstituentOpinion,
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
