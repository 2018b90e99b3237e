import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src/model/suggestion.js';
import { safeParseSuggestion } from '../../src/model/suggestion.js';
import { suggestionStats } from '../../src/suggestion/figures/suggestionStats.js';
import { defaultPolicy, definePolicy, type SuggestionPolicy } from '../../src/suggestion/policy.js';
import { replyRecipients, safeReplyRecipients } from '../../src/suggestion/replyRecipients.js';
import { assigned, attempt, deputy, office, refused, step, unit } from './support/walk.js';

// 并案办理: the deputies of every item merged into a primary get its answer and evaluate it
// (DOMAIN §2.4); the policy's evaluationCounting says whether each of them counts (per deputy) or
// each item's lead (per item).

const leadOnly = definePolicy({ ...defaultPolicy, evaluationCounting: 'leadOnly' });
const everyDeputy = definePolicy({ ...defaultPolicy, evaluationCounting: 'everyDeputy' });

const mergedProposers = [
  { deputyId: 'D-7', role: 'lead', itemId: 'S-2' },
  { deputyId: 'D-8', role: 'co', itemId: 'S-2' },
  { deputyId: 'D-9', role: 'lead', itemId: 'S-3' },
] as const;

/** S-1 (D-1 lead, D-2 co) with S-2 and S-3 merged into it, assigned to U-1 and answered. */
function mergedAndReplied(policy: SuggestionPolicy): Suggestion {
  let record = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00', {
    policy,
  });
  record = step(
    record,
    'merge',
    { from: ['S-2', 'S-3'], proposers: mergedProposers },
    office,
    '2024-12-02T10:00:00+08:00',
    { policy },
  );
  return step(record, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2025-02-20T10:00:00+08:00', {
    policy,
  });
}

const evaluateAt = '2025-02-25T10:00:00+08:00';

function evaluateAll(
  record: Suggestion,
  ids: readonly string[],
  policy: SuggestionPolicy,
  grade = 'satisfied',
): Suggestion {
  let next = record;
  for (const id of ids)
    next = step(next, 'evaluate', { grade }, deputy(id), evaluateAt, { policy });
  return next;
}

describe('suggestionWorkflow: merged items (并案办理)', () => {
  it('records the merged items’ deputies on the primary, each once however often it is recorded', () => {
    const record = mergedAndReplied(everyDeputy);
    expect(record.mergedFrom).toEqual(['S-2', 'S-3']);
    expect(record.mergedProposers).toEqual(mergedProposers);
    const handling = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00');
    const merge = (record: Suggestion, at: string) =>
      step(record, 'merge', { from: ['S-2'], proposers: [mergedProposers[0]] }, office, at);
    const twice = merge(merge(handling, '2024-12-02T10:00:00+08:00'), '2024-12-03T10:00:00+08:00');
    expect(twice.mergedProposers).toEqual([mergedProposers[0]]);
  });

  it('per deputy (everyDeputy): waits for every deputy of every item, then closes', () => {
    const record = mergedAndReplied(everyDeputy);
    const most = evaluateAll(record, ['D-1', 'D-2', 'D-7', 'D-8'], everyDeputy);
    expect(most.state).toBe('replied');
    const all = evaluateAll(most, ['D-9'], everyDeputy);
    expect(all.state).toBe('closed');
    expect(all.closure?.reason).toBe('evaluated');
  });

  it('per item (leadOnly): each item’s lead evaluates, and a merged item’s co-signer is refused', () => {
    const record = mergedAndReplied(leadOnly);
    refused(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-8'),
      evaluateAt,
      {
        code: 'GUARD_FAILED',
        guard: 'isEvaluator',
      },
      { policy: leadOnly },
    );
    const two = evaluateAll(record, ['D-1', 'D-7'], leadOnly);
    expect(two.state).toBe('replied');
    expect(evaluateAll(two, ['D-9'], leadOnly).state).toBe('closed');
  });

  it('refuses a deputy who proposed none of the items', () => {
    refused(
      mergedAndReplied(everyDeputy),
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-99'),
      evaluateAt,
      {
        code: 'GUARD_FAILED',
        guard: 'isEvaluator',
      },
      { policy: everyDeputy },
    );
  });

  it('opens a re-handling round when a merged item’s deputy is dissatisfied', () => {
    const record = mergedAndReplied(everyDeputy);
    const next = step(record, 'evaluate', { grade: 'dissatisfied' }, deputy('D-9'), evaluateAt, {
      policy: everyDeputy,
    });
    expect(next.state).toBe('reHandling');
    expect(next.round).toBe(2);
  });

  it('refuses deputies from an item the event does not merge, or named on the secondary', () => {
    const record = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00');
    const stray = attempt(
      record,
      'merge',
      { from: ['S-2'], proposers: [{ deputyId: 'D-9', role: 'lead', itemId: 'S-3' }] },
      office,
      '2024-12-02T10:00:00+08:00',
    );
    expect(stray.ok).toBe(false);
    if (!stray.ok) {
      expect(stray.error.code).toBe('INVALID_INPUT');
      expect(JSON.stringify(stray.error)).toContain('MERGED_PROPOSER_ITEM_NOT_MERGED');
      expect(JSON.stringify(stray.error)).toContain('并案代表');
    }
    const intoWithProposers = attempt(
      record,
      'merge',
      { into: 'S-9', proposers: [{ deputyId: 'D-9', role: 'lead', itemId: 'S-9' }] },
      office,
      '2024-12-02T10:00:00+08:00',
    );
    expect(intoWithProposers.ok).toBe(false);
  });

  it('reads a stored record without merged deputies as none, and refuses one naming an unmerged item', () => {
    const record = mergedAndReplied(everyDeputy);
    const { mergedProposers: _dropped, ...old } = JSON.parse(JSON.stringify(record));
    const parsed = safeParseSuggestion(old);
    expect(parsed.ok && parsed.value.mergedProposers).toEqual([]);
    const wrong = JSON.parse(JSON.stringify(record));
    wrong.mergedFrom = ['S-2'];
    const refusedRecord = safeParseSuggestion(wrong);
    expect(refusedRecord.ok).toBe(false);
    expect(JSON.stringify(refusedRecord)).toContain('MERGED_PROPOSER_ITEM_NOT_MERGED');
  });

  it('accepts the merged deputies’ forms as evaluations of the record', () => {
    const record = evaluateAll(mergedAndReplied(everyDeputy), ['D-1', 'D-9'], everyDeputy);
    const parsed = safeParseSuggestion(JSON.parse(JSON.stringify(record)));
    expect(parsed.ok).toBe(true);
  });
});

