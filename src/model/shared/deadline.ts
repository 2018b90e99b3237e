import * as z from 'zod';
import { CalendarDaySchema } from './primitives.js';

/**
 * How a deadline is counted (计算方式): calendar months (个月, month-end clamps: 30 Nov + 3
 * months = 28/29 Feb), calendar days (日) or working days (工作日, holidays and 调休 make-up
 * working days from the policy's calendar).
 *
 * @example
 * ```ts
 * import { DEADLINE_UNITS } from 'renda';
 *
 * console.log(DEADLINE_UNITS); // ['calendarMonths', 'calendarDays', 'workingDays']
 * ```
 * @category Deadlines
 */
export const DEADLINE_UNITS = ['calendarMonths', 'calendarDays', 'workingDays'] as const;

/**
 * What a deadline is counted from (起算点): the assignment (交办), the receipt (收到), the close of
 * the congress session (闭会之日), or a fixed calendar date (e.g. replies due 30 June).
 *
 * @example
 * ```ts
 * import { DEADLINE_ANCHORS } from 'renda';
 *
 * console.log(DEADLINE_ANCHORS.includes('sessionClose')); // true
 * ```
 * @category Deadlines
 */
export const DEADLINE_ANCHORS = ['assignment', 'receipt', 'sessionClose', 'fixedDate'] as const;

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
export const DeadlineRuleSchema = /* @__PURE__ */ z
  .object({
    /** 期限长度. Ignored for a fixed date. */
    amount: /* @__PURE__ */ z.number().int().min(0).max(3660),
    /** 计算单位. */
    unit: /* @__PURE__ */ z.enum(DEADLINE_UNITS),
    /** 起算点. */
    anchor: /* @__PURE__ */ z.enum(DEADLINE_ANCHORS),
    /** 固定日期 `MM-DD`, for `anchor: 'fixedDate'`. */
    fixedDate: /* @__PURE__ */ z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
      .optional(),
    /**
     * 顺延: when the counted day is not a working day, move the due day to the next working day.
     * Off by default: the law counts calendar months and days as they fall.
     */
    rollToWorkingDay: /* @__PURE__ */ z.boolean().optional(),
  })
  .check((ctx) => {
    if (ctx.value.anchor === 'fixedDate' && ctx.value.fixedDate === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['fixedDate'],
        params: {
          code: 'FIXED_DATE_MISSING',
          zh: '固定日期规则必须给出日期（MM-DD）',
          en: 'a fixed-date rule needs its date (MM-DD)',
        },
      });
    }
  });

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
export const DeadlineSchema = /* @__PURE__ */ z.object({
  /** 截止日期: the last day on which the act is on time (inclusive). */
  day: CalendarDaySchema,
  /** 起算日期. */
  anchorDay: CalendarDaySchema,
  /** 期限规则. */
  rule: DeadlineRuleSchema,
  /** 工作日历: the id of the calendar it was counted with. */
  calendarId: /* @__PURE__ */ z.string().min(1).max(64),
  /** 时区: the IANA zone it was counted in. */
  timeZone: /* @__PURE__ */ z.string().min(1).max(64),
  /** 延期: the approved extension, if any, and the day before it. */
  extension: /* @__PURE__ */ z
    .object({
      /** 原截止日期. */
      originalDay: CalendarDaySchema,
      /** 延期月数. */
      months: /* @__PURE__ */ z.number().int().min(1).max(24),
    })
    .optional(),
});

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
