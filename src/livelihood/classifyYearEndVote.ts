import * as z from 'zod';
import { ELECTORATE_BASES } from '../model/livelihoodProject.js';
import { createParsers } from '../model/shared/createParsers.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import { CountSchema } from '../model/shared/primitives.js';
import type { Result } from '../model/shared/result.js';
import type { SatisfactionGrade } from '../model/shared/satisfaction.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { unreadableInput } from '../suggestion/internal/unreadable.js';
import type { LivelihoodPolicy } from './livelihoodPolicy.js';
import { moreThan } from './rules/shares.js';

/**
 * The year-end votes on one project (年终满意度测评票数): 满意, 基本满意, 不满意.
 *
 * @example
 * ```ts
 * import type { YearEndCounts } from 'renda';
 *
 * const counts: YearEndCounts = { satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 };
 * ```
 * @category Livelihood vote
 */
export interface YearEndCounts {
  /** 满意票数. */
  readonly satisfied: number;
  /** 基本满意票数. */
  readonly basicallySatisfied: number;
  /** 不满意票数. */
  readonly dissatisfied: number;
}

/**
 * The options of {@link classifyYearEndVote}: the electorate the shares are taken of, its size,
 * and the rule.
 *
 * @example
 * ```ts
 * import type { ClassifyYearEndVoteOptions } from 'renda';
 *
 * const options: ClassifyYearEndVoteOptions = { electorate: 'allMembers', members: 31, present: 29 };
 * ```
 * @category Livelihood vote
 */
export interface ClassifyYearEndVoteOptions {
  /** 表决基数: all members (应到) or those present (实到). */
  readonly electorate: (typeof ELECTORATE_BASES)[number];
  /** 应到人数: all members entitled to vote. */
  readonly members: number;
  /** 实到人数: the members present; the votes add up to at most this. */
  readonly present: number;
  /** The shares; Zhenhai's "more than half" twice by default. */
  readonly rule?: {
    readonly satisfiedShare: number;
    readonly basicallySatisfiedShare: number;
  };
}

const Share = /* @__PURE__ */ z.number().min(0).max(1);

const InputSchema = /* @__PURE__ */ z
  .strictObject({
    counts: /* @__PURE__ */ z.strictObject({
      satisfied: CountSchema,
      basicallySatisfied: CountSchema,
      dissatisfied: CountSchema,
    }),
    options: /* @__PURE__ */ z.strictObject({
      electorate: /* @__PURE__ */ z.enum(ELECTORATE_BASES),
      members: /* @__PURE__ */ CountSchema.min(1),
      present: CountSchema,
      rule: /* @__PURE__ */ z
        .strictObject({ satisfiedShare: Share, basicallySatisfiedShare: Share })
        .optional(),
    }),
  })
  .check((ctx) => {
    const { counts, options } = ctx.value;
    const push = (path: (string | number)[], code: string, zh: string, en: string): void => {
      ctx.issues.push({ code: 'custom', input: ctx.value, path, params: { code, zh, en } });
    };
    if (options.present > options.members) {
      push(
        ['options', 'present'],
        'PRESENT_EXCEEDS_MEMBERS',
        '实到人数不得超过应到人数',
        'must not exceed the number of members',
      );
    }
    if (counts.satisfied + counts.basicallySatisfied + counts.dissatisfied > options.present) {
      push(
        ['counts'],
        'VOTES_EXCEED_PRESENT',
        '满意、基本满意、不满意票数之和不得超过实到人数',
        'satisfied, basically satisfied and dissatisfied votes together must not exceed the members present',
      );
    }
  });

const MODEL = {
  id: 'YearEndVote',
  'zh-Hans': '年终满意度测评',
  en: 'Year-end vote',
} as const;

const parsers = /* @__PURE__ */ createParsers(InputSchema, MODEL, {
  counts: { 'zh-Hans': '测评票数', en: 'counts' },
  options: { 'zh-Hans': '选项', en: 'options' },
  satisfied: { 'zh-Hans': '满意票数', en: 'satisfied votes' },
  basicallySatisfied: { 'zh-Hans': '基本满意票数', en: 'basically satisfied votes' },
  dissatisfied: { 'zh-Hans': '不满意票数', en: 'dissatisfied votes' },
  electorate: { 'zh-Hans': '表决基数', en: 'electorate' },
  members: { 'zh-Hans': '应到人数', en: 'members' },
  present: { 'zh-Hans': '实到人数', en: 'members present' },
  rule: { 'zh-Hans': '测评规则', en: 'rule' },
  satisfiedShare: { 'zh-Hans': '满意比例', en: 'satisfied share' },
  basicallySatisfiedShare: { 'zh-Hans': '基本满意比例', en: 'basically satisfied share' },
});

/**
 * The votes a rating needs under a year-end rule (internal: the rating, the appraisals' results
 * and the guide read this one rule): 满意 must reach `satisfied`, 满意 + 基本满意 must reach
 * `satisfiedOrBasically`, both "more than" the share of the electorate's base.
 */
