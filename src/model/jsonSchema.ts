import * as z from 'zod';
import { deepFreeze } from '../internal/deepFreeze.js';
import { quote } from '../internal/quote.js';
import { ActivitySchema } from './activity.js';
import { AppraisalBallotSchema } from './appraisalBallot.js';
import { CommitteeSchema } from './committee.js';
import { ConstituentOpinionSchema } from './constituentOpinion.js';
import { DeputySchema } from './deputy.js';
import { DeputyGroupSchema } from './deputyGroup.js';
import { DutyReportSchema } from './dutyReport.js';
import { HandlingUnitSchema } from './handlingUnit.js';
import { KeyItemPlanSchema } from './keyItemPlan.js';
import { KeyItemVoteSchema } from './keyItemVote.js';
import { LiaisonStationSchema } from './liaisonStation.js';
import { LivelihoodProjectSchema } from './livelihoodProject.js';
import { LivelihoodVoteSchema } from './livelihoodVote.js';
import { PerformanceRecordSchema } from './performanceRecord.js';
import { neverThrow } from './shared/neverThrow.js';
import type { Result } from './shared/result.js';
import { RendaError } from './shared/validationError.js';
import { StandingCommitteeMemberSchema } from './standingCommitteeMember.js';
import { SuggestionSchema } from './suggestion.js';
import { TrainingSchema } from './training.js';
import { TrainingAttendanceSchema } from './trainingAttendance.js';

/**
 * Every model schema by model name (模型一览), e.g. `MODEL_SCHEMAS.Suggestion`.
 *
 * @example
 * ```ts
 * import { MODEL_SCHEMAS } from 'renda';
 *
 * console.log(Object.keys(MODEL_SCHEMAS).includes('Deputy')); // true
 * ```
 * @category Models
 */
export const MODEL_SCHEMAS = {
  Deputy: DeputySchema,
  StandingCommitteeMember: StandingCommitteeMemberSchema,
  Committee: CommitteeSchema,
  HandlingUnit: HandlingUnitSchema,
  LiaisonStation: LiaisonStationSchema,
  DeputyGroup: DeputyGroupSchema,
  Activity: ActivitySchema,
  Suggestion: SuggestionSchema,
  ConstituentOpinion: ConstituentOpinionSchema,
  Training: TrainingSchema,
  TrainingAttendance: TrainingAttendanceSchema,
  DutyReport: DutyReportSchema,
  LivelihoodProject: LivelihoodProjectSchema,
  LivelihoodVote: LivelihoodVoteSchema,
  PerformanceRecord: PerformanceRecordSchema,
  KeyItemPlan: KeyItemPlanSchema,
  KeyItemVote: KeyItemVoteSchema,
  AppraisalBallot: AppraisalBallotSchema,
} as const;

/**
 * A model's name, a key of {@link MODEL_SCHEMAS}.
 *
 * @example
 * ```ts
 * import type { ModelName } from 'renda';
 *
 * const name: ModelName = 'Suggestion';
 * ```
 * @category Models
 */
export type ModelName = keyof typeof MODEL_SCHEMAS;

/** The error of {@link safeModelJsonSchema}: a name that is not a model's. */
export interface ModelJsonSchemaError {
  readonly code: 'UNKNOWN_MODEL';
  readonly message: { readonly 'zh-Hans': string; readonly en: string };
}

/** A model's JSON Schema: a frozen plain JSON object. */
export type ModelJsonSchema = Readonly<Record<string, unknown>> & { readonly $schema?: string };

const isModelName = (name: unknown): name is ModelName =>
  typeof name === 'string' && Object.hasOwn(MODEL_SCHEMAS, name);

const unknownModel = (name: unknown): ModelJsonSchemaError =>
  deepFreeze({
    code: 'UNKNOWN_MODEL' as const,
    message: {
      'zh-Hans': `「${quote(name)}」不是 renda 的模型名称（见 MODEL_SCHEMAS）`,
      en: `${quote(name)} is not a renda model name (see MODEL_SCHEMAS)`,
    },
  });

/**
 * The JSON Schema of a model, without throwing: `{ ok: true, value }`, or `{ ok: false, error }`
 * with code `UNKNOWN_MODEL` for a name that is not a key of {@link MODEL_SCHEMAS}.
 *
 * @param name - The model.
 * @example
 * ```ts
 * import { safeModelJsonSchema } from 'renda';
 *
 * const result = safeModelJsonSchema('Deputy');
 * if (result.ok) console.log(result.value.type); // 'object'
 * ```
 * @category Models
 */
export function safeModelJsonSchema(
  name: ModelName,
): Result<ModelJsonSchema, ModelJsonSchemaError> {
  return neverThrow<ModelJsonSchema, ModelJsonSchemaError>(
    () => {
      if (!isModelName(name))
        return Object.freeze({ ok: false as const, error: unknownModel(name) });
      const schema = MODEL_SCHEMAS[name] as z.ZodType;
      // zod attaches a hidden `~standard` object (validator functions) to what it returns: the
      // JSON text alone is the schema, plain and wholly frozen.
      const json: unknown = JSON.parse(
        JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })),
      );
      return Object.freeze({ ok: true as const, value: deepFreeze(json) as ModelJsonSchema });
    },
    () => unknownModel(name),
  );
}

/**
 * The JSON Schema (draft 2020-12) of a model (JSON Schema 导出), so a Java or Python back end
 * validates the same records: the input form, where timestamps may carry any offset.
 *
 * @remarks Carries the shape, formats, enums and bounds. The cross-field rules (exactly one lead
 * proposer, a due day after assignment …) are code, not JSON Schema: run `safeParseX` where they
 * matter. A history entry's payload is described as an object; its JSON-only and depth rules are
 * code too. Built on each call from zod's `toJSONSchema` and deeply frozen; cache it if you call
 * it often.
 * @param name - The model.
 * @returns A frozen plain JSON object.
 * @throws {@link RendaError} with code `UNKNOWN_MODEL` for a name that is not a model's.
 * @example
 * ```ts
 * import { modelJsonSchema } from 'renda';
 *
 * const schema = modelJsonSchema('Suggestion');
 * console.log(schema.$schema); // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 * @category Models
 */
export function modelJsonSchema(name: ModelName): ModelJsonSchema {
  const result = safeModelJsonSchema(name);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
