import { describe, expect, it } from 'vitest';
import { RendaError } from '../../../src/model/shared/validationError.js';
import type { Suggestion } from '../../../src/model/suggestion.js';
import { safeParseSuggestion } from '../../../src/model/suggestion.js';
import { SUGGESTION_STATES } from '../../../src/model/suggestionState.js';
import {
  byLeadUnit,
  SUGGESTION_RATE_IDS,
  suggestionStats,
} from '../../../src/suggestion/figures/index.js';
import { defaultPolicy, definePolicy } from '../../../src/suggestion/policy.js';
import { item, itemInput, items, replied } from './support/build.js';

const asOf = '2025-12-31T18:00:00+08:00';
const leadOnly = definePolicy({ id: 'lead-only', version: 1, evaluationCounting: 'leadOnly' });
const everyRequired = definePolicy({ id: 'every', version: 1, repliedWhen: 'everyRequiredUnit' });
const stats = (records: Iterable<Suggestion>, policy = defaultPolicy, at = asOf) =>
  suggestionStats(records, { asOf: at, policy }).total;
const counts = (r: { numerator: number; denominator: number }) => [r.numerator, r.denominator];

describe('the test builder', () => {
  it('makes records that pass safeParseSuggestion in every state it is used with', () => {
    for (const state of SUGGESTION_STATES) {
      expect(safeParseSuggestion(itemInput({ state })).ok).toBe(true);
    }
  });
});

