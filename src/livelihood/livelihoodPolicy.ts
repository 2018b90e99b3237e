import * as z from 'zod';
import { deepFreeze } from '../internal/deepFreeze.js';
import { ELECTORATE_BASES } from '../model/livelihoodProject.js';
import { LIVELIHOOD_BALLOTS } from '../model/livelihoodVote.js';
import { createParsers } from '../model/shared/createParsers.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { safeDefinedPolicy } from '../suggestion/internal/policyParts.js';

/**
 * How ranked ballots are counted (排序票计票规则): `borda`, points per rank (the candidate a
 * deputy numbers first gets as many points as there are candidates, the next one less, an
 * unnumbered candidate none); or `firstPlaces`, the number of ballots that number the candidate
 * within the places to fill.
 *
 * @example
 * ```ts
 * import { RANKED_COUNTS } from 'renda';
 *
 * console.log(RANKED_COUNTS); // ['borda', 'firstPlaces']
 * ```
 * @category Livelihood vote
 */
export const RANKED_COUNTS = ['borda', 'firstPlaces'] as const;

/**
 * How a tie in the vote is broken (票数相同的处理): `fewerAgainst`, the next key first (fewer
 * 反对 on approval ballots; on ranked ballots, more first places under `borda`, more points under
 * `firstPlaces`), then a run-off (重新投票) for what is still tied; or `runOff`, a run-off for
 * any tie at once.
 *
 * @example
 * ```ts
 * import { TIE_RULES } from 'renda';
 *
 * console.log(TIE_RULES); // ['fewerAgainst', 'runOff']
 * ```
 * @category Livelihood vote
 */
export const TIE_RULES = ['fewerAgainst', 'runOff'] as const;

/**
 * A jurisdiction's rules for the livelihood-project vote (民生实事项目人大代表票决制实施办法): the
 * ballot, the competitive ratio, the quorum, the threshold, the tie rule, the year-end rating
 * rule and what follows a dissatisfied rating. Build one with {@link defineLivelihoodPolicy};
 * project records store `rulesVersion` = `id@version`.
 *
 * @remarks Shares are fractions in [0, 1]. A threshold or rating share is "more than" (超过):
 * votes > share × base. The quorum is "at least" (以上): present ≥ share × members.
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, type LivelihoodPolicy } from 'renda';
 *
 * const policy: LivelihoodPolicy = defaultLivelihoodPolicy;
 * console.log(policy.yearEnd.electorate); // 'allMembers'
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodPolicy {
  /** The jurisdiction's id, e.g. `default`, `zhenhai`. */
  readonly id: string;
  /** Bumped whenever a rule changes; stored on every record as `rulesVersion`. */
  readonly version: number;
  /** 投票方式: approval (赞成、反对、弃权 per candidate) or ranked (排序). */
  readonly ballot: (typeof LIVELIHOOD_BALLOTS)[number];
  /** 排序票计票规则, for ranked ballots; one of {@link RANKED_COUNTS}. */
  readonly rankedCount: (typeof RANKED_COUNTS)[number];
  /**
   * 差额比例: candidates ≥ max(places + `minExtra`, ⌈`minRatio` × places⌉) for the vote to be
   * competitive (差额票决).
   */
  readonly competition: { readonly minRatio: number; readonly minExtra: number };
  /** 法定人数: the vote is held only when present ≥ `share` × members. */
  readonly quorum: { readonly share: number };
  /** 通过票数: an adopted project needs votes for > `share` × the `base`. */
  readonly threshold: {
    readonly base: (typeof ELECTORATE_BASES)[number];
    readonly share: number;
  };
  /** 票数相同的处理, one of {@link TIE_RULES}. */
  readonly tieRule: (typeof TIE_RULES)[number];
  /**
   * 年终测评规则: satisfied (满意) when 满意 > `satisfiedShare` × the electorate; else basically
   * satisfied (基本满意) when 满意 + 基本满意 > `basicallySatisfiedShare` × the electorate; else
   * dissatisfied (不满意). The electorate is all members or those present.
   */
  readonly yearEnd: {
    readonly electorate: (typeof ELECTORATE_BASES)[number];
    readonly satisfiedShare: number;
    readonly basicallySatisfiedShare: number;
  };
  /**
   * 整改: how many times a project rated dissatisfied is rectified and evaluated again
   * (整改后再测评); once they are used up, a dissatisfied rating fails it (测评不合格). 0 fails it
   * at the first dissatisfied rating.
   */
  readonly rectification: { readonly maxRounds: number };
}

