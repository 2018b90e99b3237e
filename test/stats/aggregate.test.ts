import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { aggregate } from '../../src/stats/aggregate.js';
import { aggregateStates } from '../../src/stats/aggregateStates.js';
import { categoryCountAccumulator } from '../../src/stats/categoryCountAccumulator.js';
import { countAccumulator } from '../../src/stats/countAccumulator.js';
import { defineAccumulator } from '../../src/stats/defineAccumulator.js';
import { defineMetric } from '../../src/stats/defineMetric.js';
import { finalizeAggregate } from '../../src/stats/finalizeAggregate.js';
import { histogramAccumulator } from '../../src/stats/histogramAccumulator.js';
import { mergeAggregateStates } from '../../src/stats/mergeAggregateStates.js';
import { rateAccumulator } from '../../src/stats/rateAccumulator.js';

interface Item {
  unit: string;
  topic: string;
  replied: boolean;
  onTime: boolean;
  grade: string | null;
  days: number | null;
}

const itemArb: fc.Arbitrary<Item> = fc.record({
  unit: fc.constantFrom('U1', 'U2', 'U3', '__proto__'),
  topic: fc.constantFrom('交通', '教育', 'constructor'),
  replied: fc.boolean(),
  onTime: fc.boolean(),
  grade: fc.option(fc.constantFrom('A', 'B', 'C', 'D'), { nil: null }),
  days: fc.option(fc.nat(200), { nil: null }),
});
const itemsArb = fc.array(itemArb, { maxLength: 60 });

const metrics = {
  items: countAccumulator<Item>(),
  replyRate: rateAccumulator<Item>({ numerator: (r) => r.replied, denominator: () => true }),
  onTime: rateAccumulator<Item>({ numerator: (r) => r.onTime, denominator: (r) => r.replied }),
  grades: categoryCountAccumulator<Item>((r) => r.grade),
  days: histogramAccumulator<Item>((r) => r.days),
  metric: defineMetric<Item>({
    id: 'replyRate',
    version: 3,
    name: { 'zh-Hans': '办复率', en: 'Reply rate' },
    formula: { 'zh-Hans': '已答复 ÷ 交办', en: 'replied ÷ assigned' },
    unit: 'item',
    exclude: [{ reason: 'noGrade', when: (r) => r.grade === null }],
    numerator: (r) => r.replied,
    denominator: () => true,
  }),
};
const byUnit = { groupBy: (r: Item) => r.unit };

function* generate<T>(items: readonly T[]): Generator<T> {
  yield* items;
}
async function* generateAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const sample: Item[] = [
  { unit: 'U1', topic: '交通', replied: true, onTime: true, grade: 'A', days: 30 },
  { unit: 'U1', topic: '教育', replied: false, onTime: false, grade: null, days: null },
  { unit: 'U2', topic: '交通', replied: true, onTime: false, grade: 'B', days: 95 },
  { unit: 'U1', topic: '交通', replied: true, onTime: true, grade: 'B', days: 40 },
];

