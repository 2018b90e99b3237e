import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Accumulator, JsonValue } from '../../src/stats/accumulator.js';
import { categoryCountAccumulator } from '../../src/stats/categoryCountAccumulator.js';
import { countAccumulator } from '../../src/stats/countAccumulator.js';
import { defineMetric } from '../../src/stats/defineMetric.js';
import { histogramAccumulator } from '../../src/stats/histogramAccumulator.js';
import { rateAccumulator } from '../../src/stats/rateAccumulator.js';

interface Item {
  unit: string;
  status: 'open' | 'replied' | 'withdrawn';
  onTime: boolean;
  grade: string | null;
  days: number | null;
  replies: boolean[];
}

const itemArb: fc.Arbitrary<Item> = fc.record({
  unit: fc.constantFrom('U1', 'U2', '__proto__', 'constructor'),
  status: fc.constantFrom('open', 'replied', 'withdrawn'),
  onTime: fc.boolean(),
  grade: fc.option(fc.constantFrom('A', 'B', 'C', 'D', '__proto__', 'toString'), { nil: null }),
  days: fc.option(fc.integer({ min: -5, max: 400 }), { nil: null }),
  replies: fc.array(fc.boolean(), { maxLength: 3 }),
});
const itemsArb = fc.array(itemArb, { maxLength: 40 });

// biome-ignore lint/suspicious/noExplicitAny: a table of accumulators of different states.
const builtIns: [string, Accumulator<Item, any, unknown>][] = [
  ['countAccumulator()', countAccumulator<Item>()],
  ['countAccumulator(predicate)', countAccumulator<Item>((item) => item.onTime)],
  [
    'rateAccumulator',
    rateAccumulator<Item>({
      numerator: (item) => item.onTime,
      denominator: (item) => item.status === 'replied',
      interval: 'wilson',
      minimumN: 5,
    }),
  ],
  ['categoryCountAccumulator', categoryCountAccumulator<Item>((item) => item.grade)],
  ['histogramAccumulator', histogramAccumulator<Item>((item) => item.days)],
  [
    'defineMetric (per item, with exclusions)',
    defineMetric<Item>({
      id: 'replyRate',
      version: 1,
      name: { 'zh-Hans': '办复率', en: 'Reply rate' },
      formula: { 'zh-Hans': '已答复 ÷ 交办', en: 'replied ÷ assigned' },
      unit: 'item',
      exclude: [{ reason: 'withdrawn', when: (item) => item.status === 'withdrawn' }],
      numerator: (item) => item.status === 'replied',
      denominator: () => true,
    }),
  ],
  [
    'defineMetric (per reply, 件次)',
    defineMetric<Item, boolean>({
      id: 'onTimeReplies',
      version: 2,
      name: { 'zh-Hans': '按期答复率', en: 'On-time reply rate' },
      formula: { 'zh-Hans': '按期件次 ÷ 答复件次', en: 'on-time replies ÷ replies' },
      unit: 'reply',
      countsPer: (item) => item.replies,
      numerator: (onTime) => onTime,
      denominator: () => true,
    }),
  ],
];

function run<TState extends JsonValue>(
  accumulator: Accumulator<Item, TState, unknown>,
  items: readonly Item[],
): TState {
  let state = accumulator.init();
  for (const item of items) state = accumulator.step(state, item);
  return state;
}

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe.each(builtIns)('%s obeys the accumulator laws', (_name, accumulator) => {
  const result = (state: JsonValue) => accumulator.result(state);

  it('merge is associative', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, itemsArb, (a, b, c) => {
        const [sa, sb, sc] = [run(accumulator, a), run(accumulator, b), run(accumulator, c)];
        const left = accumulator.merge(accumulator.merge(sa, sb), sc);
        const right = accumulator.merge(sa, accumulator.merge(sb, sc));
        expect(result(left)).toEqual(result(right));
      }),
    );
  });

  it('merge is commutative', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, (a, b) => {
        const [sa, sb] = [run(accumulator, a), run(accumulator, b)];
        expect(result(accumulator.merge(sa, sb))).toEqual(result(accumulator.merge(sb, sa)));
      }),
    );
  });

  it('init() is the identity of merge', () => {
    fc.assert(
      fc.property(itemsArb, (a) => {
        const sa = run(accumulator, a);
        expect(result(accumulator.merge(accumulator.init(), sa))).toEqual(result(sa));
        expect(result(accumulator.merge(sa, accumulator.init()))).toEqual(result(sa));
      }),
    );
  });

  it('merging the runs of any split equals one run over all records', () => {
    fc.assert(
      fc.property(itemsArb, fc.nat(), (items, cut) => {
        const at = items.length === 0 ? 0 : cut % (items.length + 1);
        const split = accumulator.merge(
          run(accumulator, items.slice(0, at)),
          run(accumulator, items.slice(at)),
        );
        expect(result(split)).toEqual(result(run(accumulator, items)));
      }),
    );
  });

  it('keeps its state through a JSON round trip, and can go on stepping after it', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, (a, b) => {
        const parsed = roundTrip(run(accumulator, a));
        expect(result(parsed)).toEqual(result(run(accumulator, a)));
        let continued = parsed;
        for (const item of b) continued = accumulator.step(continued, item);
        expect(result(continued)).toEqual(result(run(accumulator, [...a, ...b])));
      }),
    );
  });

  it('merge mutates neither argument', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, (a, b) => {
        const [sa, sb] = [run(accumulator, a), run(accumulator, b)];
        const [before1, before2] = [JSON.stringify(sa), JSON.stringify(sb)];
        accumulator.merge(sa, sb);
        expect([JSON.stringify(sa), JSON.stringify(sb)]).toEqual([before1, before2]);
      }),
    );
  });
});