describe('replyRecipients (答复对象)', () => {
  it('lists the record’s proposers, then each merged deputy, each deputy once', () => {
    const record = mergedAndReplied(everyDeputy);
    expect(replyRecipients(record)).toEqual([
      { deputyId: 'D-1', role: 'lead', itemId: 'S-1' },
      { deputyId: 'D-2', role: 'co', itemId: 'S-1' },
      ...mergedProposers,
    ]);
    const twice = {
      ...record,
      mergedProposers: [
        ...record.mergedProposers,
        { deputyId: 'D-2', role: 'lead' as const, itemId: 'S-3' },
      ],
    };
    expect(replyRecipients(twice).filter((r) => r.deputyId === 'D-2')).toEqual([
      { deputyId: 'D-2', role: 'co', itemId: 'S-1' },
    ]);
  });

  it('refuses a proposer whose id is not text, naming the entry', () => {
    const bad = { id: 'S-1', proposers: [{ deputyId: 10n, role: 'lead' }] } as never;
    const result = safeReplyRecipients(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['proposers', 0]);
    const merged = {
      id: 'S-1',
      proposers: [],
      mergedProposers: [{ deputyId: 'D-1', role: 'lead' }],
    };
    const second = safeReplyRecipients(merged as never);
    expect(!second.ok && second.error.issues[0]?.path).toEqual(['mergedProposers', 0]);
  });

  it('refuses what is not a record, naming the field', () => {
    const result = safeReplyRecipients({ proposers: 'D-1' } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['proposers']);
    expect(() => replyRecipients(null as never)).toThrow();
  });
});

describe('figures of merged items', () => {
  const asOf = '2025-12-31T16:00:00Z';

  it('per deputy counts every merged deputy’s form; per item each item’s lead', () => {
    // D-8 (a merged co-signer) is only basically satisfied.
    const perDeputy = step(
      evaluateAll(mergedAndReplied(everyDeputy), ['D-1', 'D-2', 'D-7', 'D-9'], everyDeputy),
      'evaluate',
      { grade: 'basicallySatisfied' },
      deputy('D-8'),
      evaluateAt,
      { policy: everyDeputy },
    );
    const deputies = suggestionStats([perDeputy], { asOf, policy: everyDeputy }).total;
    expect([
      deputies.rates.narrowSatisfactionRate.numerator,
      deputies.rates.narrowSatisfactionRate.denominator,
    ]).toEqual([4, 5]);
    expect(deputies.rates.satisfactionRate.numerator).toBe(5);

    const perItem = evaluateAll(mergedAndReplied(leadOnly), ['D-1', 'D-7', 'D-9'], leadOnly);
    const items = suggestionStats([perItem], { asOf, policy: leadOnly }).total;
    expect([
      items.rates.narrowSatisfactionRate.numerator,
      items.rates.narrowSatisfactionRate.denominator,
    ]).toEqual([3, 3]);
  });
});