describe('aggregate', () => {
  it('computes every metric in one pass, in total and per group, groups sorted by key', () => {
    const result = aggregate(sample, metrics, byUnit);
    expect(result.total.items).toBe(4);
    expect(result.total.replyRate).toMatchObject({ numerator: 3, denominator: 4 });
    expect(result.total.onTime).toMatchObject({ numerator: 2, denominator: 3 });
    expect(result.total.days.median).toBe(40);
    expect(result.groups.map((group) => group.key)).toEqual([['U1'], ['U2']]);
    expect(result.groups[0]?.results.replyRate).toMatchObject({ numerator: 2, denominator: 3 });
    expect({ ...result.groups[1]?.results.grades.counts }).toEqual({ B: 1 });
    expect(result.groups[0]?.results.metric.excluded.noGrade).toBe(1);
  });

  it('has no groups without groupBy, and the same total', () => {
    const result = aggregate(sample, metrics);
    expect(result.groups).toEqual([]);
    expect(result.total).toEqual(aggregate(sample, metrics, byUnit).total);
  });

  it('groups by several keys', () => {
    const { groups } = aggregate(
      sample,
      { n: countAccumulator<Item>() },
      {
        groupBy: [(r) => r.unit, (r) => r.topic],
      },
    );
    expect(groups.map((group) => [group.key, group.results.n])).toEqual([
      [['U1', '交通'], 2],
      [['U1', '教育'], 1],
      [['U2', '交通'], 1],
    ]);
  });

  it('stamps period and asOf on every object result and on the whole', () => {
    const period = { from: '2023-01-01', to: '2023-12-31' };
    const asOf = '2024-01-31T16:00:00.000Z';
    const result = aggregate(sample, metrics, { ...byUnit, period, asOf });
    expect(result).toMatchObject({ period, asOf });
    expect(result.total.metric).toMatchObject({ period, asOf, id: 'replyRate', version: 3 });
    expect(result.groups[1]?.results.replyRate).toMatchObject({ period, asOf });
    expect(result.total.items).toBe(4);
    // The histogram keeps its quantile function through the stamp.
    expect(result.total.days.quantile(1)).toBe(95);
    expect(result.total.days.asOf).toBe(asOf);
  });

  it('freezes its result', () => {
    const result = aggregate(sample, metrics, byUnit);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.total)).toBe(true);
    expect(Object.isFrozen(result.groups[0])).toBe(true);
    expect(Object.isFrozen(result.groups[0]?.key)).toBe(true);
  });

  it('never freezes a value of the records that a state or result echoes', () => {
    // A state may keep values of the records (the dashboard keeps overdue ids); those values are
    // the caller's, so the frozen states and results are copies, not the caller's objects frozen.
    const tags = defineAccumulator({
      id: 'tags',
      version: 1,
      init: (): { tag: string }[] => [],
      step: (state: { tag: string }[], record: { tag: { tag: string } }) => [...state, record.tag],
      merge: (a, b) => [...a, ...b],
      result: (state) => state,
    });
    const records = [{ tag: { tag: 'a' } }, { tag: { tag: 'b' } }];
    const states = aggregateStates(records, { tags });
    const result = aggregate(records, { tags });
    expect(records.some((record) => Object.isFrozen(record.tag))).toBe(false);
    expect(Object.isFrozen(states.groups[0]?.states.tags)).toBe(true);
    expect(result.total.tags).toEqual([{ tag: 'a' }, { tag: 'b' }]);
    expect(Object.isFrozen(result.total.tags[0])).toBe(true);
  });

  it('does not mutate its input', () => {
    const input = structuredClone(sample);
    aggregate(input, metrics, byUnit);
    expect(input).toEqual(sample);
  });

  it('gives identical results over an array, a generator and an async generator', async () => {
    await fc.assert(
      fc.asyncProperty(itemsArb, async (items) => {
        const fromArray = aggregate(items, metrics, byUnit);
        const fromGenerator = aggregate(generate(items), metrics, byUnit);
        const fromAsync = aggregate(generateAsync(items), metrics, byUnit);
        expect(fromAsync).toBeInstanceOf(Promise);
        expect(fromGenerator).toEqual(fromArray);
        expect(await fromAsync).toEqual(fromArray);
      }),
    );
  });

  it('has a total equal to merging its groups, and groups equal to filtering by key', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const result = aggregate(items, metrics, byUnit);
        for (const group of result.groups) {
          const alone = aggregate(
            items.filter((item) => item.unit === group.key[0]),
            metrics,
          );
          expect(group.results).toEqual(alone.total);
        }
        expect(result.total).toEqual(aggregate(items, metrics).total);
      }),
    );
  });

  it('rejects a metric that is not an accumulator, and a key that is not a string', () => {
    expect(() => aggregate(sample, { bad: {} as never })).toThrow(RendaError);
    expect(() => aggregate(sample, metrics, { groupBy: ((r: Item) => r.days) as never })).toThrow(
      RendaError,
    );
  });
});

