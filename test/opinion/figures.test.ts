import { describe, expect, it } from 'vitest';
import type { ConstituentOpinion } from '../../src/model/constituentOpinion.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import {
  byChannel,
  byHandlingUnit,
  byOpinionCategory,
  byReceivedMonth,
  byReceivingDeputy,
  byStation,
  OPINION_FACTS,
  OPINION_METRICS,
  opinionStats,
  opinionStatsAccumulator,
  safeOpinionStats,
  safeOpinionStatsAccumulator,
} from '../../src/opinion/index.js';
import { defaultOpinionPolicy, defineOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import { aggregateStates } from '../../src/stats/aggregateStates.js';
import { finalizeAggregate } from '../../src/stats/finalizeAggregate.js';
import { mergeAggregateStates } from '../../src/stats/mergeAggregateStates.js';
import {
  assigned,
  DEPUTY,
  fedBack,
  intakeOf,
  OFFICE,
  received,
  UNIT,
  walk,
} from './support/opinions.js';

// Eleven opinions walked through the loop, one for each way it can go, and every figure counted
// by hand from the table below (asOf: Friday 31 October 2025, Asia/Shanghai).
//
//   A  enquiry, handled on time, resolved, fed back on time, satisfied, closed
//   B  answered on the spot at station ST-2 by D-1 and D-2
//   C  a 12345 ticket, not accepted
//   D  a visit by D-2, merged into A
//   E  enquiry assigned, due 30 Sep, never handled: handling overdue
//   F  complaint due 21 Oct, handled 28 Oct (late), explained; feedback due 4 Nov: not yet due
//   G  enquiry handled on time, resolved, nobody told by its due day (13 Oct): feedback overdue
//   H  like A, then dissatisfied, reopened, partly resolved, basically satisfied
//   I  classified as a suggestion and converted
//   J  online, received on 15 Oct, not screened yet
//   K  enquiry handled on time, resolved, fed back late (20 Oct)

const ASOF = '2025-10-31T18:00:00+08:00';
const policy = defaultOpinionPolicy;

function handle(r: ConstituentOpinion, at: string, outcome = 'resolved'): ConstituentOpinion {
  return walk(r, [[UNIT, at, 'handle', { outcome }]]);
}

function build(): Record<string, ConstituentOpinion> {
  const A = walk(fedBack(policy, assigned('enquiry', policy, intakeOf('O-A'))), [
    [OFFICE, '2025-10-09T10:00:00+08:00', 'callback', { satisfaction: 'satisfied' }],
  ]);
  const B = walk(
    received(intakeOf('O-B', { channel: 'station', stationId: 'ST-2', deputyIds: ['D-1', 'D-2'] })),
    [
      [OFFICE, '2025-09-26T10:05:00+08:00', 'accept'],
      [DEPUTY, '2025-09-26T10:06:00+08:00', 'answerOnSite', { content: '已当场解释' }],
    ],
  );
  const C = walk(
    received(intakeOf('O-C', { channel: 'hotline12345', deputyIds: [], stationId: undefined })),
    [[OFFICE, '2025-09-26T11:00:00+08:00', 'notAccept', { reasonCode: 'personalMatter' }]],
  );
  const D = walk(
    received(intakeOf('O-D', { channel: 'visit', deputyIds: ['D-2'], stationId: undefined })),
    [[OFFICE, '2025-09-26T11:00:00+08:00', 'mergeDuplicate', { intoOpinionId: 'O-A' }]],
  );
  const E = assigned('enquiry', policy, intakeOf('O-E'));
  const F = handle(
    assigned('complaint', policy, intakeOf('O-F')),
    '2025-10-28T10:00:00+08:00',
    'explained',
  );
  const G = handle(assigned('enquiry', policy, intakeOf('O-G')), '2025-09-29T16:00:00+08:00');
  const H = walk(fedBack(policy, assigned('enquiry', policy, intakeOf('O-H'))), [
    [OFFICE, '2025-10-09T10:00:00+08:00', 'callback', { satisfaction: 'dissatisfied' }],
    [OFFICE, '2025-10-09T11:00:00+08:00', 'reopen', { reason: '不满意' }],
    [OFFICE, '2025-10-10T09:00:00+08:00', 'classify', { level: 'street', category: 'enquiry' }],
    [OFFICE, '2025-10-10T09:30:00+08:00', 'assign', { unitId: UNIT.id }],
    [UNIT, '2025-10-13T16:00:00+08:00', 'handle', { outcome: 'partlyResolved' }],
    [DEPUTY, '2025-10-14T09:00:00+08:00', 'feedBack', { to: 'constituent', channel: 'phone' }],
    [OFFICE, '2025-10-14T10:00:00+08:00', 'feedBack', { to: 'deputy', channel: 'written' }],
    [OFFICE, '2025-10-20T10:00:00+08:00', 'callback', { satisfaction: 'basicallySatisfied' }],
  ]);
  const I = walk(received(intakeOf('O-I')), [
    [OFFICE, '2025-09-26T10:05:00+08:00', 'accept'],
    [
      OFFICE,
      '2025-09-26T10:10:00+08:00',
      'classify',
      { level: 'district', category: 'suggestion' },
    ],
    [DEPUTY, '2025-09-26T10:30:00+08:00', 'convertToSuggestion', { suggestionId: 'S-9' }],
  ]);
  const J = received(
    intakeOf('O-J', { channel: 'online', deputyIds: [], stationId: undefined }),
    '2025-10-15T09:00:00+08:00',
  );
  const K = walk(
    handle(assigned('enquiry', policy, intakeOf('O-K')), '2025-09-29T16:00:00+08:00'),
    [
      [OFFICE, '2025-10-20T09:00:00+08:00', 'feedBack', { to: 'constituent', channel: 'phone' }],
      [OFFICE, '2025-10-20T10:00:00+08:00', 'feedBack', { to: 'deputy', channel: 'written' }],
    ],
  );
  return { A, B, C, D, E, F, G, H, I, J, K };
}

const opinions = build();
const all = Object.values(opinions);

describe('the walked opinions', () => {
  it('froze the due days the table assumes', () => {
    expect(opinions.E?.referral?.dueDay).toBe('2025-09-30');
    expect(opinions.F?.referral?.dueDay).toBe('2025-10-21');
    expect(opinions.F?.feedbackDueDay).toBe('2025-11-04');
    expect(opinions.G?.feedbackDueDay).toBe('2025-10-13');
    expect(opinions.K?.feedbacks[0]?.onTime).toBe(false);
    expect(opinions.H?.round).toBe(2);
    expect(opinions.H?.state).toBe('closed');
    expect(opinions.K?.state).toBe('fedBack');
  });
});

describe('opinionStats', () => {
  const { total } = opinionStats(all, { asOf: ASOF, policy });

  it('counts every opinion by state, channel, category and level', () => {
    expect(total.n).toBe(11);
    expect(total.byState).toEqual({
      received: 1,
      notAccepted: 1,
      answeredOnSite: 1,
      analysed: 0,
      referred: 1,
      inHandling: 0,
      handled: 2,
      fedBack: 1,
      closed: 2,
      convertedToSuggestion: 1,
      accepted: 0,
      merged: 1,
    });
    expect(total.byChannel).toMatchObject({
      receptionDay: 7,
      station: 1,
      hotline12345: 1,
      visit: 1,
      online: 1,
      letter: 0,
    });
    expect(Object.keys(total.byCategory)).toEqual([
      'urgent',
      'enquiry',
      'help',
      'complaint',
      'suggestion',
      '(unclassified)',
    ]);
    expect(total.byCategory).toEqual({
      urgent: 0,
      enquiry: 5,
      help: 0,
      complaint: 1,
      suggestion: 1,
      '(unclassified)': 4,
    });
    expect(total.byLevel).toEqual({
      street: 6,
      district: 1,
      city: 0,
      higher: 0,
      '(unclassified)': 4,
    });
  });

  it('counts each fact: 推动解决 3 件, overdue handling and feedback', () => {
    expect(total.counts).toEqual({
      screened: 9,
      accepted: 8,
      notAccepted: 1,
      merged: 1,
      answeredOnSite: 1,
      converted: 1,
      handled: 5,
      handledOnTime: 4,
      handlingOverdue: 1,
      handlingDue: 6,
      fedBack: 3,
      fedBackOnTime: 2,
      feedbackOverdue: 1,
      closedLoop: 3,
      closedLoopDue: 5,
      resolved: 3,
      calledBack: 2,
      satisfied: 2,
      fullySatisfied: 1,
      reopened: 1,
      inPerson: 9,
    });
    expect(Object.keys(total.counts)).toEqual(Object.keys(OPINION_FACTS));
  });

  it('computes every rate with its definition', () => {
    const counts = Object.fromEntries(
      Object.entries(total.rates).map(([id, r]) => [id, [r.numerator, r.denominator]]),
    );
    expect(counts).toEqual({
      acceptedRate: [8, 9],
      onTimeRate: [4, 6],
      closedLoopRate: [3, 5],
      resolvedRate: [3, 5],
      satisfactionRate: [2, 2],
      fullSatisfactionRate: [1, 2],
      reopenRate: [1, 2],
    });
    const closed = total.rates.closedLoopRate;
    expect(closed.value).toBeCloseTo(0.6);
    expect(closed).toMatchObject({
      id: 'closedLoopRate',
      version: 1,
      name: OPINION_METRICS.closedLoopRate.name,
      formula: OPINION_METRICS.closedLoopRate.formula,
      n: 11,
      asOf: ASOF,
    });
  });

  it('gives the on-time rate per category, null where nothing fell due', () => {
    const byCategory = total.onTimeByCategory;
    expect(Object.keys(byCategory)).toEqual(Object.keys(total.byCategory));
    expect([byCategory.enquiry?.numerator, byCategory.enquiry?.denominator]).toEqual([4, 5]);
    expect([byCategory.complaint?.numerator, byCategory.complaint?.denominator]).toEqual([0, 1]);
    expect(byCategory.suggestion?.value).toBeNull();
    const sum = Object.values(byCategory).reduce((n, r) => n + r.denominator, 0);
    expect(sum).toBe(total.rates.onTimeRate.denominator);
  });

  it('counts the people received in person (人次) per deputy and station', () => {
    expect(total.peopleReceived).toEqual({
      total: 9,
      byDeputy: { 'D-1': 8, 'D-2': 2 },
      byStation: { 'ST-1': 7, 'ST-2': 1 },
    });
  });

  it('counts a deputy listed twice once', () => {
    const twice = received(intakeOf('O-2', { deputyIds: ['D-5', 'D-5'] }));
    const people = opinionStats([twice], { asOf: ASOF, policy }).total.peopleReceived;
    expect(people.byDeputy).toEqual({ 'D-5': 1 });
  });

  it('judges overdue on the asOf day in the policy’s zone', () => {
    // G's feedback was due 13 October: 23:00 that day in Shanghai is not late, 01:00 the next is.
    const at = (asOf: string) => opinionStats(all, { asOf, policy }).total.counts;
    expect(at('2025-10-13T15:00:00Z').feedbackOverdue).toBe(0);
    expect(at('2025-10-13T17:00:00Z').feedbackOverdue).toBe(1);
    expect(at('2025-09-30T12:00:00+08:00').handlingOverdue).toBe(0);
    expect(at('2025-10-01T00:00:00+08:00').handlingOverdue).toBe(1);
  });

  it('reads the frozen due days, never recounting them under another policy', () => {
    const slower = defineOpinionPolicy({ ...defaultOpinionPolicy, feedbackWorkingDays: 60 });
    const again = opinionStats(all, { asOf: ASOF, policy: slower }).total;
    expect(again.counts).toEqual(total.counts);
    expect(again.policy).toEqual({ id: 'default', version: 1 });
  });

  it('filters by the day received and stamps the period', () => {
    const october = opinionStats(all, {
      asOf: ASOF,
      policy,
      period: { from: '2025-10-01', to: '2025-10-31' },
    });
    expect(october.total.n).toBe(1);
    expect(october.total.outsidePeriod).toBe(10);
    expect(october.period).toEqual({ from: '2025-10-01', to: '2025-10-31' });
    expect(october.total.rates.acceptedRate.period).toEqual({
      from: '2025-10-01',
      to: '2025-10-31',
    });
    const month = opinionStats(all, { asOf: ASOF, policy, period: '2025-09' }).total;
    expect([month.n, month.outsidePeriod]).toEqual([10, 1]);
    const label = opinionStats(all, { asOf: ASOF, policy, period: '第一季度' }).total;
    expect([label.n, label.period]).toEqual([11, '第一季度']);
  });

  it('neither mutates its input nor returns anything unfrozen', () => {
    const before = JSON.stringify(all);
    const result = opinionStats(all, { asOf: ASOF, policy, groupBy: byStation });
    expect(JSON.stringify(all)).toBe(before);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.total.rates.onTimeRate)).toBe(true);
    expect(Object.isFrozen(result.total.peopleReceived.byDeputy)).toBe(true);
  });

  it('streams an async iterable to the same figures', async () => {
    async function* cursor() {
      yield* all;
    }
    const streamed = await opinionStats(cursor(), { asOf: ASOF, policy, groupBy: byStation });
    expect(streamed).toEqual(opinionStats(all, { asOf: ASOF, policy, groupBy: byStation }));
  });
});

