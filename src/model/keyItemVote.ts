import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { CalendarDaySchema, CountSchema, IdSchema, ShortTextSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

type IssuePath = (string | number)[];

/**
 * The tally of one item in an item-by-item satisfaction vote (逐件满意度测评结果): votes
 * satisfied, basically satisfied and dissatisfied, and the abstentions and spoilt ballots that
 * count towards no grade.
 *
 * @example
 * ```ts
 * import { KeyItemVoteResultSchema } from 'renda';
 *
 * KeyItemVoteResultSchema.parse({ itemId: 'K-1', satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 });
 * ```
 * @category Models
 */
export const KeyItemVoteResultSchema = /* @__PURE__ */ z.object({
  /** 测评事项: a key item of the plan, or a suggestion or motion voted on by itself. */
  itemId: IdSchema,
  /** 满意票数. */
  satisfied: CountSchema,
  /** 基本满意票数. */
  basicallySatisfied: CountSchema,
  /** 不满意票数. */
  dissatisfied: CountSchema,
  /** 弃权票数: ballots returned with no grade marked. */
  abstained: /* @__PURE__ */ CountSchema.optional(),
  /** 无效票数: ballots that cannot be read as one grade. */
  invalid: /* @__PURE__ */ CountSchema.optional(),
});

/**
 * The tally of one item in a satisfaction vote; the type of {@link KeyItemVoteResultSchema}.
 *
 * @example
 * ```ts
 * import type { KeyItemVoteResult } from 'renda';
 *
 * const valid = (r: KeyItemVoteResult) => r.satisfied + r.basicallySatisfied + r.dissatisfied;
 * ```
 * @category Models
 */
export interface KeyItemVoteResult extends z.infer<typeof KeyItemVoteResultSchema> {}

/**
 * An item-by-item satisfaction vote on key items (重点督办建议逐件满意度测评): who could vote
 * (应到, 实到) and the tally of each item, as a standing committee meeting or a congress session
 * records it (Guzhen county voted item by item on 6 motions and 69 suggestions; Rizhao votes in
 * November).
 *
 * @remarks
 * The record keeps the raw counts; `tallyKeyItemVote` computes the rates and whether each item
 * passed a threshold.
 *
 * Rules: `present` is at most `members` (`PRESENT_EXCEEDS_MEMBERS`); for each item the votes of
 * the three grades, the abstentions and the spoilt ballots together are at most `present`
 * (`VOTES_EXCEED_PRESENT`: nobody votes twice on one item); an item appears at most once
 * (`DUPLICATE_ITEM`).
 * @example
 * ```ts
 * import { KeyItemVoteSchema } from 'renda';
 *
 * KeyItemVoteSchema.parse({
 *   id: 'KV-2025', planId: 'P-2025', day: '2025-11-26', body: '常委会第二十次会议',
 *   electorate: { members: 31, present: 29 },
 *   results: [{ itemId: 'K-1', satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 }],
 * });
 * ```
 * @category Models
 */
export const KeyItemVoteSchema = /* @__PURE__ */ z
  .object({
    /** 测评编号. */
    id: IdSchema,
    /** 重点督办计划: the plan whose items were voted on. */
    planId: /* @__PURE__ */ IdSchema.optional(),
    /** 测评日期. */
    day: CalendarDaySchema,
    /** 测评会议, e.g. 常委会第二十次会议 or 人民代表大会第三次会议. */
    body: /* @__PURE__ */ ShortTextSchema.optional(),
    /** 参加测评人员. */
    electorate: /* @__PURE__ */ z.object({
      /** 应到人数: all members entitled to vote. */
      members: CountSchema,
      /** 实到人数: the members present. */
      present: CountSchema,
    }),
    /** 测评结果: one entry per item. */
    results: /* @__PURE__ */ z.array(KeyItemVoteResultSchema).max(10_000),
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
      if (seen.has(result.itemId)) {
        push(
          ['results', i, 'itemId'],
          result.itemId,
          'DUPLICATE_ITEM',
          '同一事项在测评结果中重复出现',
          'appears more than once in the results',
        );
      }
      seen.add(result.itemId);
      const cast =
        result.satisfied +
        result.basicallySatisfied +
        result.dissatisfied +
        (result.abstained ?? 0) +
        (result.invalid ?? 0);
      if (cast > present) {
        push(
          ['results', i],
          result,
          'VOTES_EXCEED_PRESENT',
          `满意、基本满意、不满意、弃权与无效票数之和（${cast}）不得超过实到人数（${present}）`,
          `satisfied, basically satisfied, dissatisfied, abstained and invalid votes together (${cast}) must not exceed the members present (${present})`,
        );
      }
    });
  });

