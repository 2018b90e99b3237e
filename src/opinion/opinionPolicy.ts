import * as z from 'zod';
import { chinaOfficialCalendar } from '../calendar/chinaOfficialCalendar.js';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import { labelTable } from '../i18n/labelTable.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { OPINION_NOT_ACCEPTED_REASONS } from '../model/constituentOpinion.js';
import { createParsers } from '../model/shared/createParsers.js';
import { type Label, LabelSchema } from '../model/shared/localized.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import {
  CalendarSchema,
  ReasonListSchema,
  safeDefinedPolicy,
  TimeZoneSchema,
} from '../suggestion/internal/policyParts.js';

/**
 * A category of opinions (意见分类) in an opinion policy: its code, its label and the working
 * days a unit has to handle one (办理时限), counted from the assignment.
 *
 * @example
 * ```ts
 * import type { OpinionCategory } from 'renda';
 *
 * const enquiry: OpinionCategory = {
 *   code: 'enquiry',
 *   label: { 'zh-Hans': '咨询', 'zh-Hant': '諮詢', en: 'Enquiry' },
 *   workingDays: 3,
 * };
 * ```
 * @category Opinion workflow
 */
export interface OpinionCategory {
  /** 分类代码. */
  readonly code: string;
  /** 分类名称. */
  readonly label: Label;
  /** 办理时限: working days from the assignment; 0 is the same day. */
  readonly workingDays: number;
}

/**
 * A jurisdiction's rules for constituents' opinions and 12345 tickets (群众意见办理规则): the
 * categories and their time limits, the reasons an opinion may be refused, how far a unit may
 * extend, and how often a dissatisfied constituent may have it reopened. Build one with
 * {@link defineOpinionPolicy}; records store `rulesVersion` = `id@version`.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, type OpinionPolicy } from 'renda';
 *
 * const policy: OpinionPolicy = defaultOpinionPolicy;
 * console.log(policy.categories.find((c) => c.code === 'complaint')?.workingDays); // 13
 * ```
 * @category Opinion workflow
 */
export interface OpinionPolicy {
  /** The jurisdiction's id, e.g. `default`, `dezhou`. */
  readonly id: string;
  /** Bumped whenever a rule changes; stored on every record as `rulesVersion`. */
  readonly version: number;
  /** The IANA time zone calendar days are counted in (`Asia/Shanghai`). */
  readonly timeZone: string;
  /** The working-day calendar (holidays and 调休). */
  readonly calendar: WorkingDayCalendar;
  /** 分类: the categories an opinion is classified into, each with its time limit. */
  readonly categories: readonly OpinionCategory[];
  /** 不予受理原因: the reasons an opinion may be refused, by code. */
  readonly notAcceptedReasons: readonly { readonly code: string; readonly label: Label }[];
  /** 延期: the most working days a unit's extensions may add in one round. */
  readonly extension: { readonly maxWorkingDays: number };
  /** 重新办理次数上限: how many times a dissatisfied constituent's opinion may be reopened. */
  readonly maxReopenRounds: number;
  /**
   * 反馈时限: the working days to tell the constituent the outcome, counted from the day it is
   * known: the unit's handling (办结), or the reply of the suggestion the opinion became (建议办复).
   */
  readonly feedbackWorkingDays: number;
}

const label = (hans: string, hant: string, en: string): Label => ({
  'zh-Hans': hans,
  'zh-Hant': hant,
  en,
});

/**
 * The default opinion policy (默认群众意见办理规则), from a 12345 hotline bureau's rules and the
 * station rules Sources §9 cites.
 *
 * @remarks Categories: urgent (紧急) the same day, enquiry (咨询) and request for help (求助)
 * within 3 working days, complaint (投诉) and suggestion (建议) within 13 working days, counted
 * from the assignment with the official calendar (调休 included). Reasons not accepted: the seven
 * of {@link OPINION_NOT_ACCEPTED_REASONS} (litigation or arbitration pending, a personal
 * matter…). Extensions: at most 10 working days a round, and reopening after dissatisfaction at
 * most twice; feedback to the constituent within 5 working days of the outcome (the unit's
handling, or the reply of the suggestion the opinion became). No retrieved rule fixes these
three, so they are defaults to override.
 * @example
 * ```ts
 * import { defaultOpinionPolicy } from 'renda';
 *
 * console.log(defaultOpinionPolicy.categories.map((c) => c.code));
 * // ['urgent', 'enquiry', 'help', 'complaint', 'suggestion']
 * ```
 * @category Opinion workflow
 */
export const defaultOpinionPolicy: OpinionPolicy = /* @__PURE__ */ deepFreeze({
  id: 'default',
  version: 1,
  timeZone: 'Asia/Shanghai',
  calendar: chinaOfficialCalendar,
  categories: [
    { code: 'urgent', label: label('紧急', '緊急', 'Urgent'), workingDays: 0 },
    { code: 'enquiry', label: label('咨询', '諮詢', 'Enquiry'), workingDays: 3 },
    { code: 'help', label: label('求助', '求助', 'Request for help'), workingDays: 3 },
    { code: 'complaint', label: label('投诉', '投訴', 'Complaint'), workingDays: 13 },
    { code: 'suggestion', label: label('建议', '建議', 'Suggestion'), workingDays: 13 },
  ],
  // The labels are the label table's, so the enum and the policy say the same words.
  notAcceptedReasons: OPINION_NOT_ACCEPTED_REASONS.map((code) => {
    const [hans, hant, en] = labelTable.opinionNotAcceptedReason[code];
    return { code, label: label(hans, hant, en) };
  }),
  extension: { maxWorkingDays: 10 },
  maxReopenRounds: 2,
  feedbackWorkingDays: 5,
});