describe('grouping', () => {
  it('groups by station, deputy, unit, channel, category and month', () => {
    const keys = (groupBy: (o: ConstituentOpinion) => string) =>
      Object.fromEntries(
        opinionStats(all, { asOf: ASOF, policy, groupBy }).groups.map((g) => [g.key[0], g.stats.n]),
      );
    expect(keys(byStation)).toEqual({ '(none)': 3, 'ST-1': 7, 'ST-2': 1 });
    expect(keys(byReceivingDeputy)).toEqual({ '(none)': 2, 'D-1': 8, 'D-2': 1 });
    expect(keys(byHandlingUnit)).toEqual({ '(unassigned)': 5, 'U-STREET': 6 });
    expect(keys(byChannel)).toEqual({
      hotline12345: 1,
      online: 1,
      receptionDay: 7,
      station: 1,
      visit: 1,
    });
    expect(keys(byOpinionCategory)).toEqual({
      '(unclassified)': 4,
      complaint: 1,
      enquiry: 5,
      suggestion: 1,
    });
    expect(keys(byReceivedMonth)).toEqual({ '2025-09': 10, '2025-10': 1 });
  });

  it('lets the app group by area with its own key over the station', () => {
    const area: Record<string, string> = { 'ST-1': '城东', 'ST-2': '城西' };
    const byArea = (o: ConstituentOpinion) => area[o.stationId ?? ''] ?? '其他';
    const { total, groups } = opinionStats(all, {
      asOf: ASOF,
      policy,
      groupBy: [byArea, byChannel],
    });
    expect(groups.map((g) => g.key.join('/'))).toContain('城东/receptionDay');
    expect(groups.reduce((n, g) => n + g.stats.counts.resolved, 0)).toBe(total.counts.resolved);
  });

  it('merges shard states into the figures of one pass', () => {
    const metrics = { stats: opinionStatsAccumulator(policy, ASOF) };
    const options = { groupBy: byStation };
    const shard = (records: ConstituentOpinion[]) =>
      JSON.parse(JSON.stringify(aggregateStates(records, metrics, options)));
    const merged = mergeAggregateStates(shard(all.slice(6)), shard(all.slice(0, 6)), metrics);
    const once = opinionStats(all, { asOf: ASOF, policy, groupBy: byStation });
    const finalized = finalizeAggregate(merged, metrics);
    expect(finalized.total.stats).toEqual(once.total);
    expect(finalized.groups.map((g) => g.results.stats)).toEqual(once.groups.map((g) => g.stats));
  });
});