/**
 * An item-by-item satisfaction vote on key items (逐件满意度测评); the type of
 * {@link KeyItemVoteSchema}.
 *
 * @example
 * ```ts
 * import type { KeyItemVote } from 'renda';
 *
 * const vote: KeyItemVote = {
 *   id: 'KV-1', day: '2025-11-26', electorate: { members: 31, present: 29 },
 *   results: [{ itemId: 'K-1', satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 }],
 * };
 * ```
 * @category Models
 */
export interface KeyItemVote extends z.infer<typeof KeyItemVoteSchema> {}

/**
 * The input accepted by {@link KeyItemVoteSchema} (逐件满意度测评输入).
 *
 * @example
 * ```ts
 * import type { KeyItemVoteInput } from 'renda';
 *
 * const input: KeyItemVoteInput = {
 *   id: 'KV-1', day: '2025-11-26', electorate: { members: 31, present: 29 }, results: [],
 * };
 * ```
 * @category Models
 */
export interface KeyItemVoteInput extends z.input<typeof KeyItemVoteSchema> {}

/**
 * The Chinese and English names of a satisfaction vote's fields (逐件满意度测评字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { keyItemVoteFieldNames } from 'renda';
 *
 * console.log(keyItemVoteFieldNames.abstained?.['zh-Hans']); // '弃权票数'
 * ```
 * @category Validation
 */
export const keyItemVoteFieldNames: FieldNames = {
  planId: { 'zh-Hans': '重点督办计划', en: 'key-item plan' },
  day: { 'zh-Hans': '测评日期', en: 'day of the vote' },
  body: { 'zh-Hans': '测评会议', en: 'meeting' },
  electorate: { 'zh-Hans': '参加测评人员', en: 'electorate' },
  members: { 'zh-Hans': '应到人数', en: 'members' },
  present: { 'zh-Hans': '实到人数', en: 'members present' },
  results: { 'zh-Hans': '测评结果', en: 'results' },
  itemId: { 'zh-Hans': '测评事项', en: 'item' },
  satisfied: { 'zh-Hans': '满意票数', en: 'satisfied votes' },
  basicallySatisfied: { 'zh-Hans': '基本满意票数', en: 'basically satisfied votes' },
  dissatisfied: { 'zh-Hans': '不满意票数', en: 'dissatisfied votes' },
  abstained: { 'zh-Hans': '弃权票数', en: 'abstentions' },
  invalid: { 'zh-Hans': '无效票数', en: 'invalid ballots' },
};

const parsers = /* @__PURE__ */ createParsers(
  KeyItemVoteSchema,
  { id: 'KeyItemVote', 'zh-Hans': '逐件满意度测评', en: 'Key-item satisfaction vote' },
  keyItemVoteFieldNames,
);

/**
 * Validates an item-by-item satisfaction vote (逐件满意度测评), throwing a {@link RendaError} that
 * names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The vote, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseKeyItemVote } from 'renda';
 *
 * const vote = parseKeyItemVote({
 *   id: 'KV-1', day: '2025-11-26', electorate: { members: 31, present: 29 },
 *   results: [{ itemId: 'K-1', satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 }],
 * });
 * console.log(vote.results[0]?.satisfied); // 20
 * ```
 * @category Validation
 */
export const parseKeyItemVote: (input: unknown) => KeyItemVote = parsers.parse;

/**
 * Validates an item-by-item satisfaction vote (逐件满意度测评) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseKeyItemVote } from 'renda';
 *
 * const result = safeParseKeyItemVote({
 *   id: 'KV-1', day: '2025-11-26', electorate: { members: 31, present: 29 },
 *   results: [{ itemId: 'K-1', satisfied: 20, basicallySatisfied: 9, dissatisfied: 1 }],
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'VOTES_EXCEED_PRESENT'
 * ```
 * @category Validation
 */
export const safeParseKeyItemVote: (input: unknown) => Result<KeyItemVote, ValidationError> =
  parsers.safeParse;
