import * as z from 'zod';
import { chinaOfficialCalendar } from '../calendar/chinaOfficialCalendar.js';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { createParsers } from '../model/shared/createParsers.js';
import { type DeadlineRule, DeadlineRuleSchema } from '../model/shared/deadline.js';
import { LabelSchema } from '../model/shared/localized.js';
import type { Result } from '../model/shared/result.js';
import type { ValidationError } from '../model/shared/validationError.js';
import {
  CANONICAL_OUTCOMES,
  nationalOutcomeTaxonomy,
  type OutcomeTaxonomy,
} from './outcomeTaxonomy.js';

/**
 * A jurisdiction's rules for handling suggestions (建议办理规则): every deadline, window,
 * taxonomy and counting rule the workflow and the statistics use. Build one with
 * {@link definePolicy}; records store `rulesVersion` = `id@version`.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type SuggestionPolicy } from 'renda';
 *
 * const policy: SuggestionPolicy = defaultPolicy;
 * console.log(policy.deadlines.reply); // { amount: 3, unit: 'calendarMonths', anchor: 'assignment' }
 * ```
 * @category Suggestion workflow
 */
export interface SuggestionPolicy {
  /** The jurisdiction's id, e.g. `default`, `ningbo`. */
  readonly id: string;
  /** Bumped whenever a rule changes; stored on every record as `rulesVersion`. */
  readonly version: number;
  /** The IANA time zone calendar days are counted in (`Asia/Shanghai`). */
  readonly timeZone: string;
  /** The working-day calendar (holidays and 调休). */
  readonly calendar: WorkingDayCalendar;
  /** Deadlines as data. */
  readonly deadlines: {
    /** 交办期限: assign a between-sessions item within 5 working days of receipt. */
    readonly assign: DeadlineRule;
    /** 申请调整期限: a unit may ask for reassignment within 7 working days of assignment. */
    readonly returnWindow: DeadlineRule;
    /** 协办意见期限: an assisting unit sends its view to the lead within 1 month. */
    readonly assistingInput: DeadlineRule;
    /** 答复期限: reply within 3 months of assignment (Deputies Law art. 51). */
    readonly reply: DeadlineRule;
    /** 重新办理期限: re-reply within 1 month after dissatisfaction. */
    readonly reHandlingReply: DeadlineRule;
    /** 评价期限: the deputy returns the feedback form within 20 working days of the reply. */
    readonly evaluationWindow: DeadlineRule;
    /** 公开期限: publish within 20 working days of the reply. */
    readonly publication: DeadlineRule;
  };
  /** 延期: the cap on approved extensions, in months added to the reply deadline. */
  readonly extension: { readonly maxTotalMonths: number };
  /** 改办后重新计时: whether a reassigned unit's deadline runs from its own assignment. */
  readonly reassignmentRestartsClock: boolean;
  /** 重新办理次数上限: `null` for no cap (no retrieved rule caps it). */
  readonly maxReHandlingRounds: number | null;
  /**
   * 办复口径: a suggestion counts as replied when its lead (or sole) unit has replied
   * (`leadUnit`), or only when every unit that must reply has (`everyRequiredUnit`). Separate
   * (分办) units always each reply.
   */
  readonly repliedWhen: 'leadUnit' | 'everyRequiredUnit';
  /** 答复类别: the outcome taxonomy. */
  readonly outcomeTaxonomy: OutcomeTaxonomy;
  /** 不予立案理由: the reasons an item may be refused registration. */
  readonly notRegisteredReasons: readonly {
    readonly code: string;
    readonly label: z.infer<typeof LabelSchema>;
  }[];
  /** 满意率口径: who counts in satisfaction for a joint suggestion. */
  readonly evaluationCounting: 'leadOnly' | 'everyDeputy';
  /** 预警: due soon within `dueSoonDays`; very overdue after `veryOverdueDays` late. */
  readonly deadlineWarning: { readonly dueSoonDays: number; readonly veryOverdueDays: number };
}

