import { type KeyItemVote, safeParseKeyItemVote } from '../../model/keyItemVote.js';
import type { Result } from '../../model/shared/result.js';
import type { SatisfactionGrade } from '../../model/shared/satisfaction.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import {
  ArgumentChecks,
  fieldName,
  guard,
  NO_SUBJECT,
  safely,
} from '../../stats/internal/invalidInput.js';
import { rate } from '../../stats/rate.js';
import type { Rate } from '../../stats/rateTypes.js';
import { KEY_ITEM_METRICS } from './keyItemMetrics.js';

/**
 * What an item's pass mark counts (合格标准计票口径): votes satisfied or basically satisfied
 * (`broad`) or satisfied only (`narrow`).
 *
 * @example
 * ```ts
 * import { KEY_ITEM_PASS_MEASURES } from 'renda';
 *
 * console.log(KEY_ITEM_PASS_MEASURES); // ['broad', 'narrow']
 * ```
 * @category Metrics
 */
export const KEY_ITEM_PASS_MEASURES = ['broad', 'narrow'] as const;

/**
 * What an item's pass mark is measured against (合格标准基数): the valid votes (有效票), the
 * members present (实到人数) or all members (应到人数, as Zhenhai's "more than half of all members").
 *
 * @example
 * ```ts
 * import { KEY_ITEM_PASS_BASES } from 'renda';
 *
 * console.log(KEY_ITEM_PASS_BASES); // ['valid', 'present', 'members']
 * ```
 * @category Metrics
 */
export const KEY_ITEM_PASS_BASES = ['valid', 'present', 'members'] as const;

/**
 * How an item's share meets the pass mark (合格比较方式): at least the threshold (达到), or more
 * than it (超过, e.g. "more than half").
 *
 * @example
 * ```ts
 * import { KEY_ITEM_PASS_COMPARISONS } from 'renda';
 *
 * console.log(KEY_ITEM_PASS_COMPARISONS); // ['atLeast', 'moreThan']
 * ```
 * @category Metrics
 */
export const KEY_ITEM_PASS_COMPARISONS = ['atLeast', 'moreThan'] as const;

/**
 * Options of {@link tallyKeyItemVote} (逐件测评计票选项): the pass mark, if the jurisdiction sets
 * one. Without `threshold`, no item is judged passed or failed.
 *
 * @example
 * ```ts
 * import type { TallyKeyItemVoteOptions } from 'renda';
 *
 * // Zhenhai: satisfied when 满意 votes are more than half of all members.
 * const zhenhai: TallyKeyItemVoteOptions = {
 *   threshold: 0.5, measure: 'narrow', base: 'members', comparison: 'moreThan',
 * };
 * ```
 * @category Metrics
 */
export interface TallyKeyItemVoteOptions {
  /** The pass mark, a number from 0 to 1 (e.g. 0.8 for 80%). */
  readonly threshold?: number;
  /** What counts towards it; `broad` (满意 + 基本满意) by default. */
  readonly measure?: (typeof KEY_ITEM_PASS_MEASURES)[number];
  /** What it is measured against; `valid` votes by default. */
  readonly base?: (typeof KEY_ITEM_PASS_BASES)[number];
  /** `atLeast` (≥, the default) or `moreThan` (>). */
  readonly comparison?: (typeof KEY_ITEM_PASS_COMPARISONS)[number];
}

/**
 * One item's tally (单项测评结果): the counts, the satisfaction rates and, when a pass mark was
 * given, whether it passed.
 *
 * @example
 * ```ts
 * import type { KeyItemTally } from 'renda';
 *
 * const failed = (t: KeyItemTally) => t.passed === false;
 * ```
 * @category Metrics
 */
export interface KeyItemTally {
  /** The item's id. */
  readonly itemId: string;
  /** 满意票数. */
  readonly satisfied: number;
  /** 基本满意票数. */
  readonly basicallySatisfied: number;
  /** 不满意票数. */
  readonly dissatisfied: number;
  /** 弃权票数 (0 when not recorded). */
  readonly abstained: number;
  /** 无效票数 (0 when not recorded). */
  readonly invalid: number;
  /** 有效票数: the votes of the three grades. */
  readonly valid: number;
  /** 投票数: every ballot returned on this item, abstentions and spoilt ones included. */
  readonly cast: number;
  /** 满意率 (broad) = (satisfied + basically satisfied) ÷ valid votes. */
  readonly satisfactionRate: Rate;
  /** 满意率 (narrow) = satisfied ÷ valid votes. */
  readonly narrowSatisfactionRate: Rate;
  /** The share judged against the pass mark (its measure over its base), with a threshold. */
  readonly passRate?: Rate;
  /** Whether it passed, with a threshold; an item with nothing to divide by has not passed. */
  readonly passed?: boolean;
}

