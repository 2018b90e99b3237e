import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { CalendarDaySchema, CountSchema, IdSchema, LongTextSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * How a deputy reports to constituents (述职方式): orally at a meeting (口头述职), in writing
 * (书面述职) or online (网上述职).
 *
 * @example
 * ```ts
 * import { DUTY_REPORT_MODES } from 'renda';
 *
 * console.log(DUTY_REPORT_MODES); // ['oral', 'written', 'online']
 * ```
 * @category Models
 */
export const DUTY_REPORT_MODES = ['oral', 'written', 'online'] as const;

/**
 * A deputy's report to the constituency on how the deputy has performed (向原选区选民报告履职情况 /
 * 述职): when and where, how many voters attended, and how they rated the deputy (测评).
 *
 * @remarks Local rules often ask for at least 50 voter representatives and a rating announced on
 * the spot; renda keeps the audience and the ratings as data and leaves such thresholds to the
 * app's policy.
 * @example
 * ```ts
 * import { DutyReportSchema } from 'renda';
 *
 * DutyReportSchema.parse({
 *   id: 'R-1',
 *   deputyId: 'D-1',
 *   day: '2025-06-20',
 *   stationId: 'ST-1',
 *   audience: 62,
 *   mode: 'oral',
 *   ratings: { satisfied: 55, basicallySatisfied: 6, dissatisfied: 1 },
 *   published: true,
 * });
 * ```
 * @category Models
 */
export const DutyReportSchema = /* @__PURE__ */ z.object({
  /** 述职编号. */
  id: IdSchema,
  /** 述职代表: the deputy who reported. */
  deputyId: IdSchema,
  /** 述职日期. */
  day: CalendarDaySchema,
  /** 联络站点: the station where the meeting was held. */
  stationId: /* @__PURE__ */ IdSchema.optional(),
  /** 出席选民数: how many voters or voter representatives attended. */
  audience: CountSchema,
  /** 述职方式, one of {@link DUTY_REPORT_MODES}. */
  mode: /* @__PURE__ */ z.enum(DUTY_REPORT_MODES),
  /** 测评结果: the votes cast on the 3-grade scale. */
  ratings: /* @__PURE__ */ z
    .object({
      /** 满意票数. */
      satisfied: CountSchema,
      /** 基本满意票数. */
      basicallySatisfied: CountSchema,
      /** 不满意票数. */
      dissatisfied: CountSchema,
    })
    .optional(),
  /** 是否公开: whether the report and its ratings were published to the constituency. */
  published: /* @__PURE__ */ z.boolean().optional(),
  /** 备注. */
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

/**
 * A duty report to constituents (述职); the type of {@link DutyReportSchema}.
 *
 * @example
 * ```ts
 * import type { DutyReport } from 'renda';
 *
 * const report: DutyReport = {
 *   id: 'R-2',
 *   deputyId: 'D-4',
 *   day: '2025-11-03',
 *   audience: 0,
 *   mode: 'written',
 * };
 * ```
 * @category Models
 */
export interface DutyReport extends z.infer<typeof DutyReportSchema> {}

/**
 * The input accepted by {@link DutyReportSchema} (述职输入).
 *
 * @example
 * ```ts
 * import type { DutyReportInput } from 'renda';
 *
 * const input: DutyReportInput = {
 *   id: 'R-3',
 *   deputyId: 'D-5',
 *   day: '2025-12-01',
 *   audience: 80,
 *   mode: 'online',
 * };
 * ```
 * @category Models
 */
export interface DutyReportInput extends z.input<typeof DutyReportSchema> {}

/**
 * The Chinese and English names of the duty report's fields (述职字段名), used in validation
 * messages.
 *
 * @example
 * ```ts
 * import { dutyReportFieldNames } from 'renda';
 *
 * console.log(dutyReportFieldNames.audience?.['zh-Hans']); // '出席选民数'
 * ```
 * @category Validation
 */
export const dutyReportFieldNames: FieldNames = {
  deputyId: { 'zh-Hans': '述职代表', en: 'reporting deputy' },
  day: { 'zh-Hans': '述职日期', en: 'day of the report' },
  audience: { 'zh-Hans': '出席选民数', en: 'voters attending' },
  mode: { 'zh-Hans': '述职方式', en: 'mode' },
  ratings: { 'zh-Hans': '测评结果', en: 'ratings' },
  satisfied: { 'zh-Hans': '满意票数', en: 'satisfied votes' },
  basicallySatisfied: { 'zh-Hans': '基本满意票数', en: 'basically satisfied votes' },
  dissatisfied: { 'zh-Hans': '不满意票数', en: 'dissatisfied votes' },
  published: { 'zh-Hans': '是否公开', en: 'published' },
};

const parsers = /* @__PURE__ */ createParsers(
  DutyReportSchema,
  { id: 'DutyReport', 'zh-Hans': '履职报告', en: 'Duty report' },
  dutyReportFieldNames,
);

/**
 * Validates a duty report (述职), throwing a {@link RendaError} that names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The report, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseDutyReport } from 'renda';
 *
 * const report = parseDutyReport({
 *   id: 'R-1', deputyId: 'D-1', day: '2025-06-20', audience: 62, mode: 'oral',
 * });
 * console.log(Object.isFrozen(report)); // true
 * ```
 * @category Validation
 */
export const parseDutyReport: (input: unknown) => DutyReport = parsers.parse;

/**
 * Validates a duty report (述职) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseDutyReport } from 'renda';
 *
 * const result = safeParseDutyReport({
 *   id: 'R-1', deputyId: 'D-1', day: '2025-06-20', audience: -1, mode: 'oral',
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['audience']
 * ```
 * @category Validation
 */
export const safeParseDutyReport: (input: unknown) => Result<DutyReport, ValidationError> =
  parsers.safeParse;