describe('aggregateStates, mergeAggregateStates, finalizeAggregate', () => {
  it('merge the states of any split into the one-pass result, through JSON', () => {
    fc.assert(
      fc.property(itemsArb, fc.nat(), fc.nat(), (items, cut1, cut2) => {
        const [i, j] = [cut1 % (items.length + 1), cut2 % (items.length + 1)].sort(
          (a, b) => a - b,
        ) as [number, number];
        const shards = [items.slice(0, i), items.slice(i, j), items.slice(j)].map((shard) =>
          JSON.parse(JSON.stringify(aggregateStates(shard, metrics, byUnit))),
        );
        const merged = mergeAggregateStates(
          mergeAggregateStates(shards[2], shards[0], metrics),
          shards[1],
          metrics,
        );
        expect(finalizeAggregate(merged, metrics)).toEqual(aggregate(items, metrics, byUnit));
        expect(JSON.parse(JSON.stringify(merged))).toEqual(merged);
      }),
    );
  });

  it('returns a Promise of states for an async iterable', async () => {
    const states = await aggregateStates(generateAsync(sample), metrics, byUnit);
    expect(states).toEqual(aggregateStates(sample, metrics, byUnit));
  });

  it('refuses states made by another version of a metric', () => {
    const states = aggregateStates(sample, metrics, byUnit);
    const other = { ...metrics, metric: { ...metrics.metric, version: 4 } };
    expect(() => finalizeAggregate(states, other)).toThrow(RendaError);
    expect(() => mergeAggregateStates(states, states, other)).toThrow(RendaError);
  });

  it('refuses to merge states grouped differently', () => {
    const a = aggregateStates(sample, metrics, byUnit);
    const b = aggregateStates(sample, metrics);
    try {
      mergeAggregateStates(a, b, metrics);
      expect.unreachable();
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
      const detail = (error as RendaError).detail as unknown as { issues: { code: string }[] };
      expect(detail.issues[0]?.code).toBe('INCOMPATIBLE_STATES');
    }
  });

  it('refuses states whose metrics are not an object without reading them (fuzz seed 1038598334)', () => {
    const a = aggregateStates(sample, metrics, byUnit);
    const b = aggregateStates(sample, metrics, byUnit);
    // Object.keys of a string lists every character: a 10 MB one took seconds. An array's keys
    // are its indexes, which a metric named '0' matched.
    const byIndex = { 0: countAccumulator() };
    const c = aggregateStates(sample, byIndex);
    const cases: [unknown, typeof metrics | typeof byIndex, object][] = [
      ['x'.repeat(1_000_000), metrics, b],
      [null, metrics, b],
      [7, metrics, b],
      [[c.metrics[0]], byIndex, c],
    ];
    for (const [bad, used, other] of cases) {
      const states = { ...(used === metrics ? a : c), metrics: bad as never };
      try {
        mergeAggregateStates(states, other as typeof a, used as typeof metrics);
        expect.unreachable();
      } catch (error) {
        const detail = (error as RendaError).detail as unknown as { issues: { code: string }[] };
        expect(detail.issues[0]?.code).toBe('INCOMPATIBLE_STATES');
      }
    }
  });

  it('quotes a metric id of 10 MB, not all of it, and reads a null stored entry (fuzz seed 1548153684)', () => {
    const a = aggregateStates(sample, metrics, byUnit);
    const b = aggregateStates(sample, metrics, byUnit);
    const first = Object.keys(metrics)[0] as keyof typeof metrics;
    const huge = { ...metrics, [first]: { ...metrics[first], id: 'x'.repeat(10_000_000) } };
    const nullEntry = { ...a, metrics: { ...a.metrics, [first]: null } };
    for (const call of [
      () => mergeAggregateStates(a, b, huge as typeof metrics),
      () => mergeAggregateStates(nullEntry as typeof a, b, metrics),
    ]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(RendaError);
        const detail = (error as RendaError).detail as unknown as { issues: { code: string }[] };
        expect(detail.issues[0]?.code).toBe('INCOMPATIBLE_STATES');
        expect((error as RendaError).message.length).toBeLessThan(1_000);
      }
    }
  });

  it('does not mutate the states it merges', () => {
    const a = aggregateStates(sample, metrics, byUnit);
    const b = aggregateStates(sample.slice(1), metrics, byUnit);
    const [before1, before2] = [JSON.stringify(a), JSON.stringify(b)];
    mergeAggregateStates(a, b, metrics);
    expect([JSON.stringify(a), JSON.stringify(b)]).toEqual([before1, before2]);
  });
});
