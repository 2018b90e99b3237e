import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { CalendarDaySchema, IdSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import { SatisfactionGradeSchema } from './shared/satisfaction.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * Who rates in an appraisal (测评人身份): a deputy (人大代表) or a standing committee member
 * (常委会组成人员).
 *
 * @example
 * ```ts
 * import { APPRAISAL_RATER_ROLES } from 'renda';
 *
 * console.log(APPRAISAL_RATER_ROLES); // ['deputy', 'scMember']
 * ```
 * @category Models
 */
export const APPRAISAL_RATER_ROLES = ['deputy', 'scMember'] as const;

/**
 * What an appraisal rates (测评对象): a handling unit's handling of the year's suggestions
 * (承办单位办理工作) or the handling of one key item (重点督办事项).
 *
 * @example
 * ```ts
 * import { APPRAISAL_SUBJECT_KINDS } from 'renda';
 *
 * console.log(APPRAISAL_SUBJECT_KINDS); // ['unit', 'keyItem']
 * ```
 * @category Models
 */
export const APPRAISAL_SUBJECT_KINDS = ['unit', 'keyItem'] as const;

/**
 * One rater's ballot in an appraisal of handling (评议建议办理工作 / 办理工作满意度测评): who rated,
 * what, in which year, and the verdict (满意, 基本满意, 不满意).
 *
 * @remarks
 * Hunan's congress has appraised the handling of suggestions every year for ten years; Lanzhou's
 * standing committee rated two units' handling; Guzhen's congress rated key items one by one
 * (Sources §2.12). One ballot per rater on the roll and subject: a rater who did not attend is
 * recorded with `absent: true` and no verdict, so that all members (应到) are known; a rater
 * present who marked no grade abstained (弃权).
 *
 * Rules: an absent rater gives no verdict (`ABSENT_WITH_VERDICT`).
 * @example
 * ```ts
 * import { AppraisalBallotSchema } from 'renda';
 *
 * AppraisalBallotSchema.parse({
 *   raterId: 'M-0003',
 *   raterRole: 'scMember',
 *   subject: { kind: 'unit', id: 'U-TRANSPORT' },
 *   year: 2025,
 *   verdict: 'basicallySatisfied',
 * });
 * ```
 * @category Models
 */
export const AppraisalBallotSchema = /* @__PURE__ */ z
  .object({
    /** 选票编号, when the app keeps one. */
    id: /* @__PURE__ */ IdSchema.optional(),
    /** 测评人: the deputy's or member's id. */
    raterId: IdSchema,
    /** 测评人身份, one of {@link APPRAISAL_RATER_ROLES}. */
    raterRole: /* @__PURE__ */ z.enum(APPRAISAL_RATER_ROLES),
    /** 测评对象: a handling unit or a key item. */
    subject: /* @__PURE__ */ z.object({
      /** 对象类别, one of {@link APPRAISAL_SUBJECT_KINDS}. */
      kind: /* @__PURE__ */ z.enum(APPRAISAL_SUBJECT_KINDS),
      /** 对象编号: the unit's or key item's id. */
      id: IdSchema,
    }),
    /** 年度: the year of handling appraised. */
    year: /* @__PURE__ */ z.number().int().min(1949).max(9999),
    /** 测评日期. */
    day: /* @__PURE__ */ CalendarDaySchema.optional(),
    /** 测评意见: 满意, 基本满意 or 不满意; none when the rater abstained or was absent. */
    verdict: /* @__PURE__ */ SatisfactionGradeSchema.optional(),
    /** 缺席: the rater is on the roll but did not attend. */
    absent: /* @__PURE__ */ z.boolean().optional(),
  })
  .check((ctx) => {
    const { absent, verdict } = ctx.value;
    if (absent === true && verdict !== undefined) {
      ctx.issues.push({
        code: 'custom',
        input: verdict,
        path: ['verdict'],
        params: {
          code: 'ABSENT_WITH_VERDICT',
          zh: '缺席的测评人不得有测评意见',
          en: 'an absent rater gives no verdict',
        },
      });
    }
  });

/**
 * One rater's ballot in an appraisal of handling (评议测评票); the type of
 * {@link AppraisalBallotSchema}.
 *
 * @example
 * ```ts
 * import type { AppraisalBallot } from 'renda';
 *
 * const ballot: AppraisalBallot = {
 *   raterId: 'D-0042',
 *   raterRole: 'deputy',
 *   subject: { kind: 'keyItem', id: 'S-2025-0007' },
 *   year: 2025,
 *   verdict: 'satisfied',
 * };
 * ```
 * @category Models
 */
export interface AppraisalBallot extends z.infer<typeof AppraisalBallotSchema> {}

/**
 * The input accepted by {@link AppraisalBallotSchema} (评议测评票输入).
 *
 * @example
 * ```ts
 * import type { AppraisalBallotInput } from 'renda';
 *
 * const absent: AppraisalBallotInput = {
 *   raterId: 'M-0009',
 *   raterRole: 'scMember',
 *   subject: { kind: 'unit', id: 'U-WATER' },
 *   year: 2025,
 *   absent: true,
 * };
 * ```
 * @category Models
 */
export interface AppraisalBallotInput extends z.input<typeof AppraisalBallotSchema> {}

/**
 * The Chinese and English names of an appraisal ballot's fields (评议测评票字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { appraisalBallotFieldNames } from 'renda';
 *
 * console.log(appraisalBallotFieldNames.verdict?.['zh-Hans']); // '测评意见'
 * ```
 * @category Validation
 */
export const appraisalBallotFieldNames: FieldNames = {
  raterId: { 'zh-Hans': '测评人', en: 'rater' },
  raterRole: { 'zh-Hans': '测评人身份', en: 'rater role' },
  subject: { 'zh-Hans': '测评对象', en: 'subject' },
  year: { 'zh-Hans': '年度', en: 'year' },
  day: { 'zh-Hans': '测评日期', en: 'day of the appraisal' },
  verdict: { 'zh-Hans': '测评意见', en: 'verdict' },
  absent: { 'zh-Hans': '缺席', en: 'absent' },
};

const parsers = /* @__PURE__ */ createParsers(
  AppraisalBallotSchema,
  { id: 'AppraisalBallot', 'zh-Hans': '评议测评票', en: 'Appraisal ballot' },
  appraisalBallotFieldNames,
);

/**
 * Validates an appraisal ballot (评议测评票), throwing a {@link RendaError} that names the field on
 * bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The ballot, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseAppraisalBallot } from 'renda';
 *
 * const ballot = parseAppraisalBallot({
 *   raterId: 'M-0003', raterRole: 'scMember', subject: { kind: 'unit', id: 'U-1' }, year: 2025,
 *   verdict: 'satisfied',
 * });
 * console.log(ballot.verdict); // 'satisfied'
 * ```
 * @category Validation
 */
export const parseAppraisalBallot: (input: unknown) => AppraisalBallot = parsers.parse;

/**
 * Validates an appraisal ballot (评议测评票) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseAppraisalBallot } from 'renda';
 *
 * const result = safeParseAppraisalBallot({
 *   raterId: 'M-0003', raterRole: 'scMember', subject: { kind: 'unit', id: 'U-1' }, year: 2025,
 *   verdict: 'satisfied', absent: true,
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'ABSENT_WITH_VERDICT'
 * ```
 * @category Validation
 */
export const safeParseAppraisalBallot: (
  input: unknown,
) => Result<AppraisalBallot, ValidationError> = parsers.safeParse;