describe('bad arguments', () => {
  const issueOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(RendaError);
      const detail = (error as RendaError).detail as unknown as {
        code: string;
        issues: { path: unknown[]; message: { 'zh-Hans': string; en: string } }[];
      };
      expect(detail.code).toBe('INVALID_INPUT');
      const issue = detail.issues[0];
      expect(issue?.message['zh-Hans'].length).toBeGreaterThan(0);
      expect(issue?.message.en.length).toBeGreaterThan(0);
      return issue?.path;
    }
    throw new Error('accepted');
  };

  it('names the bad field, in Chinese and English', () => {
    expect(issueOf(() => opinionStats(all, { asOf: 'yesterday', policy }))).toEqual(['asOf']);
    expect(issueOf(() => opinionStats(all, { asOf: ASOF, policy: null as never }))).toEqual([
      'policy',
    ]);
    expect(
      issueOf(() =>
        opinionStats(all, { asOf: ASOF, policy: { ...policy, timeZone: 'Mars/Olympus' } }),
      ),
    ).toEqual(['policy', 'timeZone']);
    expect(issueOf(() => opinionStats(all, { asOf: ASOF, policy, period: '2025-13' }))).toEqual([
      'period',
    ]);
    expect(
      issueOf(() =>
        opinionStats(all, { asOf: ASOF, policy, period: { from: '2025-12-01', to: '2025-01-01' } }),
      ),
    ).toEqual(['period', 'to']);
    expect(issueOf(() => opinionStats(42 as never, { asOf: ASOF, policy }))).toEqual(['records']);
    expect(issueOf(() => opinionStats(all, undefined as never))).toEqual(['options']);
    expect(issueOf(() => opinionStatsAccumulator(policy, ASOF, { period: 7 as never }))).toEqual([
      'period',
    ]);
  });

  it('has safe twins that return the error instead', async () => {
    const bad = safeOpinionStats(all, { asOf: ASOF, policy: 'default' as never });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues[0]?.path).toEqual(['policy']);
    const garbage = safeOpinionStats([{ state: 7 }, null] as never, { asOf: ASOF, policy });
    expect(garbage.ok).toBe(false);
    const good = safeOpinionStats(all, { asOf: ASOF, policy });
    expect(good.ok && good.value.total.n).toBe(11);
    async function* failing(): AsyncGenerator<ConstituentOpinion> {
      yield all[0] as ConstituentOpinion;
      throw new Error('cursor lost');
    }
    const streamed = await safeOpinionStats(failing(), { asOf: ASOF, policy });
    expect(streamed.ok).toBe(false);
    expect(safeOpinionStatsAccumulator(policy, 'never').ok).toBe(false);
    expect(safeOpinionStatsAccumulator(policy, ASOF).ok).toBe(true);
  });
});
