import * as z from 'zod';
import { chinaOfficialCalendar } from '../calendar/chinaOfficialCalendar.js';
import { DEFAULT_DEADLINE_WARNING } from '../calendar/deadlineStatus.js';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { CANONICAL_OUTCOMES } from '../model/shared/canonicalOutcome.js';
import { createParsers } from '../model/shared/createParsers.js';
import { type DeadlineRule, DeadlineRuleSchema } from '../model/shared/deadline.js';
import { LabelSchema } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { SUGGESTION_MESSAGES } from './internal/messages.js';
import {
  CalendarSchema,
  isPlainObject,
  parsedPolicy,
  ReasonListSchema,
  TimeZoneSchema,
  unreadablePolicy,
} from './internal/policyParts.js';
import { A_VERSIONED_POLICY } from './internal/refusedInput.js';
import { nationalOutcomeTaxonomy, type OutcomeTaxonomy } from './outcomeTaxonomy.js';

/**
 * The events of the suggestion workflow that may be done on someone's behalf (代为操作) when the
 * policy allows it: submitting, withdrawing and evaluating for a deputy, replying for a unit
 * (a paper reply the office keys in).
 *
 * @example
 * ```ts
 * import { ON_BEHALF_EVENTS } from 'renda';
 *
 * console.log(ON_BEHALF_EVENTS.includes('submit')); // true
 * ```
 * @category Suggestion workflow
 */
export const ON_BEHALF_EVENTS = ['submit', 'withdraw', 'evaluate', 'reply'] as const;

/**
 * Who may act for whom on each event of {@link ON_BEHALF_EVENTS} (代为操作的角色): the liaison office
 * keys in what deputies hand in on paper (submit, withdraw, evaluate) and the paper replies units
 * send (reply). The workflow declares these as its events' agent roles and a policy's `onBehalf`
 * chooses among them, so the list of who may act for whom is written here once.
 *
 * @example
 * ```ts
 * import { ON_BEHALF_AGENTS } from 'renda';
 *
 * console.log(ON_BEHALF_AGENTS.reply); // ['liaisonOffice']
 * ```
 * @category Suggestion workflow
 */
export const ON_BEHALF_AGENTS: {
  readonly [E in (typeof ON_BEHALF_EVENTS)[number]]: readonly ['liaisonOffice'];
} = /* @__PURE__ */ Object.freeze({
  submit: ['liaisonOffice'],
  withdraw: ['liaisonOffice'],
  evaluate: ['liaisonOffice'],
  reply: ['liaisonOffice'],
} as const);

/**
 * An event of {@link ON_BEHALF_EVENTS}.
 *
 * @example
 * ```ts
 * import type { OnBehalfEvent } from 'renda';
 *
 * const event: OnBehalfEvent = 'evaluate';
 * ```
 * @category Suggestion workflow
 */
export type OnBehalfEvent = (typeof ON_BEHALF_EVENTS)[number];

/**
 * The events that may carry a reason code from the policy's lists (理由代码): a withdrawal (撤回),
 * a unit's return request (退回申请), a reassignment (改办) and the office's closure (办结).
 *
 * @example
 * ```ts
 * import { REASON_CODE_EVENTS } from 'renda';
 *
 * console.log(REASON_CODE_EVENTS); // ['withdraw', 'requestReturn', 'reassign', 'close']
 * ```
 * @category Suggestion workflow
 */
export const REASON_CODE_EVENTS = ['withdraw', 'requestReturn', 'reassign', 'close'] as const;

/**
 * An event of {@link REASON_CODE_EVENTS}.
 *
 * @example
 * ```ts
 * import type { ReasonCodeEvent } from 'renda';
 *
 * const event: ReasonCodeEvent = 'reassign';
 * ```
 * @category Suggestion workflow
 */
