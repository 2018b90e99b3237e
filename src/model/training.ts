import * as z from 'zod';
import { CongressLevelSchema, CongressSchema } from './shared/congress.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { CountSchema, DateRangeSchema, IdSchema, ShortTextSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The kinds of deputy training (学习培训类别): initial study for new deputies (初任学习), basic duty
 * study (履职基础学习), thematic study or seminars (专题学习 / 专题研讨), or other training (其他).
 *
 * @example
 * ```ts
 * import { TRAINING_KINDS } from 'renda';
 *
 * console.log(TRAINING_KINDS); // ['initial', 'basic', 'thematic', 'other']
 * ```
 * @category Models
 */
export const TRAINING_KINDS = ['initial', 'basic', 'thematic', 'other'] as const;

/**
 * A training course or class for deputies (学习培训 / 培训班): its kind, organiser, dates and
 * audience. Who attended is recorded separately, one {@link TrainingAttendance} per deputy.
 *
 * @remarks Coverage targets ("every new grassroots deputy trained in the first year") are computed
 * from trainings and attendance, not stored here.
 * @example
 * ```ts
 * import { TrainingSchema } from 'renda';
 *
 * TrainingSchema.parse({
 *   id: 'T-2023-1',
 *   kind: 'basic',
 *   title: '第十四届全国人大代表学习班（第一期）',
 *   organiser: { level: 'national', jurisdiction: '000000' },
 *   period: { from: '2023-04-10', to: '2023-04-13' },
 *   capacity: 288,
 * });
 * ```
 * @category Models
 */
export const TrainingSchema = /* @__PURE__ */ z.object({
  /** 培训编号. */
  id: IdSchema,
  /** 培训类别, one of {@link TRAINING_KINDS}. */
  kind: /* @__PURE__ */ z.enum(TRAINING_KINDS),
  /** 培训名称. */
  title: ShortTextSchema,
  /** 主办方: the level and jurisdiction of the standing committee or presidium that runs it. */
  organiser: /* @__PURE__ */ z.object({
    /** 主办层级. */
    level: CongressLevelSchema,
    /** 行政区划: the jurisdiction's code. */
    jurisdiction: CongressSchema.shape.jurisdiction,
  }),
  /** 培训日期: the first and last day (inclusive). */
  period: DateRangeSchema,
  /** 培训地点. */
  venue: /* @__PURE__ */ ShortTextSchema.optional(),
  /** 培训对象层级: the levels of deputies it is meant for. */
  targetLevels: /* @__PURE__ */ z.array(CongressLevelSchema).min(1).max(5).optional(),
  /** 培训名额. */
  capacity: /* @__PURE__ */ CountSchema.optional(),
});

/**
 * A training course (学习培训); the type of {@link TrainingSchema}.
 *
 * @example
 * ```ts
 * import type { Training } from 'renda';
 *
 * const training: Training = {
 *   id: 'T-1',
 *   kind: 'initial',
 *   title: '新任县人大代表初任培训',
 *   organiser: { level: 'county', jurisdiction: '330226' },
 *   period: { from: '2022-01-05', to: '2022-01-06' },
 *   targetLevels: ['county', 'township'],
 * };
 * ```
 * @category Models
 */
export interface Training extends z.infer<typeof TrainingSchema> {}

/**
 * The input accepted by {@link TrainingSchema} (学习培训输入).
 *
 * @example
 * ```ts
 * import type { TrainingInput } from 'renda';
 *
 * const input: TrainingInput = {
 *   id: 'T-2',
 *   kind: 'thematic',
 *   title: '预算审查监督专题研讨班',
 *   organiser: { level: 'city', jurisdiction: '330200' },
 *   period: { from: '2025-09-01', to: '2025-09-03' },
 * };
 * ```
 * @category Models
 */
export interface TrainingInput extends z.input<typeof TrainingSchema> {}

/**
 * The Chinese and English names of the training's fields (学习培训字段名), used in validation
 * messages.
 *
 * @example
 * ```ts
 * import { trainingFieldNames } from 'renda';
 *
 * console.log(trainingFieldNames.organiser?.['zh-Hans']); // '主办方'
 * ```
 * @category Validation
 */
export const trainingFieldNames: FieldNames = {
  kind: { 'zh-Hans': '培训类别', en: 'training kind' },
  title: { 'zh-Hans': '培训名称', en: 'title' },
  organiser: { 'zh-Hans': '主办方', en: 'organiser' },
  period: { 'zh-Hans': '培训日期', en: 'dates' },
  venue: { 'zh-Hans': '培训地点', en: 'venue' },
  targetLevels: { 'zh-Hans': '培训对象层级', en: 'target levels' },
  capacity: { 'zh-Hans': '培训名额', en: 'capacity' },
};

const parsers = /* @__PURE__ */ createParsers(
  TrainingSchema,
  { id: 'Training', 'zh-Hans': '学习培训', en: 'Training' },
  trainingFieldNames,
);

/**
 * Validates a training course (学习培训), throwing a {@link RendaError} that names the field on bad
 * input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The training, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseTraining } from 'renda';
 *
 * const training = parseTraining({
 *   id: 'T-1',
 *   kind: 'initial',
 *   title: '初任培训',
 *   organiser: { level: 'county', jurisdiction: '330226' },
 *   period: { from: '2022-01-05', to: '2022-01-06' },
 * });
 * console.log(Object.isFrozen(training)); // true
 * ```
 * @category Validation
 */
export const parseTraining: (input: unknown) => Training = parsers.parse;

/**
 * Validates a training course (学习培训) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseTraining } from 'renda';
 *
 * const result = safeParseTraining({
 *   id: 'T-1',
 *   kind: 'initial',
 *   title: '初任培训',
 *   organiser: { level: 'county', jurisdiction: '330226' },
 *   period: { from: '2022-01-06', to: '2022-01-05' },
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'END_BEFORE_START'
 * ```
 * @category Validation
 */
export const safeParseTraining: (input: unknown) => Result<Training, ValidationError> =
  parsers.safeParse;
