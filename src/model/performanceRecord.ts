import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import {
  CalendarDaySchema,
  IdSchema,
  LongTextSchema,
  RulesVersionSchema,
} from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The kinds of entry in a deputy's performance record (履职登记类别): attending a session of the
 * congress (出席会议), missing one (缺席会议), submitting a suggestion (提出建议) or a motion (提出
 * 议案), taking part in an activity (参加活动), training (参加培训), reporting to constituents
 * (述职), contacting voters (联系选民), a reception day (接待选民), an award (表彰奖励), a penalty
 * (处分 / 扣分), or another duty (其他).
 *
 * @remarks The kinds cover the parts of a performance file found in practice (Zhenping's eight:
 * profile, meetings, inspections and research, training, group activities, suggestions, reports
 * to voters, awards); the profile itself is the deputy record.
 * @example
 * ```ts
 * import { PERFORMANCE_RECORD_KINDS } from 'renda';
 *
 * console.log(PERFORMANCE_RECORD_KINDS.includes('dutyReport')); // true
 * ```
 * @category Models
 */
export const PERFORMANCE_RECORD_KINDS = [
  'sessionAttendance',
  'sessionAbsence',
  'suggestionSubmitted',
  'motionSubmitted',
  'activity',
  'training',
  'dutyReport',
  'voterContact',
  'receptionDay',
  'award',
  'penalty',
  'other',
] as const;

/**
 * One entry in a deputy's performance record (履职档案 / 履职登记): one duty performed (or missed)
 * on one day, with the record it refers to and any points a scoring scheme assigned.
 *
 * @remarks
 * Points are frozen when the entry is made, under the scheme named by `rulesVersion`; a later
 * change of scheme does not rewrite them. Points may be negative (a penalty, an unexcused
 * absence).
 *
 * Rule: a session absence says whether it was excused (`EXCUSED_REQUIRED`).
 * @example
 * ```ts
 * import { PerformanceRecordSchema } from 'renda';
 *
 * PerformanceRecordSchema.parse({
 *   id: 'PR-1',
 *   deputyId: 'D-1',
 *   day: '2025-03-15',
 *   kind: 'receptionDay',
 *   refId: 'A-1',
 *   points: 5,
 * });
 * ```
 * @category Models
 */
export const PerformanceRecordSchema = /* @__PURE__ */ z
  .object({
    /** 登记编号. */
    id: IdSchema,
    /** 代表: the deputy whose record it is. */
    deputyId: IdSchema,
    /** 履职日期: the day the duty was performed. */
    day: CalendarDaySchema,
    /** 履职类别, one of {@link PERFORMANCE_RECORD_KINDS}. */
    kind: /* @__PURE__ */ z.enum(PERFORMANCE_RECORD_KINDS),
    /** 是否请假: for a session absence, whether leave was granted. */
    excused: /* @__PURE__ */ z.boolean().optional(),
    /** 关联记录: the activity, suggestion, training or report this entry is for. */
    refId: /* @__PURE__ */ IdSchema.optional(),
    /** 积分: the points a scoring scheme assigned when the entry was made (may be negative). */
    points: /* @__PURE__ */ z.number().min(-1_000_000).max(1_000_000).optional(),
    /** 备注. */
    note: /* @__PURE__ */ LongTextSchema.optional(),
    /** 规则版本: the scoring scheme the points were assigned under. */
    rulesVersion: /* @__PURE__ */ RulesVersionSchema.optional(),
  })
  .check((ctx) => {
    if (ctx.value.kind === 'sessionAbsence' && ctx.value.excused === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['excused'],
        params: {
          code: 'EXCUSED_REQUIRED',
          zh: '缺席会议须注明是否请假',
          en: 'a session absence must say whether it was excused',
        },
      });
    }
  });

/**
 * One entry in a deputy's performance record (履职登记); the type of
 * {@link PerformanceRecordSchema}.
 *
 * @example
 * ```ts
 * import type { PerformanceRecord } from 'renda';
 *
 * const entry: PerformanceRecord = {
 *   id: 'PR-2',
 *   deputyId: 'D-1',
 *   day: '2025-01-08',
 *   kind: 'sessionAbsence',
 *   excused: true,
 *   points: -1,
 * };
 * ```
 * @category Models
 */
export interface PerformanceRecord extends z.infer<typeof PerformanceRecordSchema> {}

/**
 * The input accepted by {@link PerformanceRecordSchema} (履职登记输入).
 *
 * @example
 * ```ts
 * import type { PerformanceRecordInput } from 'renda';
 *
 * const input: PerformanceRecordInput = {
 *   id: 'PR-3',
 *   deputyId: 'D-2',
 *   day: '2025-01-09',
 *   kind: 'suggestionSubmitted',
 *   refId: 'S-17',
 * };
 * ```
 * @category Models
 */
export interface PerformanceRecordInput extends z.input<typeof PerformanceRecordSchema> {}

/**
 * The Chinese and English names of the performance record's fields (履职登记字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { performanceRecordFieldNames } from 'renda';
 *
 * console.log(performanceRecordFieldNames.points?.['zh-Hans']); // '积分'
 * ```
 * @category Validation
 */
export const performanceRecordFieldNames: FieldNames = {
  day: { 'zh-Hans': '履职日期', en: 'day' },
  kind: { 'zh-Hans': '履职类别', en: 'duty kind' },
  excused: { 'zh-Hans': '是否请假', en: 'excused' },
  refId: { 'zh-Hans': '关联记录', en: 'related record' },
  points: { 'zh-Hans': '积分', en: 'points' },
};

const parsers = /* @__PURE__ */ createParsers(
  PerformanceRecordSchema,
  { id: 'PerformanceRecord', 'zh-Hans': '履职登记', en: 'Performance record' },
  performanceRecordFieldNames,
);

/**
 * Validates a performance record entry (履职登记), throwing a {@link RendaError} that names the
 * field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The entry, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parsePerformanceRecord } from 'renda';
 *
 * const entry = parsePerformanceRecord({
 *   id: 'PR-1', deputyId: 'D-1', day: '2025-03-15', kind: 'training', refId: 'T-1',
 * });
 * console.log(entry.kind); // 'training'
 * ```
 * @category Validation
 */
export const parsePerformanceRecord: (input: unknown) => PerformanceRecord = parsers.parse;

/**
 * Validates a performance record entry (履职登记) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParsePerformanceRecord } from 'renda';
 *
 * const result = safeParsePerformanceRecord({
 *   id: 'PR-1', deputyId: 'D-1', day: '2025-01-08', kind: 'sessionAbsence',
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'EXCUSED_REQUIRED'
 * ```
 * @category Validation
 */
export const safeParsePerformanceRecord: (
  input: unknown,
) => Result<PerformanceRecord, ValidationError> = parsers.safeParse;
