import { describe, expectTypeOf, it } from 'vitest';
import type { Accumulator } from '../../src/stats/accumulator.js';
import { aggregate } from '../../src/stats/aggregate.js';
import type { AggregateStates } from '../../src/stats/aggregateStates.js';
import { aggregateStates } from '../../src/stats/aggregateStates.js';
import { countAccumulator } from '../../src/stats/countAccumulator.js';
import { defineMetric, type MetricResult } from '../../src/stats/defineMetric.js';
import type { AggregateResult } from '../../src/stats/finalizeAggregate.js';
import type { HistogramResult } from '../../src/stats/histogramAccumulator.js';
import { histogramAccumulator } from '../../src/stats/histogramAccumulator.js';
import { type Rate, rate } from '../../src/stats/rate.js';
import { rateAccumulator } from '../../src/stats/rateAccumulator.js';

type Item = { unit: string; replied: boolean; days: number | null };
const metrics = {
  n: countAccumulator<Item>(),
  replied: rateAccumulator<Item>({ numerator: (r) => r.replied, denominator: () => true }),
  days: histogramAccumulator<Item>((r) => r.days),
  metric: defineMetric<Item>({
    id: 'm',
    version: 1,
    name: { 'zh-Hans': '指标', en: 'metric' },
    formula: { 'zh-Hans': 'a ÷ b', en: 'a ÷ b' },
    unit: 'item',
    numerator: (r) => r.replied,
    denominator: () => true,
  }),
};

describe('metrics types', () => {
  it('infers each result from its accumulator', () => {
    const items: Item[] = [];
    const result = aggregate(items, metrics, { groupBy: (r) => r.unit });
    expectTypeOf(result).toEqualTypeOf<AggregateResult<typeof metrics>>();
    expectTypeOf(result.total.n).toEqualTypeOf<number>();
    expectTypeOf(result.total.replied).toMatchTypeOf<Rate>();
    expectTypeOf(result.total.days).toMatchTypeOf<HistogramResult>();
    expectTypeOf(result.total.metric).toMatchTypeOf<MetricResult>();
    expectTypeOf(result.groups[0]?.key).toEqualTypeOf<readonly string[] | undefined>();
  });

  it('returns a Promise for an async iterable, a value for an iterable', () => {
    async function* cursor(): AsyncGenerator<Item> {}
    expectTypeOf(aggregate(cursor(), metrics)).toEqualTypeOf<
      Promise<AggregateResult<typeof metrics>>
    >();
    expectTypeOf(aggregateStates(cursor(), metrics)).toEqualTypeOf<Promise<AggregateStates>>();
    expectTypeOf(aggregateStates([] as Item[], metrics)).toEqualTypeOf<AggregateStates>();
  });

  it('rejects key functions that do not return strings, and non-JSON states', () => {
    // @ts-expect-error groupBy must return a string
    aggregate([] as Item[], metrics, { groupBy: (r: Item) => r.days });
    // @ts-expect-error a Map is not a JSON state
    const bad: Accumulator<Item, Map<string, number>, number> = countAccumulator();
    expectTypeOf(rate(1, 2).value).toEqualTypeOf<number | null>();
    void bad;
  });
});
