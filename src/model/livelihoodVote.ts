import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { CalendarDaySchema, CountSchema, IdSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The kinds of vote on livelihood projects (票决类别): the selection vote at the congress
 * (票决) and the year-end satisfaction rating (年终满意度测评).
 *
 * @example
 * ```ts
 * import { LIVELIHOOD_VOTE_KINDS } from 'renda';
 *
 * console.log(LIVELIHOOD_VOTE_KINDS); // ['selection', 'evaluation']
 * ```
 * @category Models
 */
export const LIVELIHOOD_VOTE_KINDS = ['selection', 'evaluation'] as const;

/**
 * The ballot forms (投票方式): approval, one vote for or against each candidate (赞成票), or ranked,
 * candidates numbered in priority order (排序投票).
 *
 * @example
 * ```ts
 * import { LIVELIHOOD_BALLOTS } from 'renda';
 *
 * console.log(LIVELIHOOD_BALLOTS); // ['approval', 'ranked']
 * ```
 * @category Models
 */
export const LIVELIHOOD_BALLOTS = ['approval', 'ranked'] as const;

type IssuePath = (string | number)[];

/**
 * A vote of deputies on livelihood projects (民生实事项目票决 / 满意度测评): the electorate (应到,
 * 实到) and the result for each project.
 *
 * @remarks
 * How a result is classified (e.g. Zhenhai's rule: "satisfied" when 满意 votes exceed half of all
 * members) is policy and is computed elsewhere; this record keeps the raw counts.
 *
 * Rules: `present` is at most `members` (`PRESENT_EXCEEDS_MEMBERS`); for each result, `votesFor`
 * and the sum of the three ratings are at most `present` (`VOTES_EXCEED_PRESENT`); a project
 * appears at most once (`DUPLICATE_PROJECT`).
 * @example
 * ```ts
 * import { LivelihoodVoteSchema } from 'renda';
 *
 * LivelihoodVoteSchema.parse({
 *   id: 'V-2025-E',
 *   kind: 'evaluation',
 *   day: '2025-12-20',
 *   ballot: 'approval',
 *   electorate: { members: 31, present: 29 },
 *   results: [{ projectId: 'P-2', satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 }],
 * });
 * ```
 * @category Models
 */
export const LivelihoodVoteSchema = /* @__PURE__ */ z
  .object({
    /** 票决编号. */
    id: IdSchema,
    /** 票决类别, one of {@link LIVELIHOOD_VOTE_KINDS}. */
    kind: /* @__PURE__ */ z.enum(LIVELIHOOD_VOTE_KINDS),
    /** 投票日期. */
    day: CalendarDaySchema,
    /** 投票方式, one of {@link LIVELIHOOD_BALLOTS}. */
    ballot: /* @__PURE__ */ z.enum(LIVELIHOOD_BALLOTS),
    /** 参加投票人员. */
    electorate: /* @__PURE__ */ z.object({
      /** 应到人数: all members entitled to vote. */
      members: CountSchema,
      /** 实到人数: the members present. */
      present: CountSchema,
    }),
    /** 投票结果: one entry per project on the ballot. */
    results: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.object({
          /** 项目: the livelihood project's id. */
          projectId: IdSchema,
          /** 赞成票数. */
          votesFor: /* @__PURE__ */ CountSchema.optional(),
          /** 排序名次 (1 = first). */
          rank: /* @__PURE__ */ z.number().int().min(1).max(10_000).optional(),
          /** 满意票数. */
          satisfied: /* @__PURE__ */ CountSchema.optional(),
          /** 基本满意票数. */
          basicallySatisfied: /* @__PURE__ */ CountSchema.optional(),
          /** 不满意票数. */
          dissatisfied: /* @__PURE__ */ CountSchema.optional(),
        }),
      )
      .max(10_000),
  })
  .check((ctx) => {
    const { electorate, results } = ctx.value;
    const push = (path: IssuePath, input: unknown, code: string, zh: string, en: string): void => {
      ctx.issues.push({ code: 'custom', input, path, params: { code, zh, en } });
    };
    const { members, present } = electorate;
    if (present > members) {
      push(
        ['electorate', 'present'],
        present,
        'PRESENT_EXCEEDS_MEMBERS',
        '实到人数不得超过应到人数',
        'must not exceed the number of members',
      );
    }
    const seen = new Set<string>();
    results.forEach((result, i) => {
      if (seen.has(result.projectId)) {
        push(
          ['results', i, 'projectId'],
          result.projectId,
          'DUPLICATE_PROJECT',
          '同一项目在结果中重复出现',
          'appears more than once in the results',
        );
      }
      seen.add(result.projectId);
      if (result.votesFor !== undefined && result.votesFor > present) {
        push(
          ['results', i, 'votesFor'],
          result.votesFor,
          'VOTES_EXCEED_PRESENT',
          '赞成票数不得超过实到人数',
          'must not exceed the members present',
        );
      }
      const rated =
        (result.satisfied ?? 0) + (result.basicallySatisfied ?? 0) + (result.dissatisfied ?? 0);
      if (rated > present) {
        push(
          ['results', i],
          result,
          'VOTES_EXCEED_PRESENT',
          '满意、基本满意、不满意票数之和不得超过实到人数',
          'satisfied, basically satisfied and dissatisfied votes together must not exceed the members present',
        );
      }
    });
  });

