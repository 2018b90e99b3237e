import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { CountSchema, IdSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * A deputy's attendance status at a training (培训出勤情况): attended (参加), excused (请假) or
 * absent without leave (缺席).
 *
 * @example
 * ```ts
 * import { ATTENDANCE_STATUSES } from 'renda';
 *
 * console.log(ATTENDANCE_STATUSES); // ['attended', 'excused', 'absent']
 * ```
 * @category Models
 */
export const ATTENDANCE_STATUSES = ['attended', 'excused', 'absent'] as const;

/**
 * One deputy's attendance at one training (培训出勤): whether the deputy attended, was excused or
 * was absent, and for how many days.
 *
 * @remarks One record per training and deputy; the pair (`trainingId`, `deputyId`) is its key.
 * @example
 * ```ts
 * import { TrainingAttendanceSchema } from 'renda';
 *
 * TrainingAttendanceSchema.parse({ trainingId: 'T-1', deputyId: 'D-1', status: 'attended', days: 4 });
 * ```
 * @category Models
 */
export const TrainingAttendanceSchema = /* @__PURE__ */ z.object({
  /** 培训: the training's id. */
  trainingId: IdSchema,
  /** 代表: the deputy's id. */
  deputyId: IdSchema,
  /** 出勤情况, one of {@link ATTENDANCE_STATUSES}. */
  status: /* @__PURE__ */ z.enum(ATTENDANCE_STATUSES),
  /** 参训天数: the days attended, when the training spans several days. */
  days: /* @__PURE__ */ CountSchema.optional(),
});

/**
 * One deputy's attendance at one training (培训出勤); the type of
 * {@link TrainingAttendanceSchema}.
 *
 * @example
 * ```ts
 * import type { TrainingAttendance } from 'renda';
 *
 * const attendance: TrainingAttendance = { trainingId: 'T-1', deputyId: 'D-2', status: 'excused' };
 * ```
 * @category Models
 */
export interface TrainingAttendance extends z.infer<typeof TrainingAttendanceSchema> {}

/**
 * The input accepted by {@link TrainingAttendanceSchema} (培训出勤输入).
 *
 * @example
 * ```ts
 * import type { TrainingAttendanceInput } from 'renda';
 *
 * const input: TrainingAttendanceInput = { trainingId: 'T-1', deputyId: 'D-3', status: 'absent' };
 * ```
 * @category Models
 */
export interface TrainingAttendanceInput extends z.input<typeof TrainingAttendanceSchema> {}

/**
 * The Chinese and English names of the training attendance's fields (培训出勤字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { trainingAttendanceFieldNames } from 'renda';
 *
 * console.log(trainingAttendanceFieldNames.status?.['zh-Hans']); // '出勤情况'
 * ```
 * @category Validation
 */
export const trainingAttendanceFieldNames: FieldNames = {
  trainingId: { 'zh-Hans': '培训', en: 'training' },
  status: { 'zh-Hans': '出勤情况', en: 'attendance status' },
  days: { 'zh-Hans': '参训天数', en: 'days attended' },
};

const parsers = /* @__PURE__ */ createParsers(
  TrainingAttendanceSchema,
  { id: 'TrainingAttendance', 'zh-Hans': '培训出勤', en: 'Training attendance' },
  trainingAttendanceFieldNames,
);

/**
 * Validates a training attendance (培训出勤), throwing a {@link RendaError} that names the field on
 * bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The attendance, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseTrainingAttendance } from 'renda';
 *
 * const attendance = parseTrainingAttendance({ trainingId: 'T-1', deputyId: 'D-1', status: 'attended' });
 * console.log(attendance.status); // 'attended'
 * ```
 * @category Validation
 */
export const parseTrainingAttendance: (input: unknown) => TrainingAttendance = parsers.parse;

/**
 * Validates a training attendance (培训出勤) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseTrainingAttendance } from 'renda';
 *
 * const result = safeParseTrainingAttendance({ trainingId: 'T-1', deputyId: 'D-1', status: 'late' });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['status']
 * ```
 * @category Validation
 */
export const safeParseTrainingAttendance: (
  input: unknown,
) => Result<TrainingAttendance, ValidationError> = parsers.safeParse;