/**
 * The tally of an item-by-item satisfaction vote (逐件满意度测评计票结果).
 *
 * @example
 * ```ts
 * import type { KeyItemVoteTally } from 'renda';
 *
 * const failing = (t: KeyItemVoteTally) => t.items.filter((i) => i.passed === false);
 * ```
 * @category Metrics
 */
export interface KeyItemVoteTally {
  /** The vote's id. */
  readonly voteId: string;
  /** The day of the vote. */
  readonly day: string;
  /** 应到 and 实到, and the turnout (实到 ÷ 应到). */
  readonly electorate: {
    readonly members: number;
    readonly present: number;
    readonly turnout: Rate;
  };
  /** Each item, in the vote's order. */
  readonly items: readonly KeyItemTally[];
  /** With a threshold: how many items passed. */
  readonly passedCount?: number;
}

const t = fieldName;

function readOptions(options: unknown) {
  const checks = new ArgumentChecks('tallyKeyItemVote');
  const given = checks.options<TallyKeyItemVoteOptions>(options, 'options', '选项', true);
  const threshold: unknown = given.threshold;
  if (
    threshold !== undefined &&
    (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1))
  ) {
    checks.add(
      typeof threshold === 'number' ? 'INVALID_VALUE' : 'INVALID_TYPE',
      ['options', 'threshold'],
      {
        field: t('合格线', 'threshold'),
        expected: t('0 到 1 之间的数（如 0.8 表示 80%）', 'a number from 0 to 1 (0.8 for 80%)'),
        got: threshold,
      },
    );
  }
  const measure = checks.oneOf(
    'measure',
    '计票口径',
    given.measure,
    KEY_ITEM_PASS_MEASURES,
    'broad',
    ['options', 'measure'],
  );
  const base = checks.oneOf('base', '基数', given.base, KEY_ITEM_PASS_BASES, 'valid', [
    'options',
    'base',
  ]);
  const comparison = checks.oneOf(
    'comparison',
    '比较方式',
    given.comparison,
    KEY_ITEM_PASS_COMPARISONS,
    'atLeast',
    ['options', 'comparison'],
  );
  if (
    threshold === undefined &&
    (given.measure !== undefined || given.base !== undefined || given.comparison !== undefined)
  ) {
    checks.add('INVALID_VALUE', ['options', 'threshold'], {
      field: t('合格线', 'threshold'),
      subject: NO_SUBJECT,
      rule: {
        'zh-Hans': '给出 measure、base 或 comparison 时须同时给出合格线 threshold',
        en: 'threshold is required when measure, base or comparison is given',
      },
    });
  }
  checks.done();
  return { threshold: threshold as number | undefined, measure, base, comparison };
}

const sum = (
  counts: Readonly<Record<SatisfactionGrade, number>>,
  grades: readonly SatisfactionGrade[],
) => grades.reduce((total, grade) => total + counts[grade], 0);

function tally(input: unknown, options: unknown): KeyItemVoteTally {
  const pass = readOptions(options);
  const parsed = safeParseKeyItemVote(input);
  if (!parsed.ok) throw new RendaError(parsed.error);
  const vote: KeyItemVote = parsed.value;
  const { members, present } = vote.electorate;
  const broad = KEY_ITEM_METRICS.satisfactionRate;
  const narrow = KEY_ITEM_METRICS.narrowSatisfactionRate;
  let passedCount = 0;
  const items = vote.results.map((result): KeyItemTally => {
    const abstained = result.abstained ?? 0;
    const invalid = result.invalid ?? 0;
    const valid = sum(result, broad.denominator);
    const measured = sum(result, (pass.measure === 'broad' ? broad : narrow).numerator);
    const counted: KeyItemTally = {
      itemId: result.itemId,
      satisfied: result.satisfied,
      basicallySatisfied: result.basicallySatisfied,
      dissatisfied: result.dissatisfied,
      abstained,
      invalid,
      valid,
      cast: valid + abstained + invalid,
      satisfactionRate: rate(sum(result, broad.numerator), valid),
      narrowSatisfactionRate: rate(sum(result, narrow.numerator), sum(result, narrow.denominator)),
    };
    if (pass.threshold === undefined) return counted;
    const baseCount = pass.base === 'valid' ? valid : pass.base === 'present' ? present : members;
    const passRate = rate(measured, baseCount);
    const value = passRate.value;
    const passed =
      value !== null &&
      (pass.comparison === 'atLeast' ? value >= pass.threshold : value > pass.threshold);
    if (passed) passedCount += 1;
    return { ...counted, passRate, passed };
  });
  return {
    voteId: vote.id,
    day: vote.day,
    electorate: { members, present, turnout: rate(present, members) },
    items,
    ...(pass.threshold === undefined ? {} : { passedCount }),
  };
}

