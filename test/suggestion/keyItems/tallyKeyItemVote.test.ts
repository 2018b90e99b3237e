import { describe, expect, it } from 'vitest';
import type { KeyItemVote } from '../../../src/model/keyItemVote.js';
import { parseKeyItemVote, safeParseKeyItemVote } from '../../../src/model/keyItemVote.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { SUGGESTION_METRICS } from '../../../src/suggestion/figures/suggestionMetrics.js';
import { KEY_ITEM_METRICS } from '../../../src/suggestion/keyItems/keyItemMetrics.js';
import {
  safeTallyKeyItemVote,
  tallyKeyItemVote,
} from '../../../src/suggestion/keyItems/tallyKeyItemVote.js';
import { vote } from './fixtures.js';

const theVote = () => vote() as KeyItemVote;
const errorOf = (result: { ok: boolean; error?: unknown }) => {
  if (result.ok) throw new Error('expected a refusal');
  return (result.error as { issues: { code: string; path: unknown }[] }).issues.map((i) => ({
    code: i.code,
    path: i.path,
  }));
};

describe('tallyKeyItemVote', () => {
  it('counts each item: valid votes, cast, broad and narrow satisfaction rates', () => {
    const tally = tallyKeyItemVote(theVote());
    expect(tally.electorate).toEqual({
      members: 31,
      present: 29,
      turnout: { numerator: 29, denominator: 31, value: 29 / 31 },
    });
    expect(tally.items[0]).toEqual({
      itemId: 'K-1',
      satisfied: 20,
      basicallySatisfied: 8,
      dissatisfied: 1,
      abstained: 0,
      invalid: 0,
      valid: 29,
      cast: 29,
      satisfactionRate: { numerator: 28, denominator: 29, value: 28 / 29 },
      narrowSatisfactionRate: { numerator: 20, denominator: 29, value: 20 / 29 },
    });
    // Abstentions and spoilt ballots are reported, and count in neither part of a rate.
    expect(tally.items[1]).toMatchObject({ valid: 27, cast: 29, abstained: 1, invalid: 1 });
    expect(tally.items[1]?.satisfactionRate).toEqual({
      numerator: 19,
      denominator: 27,
      value: 19 / 27,
    });
    expect(tally.passedCount).toBeUndefined();
    expect(tally.items[0]?.passed).toBeUndefined();
  });

  it('judges each item against the pass mark the caller passes in', () => {
    const tally = tallyKeyItemVote(theVote(), { threshold: 0.8 });
    expect(tally.items.map((i) => i.passed)).toEqual([true, false]);
    expect(tally.passedCount).toBe(1);
    // At least the threshold passes; "more than" does not.
    const exact = {
      ...theVote(),
      results: [{ itemId: 'K', satisfied: 4, basicallySatisfied: 0, dissatisfied: 1 }],
    };
    expect(tallyKeyItemVote(exact, { threshold: 0.8 }).items[0]?.passed).toBe(true);
    expect(
      tallyKeyItemVote(exact, { threshold: 0.8, comparison: 'moreThan' }).items[0]?.passed,
    ).toBe(false);
  });

  it("applies Zhenhai's rule: satisfied votes more than half of all members", () => {
    const zhenhai = {
      threshold: 0.5,
      measure: 'narrow',
      base: 'members',
      comparison: 'moreThan',
    } as const;
    const tally = tallyKeyItemVote(theVote(), zhenhai);
    expect(tally.items[0]?.passRate).toEqual({ numerator: 20, denominator: 31, value: 20 / 31 });
    expect(tally.items.map((i) => i.passed)).toEqual([true, false]);
    const present = tallyKeyItemVote(theVote(), { threshold: 0.5, base: 'present' });
    expect(present.items[1]?.passRate).toEqual({ numerator: 19, denominator: 29, value: 19 / 29 });
  });

  it('fails an item with no valid vote rather than dividing by zero', () => {
    const empty = {
      ...theVote(),
      results: [
        { itemId: 'K', satisfied: 0, basicallySatisfied: 0, dissatisfied: 0, abstained: 3 },
      ],
    };
    const tally = tallyKeyItemVote(empty, { threshold: 0 });
    expect(tally.items[0]?.satisfactionRate.value).toBeNull();
    expect(tally.items[0]?.passed).toBe(false);
  });

  it('states the same broad 满意率 as the suggestion dashboard, over votes', () => {
    expect(KEY_ITEM_METRICS.satisfactionRate.numerator).toEqual([
      'satisfied',
      'basicallySatisfied',
    ]);
    expect(SUGGESTION_METRICS.satisfactionRate.formula['zh-Hans']).toContain('满意 + 基本满意');
    expect(KEY_ITEM_METRICS.satisfactionRate.formula['zh-Hans']).toBe(
      '（满意 + 基本满意）÷ 有效票数',
    );
  });

  it('refuses more votes than voters, naming the item (VOTES_EXCEED_PRESENT)', () => {
    const over = theVote();
    const results = [{ ...over.results[0]!, abstained: 1 }];
    expect(errorOf(safeTallyKeyItemVote({ ...over, results }))).toEqual([
      { code: 'VOTES_EXCEED_PRESENT', path: ['results', 0] },
    ]);
    expect(() => tallyKeyItemVote({ ...over, results })).toThrow(RendaError);
  });

  it('refuses more present than members, a repeated item and a negative count', () => {
    const v = theVote();
    expect(
      errorOf(safeTallyKeyItemVote({ ...v, electorate: { members: 28, present: 29 } })),
    ).toEqual([{ code: 'PRESENT_EXCEEDS_MEMBERS', path: ['electorate', 'present'] }]);
    expect(
      errorOf(safeTallyKeyItemVote({ ...v, results: [v.results[0]!, v.results[0]!] }))[0],
    ).toEqual({
      code: 'DUPLICATE_ITEM',
      path: ['results', 1, 'itemId'],
    });
    const negative = { ...v, results: [{ ...v.results[0]!, dissatisfied: -1 }] };
    expect(errorOf(safeTallyKeyItemVote(negative))[0]?.path).toEqual([
      'results',
      0,
      'dissatisfied',
    ]);
  });

  it('refuses bad options by name, in Chinese and English', () => {
    const v = theVote();
    expect(errorOf(safeTallyKeyItemVote(v, { threshold: 80 }))).toEqual([
      { code: 'INVALID_VALUE', path: ['options', 'threshold'] },
    ]);
    expect(errorOf(safeTallyKeyItemVote(v, { threshold: '0.8' as never }))).toEqual([
      { code: 'INVALID_TYPE', path: ['options', 'threshold'] },
    ]);
    expect(errorOf(safeTallyKeyItemVote(v, { threshold: 0.8, measure: 'all' as never }))).toEqual([
      { code: 'UNKNOWN_VALUE', path: ['options', 'measure'] },
    ]);
    expect(errorOf(safeTallyKeyItemVote(v, { base: 'present' }))).toEqual([
      { code: 'INVALID_VALUE', path: ['options', 'threshold'] },
    ]);
    const result = safeTallyKeyItemVote(v, { threshold: Number.NaN });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues[0]?.message['zh-Hans']).toContain('合格线');
      expect(result.error.issues[0]?.message.en).toContain('threshold');
    }
  });

  it('does not mutate the vote, and freezes what it returns', () => {
    const v = theVote();
    const before = JSON.stringify(v);
    const tally = tallyKeyItemVote(v, { threshold: 0.9 });
    expect(JSON.stringify(v)).toBe(before);
    expect(Object.isFrozen(v)).toBe(false);
    expect(Object.isFrozen(tally.items[0]?.satisfactionRate)).toBe(true);
  });
});

describe('KeyItemVoteSchema', () => {
  it('parses a vote and names its fields', () => {
    expect(parseKeyItemVote(vote()).results).toHaveLength(2);
    const result = safeParseKeyItemVote({ ...vote(), day: '2025-02-29' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.field).toMatchObject({ 'zh-Hans': '测评日期' });
  });
});
