import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCalendarDay } from '../../src/calendar/toCalendarDay.js';
import type { ConstituentOpinion } from '../../src/model/constituentOpinion.js';
import {
  byChannel,
  byOpinionCategory,
  byReceivedMonth,
  byStation,
  OPINION_FACTS,
  OPINION_METRICS,
  type OpinionFact,
  type OpinionRateId,
  opinionStats,
  opinionStatsAccumulator,
} from '../../src/opinion/index.js';
import { defaultOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import { aggregateStates } from '../../src/stats/aggregateStates.js';
import { finalizeAggregate } from '../../src/stats/finalizeAggregate.js';
import { mergeAggregateStates } from '../../src/stats/mergeAggregateStates.js';
import { asOfArb, build, opinionsArb } from './support/opinionWalks.js';

// Random opinions walked through the real workflow (a refused step is skipped), then every figure
// checked against a plain recount from OPINION_METRICS' fact lists, and the merge laws.

const policy = defaultOpinionPolicy;

/** The facts of one opinion, recounted plainly from the record. */
function recount(o: ConstituentOpinion, asOfDay: string): Set<OpinionFact> {
  const facts = new Set<OpinionFact>();
  const add = (fact: OpinionFact, yes: boolean) => {
    if (yes) facts.add(fact);
  };
  add('merged', o.state === 'merged');
  add('screened', o.state !== 'received' && o.state !== 'merged');
  add('notAccepted', o.state === 'notAccepted');
  add('accepted', facts.has('screened') && o.state !== 'notAccepted');
  add('answeredOnSite', o.state === 'answeredOnSite');
  add('converted', o.suggestionId !== undefined);
  // The first time counts: the first handling by a unit, whatever its round.
  const first = o.handlings[0];
  add('handled', first !== undefined);
  add('handledOnTime', first?.onTime === true);
  const due = o.referral?.dueDay;
  add(
    'handlingOverdue',
    (o.state === 'referred' || o.state === 'inHandling') &&
      due !== undefined &&
      due < asOfDay &&
      o.handlings.length === 0,
  );
  add('handlingDue', facts.has('handled') || facts.has('handlingOverdue'));
  const told = o.feedbacks.filter((f) => f.to === 'constituent');
  add('fedBack', told.length > 0);
  add('fedBackOnTime', told[0]?.onTime === true);
  add(
    'feedbackOverdue',
    o.state === 'handled' &&
      o.feedbackDueDay !== undefined &&
      o.feedbackDueDay < asOfDay &&
      told.length === 0,
  );
  add('closedLoop', facts.has('answeredOnSite') || facts.has('fedBackOnTime'));
  add(
    'closedLoopDue',
    facts.has('answeredOnSite') || facts.has('fedBack') || facts.has('feedbackOverdue'),
  );
  add('resolved', o.handlings.at(-1)?.outcome === 'resolved');
  const last = o.callbacks.at(-1);
  add('calledBack', last !== undefined);
  add('satisfied', last !== undefined && last.satisfaction !== 'dissatisfied');
  add('fullySatisfied', last?.satisfaction === 'satisfied');
  add('reopened', o.round > 1);
  add(
    'inPerson',
    ['station', 'receptionDay', 'visit', 'memberContact', 'attendeeSymposium'].includes(o.channel),
  );
  return facts;
}

it('walks opinions into every fact, so the laws are not vacuous', () => {
  const seen = new Set<OpinionFact>();
  for (const plans of fc.sample(opinionsArb, { numRuns: 60, seed: 7 })) {
    for (const record of build(plans)) {
      for (const fact of recount(record, '2025-12-31')) seen.add(fact);
    }
  }
  expect([...seen].sort()).toEqual(Object.keys(OPINION_FACTS).sort());
});
const RUNS = { numRuns: 40 };

describe('opinionStats laws', () => {
  it('computes every count and rate as a plain recount from OPINION_METRICS’ fact lists', () => {
    fc.assert(
      fc.property(opinionsArb, asOfArb, (plans, asOf) => {
        const records = build(plans);
        const asOfDay = toCalendarDay(asOf, policy.timeZone);
        const facts = records.map((r) => recount(r, asOfDay));
        const { total } = opinionStats(records, { asOf, policy });
        for (const fact of Object.keys(OPINION_FACTS) as OpinionFact[]) {
          expect(total.counts[fact], fact).toBe(facts.filter((f) => f.has(fact)).length);
        }
        for (const id of Object.keys(OPINION_METRICS) as OpinionRateId[]) {
          const d = OPINION_METRICS[id];
          const inDenominator = facts.filter((f) => d.denominator.every((x) => f.has(x)));
          const inNumerator = inDenominator.filter((f) => d.numerator.every((x) => f.has(x)));
          const r = total.rates[id];
          expect([r.numerator, r.denominator], id).toEqual([
            inNumerator.length,
            inDenominator.length,
          ]);
          expect(r.numerator).toBeLessThanOrEqual(r.denominator);
          expect(r.value === null).toBe(r.denominator === 0);
        }
      }),
      RUNS,
    );
  });

  it('has the total equal the merge of its groups', () => {
    const groupings = [byStation, byChannel, byOpinionCategory, byReceivedMonth];
    fc.assert(
      fc.property(opinionsArb, asOfArb, fc.nat(groupings.length - 1), (plans, asOf, g) => {
        const records = build(plans);
        const stats = opinionStatsAccumulator(policy, asOf);
        const groupBy = groupings[g] as (typeof groupings)[number];
        const states = aggregateStates(records, { stats }, { groupBy });
        const merged = states.groups.reduce(
          (state, group) => stats.merge(state, group.states.stats as never),
          stats.init(),
        );
        const result = opinionStats(records, { asOf, policy, groupBy });
        expect(stats.result(merged)).toEqual(result.total);
        expect(result.groups.reduce((n, group) => n + group.stats.n, 0)).toBe(result.total.n);
      }),
      RUNS,
    );
  });

  it('gives the one-pass figures when shard states are merged in any order', () => {
    fc.assert(
      fc.property(
        opinionsArb,
        asOfArb,
        fc.array(fc.nat(3), { minLength: 10, maxLength: 10 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        (plans, asOf, shardOf, order) => {
          const records = build(plans);
          const metrics = { stats: opinionStatsAccumulator(policy, asOf) };
          const options = { groupBy: byStation };
          const shards = [0, 1, 2, 3].map((s) => records.filter((_, i) => (shardOf[i] ?? 0) === s));
          // Through JSON, as states cross workers, in an order the test chose.
          const states = shards.map((shard) =>
            JSON.parse(JSON.stringify(aggregateStates(shard, metrics, options))),
          );
          const sorted = states
            .map((state, i) => ({ state, key: order[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map((entry) => entry.state);
          const merged = sorted
            .slice(1)
            .reduce((a, b) => mergeAggregateStates(a, b, metrics), sorted[0]);
          const finalized = finalizeAggregate(merged, metrics);
          const once = opinionStats(records, { asOf, policy, groupBy: byStation });
          expect(finalized.total.stats).toEqual(once.total);
          expect(finalized.groups.map((g) => [g.key, g.results.stats])).toEqual(
            once.groups.map((g) => [g.key, g.stats]),
          );
        },
      ),
      RUNS,
    );
  });
});
