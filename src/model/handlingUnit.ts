import * as z from 'zod';
import { CongressLevelSchema } from './shared/congress.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { DateRangeSchema, IdSchema, ShortTextSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The kinds of handling unit (承办单位类别): a government department (政府部门), a court
 * (法院), a procuratorate (检察院), a body of the congress or its standing committee (人大机关),
 * a state-owned enterprise or public institution (企事业单位), or another body (其他).
 *
 * @example
 * ```ts
 * import { HANDLING_UNIT_KINDS } from 'renda';
 *
 * console.log(HANDLING_UNIT_KINDS[0]); // 'government'
 * ```
 * @category Models
 */
export const HANDLING_UNIT_KINDS = [
  'government',
  'court',
  'procuratorate',
  'congress',
  'enterprise',
  'other',
] as const;

/**
 * A handling unit (承办单位): a body that receives suggestions and replies to deputies.
 *
 * @remarks `accountableFrom` keeps items assigned before a unit existed out of its figures.
 * @example
 * ```ts
 * import { HandlingUnitSchema } from 'renda';
 *
 * HandlingUnitSchema.parse({
 *   id: 'U-TRANSPORT',
 *   name: '市交通运输局',
 *   kind: 'government',
 *   level: 'city',
 *   active: { from: '2020-01-01' },
 * });
 * ```
 * @category Models
 */
export const HandlingUnitSchema = /* @__PURE__ */ z.object({
  /** 单位编号. */
  id: IdSchema,
  /** 单位名称. */
  name: ShortTextSchema,
  /** 单位类别. */
  kind: /* @__PURE__ */ z.enum(HANDLING_UNIT_KINDS),
  /** 所属层级: the level of government or congress it belongs to. */
  level: CongressLevelSchema,
  /** 上级单位: the parent body, e.g. the government for a department. */
  parentId: /* @__PURE__ */ IdSchema.optional(),
  /** 存续期间: when the unit exists and is accountable for suggestions. */
  active: DateRangeSchema,
});

/**
 * A handling unit; the type of {@link HandlingUnitSchema}.
 *
 * @example
 * ```ts
 * import type { HandlingUnit } from 'renda';
 *
 * const unit: HandlingUnit = {
 *   id: 'U-1', name: '县教育局', kind: 'government', level: 'county', active: { from: '2021-01-01' },
 * };
 * ```
 * @category Models
 */
export interface HandlingUnit extends z.infer<typeof HandlingUnitSchema> {}

/**
 * The input accepted by {@link HandlingUnitSchema}.
 *
 * @example
 * ```ts
 * import type { HandlingUnitInput } from 'renda';
 *
 * const input: HandlingUnitInput = {
 *   id: 'U-1', name: '县教育局', kind: 'government', level: 'county', active: { from: '2021-01-01' },
 * };
 * ```
 * @category Models
 */
export interface HandlingUnitInput extends z.input<typeof HandlingUnitSchema> {}

/** The Chinese and English names of the handling unit's fields. */
export const handlingUnitFieldNames: FieldNames = {
  kind: { 'zh-Hans': '单位类别', en: 'unit kind' },
  parentId: { 'zh-Hans': '上级单位', en: 'parent body' },
  active: { 'zh-Hans': '存续期间', en: 'active period' },
};

const parsers = /* @__PURE__ */ createParsers(
  HandlingUnitSchema,
  { id: 'HandlingUnit', 'zh-Hans': '承办单位', en: 'Handling unit' },
  handlingUnitFieldNames,
);

/**
 * Validates a handling unit, throwing a {@link RendaError} that names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The handling unit, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseHandlingUnit } from 'renda';
 *
 * const unit = parseHandlingUnit({
 *   id: 'U-1', name: '县教育局', kind: 'government', level: 'county', active: { from: '2021-01-01' },
 * });
 * console.log(Object.isFrozen(unit)); // true
 * ```
 * @category Validation
 */
export const parseHandlingUnit: (input: unknown) => HandlingUnit = parsers.parse;

/**
 * Validates a handling unit without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseHandlingUnit } from 'renda';
 *
 * const result = safeParseHandlingUnit({ id: 'U-1' });
 * if (!result.ok) console.log(result.error.issues.map((issue) => issue.path.join('.')));
 * ```
 * @category Validation
 */
export const safeParseHandlingUnit: (input: unknown) => Result<HandlingUnit, ValidationError> =
  parsers.safeParse;