const label = (zh: string, hant: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': hant, en });

/**
 * The default policy (默认规则), from the Deputies Law and the common provincial rules; every
 * value's source is on {@link SuggestionPolicy}'s fields and in the "Policies for your
 * jurisdiction" guide.
 *
 * @remarks reply 3 months from assignment (Deputies Law 2025 art. 51); extension cap +3 months
 * (Fujian, Xiamen: 6 in all); assign within 5 working days; return within 7 working days;
 * assisting input 1 month; re-reply 1 month; feedback form 20 working days (Chongqing);
 * publication 20 working days (Anhui); no cap on re-handling rounds; national A/B/C/D classes.
 * @example
 * ```ts
 * import { defaultPolicy } from 'renda';
 *
 * console.log(defaultPolicy.timeZone); // 'Asia/Shanghai'
 * ```
 * @category Suggestion workflow
 */
export const defaultPolicy: SuggestionPolicy = /* @__PURE__ */ deepFreeze({
  id: 'default',
  version: 1,
  timeZone: 'Asia/Shanghai',
  calendar: chinaOfficialCalendar,
  deadlines: {
    assign: { amount: 5, unit: 'workingDays', anchor: 'receipt' },
    returnWindow: { amount: 7, unit: 'workingDays', anchor: 'assignment' },
    assistingInput: { amount: 1, unit: 'calendarMonths', anchor: 'assignment' },
    reply: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
    reHandlingReply: { amount: 1, unit: 'calendarMonths', anchor: 'assignment' },
    evaluationWindow: { amount: 20, unit: 'workingDays', anchor: 'receipt' },
    publication: { amount: 20, unit: 'workingDays', anchor: 'receipt' },
  },
  extension: { maxTotalMonths: 3 },
  reassignmentRestartsClock: true,
  maxReHandlingRounds: null,
  repliedWhen: 'leadUnit',
  outcomeTaxonomy: nationalOutcomeTaxonomy,
  notRegisteredReasons: [
    {
      code: 'personalMatter',
      label: label(
        '代表本人或亲属的个人事务',
        '代表本人或親屬的個人事務',
        'A personal matter of the deputy or relatives',
      ),
    },
    {
      code: 'forwardedLetter',
      label: label(
        '转交群众来信来访',
        '轉交群眾來信來訪',
        'Forwards constituents’ letters or visits',
      ),
    },
    {
      code: 'inLitigation',
      label: label('已进入诉讼、仲裁程序', '已進入訴訟、仲裁程序', 'In litigation or arbitration'),
    },
    {
      code: 'accusation',
      label: label('检举、控告、申诉', '檢舉、控告、申訴', 'A report, accusation or appeal'),
    },
    {
      code: 'academicOrPromotion',
      label: label(
        '学术探讨或产品推介',
        '學術探討或產品推介',
        'Academic discussion or product promotion',
      ),
    },
    { code: 'noContent', label: label('没有实际内容', '沒有實際內容', 'No real content') },
    {
      code: 'outsideRemit',
      label: label('超出本级职权范围', '超出本級職權範圍', 'Outside this level’s remit'),
    },
    { code: 'unlawful', label: label('违反法律法规', '違反法律法規', 'Contrary to law') },
    { code: 'other', label: label('其他', '其他', 'Other') },
  ],
  evaluationCounting: 'everyDeputy',
  deadlineWarning: { dueSoonDays: 10, veryOverdueDays: 30 },
});

/** What a jurisdiction may override: any part, at any depth, without restating the rest. */
export type PolicyOverrides = {
  readonly id: string;
  readonly version: number;
} & {
  readonly [K in Exclude<keyof SuggestionPolicy, 'id' | 'version'>]?: SuggestionPolicy[K] extends
    | DeadlineRule
    | OutcomeTaxonomy
    | WorkingDayCalendar
    | readonly unknown[]
    ? SuggestionPolicy[K]
    : SuggestionPolicy[K] extends object
      ? { readonly [P in keyof SuggestionPolicy[K]]?: SuggestionPolicy[K][P] }
      : SuggestionPolicy[K];
};

const OutcomeClassSchema = /* @__PURE__ */ z.object({
  code: /* @__PURE__ */ z.string().trim().min(1).max(16),
  label: LabelSchema,
  covers: /* @__PURE__ */ z.array(z.enum(CANONICAL_OUTCOMES)).min(1),
  solvedOrPlanned: /* @__PURE__ */ z.boolean(),
  adopted: /* @__PURE__ */ z.boolean(),
  followUp: /* @__PURE__ */ z.boolean(),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const PolicySchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z
    .string()
    .trim()
    .min(1)
    .max(48)
    .regex(/^[^@\s]+$/),
  version: /* @__PURE__ */ z.number().int().min(1),
  timeZone: /* @__PURE__ */ z.string().refine(isTimeZone, {
    params: {
      code: 'UNKNOWN_TIME_ZONE',
      zh: '不是有效的 IANA 时区',
      en: 'is not an IANA time zone',
    },
  }),
  calendar: /* @__PURE__ */ z.custom<WorkingDayCalendar>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as WorkingDayCalendar).id === 'string' &&
      typeof (value as WorkingDayCalendar).isWorkingDay === 'function',
    {
      params: {
        code: 'INVALID_CALENDAR',
        zh: '必须是工作日历对象',
        en: 'must be a working-day calendar',
      },
    },
  ),
  deadlines: /* @__PURE__ */ z.object({
    assign: DeadlineRuleSchema,
    returnWindow: DeadlineRuleSchema,
    assistingInput: DeadlineRuleSchema,
    reply: DeadlineRuleSchema,
    reHandlingReply: DeadlineRuleSchema,
    evaluationWindow: DeadlineRuleSchema,
    publication: DeadlineRuleSchema,
  }),
  extension: /* @__PURE__ */ z.object({ maxTotalMonths: z.number().int().min(0).max(24) }),
  reassignmentRestartsClock: /* @__PURE__ */ z.boolean(),
  maxReHandlingRounds: /* @__PURE__ */ z.number().int().min(0).max(20).nullable(),
  repliedWhen: /* @__PURE__ */ z.enum(['leadUnit', 'everyRequiredUnit']),
  outcomeTaxonomy: /* @__PURE__ */ z
    .object({
      id: /* @__PURE__ */ z.string().min(1),
      source: /* @__PURE__ */ z.string(),
      classes: /* @__PURE__ */ z.array(OutcomeClassSchema).min(2),
    })
    .check((ctx) => {
      const codes = ctx.value.classes.map((c) => c.code);
      if (new Set(codes).size !== codes.length) {
        ctx.issues.push({
          code: 'custom',
          input: codes,
          path: ['classes'],
          message: 'DUPLICATE_CLASS',
          params: {
            code: 'DUPLICATE_CLASS',
            zh: '答复类别代码重复',
            en: 'has duplicate class codes',
          },
        });
      }
    }),
  notRegisteredReasons: /* @__PURE__ */ z
    .array(z.object({ code: z.string().trim().min(1).max(64), label: LabelSchema }))
    .min(1),
  evaluationCounting: /* @__PURE__ */ z.enum(['leadOnly', 'everyDeputy']),
  deadlineWarning: /* @__PURE__ */ z.object({
    dueSoonDays: /* @__PURE__ */ z.number().int().min(0).max(366),
    veryOverdueDays: /* @__PURE__ */ z.number().int().min(1).max(3660),
  }),
});