/**
 * The default livelihood policy (默认民生实事项目票决规则).
 *
 * @remarks
 * From sources (Sources §8): the year-end rule is Zhenhai's (镇海): satisfied when 满意 exceeds
 * half of all members, else basically satisfied when 满意 + 基本满意 does, else dissatisfied; the
 * quorum of two thirds is the Local Organisation Law's for a congress to sit (三分之二以上的代表出席
 * 始得举行); the threshold, more than half of all members, is the majority it adopts resolutions
 * by (全体代表的过半数).
 *
 * Choices to override (no retrieved rule fixes them for project votes): approval ballots;
 * competitive means at least one candidate more than the places (Ninghai's 2013 vote had 15 for
 * 12, Tongzhou's 20 for 10); ranked ballots counted by `borda`; ties broken by fewer votes
 * against, then a run-off; one round of rectification before a project fails.
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy } from 'renda';
 *
 * console.log(defaultLivelihoodPolicy.threshold); // { base: 'allMembers', share: 0.5 }
 * ```
 * @category Livelihood vote
 */
export const defaultLivelihoodPolicy: LivelihoodPolicy = /* @__PURE__ */ deepFreeze({
  id: 'default',
  version: 1,
  ballot: 'approval',
  rankedCount: 'borda',
  competition: { minRatio: 1, minExtra: 1 },
  quorum: { share: 2 / 3 },
  threshold: { base: 'allMembers', share: 0.5 },
  tieRule: 'fewerAgainst',
  yearEnd: { electorate: 'allMembers', satisfiedShare: 0.5, basicallySatisfiedShare: 0.5 },
  rectification: { maxRounds: 1 },
});

type Groups = 'competition' | 'quorum' | 'threshold' | 'yearEnd' | 'rectification';
const GROUPS: readonly string[] = [
  'competition',
  'quorum',
  'threshold',
  'yearEnd',
  'rectification',
] satisfies readonly Groups[];

/**
 * What a jurisdiction may override in a livelihood policy: `id`, `version` and any part that
 * differs; the groups (`competition`, `quorum`, `threshold`, `yearEnd`, `rectification`) merge
 * with the default's.
 *
 * @example
 * ```ts
 * import type { LivelihoodPolicyOverrides } from 'renda';
 *
 * const overrides: LivelihoodPolicyOverrides = {
 *   id: 'zhenhai',
 *   version: 1,
 *   yearEnd: { electorate: 'present' },
 * };
 * ```
 * @category Livelihood vote
 */
export type LivelihoodPolicyOverrides = {
  readonly id: string;
  readonly version: number;
} & {
  readonly [K in Exclude<
    keyof LivelihoodPolicy,
    'id' | 'version' | 'competition' | 'quorum' | 'threshold' | 'yearEnd' | 'rectification'
  >]?: LivelihoodPolicy[K];
} & {
  readonly [K in 'competition' | 'quorum' | 'threshold' | 'yearEnd' | 'rectification']?: Partial<
    LivelihoodPolicy[K]
  >;
};

const Share = /* @__PURE__ */ z.number().min(0).max(1);

// Unknown keys are refused at every level, so a typo never leaves the default silently in place.
/** The policy's schema (internal: the tally checks the policy it is given with it). */
export const LivelihoodPolicySchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z
    .string()
    .trim()
    .min(1)
    .max(48)
    .regex(/^[^@\s]+$/),
  version: /* @__PURE__ */ z.number().int().min(1),
  ballot: /* @__PURE__ */ z.enum(LIVELIHOOD_BALLOTS),
  rankedCount: /* @__PURE__ */ z.enum(RANKED_COUNTS),
  competition: /* @__PURE__ */ z.strictObject({
    minRatio: /* @__PURE__ */ z.number().min(1).max(100),
    minExtra: /* @__PURE__ */ z.number().int().min(0).max(10_000),
  }),
  quorum: /* @__PURE__ */ z.strictObject({ share: Share }),
  threshold: /* @__PURE__ */ z.strictObject({
    base: /* @__PURE__ */ z.enum(ELECTORATE_BASES),
    share: Share,
  }),
  tieRule: /* @__PURE__ */ z.enum(TIE_RULES),
  yearEnd: /* @__PURE__ */ z.strictObject({
    electorate: /* @__PURE__ */ z.enum(ELECTORATE_BASES),
    satisfiedShare: Share,
    basicallySatisfiedShare: Share,
  }),
  rectification: /* @__PURE__ */ z.strictObject({
    maxRounds: /* @__PURE__ */ z.number().int().min(0).max(20),
  }),
});