/**
 * A vote on livelihood projects (民生实事项目票决); the type of {@link LivelihoodVoteSchema}.
 *
 * @example
 * ```ts
 * import type { LivelihoodVote } from 'renda';
 *
 * const vote: LivelihoodVote = {
 *   id: 'V-2025-S',
 *   kind: 'selection',
 *   day: '2025-01-10',
 *   ballot: 'ranked',
 *   electorate: { members: 200, present: 192 },
 *   results: [{ projectId: 'P-1', votesFor: 180, rank: 1 }],
 * };
 * ```
 * @category Models
 */
export interface LivelihoodVote extends z.infer<typeof LivelihoodVoteSchema> {}

/**
 * The input accepted by {@link LivelihoodVoteSchema} (民生实事项目票决输入).
 *
 * @example
 * ```ts
 * import type { LivelihoodVoteInput } from 'renda';
 *
 * const input: LivelihoodVoteInput = {
 *   id: 'V-1',
 *   kind: 'selection',
 *   day: '2025-01-10',
 *   ballot: 'approval',
 *   electorate: { members: 40, present: 38 },
 *   results: [],
 * };
 * ```
 * @category Models
 */
export interface LivelihoodVoteInput extends z.input<typeof LivelihoodVoteSchema> {}

/**
 * The Chinese and English names of the livelihood vote's fields (民生实事项目票决字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { livelihoodVoteFieldNames } from 'renda';
 *
 * console.log(livelihoodVoteFieldNames.present?.['zh-Hans']); // '实到人数'
 * ```
 * @category Validation
 */
export const livelihoodVoteFieldNames: FieldNames = {
  kind: { 'zh-Hans': '票决类别', en: 'vote kind' },
  day: { 'zh-Hans': '投票日期', en: 'day of the vote' },
  ballot: { 'zh-Hans': '投票方式', en: 'ballot' },
  electorate: { 'zh-Hans': '参加投票人员', en: 'electorate' },
  members: { 'zh-Hans': '应到人数', en: 'members' },
  present: { 'zh-Hans': '实到人数', en: 'members present' },
  results: { 'zh-Hans': '投票结果', en: 'results' },
  projectId: { 'zh-Hans': '项目', en: 'project' },
  votesFor: { 'zh-Hans': '赞成票数', en: 'votes for' },
  rank: { 'zh-Hans': '排序名次', en: 'rank' },
  satisfied: { 'zh-Hans': '满意票数', en: 'satisfied votes' },
  basicallySatisfied: { 'zh-Hans': '基本满意票数', en: 'basically satisfied votes' },
  dissatisfied: { 'zh-Hans': '不满意票数', en: 'dissatisfied votes' },
};

const parsers = /* @__PURE__ */ createParsers(
  LivelihoodVoteSchema,
  { id: 'LivelihoodVote', 'zh-Hans': '民生实事项目票决', en: 'Livelihood vote' },
  livelihoodVoteFieldNames,
);

/**
 * Validates a vote on livelihood projects (民生实事项目票决), throwing a {@link RendaError} that
 * names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The vote, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseLivelihoodVote } from 'renda';
 *
 * const vote = parseLivelihoodVote({
 *   id: 'V-1',
 *   kind: 'selection',
 *   day: '2025-01-10',
 *   ballot: 'approval',
 *   electorate: { members: 40, present: 38 },
 *   results: [{ projectId: 'P-1', votesFor: 35 }],
 * });
 * console.log(vote.results.length); // 1
 * ```
 * @category Validation
 */
export const parseLivelihoodVote: (input: unknown) => LivelihoodVote = parsers.parse;

/**
 * Validates a vote on livelihood projects (民生实事项目票决) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseLivelihoodVote } from 'renda';
 *
 * const result = safeParseLivelihoodVote({
 *   id: 'V-1',
 *   kind: 'selection',
 *   day: '2025-01-10',
 *   ballot: 'approval',
 *   electorate: { members: 40, present: 41 },
 *   results: [],
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'PRESENT_EXCEEDS_MEMBERS'
 * ```
 * @category Validation
 */
export const safeParseLivelihoodVote: (input: unknown) => Result<LivelihoodVote, ValidationError> =
  parsers.safeParse;