export type ReasonCodeEvent = (typeof REASON_CODE_EVENTS)[number];

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
    /**
     * 交办期限: assign a between-sessions item within 5 working days of receipt; the dashboard
     * lists the items late to assign.
     */
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
    /**
     * 公开期限: publish within 20 working days of the reply (Anhui); counted from the latest
     * reply by `suggestionDeadline(record, 'publication', { policy })`.
     */
    readonly publication: DeadlineRule;
    /**
     * 跟踪办理期限: a unit whose answer needs follow-up (正在解决, 列入计划) replies again within 3
     * months of the closure (or of its last follow-up reply, when that still needs follow-up).
     */
    readonly followUp: DeadlineRule;
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
  /**
   * 理由代码: for each event of {@link REASON_CODE_EVENTS}, the reasons an office reports by code
   * (`{ withdraw: [{ code: 'solved', label }] }`). An event given a list must carry a
   * `reasonCode` from it; an event left out takes none (its free-text `reason` stays). Overrides
   * merge per event. None by default.
   */
  readonly reasonCodes: {
    readonly [E in ReasonCodeEvent]?: readonly {
      readonly code: string;
      readonly label: z.infer<typeof LabelSchema>;
    }[];
  };
  /**
   * 代为操作: for each event that may be done on someone's behalf, the roles allowed to do it
   * (`{ submit: ['liaisonOffice'] }`: the office keys in suggestions deputies hand in on paper).
   * The history records both the one who acted and the one acted for. An event left out, or
   * given `[]`, may not be done on anyone's behalf. Overrides merge per event:
   * `{ onBehalf: { reply: ['liaisonOffice'] } }` adds replies and keeps the default's events.
   */
  readonly onBehalf: { readonly [E in OnBehalfEvent]?: readonly string[] };
  /**
   * 协办意见在先: whether the lead unit waits for the assisting and joint units' input before it
   * replies. `optional` (the default): it may reply at any time; `required`: only once every
   * active assisting unit has sent its input this round; `requiredUntilDue`: until each input is
   * sent or its deadline (`deadlines.assistingInput`, the re-handling deadline in later rounds)
   * has passed.
   */
  readonly assistingInputBeforeReply: 'optional' | 'required' | 'requiredUntilDue';
  /**
   * 评价维度: one grade per evaluation (`single`, the default), or the result (办理结果) and the
   * attitude (办理态度) each graded (`resultAndAttitude`, as 上海 asks deputies). Under
   * `resultAndAttitude` every evaluation carries `attitude`; under `single` none may. The `grade`
   * (the result's, when two are graded) alone decides re-handling.
   */
  readonly evaluationDimensions: 'single' | 'resultAndAttitude';
  /**
   * 满意率分母: what the final satisfaction rates count, returned evaluation forms (`forms`, by
   * default: Sichuan rated 755 forms of 1,034 items), replied items (`items`: an item counts as
   * satisfied when every counted final form is), or replies (`replies`, 件次: each answering unit's
   * reply of a replied item, satisfied as its item is).
   */
  readonly satisfactionBase: 'forms' | 'items' | 'replies';
  /**
   * 预警: due soon within `dueSoonDays`; very overdue after `veryOverdueDays` late. Read by
   * `deadlineStatus` (pass the policy as its options) and by the dashboard's overdue lists.
   */
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
    followUp: { amount: 3, unit: 'calendarMonths', anchor: 'receipt' },
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
  reasonCodes: {},
  assistingInputBeforeReply: 'optional',
  evaluationDimensions: 'single',
  // Paper items and paper forms: the office keys in what deputies hand in.
  onBehalf: {
    submit: ['liaisonOffice'],
    withdraw: ['liaisonOffice'],
    evaluate: ['liaisonOffice'],
  },
  satisfactionBase: 'forms',
  deadlineWarning: DEFAULT_DEADLINE_WARNING,
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

// Unknown keys are refused at every level the policy owns (a typo such as `deadlineWarnings`
// would otherwise be dropped, and the default silently used in its place).
const StrictRuleSchema = /* @__PURE__ */ DeadlineRuleSchema.strict();

const PolicySchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z
    .string()
    .trim()
    .min(1)
    .max(48)
    .regex(/^[^@\s]+$/),
  version: /* @__PURE__ */ z.number().int().min(1),
  timeZone: TimeZoneSchema,
  calendar: CalendarSchema,
  deadlines: /* @__PURE__ */ z.strictObject({
    assign: StrictRuleSchema,
    returnWindow: StrictRuleSchema,
    assistingInput: StrictRuleSchema,
    reply: StrictRuleSchema,
    reHandlingReply: StrictRuleSchema,
    evaluationWindow: StrictRuleSchema,
    publication: StrictRuleSchema,
    followUp: StrictRuleSchema,
  }),
  extension: /* @__PURE__ */ z.strictObject({ maxTotalMonths: z.number().int().min(0).max(24) }),
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
  notRegisteredReasons: ReasonListSchema,
  evaluationCounting: /* @__PURE__ */ z.enum(['leadOnly', 'everyDeputy']),
  // Absent in policies stored before 0.2: no event took a code.
  reasonCodes: /* @__PURE__ */ z
    .strictObject(
      Object.fromEntries(
        REASON_CODE_EVENTS.map((event) => [event, ReasonListSchema.optional()]),
      ) as Record<ReasonCodeEvent, z.ZodOptional<typeof ReasonListSchema>>,
    )
    .default({}),
  assistingInputBeforeReply: /* @__PURE__ */ z.enum(['optional', 'required', 'requiredUntilDue']),
  evaluationDimensions: /* @__PURE__ */ z.enum(['single', 'resultAndAttitude']).default('single'),
  onBehalf: /* @__PURE__ */ z.strictObject(
    Object.fromEntries(
      ON_BEHALF_EVENTS.map((event) => [
        event,
        z.array(z.string().trim().min(1).max(64)).max(16).optional(),
      ]),
    ) as Record<OnBehalfEvent, z.ZodOptional<z.ZodArray<z.ZodString>>>,
  ),
  // Absent in policies stored before 0.2: they counted forms.
  satisfactionBase: /* @__PURE__ */ z.enum(['forms', 'items', 'replies']).default('forms'),
  deadlineWarning: /* @__PURE__ */ z.strictObject({
    dueSoonDays: /* @__PURE__ */ z.number().int().min(0).max(366),
    veryOverdueDays: /* @__PURE__ */ z.number().int().min(1).max(3660),
  }),
});

const POLICY_MODEL = { id: 'SuggestionPolicy', 'zh-Hans': '办理规则', en: 'Policy' } as const;

const policyParsers = /* @__PURE__ */ createParsers(PolicySchema, POLICY_MODEL, {
  timeZone: { 'zh-Hans': '时区', en: 'time zone' },
  calendar: { 'zh-Hans': '工作日历', en: 'calendar' },
  deadlines: { 'zh-Hans': '期限', en: 'deadlines' },
  maxReHandlingRounds: { 'zh-Hans': '重新办理次数上限', en: 'maximum re-handling rounds' },
  repliedWhen: { 'zh-Hans': '办复口径', en: 'replied when' },
  outcomeTaxonomy: { 'zh-Hans': '答复类别', en: 'outcome taxonomy' },
  notRegisteredReasons: { 'zh-Hans': '不予立案理由', en: 'reasons not registered' },
  evaluationCounting: { 'zh-Hans': '满意率口径', en: 'evaluation counting' },
  reasonCodes: { 'zh-Hans': '理由代码', en: 'reason codes' },
  onBehalf: { 'zh-Hans': '代为操作', en: 'acting on behalf' },
  assistingInputBeforeReply: { 'zh-Hans': '协办意见在先', en: 'assisting input before the reply' },
  evaluationDimensions: { 'zh-Hans': '评价维度', en: 'evaluation dimensions' },
  satisfactionBase: { 'zh-Hans': '满意率分母', en: 'satisfaction base' },
});

const GROUPS: ReadonlySet<string> = new Set([
  'deadlines',
  'extension',
  'deadlineWarning',
  'onBehalf',
  'reasonCodes',
]);