const MODEL = {
  id: 'LivelihoodPolicy',
  'zh-Hans': '民生实事项目票决规则',
  en: 'Livelihood policy',
} as const;

const parsers = /* @__PURE__ */ createParsers(LivelihoodPolicySchema, MODEL, {
  ballot: { 'zh-Hans': '投票方式', en: 'ballot' },
  rankedCount: { 'zh-Hans': '排序票计票规则', en: 'ranked count' },
  competition: { 'zh-Hans': '差额比例', en: 'competition' },
  minRatio: { 'zh-Hans': '最低差额比', en: 'minimum ratio' },
  minExtra: { 'zh-Hans': '最少差额数', en: 'minimum extra candidates' },
  quorum: { 'zh-Hans': '法定人数', en: 'quorum' },
  threshold: { 'zh-Hans': '通过票数', en: 'threshold' },
  base: { 'zh-Hans': '表决基数', en: 'base' },
  share: { 'zh-Hans': '比例', en: 'share' },
  tieRule: { 'zh-Hans': '票数相同的处理', en: 'tie rule' },
  yearEnd: { 'zh-Hans': '年终测评规则', en: 'year-end rule' },
  electorate: { 'zh-Hans': '表决基数', en: 'electorate' },
  satisfiedShare: { 'zh-Hans': '满意比例', en: 'satisfied share' },
  basicallySatisfiedShare: { 'zh-Hans': '基本满意比例', en: 'basically satisfied share' },
  rectification: { 'zh-Hans': '整改', en: 'rectification' },
  maxRounds: { 'zh-Hans': '整改次数上限', en: 'maximum rounds' },
});

/**
 * Validates a jurisdiction's overrides on top of {@link defaultLivelihoodPolicy}, without
 * throwing.
 *
 * @remarks Never throws, whatever it is given: a missing or unreadable argument, an unknown key
 * or a share outside [0, 1] come back as `INVALID_INPUT` naming the field.
 * @param overrides - `id`, `version` and any parts that differ from the default.
 * @returns The frozen policy, or a validation error naming the field.
 * @example
 * ```ts
 * import { safeDefineLivelihoodPolicy } from 'renda';
 *
 * const result = safeDefineLivelihoodPolicy({ id: 'x', version: 1, quorum: { share: 1.5 } });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['quorum', 'share']
 * ```
 * @category Livelihood vote
 */
export function safeDefineLivelihoodPolicy(
  overrides: LivelihoodPolicyOverrides,
): Result<LivelihoodPolicy, ValidationError> {
  return safeDefinedPolicy(overrides, {
    model: MODEL,
    defaults: defaultLivelihoodPolicy,
    groups: GROUPS,
    safeParse: parsers.safeParse,
  });
}

/**
 * Defines a jurisdiction's livelihood policy (本地民生实事项目票决规则): the default with the parts
 * that differ, validated and frozen.
 *
 * @param overrides - `id`, `version` and any parts that differ from
 * {@link defaultLivelihoodPolicy}.
 * @returns The frozen policy.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad field.
 * @example
 * ```ts
 * import { defineLivelihoodPolicy } from 'renda';
 *
 * // Ranked ballots, 20 candidates for 10 places at least, ratings of those present.
 * const policy = defineLivelihoodPolicy({
 *   id: 'tongzhou',
 *   version: 1,
 *   ballot: 'ranked',
 *   competition: { minRatio: 2 },
 *   yearEnd: { electorate: 'present' },
 * });
 * console.log(policy.competition); // { minRatio: 2, minExtra: 1 }
 * ```
 * @category Livelihood vote
 */
export function defineLivelihoodPolicy(overrides: LivelihoodPolicyOverrides): LivelihoodPolicy {
  const result = safeDefineLivelihoodPolicy(overrides);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