/**
 * What a jurisdiction may override in an opinion policy: `id`, `version` and any part that
 * differs; `extension` merges with the default's, the lists replace the default's.
 *
 * @example
 * ```ts
 * import type { OpinionPolicyOverrides } from 'renda';
 *
 * const overrides: OpinionPolicyOverrides = { id: 'leling', version: 1, maxReopenRounds: 1 };
 * ```
 * @category Opinion workflow
 */
export type OpinionPolicyOverrides = {
  readonly id: string;
  readonly version: number;
} & {
  readonly [K in Exclude<keyof OpinionPolicy, 'id' | 'version' | 'extension'>]?: OpinionPolicy[K];
} & { readonly extension?: Partial<OpinionPolicy['extension']> };

const CategoryListSchema = /* @__PURE__ */ z
  .array(
    z.strictObject({
      code: /* @__PURE__ */ z.string().trim().min(1).max(64),
      label: LabelSchema,
      workingDays: /* @__PURE__ */ z.number().int().min(0).max(366),
    }),
  )
  .min(1)
  .max(200)
  .check((ctx) => {
    const codes = ctx.value.map((category) => category.code);
    if (new Set(codes).size !== codes.length) {
      ctx.issues.push({
        code: 'custom',
        input: codes,
        path: [],
        params: {
          code: 'DUPLICATE_CATEGORY',
          zh: '分类代码重复',
          en: 'has duplicate category codes',
        },
      });
    }
  });

// Unknown keys are refused at every level (a typo such as `maxReopenRound` would otherwise be
// dropped and the default silently used).
const OpinionPolicySchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z
    .string()
    .trim()
    .min(1)
    .max(48)
    .regex(/^[^@\s]+$/),
  version: /* @__PURE__ */ z.number().int().min(1),
  timeZone: TimeZoneSchema,
  calendar: CalendarSchema,
  categories: CategoryListSchema,
  notAcceptedReasons: ReasonListSchema,
  extension: /* @__PURE__ */ z.strictObject({
    maxWorkingDays: /* @__PURE__ */ z.number().int().min(0).max(366),
  }),
  maxReopenRounds: /* @__PURE__ */ z.number().int().min(0).max(20),
  feedbackWorkingDays: /* @__PURE__ */ z.number().int().min(0).max(366),
});

const MODEL = { id: 'OpinionPolicy', 'zh-Hans': '群众意见办理规则', en: 'Opinion policy' } as const;

const parsers = /* @__PURE__ */ createParsers(OpinionPolicySchema, MODEL, {
  timeZone: { 'zh-Hans': '时区', en: 'time zone' },
  calendar: { 'zh-Hans': '工作日历', en: 'calendar' },
  categories: { 'zh-Hans': '意见分类', en: 'categories' },
  workingDays: { 'zh-Hans': '办理时限（工作日）', en: 'working days' },
  notAcceptedReasons: { 'zh-Hans': '不予受理原因', en: 'reasons not accepted' },
  extension: { 'zh-Hans': '延期', en: 'extension' },
  maxWorkingDays: { 'zh-Hans': '延期上限（工作日）', en: 'most working days added' },
  maxReopenRounds: { 'zh-Hans': '重新办理次数上限', en: 'maximum reopenings' },
  feedbackWorkingDays: { 'zh-Hans': '反馈时限（工作日）', en: 'working days to feed back' },
});

/**
 * Validates a jurisdiction's overrides on top of {@link defaultOpinionPolicy}, without throwing.
 *
 * @remarks Never throws, whatever it is given: a missing or unreadable argument, an unknown key,
 * a duplicate category code or a negative time limit come back as `INVALID_INPUT` naming the
 * field.
 * @param overrides - `id`, `version` and any parts that differ from the default.
 * @returns The frozen policy, or a validation error naming the field.
 * @example
 * ```ts
 * import { safeDefineOpinionPolicy } from 'renda';
 *
 * const result = safeDefineOpinionPolicy({ id: 'x', version: 1, maxReopenRounds: -1 });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['maxReopenRounds']
 * ```
 * @category Opinion workflow
 */
export function safeDefineOpinionPolicy(
  overrides: OpinionPolicyOverrides,
): Result<OpinionPolicy, ValidationError> {
  return safeDefinedPolicy(overrides, {
    model: MODEL,
    defaults: defaultOpinionPolicy,
    groups: ['extension'],
    safeParse: parsers.safeParse,
  });
}

/**
 * Defines a jurisdiction's opinion policy (本地群众意见办理规则): the default with the parts that
 * differ, validated and frozen.
 *
 * @param overrides - `id`, `version` and any parts that differ from {@link defaultOpinionPolicy}.
 * @returns The frozen policy.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad field.
 * @example
 * ```ts
 * import { defineOpinionPolicy } from 'renda';
 *
 * // Complaints within 10 working days, one reopening at most.
 * const leling = defineOpinionPolicy({
 *   id: 'leling',
 *   version: 1,
 *   categories: [
 *     { code: 'urgent', label: { 'zh-Hans': '紧急', 'zh-Hant': '緊急', en: 'Urgent' }, workingDays: 0 },
 *     { code: 'complaint', label: { 'zh-Hans': '投诉', 'zh-Hant': '投訴', en: 'Complaint' }, workingDays: 10 },
 *   ],
 *   maxReopenRounds: 1,
 * });
 * console.log(leling.extension.maxWorkingDays); // 10, from the default
 * ```
 * @category Opinion workflow
 */
export function defineOpinionPolicy(overrides: OpinionPolicyOverrides): OpinionPolicy {
  const result = safeDefineOpinionPolicy(overrides);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
