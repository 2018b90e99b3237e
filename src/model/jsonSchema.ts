import * as z from 'zod';
import { ActivitySchema } from './activity.js';
import { CommitteeSchema } from './committee.js';
import { ConstituentOpinionSchema } from './constituentOpinion.js';
import { DeputySchema } from './deputy.js';
import { DeputyGroupSchema } from './deputyGroup.js';
import { DutyReportSchema } from './dutyReport.js';
import { HandlingUnitSchema } from './handlingUnit.js';
import { LiaisonStationSchema } from './liaisonStation.js';
import { LivelihoodProjectSchema } from './livelihoodProject.js';
import { LivelihoodVoteSchema } from './livelihoodVote.js';
import { PerformanceRecordSchema } from './performanceRecord.js';
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

/**
 * The JSON Schema (draft 2020-12) of a model (JSON Schema 导出), so a Java or Python back end
 * validates the same records: the input form, where timestamps may carry any offset.
 *
 * @remarks Carries the shape, formats, enums and bounds. The cross-field rules (exactly one lead
 * proposer, a due day after assignment …) are code, not JSON Schema: run `safeParseX` where they
 * matter. Built on each call from zod's `toJSONSchema`; cache it if you call it often.
 * @param name - The model.
 * @returns A plain JSON object.
 * @example
 * ```ts
 * import { modelJsonSchema } from 'renda';
 *
 * const schema = modelJsonSchema('Suggestion');
 * console.log(schema.$schema); // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 * @category Models
 */
export function modelJsonSchema(name: ModelName): Record<string, unknown> & { $schema?: string } {
  const schema = MODEL_SCHEMAS[name] as z.ZodType;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  > & {
    $schema?: string;
  };
}