const policyParsers = /* @__PURE__ */ createParsers(
  PolicySchema,
  { id: 'SuggestionPolicy', 'zh-Hans': '办理规则', en: 'Policy' },
  {
    timeZone: { 'zh-Hans': '时区', en: 'time zone' },
    calendar: { 'zh-Hans': '工作日历', en: 'calendar' },
    deadlines: { 'zh-Hans': '期限', en: 'deadlines' },
    maxReHandlingRounds: { 'zh-Hans': '重新办理次数上限', en: 'maximum re-handling rounds' },
    repliedWhen: { 'zh-Hans': '办复口径', en: 'replied when' },
    outcomeTaxonomy: { 'zh-Hans': '答复类别', en: 'outcome taxonomy' },
    notRegisteredReasons: { 'zh-Hans': '不予立案理由', en: 'reasons not registered' },
    evaluationCounting: { 'zh-Hans': '满意率口径', en: 'evaluation counting' },
  },
);

function merge(overrides: PolicyOverrides): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...defaultPolicy };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = (defaultPolicy as unknown as Record<string, unknown>)[key];
    // Nested groups (deadlines, extension, deadlineWarning) merge one level deep, so that a
    // jurisdiction overrides "re-reply in 2 months" without restating every other deadline.
    const isGroup = key === 'deadlines' || key === 'extension' || key === 'deadlineWarning';
    merged[key] = isGroup ? { ...(base as object), ...(value as object) } : value;
  }
  return merged;
}