export function yearEndNeeds(options: ClassifyYearEndVoteOptions): {
  readonly base: number;
  readonly satisfied: number;
  readonly satisfiedOrBasically: number;
} {
  const base = options.electorate === 'present' ? options.present : options.members;
  const rule = options.rule ?? { satisfiedShare: 0.5, basicallySatisfiedShare: 0.5 };
  return {
    base,
    satisfied: moreThan(rule.satisfiedShare, base),
    satisfiedOrBasically: moreThan(rule.basicallySatisfiedShare, base),
  };
}

/** The rating of counts already checked (internal: the workflow's target and effect use it). */
export function ratingOf(
  counts: YearEndCounts,
  options: ClassifyYearEndVoteOptions,
): SatisfactionGrade {
  const needs = yearEndNeeds(options);
  if (counts.satisfied >= needs.satisfied) return 'satisfied';
  if (counts.satisfied + counts.basicallySatisfied >= needs.satisfiedOrBasically)
    return 'basicallySatisfied';
  return 'dissatisfied';
}

/**
 * The options of the rating under a livelihood policy's year-end rule (internal: the workflow's
 * `evaluate` and the appraisals classify with it), for an electorate of `members` and `present`.
 */
export function yearEndOptionsOf(
  policy: Pick<LivelihoodPolicy, 'yearEnd'>,
  members: number,
  present: number,
): ClassifyYearEndVoteOptions {
  const { electorate, satisfiedShare, basicallySatisfiedShare } = policy.yearEnd;
  return { electorate, members, present, rule: { satisfiedShare, basicallySatisfiedShare } };
}

/**
 * Classifies a project's year-end votes (年终满意度测评结果), like {@link classifyYearEndVote},
 * but returns a result instead of throwing.
 *
 * @remarks Never throws, whatever it is given: counts that are not whole numbers, more present
 * than members (`PRESENT_EXCEEDS_MEMBERS`), or more votes than present (`VOTES_EXCEED_PRESENT`)
 * come back as `INVALID_INPUT` naming the field.
 * @param counts - 满意, 基本满意 and 不满意 votes.
 * @param options - The electorate base, members, present, and the rule.
 * @returns The rating, or a validation error naming the field.
 * @example
 * ```ts
 * import { safeClassifyYearEndVote } from 'renda';
 *
 * const result = safeClassifyYearEndVote(
 *   { satisfied: 20, basicallySatisfied: 8, dissatisfied: 5 },
 *   { electorate: 'present', members: 31, present: 29 },
 * );
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'VOTES_EXCEED_PRESENT'
 * ```
 * @category Livelihood vote
 */
export function safeClassifyYearEndVote(
  counts: YearEndCounts,
  options: ClassifyYearEndVoteOptions,
): Result<SatisfactionGrade, ValidationError> {
  return neverThrow<SatisfactionGrade, ValidationError>(
    () => {
      const parsed = parsers.safeParse({ counts, options });
      if (!parsed.ok) return parsed;
      return Object.freeze({
        ok: true as const,
        value: ratingOf(parsed.value.counts, parsed.value.options as ClassifyYearEndVoteOptions),
      });
    },
    (thrown) => unreadableInput(MODEL, thrown),
  );
}

/**
 * Classifies a project's year-end votes (年终满意度测评结果) by the "more than half" rule: satisfied
 * (满意) when 满意 votes exceed the satisfied share of the electorate; otherwise basically
 * satisfied (基本满意) when 满意 + 基本满意 exceed the basically-satisfied share; otherwise
 * dissatisfied (不满意).
 *
 * @remarks
 * The electorate is all members (`allMembers`, 应到) or those present (`present`, 实到); with
 * `allMembers`, absent members count against every rating. The default rule is Zhenhai's (镇海),
 * half and half (Sources §8). "Exceed" is strict: 15 of 30 is not more than half.
 * @param counts - 满意, 基本满意 and 不满意 votes.
 * @param options - The electorate base, members, present, and the rule.
 * @returns `'satisfied'`, `'basicallySatisfied'` or `'dissatisfied'`.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad field.
 * @example
 * ```ts
 * import { classifyYearEndVote } from 'renda';
 *
 * // Zhenhai: 29 members present, project 2 got 20 / 8 / 1.
 * const counts = { satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 };
 * console.log(classifyYearEndVote(counts, { electorate: 'allMembers', members: 29, present: 29 })); // 'satisfied'
 * // Of 45 members, 20 satisfied is not more than half, but 28 satisfied or basically is.
 * console.log(classifyYearEndVote(counts, { electorate: 'allMembers', members: 45, present: 29 })); // 'basicallySatisfied'
 * console.log(classifyYearEndVote(counts, { electorate: 'present', members: 45, present: 29 })); // 'satisfied'
 * ```
 * @category Livelihood vote
 */
export function classifyYearEndVote(
  counts: YearEndCounts,
  options: ClassifyYearEndVoteOptions,
): SatisfactionGrade {
  const result = safeClassifyYearEndVote(counts, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
