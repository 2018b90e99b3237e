import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { aggregate } from '../../src/stats/aggregate.js';
import { defineMetric } from '../../src/stats/defineMetric.js';

interface Suggestion {
  id: string;
  status: 'open' | 'replied' | 'withdrawn' | 'merged';
  proposers: string[];
  replies: { unit: string; onTime: boolean }[];
}

const spec = {
  id: 'replyRate',
  version: 1,
  name: { 'zh-Hans': '办复率', en: 'Reply rate' },
  formula: { 'zh-Hans': '已答复件数 ÷ 交办件数', en: 'items replied ÷ items assigned' },
  unit: 'item',
  timeBasis: 'by assignment date',
  exclude: [
    { reason: 'withdrawn', when: (s: Suggestion) => s.status === 'withdrawn' },
    { reason: 'merged', when: (s: Suggestion) => s.status === 'merged' },
  ],
  numerator: (s: Suggestion) => s.status === 'replied',
  denominator: () => true,
} as const;

const records: Suggestion[] = [
  {
    id: 'S1',
    status: 'replied',
    proposers: ['D1', 'D2', 'D3'],
    replies: [{ unit: 'U1', onTime: true }],
  },
  {
    id: 'S2',
    status: 'replied',
    proposers: ['D1'],
    replies: [
      { unit: 'U1', onTime: true },
      { unit: 'U2', onTime: false },
    ],
  },
  { id: 'S3', status: 'open', proposers: ['D4', 'D5'], replies: [] },
  { id: 'S4', status: 'withdrawn', proposers: ['D6'], replies: [] },
  { id: 'S5', status: 'merged', proposers: ['D7'], replies: [] },
];

describe('defineMetric', () => {
  it('counts items after exclusions, and says what it left out and why', () => {
    const replyRate = defineMetric<Suggestion>(spec);
    const { total } = aggregate(records, { replyRate });
    const result = total.replyRate;
    expect(result).toMatchObject({ numerator: 2, denominator: 3 });
    expect(result.n).toBe(3);
    expect({ ...result.excluded }).toEqual({ withdrawn: 1, merged: 1 });
    expect(result).toMatchObject({
      id: 'replyRate',
      version: 1,
      unit: 'item',
      timeBasis: 'by assignment date',
      name: spec.name,
      formula: spec.formula,
    });
  });

  it('counts the first matching exclusion only', () => {
    const metric = defineMetric<number>({
      ...spec,
      exclude: [
        { reason: 'even', when: (n) => n % 2 === 0 },
        { reason: 'small', when: (n) => n < 3 },
      ],
      numerator: () => true,
      denominator: () => true,
    });
    const { total } = aggregate([1, 2, 3, 4], { metric });
    expect({ ...total.metric.excluded }).toEqual({ even: 2, small: 1 });
    expect(total.metric.n).toBe(1);
  });

  it('counts replies (件次) rather than items with countsPer', () => {
    const onTime = defineMetric<Suggestion, Suggestion['replies'][number]>({
      ...spec,
      id: 'onTimeReplies',
      unit: 'reply',
      exclude: [],
      countsPer: (s) => s.replies,
      numerator: (reply) => reply.onTime,
      denominator: () => true,
    });
    const { total } = aggregate(records, { onTime });
    expect(total.onTime).toMatchObject({ numerator: 2, denominator: 3 });
    expect(total.onTime.unit).toBe('reply');
  });

  it('counts a joint suggestion once per deputy when the unit is the deputy', () => {
    const perDeputy = defineMetric<Suggestion, { deputy: string; replied: boolean }>({
      ...spec,
      id: 'replyRatePerDeputy',
      unit: 'deputy',
      exclude: [],
      countsPer: function* (s) {
        for (const deputy of s.proposers) yield { deputy, replied: s.status === 'replied' };
      },
      numerator: (unit) => unit.replied,
      denominator: () => true,
    });
    const { total } = aggregate(records, { perDeputy });
    expect(total.perDeputy).toMatchObject({ numerator: 4, denominator: 8 });
  });

  it('attaches the rate options to its value', () => {
    const metric = defineMetric<Suggestion>({
      ...spec,
      rateOptions: { interval: 'wilson', minimumN: 5 },
    });
    const { total } = aggregate(records, { metric });
    expect(total.metric.belowMinimum).toBe(true);
    expect(total.metric.interval?.confidence).toBe(0.95);
  });

  it('is frozen data that keeps its declaration', () => {
    const metric = defineMetric<Suggestion>(spec);
    expect(Object.isFrozen(metric)).toBe(true);
    expect(metric.exclude.map((rule) => rule.reason)).toEqual(['withdrawn', 'merged']);
    expect(metric.timeBasis).toBe('by assignment date');
  });

  it.each([
    ['id', { id: '' }],
    ['name', { name: { en: 'x' } }],
    ['numerator', { numerator: undefined }],
  ])('names the bad field %s', (field, patch) => {
    try {
      defineMetric({ ...spec, ...patch } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RendaError);
      const detail = (error as RendaError).detail as unknown as { issues: { path: string[] }[] };
      expect(detail.issues[0]?.path).toEqual([field]);
    }
  });

  it('rejects two exclusions with the same reason', () => {
    try {
      defineMetric({ ...spec, exclude: [spec.exclude[0], spec.exclude[0]] });
      expect.unreachable();
    } catch (error) {
      const detail = (error as RendaError).detail as unknown as {
        issues: { code: string; path: (string | number)[] }[];
      };
      expect(detail.issues[0]).toMatchObject({
        code: 'DUPLICATE_REASON',
        path: ['exclude', 1, 'reason'],
      });
    }
  });
});