describe('suggestionStats', () => {
  it('gives null (never NaN, never 0) for every rate when nothing was assigned', () => {
    const total = stats([]);
    for (const id of SUGGESTION_RATE_IDS) {
      expect(total.rates[id]).toMatchObject({ numerator: 0, denominator: 0, value: null });
    }
    expect(total.n).toBe(0);
    expect(total.timeToReply.days.median).toBeNull();
    expect(total.outcomeClasses.shares.sumPrinted).toBeNull();
  });

  it('keeps withdrawn, merged, not-registered and unassigned items out of 办复率', () => {
    const records = [
      replied('A'),
      item({ state: 'inHandling' }),
      item({ state: 'withdrawn' }),
      item({ state: 'merged' }),
      item({ state: 'notRegistered' }),
      item({ state: 'draft' }),
      item({ state: 'registered' }),
    ];
    const total = stats(records);
    expect(counts(total.rates.replyRate)).toEqual([1, 2]);
    expect({ ...total.rates.replyRate.excluded }).toEqual({
      withdrawn: 1,
      merged: 1,
      notRegistered: 1,
      notAssigned: 2,
    });
    expect(total.rates.replyRate.n).toBe(2);
    expect(total.n).toBe(7);
    expect(total.stateCounts.assigned).toBe(2);
    expect(total.stateCounts.byCategory).toEqual({ open: 3, replied: 0, closed: 4 });
  });

  it('stamps every figure with its definition id, version, asOf and period', () => {
    const { total } = suggestionStats([replied('A')], {
      asOf,
      policy: defaultPolicy,
      period: '2025',
    });
    expect(total.rates.replyRate).toMatchObject({
      id: 'replyRate',
      version: 1,
      asOf,
      period: '2025',
      n: 1,
    });
    for (const figure of [
      total.stateCounts,
      total.outcomeClasses,
      total.timeToReply,
      total.overdue,
      total.rounds,
    ]) {
      expect(figure.asOf).toBe(asOf);
      expect(figure.period).toBe('2025');
      expect(figure.version).toBe(1);
    }
    expect(total.policy).toEqual({
      id: 'default',
      version: 1,
      repliedWhen: 'leadUnit',
      evaluationCounting: 'everyDeputy',
      satisfactionBase: 'forms',
      outcomeTaxonomy: 'national-abcd',
    });
  });

  it('counts a reply one day late as replied but not on time (the frozen verdict)', () => {
    const late = replied('A', {
      replies: [{ at: '2025-06-02T10:00:00+08:00', dueDay: '2025-06-01', onTime: false }],
    });
    const total = stats([late, replied('A')]);
    expect(counts(total.rates.replyRate)).toEqual([2, 2]);
    expect(counts(total.rates.onTimeReplyRate)).toEqual([1, 2]);
  });

  it('counts a backdated paper reply, recorded after the deadline, as on time', () => {
    const paper = replied('A', {
      replies: [
        {
          at: '2025-05-30T10:00:00+08:00',
          recordedAt: '2025-06-05T10:00:00+08:00',
          dueDay: '2025-06-01',
          onTime: true,
        },
      ],
    });
    expect(counts(stats([paper]).rates.onTimeReplyRate)).toEqual([1, 1]);
  });

  it('reads the on-time verdict frozen on the reply and never recomputes it from dates', () => {
    // A later calendar change made the due day earlier; the verdict given at the time stands.
    const frozen = replied('A', {
      replies: [{ at: '2025-06-03T10:00:00+08:00', dueDay: '2025-06-05', onTime: true }],
      units: [{ unitId: 'U-1', role: 'sole', dueDay: '2025-06-01' }],
    });
    expect(counts(stats([frozen]).rates.onTimeReplyRate)).toEqual([1, 1]);
  });

  it('gives topic shares with the publisher’s rounding (a Jiangxi city: 61 of 233 → 26.2%)', () => {
    const topics = [
      ['经济发展', 61],
      ['城乡建设', 58],
      ['社会事业', 57],
      ['其他', 57],
    ] as const;
    const records = topics.flatMap(([topic, n]) =>
      Array.from({ length: n }, () => ({ ...replied('A'), topic })),
    );
    const untagged = replied('A');
    const result = suggestionStats([...records, untagged], {
      asOf,
      policy: defaultPolicy,
      shares: { decimals: 1, rounding: 'adjustLargest' },
    }).total.topics;
    expect(result.n).toBe(234);
    expect(result.counts).toMatchObject({ 经济发展: 61, 城乡建设: 58, '(none)': 1 });
    // Half up the shares print 26.1 + 24.8 + 24.4 + 24.4 + 0.4 = 100.1: the residual comes off the
    // largest share, so the total prints 100.0.
    expect(result.shares.byKey.经济发展?.printed).toBe('26.0');
    expect(result.shares.sumPrinted).toBe('100.0');
    const halfUp = suggestionStats(records, { asOf, policy: defaultPolicy }).total.topics;
    expect(halfUp.shares.byKey.经济发展?.printed).toBe('26.2');
  });

  it('separates first-round (初次) from final satisfaction for a re-handled item', () => {
    const reHandled = item({
      state: 'closed',
      round: 2,
      reHandlings: [{ round: 2, dueDay: '2025-06-20' }],
      replies: [
        { round: 1, cls: 'D' },
        { round: 2, cls: 'B', at: '2025-06-10T10:00:00+08:00' },
      ],
      evaluations: [
        { round: 1, grade: 'dissatisfied' },
        { round: 2, grade: 'satisfied' },
      ],
    });
    const total = stats([
      reHandled,
      replied('A', { evaluations: [{ grade: 'basicallySatisfied' }] }),
    ]);
    expect(counts(total.rates.firstRoundSatisfactionRate)).toEqual([1, 2]);
    expect(counts(total.rates.satisfactionRate)).toEqual([2, 2]);
    expect(counts(total.rates.narrowSatisfactionRate)).toEqual([1, 2]);
    // The narrow rate reports print at the first evaluation: 满意 alone over round-1 forms.
    expect(counts(total.rates.firstRoundNarrowSatisfactionRate)).toEqual([0, 2]);
    expect(total.rates.firstRoundNarrowSatisfactionRate.value).not.toBe(
      total.rates.narrowSatisfactionRate.value,
    );
    expect(counts(total.rates.basicSatisfactionRate)).toEqual([1, 2]);
    expect(counts(total.rates.reHandlingRate)).toEqual([1, 2]);
    // The item's class is the latest round's.
    expect(total.outcomeClasses.counts).toMatchObject({ A: 1, B: 1, C: 0, D: 0 });
    expect(total.rounds.rounds.map((r) => [r.round, r.replies, r.evaluations])).toEqual([
      [1, 2, 2],
      [2, 1, 1],
    ]);
    expect(total.rounds.rounds[0]?.satisfaction.value).toBe(0.5);
    expect(total.rounds.rounds[1]?.satisfaction.value).toBe(1);
  });

  it('counts a 分办 item once as an item and twice as replies (件 vs 件次)', () => {
    const separate = item({
      state: 'replied',
      units: [
        { unitId: 'U-1', role: 'separate' },
        { unitId: 'U-2', role: 'separate' },
      ],
      replies: [
        { unitId: 'U-1', cls: 'A' },
        { unitId: 'U-2', cls: 'B' },
      ],
    });
    const total = stats([separate]);
    expect(counts(total.rates.replyRate)).toEqual([1, 1]);
    expect(total.outcomeClasses.n).toBe(1);
    expect(total.outcomeClasses.counts).toMatchObject({ A: 1, B: 0 });
    expect(total.outcomeClassReplies.n).toBe(2);
    expect(total.outcomeClassReplies.counts).toMatchObject({ A: 1, B: 1 });
  });

  it('needs every 分办 unit to have replied before the item counts as replied', () => {
    const half = item({
      units: [
        { unitId: 'U-1', role: 'separate' },
        { unitId: 'U-2', role: 'separate' },
      ],
      replies: [{ unitId: 'U-1', cls: 'A' }],
    });
    expect(counts(stats([half]).rates.replyRate)).toEqual([0, 1]);
    expect(stats([half]).outcomeClassReplies.n).toBe(1);
  });

  it('follows repliedWhen: lead unit replied vs every required unit replied', () => {
    const leadOnlyReplied = item({
      state: 'replied',
      units: [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-2', role: 'joint', mustReply: true },
        { unitId: 'U-3', role: 'assisting' },
      ],
      replies: [{ unitId: 'U-1', cls: 'A' }],
    });
    expect(counts(stats([leadOnlyReplied]).rates.replyRate)).toEqual([1, 1]);
    expect(counts(stats([leadOnlyReplied], everyRequired).rates.replyRate)).toEqual([0, 1]);
    const both = item({
      state: 'replied',
      units: [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-2', role: 'joint', mustReply: true },
        { unitId: 'U-3', role: 'assisting' },
      ],
      replies: [
        { unitId: 'U-1', cls: 'A' },
        { unitId: 'U-2', cls: 'C', onTime: false },
      ],
    });
    const every = stats([both], everyRequired);
    expect(counts(every.rates.replyRate)).toEqual([1, 1]);
    // On time only if every owing unit's first reply was on time.
    expect(counts(every.rates.onTimeReplyRate)).toEqual([0, 1]);
    expect(counts(stats([both]).rates.onTimeReplyRate)).toEqual([1, 1]);
    // The item's class is still the lead unit's.
    expect(every.outcomeClasses.counts).toMatchObject({ A: 1, C: 0 });
  });

  it('counts every deputy’s form, or the lead deputy’s only, per evaluationCounting', () => {
    const joint = replied('A', {
      proposers: ['D-1', 'D-2', 'D-3'],
      evaluations: [
        { deputyId: 'D-1', grade: 'satisfied' },
        { deputyId: 'D-2', grade: 'dissatisfied' },
        { deputyId: 'D-3', grade: 'basicallySatisfied' },
      ],
    });
    const every = stats([joint]);
    expect(counts(every.rates.satisfactionRate)).toEqual([2, 3]);
    expect(every.rates.satisfactionRate.excluded.coSigner).toBe(0);
    const lead = stats([joint], leadOnly);
    expect(counts(lead.rates.satisfactionRate)).toEqual([1, 1]);
    expect(lead.rates.satisfactionRate.excluded.coSigner).toBe(2);
    expect(counts(lead.rates.feedbackRate)).toEqual([1, 1]);
    // Only co-signers returned forms: no counted form under leadOnly.
    const coOnly = replied('A', {
      proposers: ['D-1', 'D-2'],
      evaluations: [{ deputyId: 'D-2', grade: 'satisfied' }],
    });
    expect(counts(stats([coOnly], leadOnly).rates.feedbackRate)).toEqual([0, 1]);
    expect(counts(stats([coOnly]).rates.feedbackRate)).toEqual([1, 1]);
  });

  it('counts 见面率 from a face-to-face reply or consultation over replied items', () => {
    const records = [
      replied('A', { replies: [{ faceToFace: true }] }),
      replied('A', { faceToFaceConsultation: true }),
      replied('A'),
      item({ faceToFaceConsultation: true }), // not replied: outside the denominator
    ];
    expect(counts(stats(records).rates.faceToFaceRate)).toEqual([2, 3]);
  });

  it('counts solved-or-planned and 采纳率 by the taxonomy’s flags, classes by the latest non-follow-up reply', () => {
    const records = [
      replied('A'),
      replied('B', {
        replies: [{ cls: 'B' }, { cls: 'A', followUp: true, at: '2025-09-01T10:00:00+08:00' }],
      }),
      replied('C'),
      replied('D'),
      replied('X'), // not in the taxonomy: counted under its own code, in neither flag
    ];
    const total = stats(records);
    expect(counts(total.rates.solvedOrPlannedRate)).toEqual([2, 5]);
    expect(counts(total.rates.adoptionRate)).toEqual([2, 5]);
    expect({ ...total.outcomeClasses.counts }).toEqual({ A: 1, B: 1, C: 1, D: 1, X: 1 });
  });

  it('measures calendar days to reply in the policy’s zone', () => {
    const records = [
      // 2025-03-01 → 16:30Z on 2025-05-01 is 00:30 on 2025-05-02 in Shanghai: 62 days.
      replied('A', { replies: [{ at: '2025-05-01T16:30:00Z' }] }),
      replied('A', { replies: [{ at: '2025-03-11T09:00:00+08:00' }] }), // 10 days
      replied('A', { replies: [{ at: '2025-03-21T09:00:00+08:00' }] }), // 20 days
    ];
    const { days } = stats(records).timeToReply;
    expect(days.n).toBe(3);
    expect(days.median).toBe(20);
    expect(days.max).toBe(62);
    expect(days.mean).toBeCloseTo(92 / 3, 10);
    expect(days.p90).toBeCloseTo(53.6, 10);
  });

  it('lists overdue items with days late, very overdue past the policy’s threshold', () => {
    const at = '2025-06-03T09:00:00+08:00';
    const records = [
      item({ id: 'S-LATE-2', units: [{ unitId: 'U-1', dueDay: '2025-06-01' }] }),
      item({ id: 'S-LATE-40', units: [{ unitId: 'U-1', dueDay: '2025-04-24' }] }),
      item({ id: 'S-DUE-TODAY', units: [{ unitId: 'U-1', dueDay: '2025-06-03' }] }),
      replied('A', {
        id: 'S-DONE',
        units: [{ unitId: 'U-1', dueDay: '2025-04-01' }],
        state: 'replied',
      }),
      item({
        id: 'S-ROUND-2',
        state: 'reHandling',
        round: 2,
        units: [{ unitId: 'U-1', dueDay: '2025-06-30' }],
        reHandlings: [{ round: 2, dueDay: '2025-05-30' }],
        replies: [{ round: 1, cls: 'C' }],
        evaluations: [{ round: 1, grade: 'dissatisfied' }],
      }),
    ];
    const { overdue } = stats(records, defaultPolicy, at);
    expect(overdue.items).toEqual([
      { id: 'S-LATE-40', daysLate: 40, veryOverdue: true },
      { id: 'S-ROUND-2', daysLate: 4, veryOverdue: false },
      { id: 'S-LATE-2', daysLate: 2, veryOverdue: false },
    ]);
    expect(overdue.n).toBe(3);
    expect(overdue.veryOverdue).toBe(1);
    expect(overdue.veryOverdueDays).toBe(30);
  });

  it('reports key items: count, replied and satisfied', () => {
    const records = [
      replied('A', { keyItem: true, evaluations: [{ grade: 'satisfied' }] }),
      item({ keyItem: true }),
      replied('A', { evaluations: [{ grade: 'dissatisfied' }] }),
    ];
    const total = stats(records);
    expect(counts(total.rates.keyItemReplyRate)).toEqual([1, 2]);
    expect(counts(total.rates.keyItemSatisfactionRate)).toEqual([1, 1]);
  });

  it('filters by the day of assignment when the period is a date range', () => {
    const records = [
      replied('A', { units: [{ unitId: 'U-1', assignedDay: '2024-12-01', dueDay: '2025-03-01' }] }),
      replied('A'),
      item({ state: 'draft' }),
    ];
    const { total } = suggestionStats(records, {
      asOf,
      policy: defaultPolicy,
      period: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(total.n).toBe(1);
    expect(total.stateCounts.outsidePeriod).toBe(2);
    expect(total.rates.replyRate.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('groups by lead unit, and the groups add up to the total', () => {
    const records = [
      replied('A', {
        units: [
          { unitId: 'U-1', role: 'lead' },
          { unitId: 'U-9', role: 'assisting' },
        ],
      }),
      replied('B', { units: [{ unitId: 'U-2' }] }),
      item({ units: [{ unitId: 'U-2' }] }),
    ];
    const result = suggestionStats(records, { asOf, policy: defaultPolicy, groupBy: byLeadUnit });
    expect(result.groups.map((g) => g.key)).toEqual([['U-1'], ['U-2']]);
    expect(counts(result.groups[1]?.stats.rates.replyRate ?? result.total.rates.replyRate)).toEqual(
      [1, 2],
    );
    expect(counts(result.total.rates.replyRate)).toEqual([2, 3]);
  });

  it('reads an async iterable and gives the same figures', async () => {
    const records = [replied('A'), item(), item({ state: 'withdrawn' })];
    async function* cursor() {
      yield* records;
    }
    const sync = suggestionStats(records, { asOf, policy: defaultPolicy });
    const fromCursor = await suggestionStats(cursor(), { asOf, policy: defaultPolicy });
    expect(fromCursor).toEqual(sync);
  });

  it('does not mutate its input and returns frozen figures', () => {
    const records = [replied('A'), item()];
    const before = JSON.stringify(records);
    const result = suggestionStats(records, { asOf, policy: defaultPolicy });
    expect(JSON.stringify(records)).toBe(before);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.total.rates)).toBe(true);
    expect(Object.isFrozen(result.total.rates.replyRate)).toBe(true);
    expect(Object.isFrozen(result.total.overdue.items)).toBe(true);
  });

  it('refuses a bad asOf or policy with INVALID_INPUT', () => {
    const bad = () => suggestionStats([], { asOf: 'yesterday', policy: defaultPolicy });
    expect(bad).toThrow(RendaError);
    try {
      bad();
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
    expect(() => suggestionStats([], { asOf, policy: {} as never })).toThrow(RendaError);
  });

  it('rounds outcome shares as asked (adjustLargest adds up to exactly 100)', () => {
    const records = [
      ...items(1, { state: 'closed', replies: [{ cls: 'A' }] }),
      replied('B'),
      replied('C'),
    ];
    const { total } = suggestionStats(records, {
      asOf,
      policy: defaultPolicy,
      shares: { decimals: 1, rounding: 'adjustLargest' },
    });
    expect(total.outcomeClasses.shares.sumPrinted).toBe('100.0');
  });
});
