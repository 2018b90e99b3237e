import * as z from 'zod';
import { isMainlandMobile } from './personal/isMainlandMobile.js';
import { isResidentIdNumber } from './personal/isResidentIdNumber.js';
import { ShortTextSchema } from './shared/primitives.js';

// The parts of a constituent opinion the closed loop adds: how a reception day was held, the
// level and outcome vocabularies, and the one object that holds the constituent's personal data.

/**
 * How a reception day (代表接待日) meets the public (接待方式): deputies on duty wait at the
 * station (轮值式候访), go out to receive people where they are (流动式接访), meet by appointment
 * on a topic people chose (点单式约访), or visit homes (亲情式走访).
 *
 * @example
 * ```ts
 * import { RECEPTION_MODES } from 'renda';
 *
 * console.log(RECEPTION_MODES); // ['waiting', 'mobile', 'appointment', 'homeVisit']
 * ```
 * @category Models
 */
export const RECEPTION_MODES = ['waiting', 'mobile', 'appointment', 'homeVisit'] as const;

/**
 * One of {@link RECEPTION_MODES}.
 *
 * @example
 * ```ts
 * import type { ReceptionMode } from 'renda';
 *
 * const mode: ReceptionMode = 'appointment';
 * ```
 * @category Models
 */
export type ReceptionMode = (typeof RECEPTION_MODES)[number];

/**
 * The level an opinion is handled at (分级): the street or township (街道/乡镇), the district or
 * county (区县), the city (市级), or a higher level (上级).
 *
 * @example
 * ```ts
 * import { OPINION_LEVELS } from 'renda';
 *
 * console.log(OPINION_LEVELS); // ['street', 'district', 'city', 'higher']
 * ```
 * @category Models
 */
export const OPINION_LEVELS = ['street', 'district', 'city', 'higher'] as const;

/**
 * One of {@link OPINION_LEVELS}.
 *
 * @example
 * ```ts
 * import type { OpinionLevel } from 'renda';
 *
 * const level: OpinionLevel = 'district';
 * ```
 * @category Models
 */
export type OpinionLevel = (typeof OPINION_LEVELS)[number];

/**
 * What the handling unit achieved (办理结果): resolved (已解决), partly resolved (部分解决),
 * explained (已解释说明: the request cannot or need not be met, and why), or cannot be resolved
 * for now (暂不能解决).
 *
 * @example
 * ```ts
 * import { OPINION_OUTCOMES } from 'renda';
 *
 * console.log(OPINION_OUTCOMES[0]); // 'resolved'
 * ```
 * @category Models
 */
export const OPINION_OUTCOMES = [
  'resolved',
  'partlyResolved',
  'explained',
  'cannotResolveNow',
] as const;

/**
 * One of {@link OPINION_OUTCOMES}.
 *
 * @example
 * ```ts
 * import type { OpinionOutcome } from 'renda';
 *
 * const outcome: OpinionOutcome = 'partlyResolved';
 * ```
 * @category Models
 */
export type OpinionOutcome = (typeof OPINION_OUTCOMES)[number];

/**
 * Who the outcome is fed back to (反馈对象): the constituent who raised it (反映人) and the deputy
 * who received it (接收代表).
 *
 * @example
 * ```ts
 * import { OPINION_FEEDBACK_RECIPIENTS } from 'renda';
 *
 * console.log(OPINION_FEEDBACK_RECIPIENTS); // ['constituent', 'deputy']
 * ```
 * @category Models
 */
export const OPINION_FEEDBACK_RECIPIENTS = ['constituent', 'deputy'] as const;

/**
 * One of {@link OPINION_FEEDBACK_RECIPIENTS}.
 *
 * @example
 * ```ts
 * import type { OpinionFeedbackRecipient } from 'renda';
 *
 * const to: OpinionFeedbackRecipient = 'deputy';
 * ```
 * @category Models
 */
export type OpinionFeedbackRecipient = (typeof OPINION_FEEDBACK_RECIPIENTS)[number];

/**
 * How an office chases a unit on an open opinion (催督办方式): a reminder (催办) or supervision
 * (督办), the firmer step a supervisor takes.
 *
 * @example
 * ```ts
 * import { OPINION_REMINDER_KINDS } from 'renda';
 *
 * console.log(OPINION_REMINDER_KINDS); // ['reminder', 'supervision']
 * ```
 * @category Models
 */
export const OPINION_REMINDER_KINDS = ['reminder', 'supervision'] as const;

/**
 * The constituent's personal data (反映人个人信息): the only place a record keeps a name, a phone
 * number, an identity number or an address. Every public view and export drops the whole object.
 *
 * @remarks
 * `mobile` must be a mainland mobile number ({@link isMainlandMobile}) and `idNumber` a valid
 * resident identity number ({@link isResidentIdNumber}); both checks read a bounded prefix, so a
 * huge string is refused at once. `phone` is any contact number (a landline too), as records
 * made before 0.2 kept it.
 * @example
 * ```ts
 * import { SubmitterSchema } from 'renda';
 *
 * console.log(SubmitterSchema.safeParse({ name: '王女士', mobile: '13912345678' }).success); // true
 * console.log(SubmitterSchema.safeParse({ mobile: '1391234567' }).success); // false
 * ```
 * @category Models
 */
export const SubmitterSchema = /* @__PURE__ */ z.object({
  /** 反映人姓名. */
  name: /* @__PURE__ */ ShortTextSchema.optional(),
  /** 联系电话: any number, a landline too. */
  phone: /* @__PURE__ */ z.string().trim().min(1).max(32).optional(),
  /** 手机号码: a mainland mobile number. */
  mobile: /* @__PURE__ */ z
    .string()
    .refine(isMainlandMobile, {
      params: {
        code: 'NOT_MAINLAND_MOBILE',
        zh: '须为 11 位大陆手机号码',
        en: 'must be an 11-digit mainland mobile number',
      },
    })
    .optional(),
  /** 身份证号码: an 18-digit resident identity number with a valid check character. */
  idNumber: /* @__PURE__ */ z
    .string()
    .refine(isResidentIdNumber, {
      params: {
        code: 'NOT_RESIDENT_ID',
        zh: '须为校验码正确的 18 位居民身份证号码',
        en: 'must be an 18-digit resident identity number with a valid check character',
      },
    })
    .optional(),
  /** 联系地址. */
  address: /* @__PURE__ */ ShortTextSchema.optional(),
});

/**
 * The constituent's personal data; the type of {@link SubmitterSchema}.
 *
 * @example
 * ```ts
 * import type { Submitter } from 'renda';
 *
 * const submitter: Submitter = { name: '李先生', address: '幸福路 8 号' };
 * ```
 * @category Models
 */
export interface Submitter extends z.infer<typeof SubmitterSchema> {}
