import * as z from 'zod';
import { isCalendarDay } from '../../internal/civilDays.js';
import {
  type CrossFieldRule,
  DEADLINE_ANCHORS,
  DEADLINE_FIELDS,
  DEADLINE_RULE_FIELDS,
  DEADLINE_UNITS,
  type DeadlineField,
  type DeadlineFields,
  FIXED_DATE_MISSING,
  MONTH_DAY_PATTERN,
} from './deadlineFields.js';

export { DEADLINE_ANCHORS, DEADLINE_UNITS };

// The schemas are built from the tables the calendar reads (./deadlineFields.ts), so a field or a
// bound is written once. These types say what each kind of field becomes in zod.

type ZodOfKind<F> = F extends { kind: 'wholeNumber' }
  ? z.ZodNumber
  : F extends { kind: 'oneOf'; values: infer V extends readonly string[] }
    ? z.ZodEnum<{ [K in V[number]]: K }>
    : F extends { kind: 'boolean' }
      ? z.ZodBoolean
      : F extends { kind: 'object'; fields: infer Fields }
        ? z.ZodObject<ZodShapeOf<Fields>>
        : z.ZodString;

type ZodOfField<F> = F extends { optional: true } ? z.ZodOptional<ZodOfKind<F>> : ZodOfKind<F>;

type ZodShapeOf<Fields> = { -readonly [K in keyof Fields]: ZodOfField<Fields[K]> };

/**
 * A day of the calendar's grammar: `YYYY-MM-DD` in years 0001–9999 (zod's date format also takes
 * year 0000, which the calendar refuses). The year is judged only when the format holds, so a
 * bad day is one issue.
 */
const DaySchema = /* @__PURE__ */ z.iso.date({ abort: true }).refine(isCalendarDay, {
  params: {
    code: 'DAY_OUT_OF_RANGE',
    zh: '须为 0001–9999 年间的日期',
    en: 'must be a day in years 0001–9999',
  },
});

function zodOfKind(field: DeadlineField): z.ZodType {
  switch (field.kind) {
    case 'wholeNumber':
      return z.number().int().min(field.min).max(field.max);
    case 'oneOf':
      return z.enum(field.values);
    case 'monthDay':
      return z.string().regex(MONTH_DAY_PATTERN);
    case 'boolean':
      return z.boolean();
    case 'day':
      return DaySchema;
    case 'text':
      return z.string().min(field.min).max(field.max);
    case 'object':
      return zodOfFields(field.fields, field.check);
  }
}

/** The zod object of a table, with its rule across fields. */
function zodOfFields<Fields extends DeadlineFields>(
  fields: Fields,
  check?: CrossFieldRule,
): z.ZodObject<ZodShapeOf<Fields>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) {
    const schema = zodOfKind(field);
    shape[key] = field.optional === true ? schema.optional() : schema;
  }
  const object = z.object(shape) as z.ZodObject<ZodShapeOf<Fields>>;
  if (check === undefined) return object;
  return object.check((ctx) => {
    if (check.breaks(ctx.value as Readonly<Record<string, unknown>>)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: [...check.path],
        params: { code: check.code, zh: check.zh, en: check.en },
      });
    }
  });
}

/**
 * A deadline rule as data (期限规则): `{ amount: 3, unit: 'calendarMonths', anchor: 'assignment' }`
 * is "within 3 months of assignment"; `{ anchor: 'fixedDate', fixedDate: '06-30' }` is "by 30 June
 * of the year of the anchor".
 *
 * @example
 * ```ts
 * import { DeadlineRuleSchema } from 'renda';
 *
 * DeadlineRuleSchema.parse({ amount: 5, unit: 'workingDays', anchor: 'receipt' });
 * ```
 * @category Deadlines
 */
export const DeadlineRuleSchema: z.ZodObject<{
  /** 期限长度. Ignored for a fixed date. */
  amount: z.ZodNumber;
  /** 计算单位. */
  unit: z.ZodEnum<{ [K in (typeof DEADLINE_UNITS)[number]]: K }>;
  /** 起算点. */
  anchor: z.ZodEnum<{ [K in (typeof DEADLINE_ANCHORS)[number]]: K }>;
  /** 固定日期 `MM-DD`, for `anchor: 'fixedDate'`. */
  fixedDate: z.ZodOptional<z.ZodString>;
  /** 顺延: when the counted day is not a working day, move the due day to the next working day. */
  rollToWorkingDay: z.ZodOptional<z.ZodBoolean>;
}> = /* @__PURE__ */ zodOfFields(DEADLINE_RULE_FIELDS, FIXED_DATE_MISSING);

/**
 * A deadline rule; the type of {@link DeadlineRuleSchema}.
 *
 * @example
 * ```ts
 * import type { DeadlineRule } from 'renda';
 *
 * const reply: DeadlineRule = { amount: 3, unit: 'calendarMonths', anchor: 'assignment' };
 * ```
 * @category Deadlines
 */
export interface DeadlineRule extends z.infer<typeof DeadlineRuleSchema> {}

/**
 * A deadline frozen on a record when it was set (期限): the due day, the rule and the anchor day
 * it was counted from, the calendar and zone it was counted in, and any approved extension. A
 * later change of policy or calendar never rewrites it.
 *
 * @example
 * ```ts
 * import { DeadlineSchema } from 'renda';
 *
 * DeadlineSchema.parse({
 *   day: '2025-02-28',
 *   anchorDay: '2024-11-30',
 *   rule: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *   calendarId: 'cn-official',
 *   timeZone: 'Asia/Shanghai',
 * });
 * ```
 * @category Deadlines
 */
export const DeadlineSchema: z.ZodObject<{
  /** 截止日期: the last day on which the act is on time (inclusive). */
  day: z.ZodString;
  /** 起算日期. */
  anchorDay: z.ZodString;
  /** 期限规则. */
  rule: typeof DeadlineRuleSchema;
  /** 工作日历: the id of the calendar it was counted with. */
  calendarId: z.ZodString;
  /** 时区: the IANA zone it was counted in. */
  timeZone: z.ZodString;
  /** 延期: the approved extension, if any, and the day before it. */
  extension: z.ZodOptional<
    z.ZodObject<{
      /** 原截止日期. */
      originalDay: z.ZodString;
      /** 延期月数. */
      months: z.ZodNumber;
    }>
  >;
}> = /* @__PURE__ */ zodOfFields(DEADLINE_FIELDS);

/**
 * A frozen deadline; the type of {@link DeadlineSchema}.
 *
 * @example
 * ```ts
 * import type { Deadline } from 'renda';
 *
 * const deadline: Deadline = {
 *   day: '2025-02-28',
 *   anchorDay: '2024-11-30',
 *   rule: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
 *   calendarId: 'cn-official',
 *   timeZone: 'Asia/Shanghai',
 * };
 * ```
 * @category Deadlines
 */
export interface Deadline extends z.infer<typeof DeadlineSchema> {}