/**
 * Tallies an item-by-item satisfaction vote on key items (逐件满意度测评计票): per item, the
 * counts, the satisfaction rates and, against a pass mark the caller passes in, whether it
 * passed.
 *
 * @remarks
 * Formulas (stated once in {@link KEY_ITEM_METRICS}, the same broad and narrow 满意率 as the
 * suggestion dashboard's, over votes):
 *
 * - 有效票数 (valid votes) = satisfied + basically satisfied + dissatisfied; abstentions (弃权)
 *   and spoilt ballots (无效票) are reported but count in neither part of a rate;
 * - 满意率 (broad) = (满意 + 基本满意) ÷ 有效票数; 满意率 (narrow) = 满意 ÷ 有效票数;
 * - turnout (到会率) = 实到 ÷ 应到.
 *
 * With `threshold`, an item passes when its `measure` (broad by default) over its `base` (valid
 * votes by default) is at least the threshold (`comparison: 'moreThan'` for "more than"). An
 * item without votes to divide by (`value` null) has not passed. Rounding is the caller's:
 * compare `passRate.value` with the threshold exactly as given.
 *
 * @param vote - The vote; validated as {@link KeyItemVoteSchema} first, so a bad tally (more
 *   votes than members present, a repeated item) is refused by name.
 * @param options - The pass mark: `threshold`, `measure`, `base`, `comparison`.
 * @returns The tally, frozen.
 * @throws {@link RendaError} `INVALID_INPUT`: the vote's issues as {@link parseKeyItemVote} gives
 *   them (`VOTES_EXCEED_PRESENT` at `results[i]`, `PRESENT_EXCEEDS_MEMBERS`, `DUPLICATE_ITEM`…),
 *   or an option's (`threshold` outside 0…1, an unknown `measure`, `base` or `comparison`, or one
 *   of those without `threshold`).
 * @example
 * ```ts
 * import { tallyKeyItemVote } from 'renda';
 *
 * const vote = {
 *   id: 'KV-2025', day: '2025-11-26', electorate: { members: 31, present: 29 },
 *   results: [
 *     { itemId: 'K-1', satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 },
 *     { itemId: 'K-2', satisfied: 9, basicallySatisfied: 10, dissatisfied: 8, abstained: 2 },
 *   ],
 * };
 * const tally = tallyKeyItemVote(vote, { threshold: 0.8 });
 * const first = tally.items[0];
 * console.log(first?.satisfactionRate.numerator, first?.satisfactionRate.denominator); // 28 29
 * console.log(tally.items.map((i) => i.passed), tally.passedCount); // [true, false] 1
 * ```
 * @category Metrics
 */
export function tallyKeyItemVote(
  vote: KeyItemVote,
  options?: TallyKeyItemVoteOptions,
): KeyItemVoteTally {
  return guard('tallyKeyItemVote', () => tally(vote, options));
}

/**
 * Tallies an item-by-item satisfaction vote without throwing: the checked twin of
 * {@link tallyKeyItemVote}.
 *
 * @param vote - The vote.
 * @param options - The pass mark.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` naming the field.
 * @example
 * ```ts
 * import { safeTallyKeyItemVote } from 'renda';
 *
 * const result = safeTallyKeyItemVote({
 *   id: 'KV-1', day: '2025-11-26', electorate: { members: 31, present: 29 },
 *   results: [{ itemId: 'K-1', satisfied: 20, basicallySatisfied: 9, dissatisfied: 1 }],
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code, result.error.issues[0]?.path); // 'VOTES_EXCEED_PRESENT' ['results', 0]
 * ```
 * @category Metrics
 */
export function safeTallyKeyItemVote(
  vote: KeyItemVote,
  options?: TallyKeyItemVoteOptions,
): Result<KeyItemVoteTally, ValidationError> {
  return safely('tallyKeyItemVote', () => tallyKeyItemVote(vote, options));
}