/**
 * Validates a jurisdiction's overrides on top of {@link defaultPolicy}, without throwing.
 *
 * @param overrides - `id`, `version` and any parts that differ from the default.
 * @returns The frozen policy, or a validation error naming the field.
 * @example
 * ```ts
 * import { safeDefinePolicy } from 'renda';
 *
 * const result = safeDefinePolicy({ id: 'x', version: 1, timeZone: 'Mars/Olympus' });
 * console.log(result.ok); // false
 * ```
 * @category Suggestion workflow
 */
export function safeDefinePolicy(
  overrides: PolicyOverrides,
): Result<SuggestionPolicy, ValidationError> {
  const merged = merge(overrides);
  const checked = policyParsers.safeParse(merged);
  if (!checked.ok) return checked;
  // The calendar is an object with functions: keep the caller's instance rather than zod's copy.
  return {
    ok: true,
    value: deepFreeze({ ...checked.value, calendar: merged.calendar } as SuggestionPolicy),
  };
}

/**
 * Defines a jurisdiction's policy (本地办理规则): the default with the parts that differ, validated
 * and frozen.
 *
 * @param overrides - `id`, `version` and any parts that differ from {@link defaultPolicy}.
 * @returns The frozen policy.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad field.
 * @example
 * ```ts
 * import { definePolicy } from 'renda';
 *
 * // Re-reply within 2 months, return within 3 working days, replies due 30 June.
 * const ningbo = definePolicy({
 *   id: 'ningbo',
 *   version: 1,
 *   deadlines: {
 *     reHandlingReply: { amount: 2, unit: 'calendarMonths', anchor: 'assignment' },
 *     returnWindow: { amount: 3, unit: 'workingDays', anchor: 'assignment' },
 *     reply: { amount: 0, unit: 'calendarDays', anchor: 'fixedDate', fixedDate: '06-30' },
 *   },
 * });
 * console.log(ningbo.deadlines.assign.amount); // 5, from the default
 * ```
 * @category Suggestion workflow
 */
export function definePolicy(overrides: PolicyOverrides): SuggestionPolicy {
  const result = safeDefinePolicy(overrides);
  if (result.ok) return result.value;
  return policyParsers.parse(merge(overrides)) as never;
}

/**
 * The rules version a record stores for a policy (规则版本): `id@version`.
 *
 * @param policy - The policy.
 * @returns e.g. `default@1`.
 * @example
 * ```ts
 * import { defaultPolicy, rulesVersionOf } from 'renda';
 *
 * console.log(rulesVersionOf(defaultPolicy)); // 'default@1'
 * ```
 * @category Suggestion workflow
 */
export function rulesVersionOf(policy: Pick<SuggestionPolicy, 'id' | 'version'>): string {
  return `${policy.id}@${policy.version}`;
}