/** The default with the overrides on top; each override is read once. */
function merge(overrides: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...defaultPolicy };
  for (const key of Object.keys(overrides)) {
    const value = overrides[key];
    if (value === undefined) continue;
    const base = (defaultPolicy as unknown as Record<string, unknown>)[key];
    // Nested groups (deadlines, extension, deadlineWarning) merge one level deep, so that a
    // jurisdiction overrides "re-reply in 2 months" without restating every other deadline. A
    // group that is not an object is left as it is, for the schema to refuse by name.
    merged[key] =
      GROUPS.has(key) && isPlainObject(value) ? { ...(base as object), ...value } : value;
  }
  return merged;
}

function define(overrides: unknown): Result<SuggestionPolicy, ValidationError> {
  if (!isPlainObject(overrides)) {
    return Object.freeze({
      ok: false,
      error: unreadable(
        'must be an object with at least id and version',
        '须为至少含 id 与 version 的对象',
      ),
    });
  }
  return parsedPolicy<SuggestionPolicy>(merge(overrides), policyParsers.safeParse);
}

const unreadable = (en: string, zh: string) => unreadablePolicy(POLICY_MODEL, zh, en);

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
  return neverThrow(
    () => define(overrides),
    () => unreadable('cannot be read (a getter or a Proxy trap threw)', '无法读取（取值时出错）'),
  );
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
  throw new RendaError(result.error);
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
  const result = safeRulesVersionOf(policy);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * The rules version of a policy (`id@version`), without throwing: the checked twin of
 * {@link rulesVersionOf}.
 *
 * @remarks Never throws, whatever it is given: anything but an object whose `id` is text and
 * whose `version` is a whole number (a missing policy, a Proxy, a throwing getter) comes
 * back as `{ ok: false, error }` with code `INVALID_INPUT`.
 * @param policy - The policy, or any object with its `id` and `version`.
 * @returns `{ ok: true, value: 'id@version' }`, or `{ ok: false, error }`.
 * @example
 * ```ts
 * import { defaultPolicy, safeRulesVersionOf } from 'renda';
 *
 * const rules = safeRulesVersionOf(defaultPolicy);
 * if (rules.ok) console.log(rules.value); // 'default@1'
 * console.log(safeRulesVersionOf({ id: 'x', version: 1.5 }).ok); // false
 * ```
 * @category Suggestion workflow
 */
export function safeRulesVersionOf(
  policy: Pick<SuggestionPolicy, 'id' | 'version'>,
): Result<string, ValidationError> {
  const refused = (path: readonly string[], got: unknown): ValidationError => {
    const message = SUGGESTION_MESSAGES.INVALID_TYPE({ expected: A_VERSIONED_POLICY, got });
    return deepFreeze<ValidationError>({
      code: 'INVALID_INPUT',
      model: 'Policy',
      message,
      issues: [
        {
          code: 'INVALID_TYPE',
          path,
          field: { 'zh-Hans': '办理规则', en: 'policy' },
          message,
        },
      ],
    });
  };
  return neverThrow<string, ValidationError>(
    () => {
      if (typeof policy !== 'object' || policy === null) {
        return Object.freeze({ ok: false as const, error: refused([], policy) });
      }
      const { id, version } = policy as { readonly id: unknown; readonly version: unknown };
      if (typeof id !== 'string' || id === '') {
        return Object.freeze({ ok: false as const, error: refused(['id'], id) });
      }
      if (typeof version !== 'number' || !Number.isInteger(version)) {
        return Object.freeze({ ok: false as const, error: refused(['version'], version) });
      }
      return Object.freeze({ ok: true as const, value: formatRulesVersion({ id, version }) });
    },
    () => refused([], undefined),
  );
}

/** `id@version` of a policy already checked (internal: the library's own calls). */
export function formatRulesVersion(policy: {
  readonly id: string;
  readonly version: number;
}): string {
  return `${policy.id}@${policy.version}`;
}
