import { expectTypeOf, test } from 'vitest';
import type { ConstituentOpinion } from '../../src/model/constituentOpinion.js';
import type { Result } from '../../src/model/shared/result.js';
import type { ValidationError } from '../../src/model/shared/validationError.js';
import {
  byStation,
  OPINION_METRICS,
  type OpinionFact,
  type OpinionMetricDescriptor,
  type OpinionRate,
  type OpinionRateId,
  type OpinionStats,
  type OpinionStatsOptions,
  type OpinionStatsResult,
  type OpinionStatsState,
  opinionStats,
  opinionStatsAccumulator,
  safeOpinionStats,
} from '../../src/opinion/index.js';
import { defaultOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import type { Accumulator, JsonValue } from '../../src/stats/accumulator.js';
import type { Rate } from '../../src/stats/rate.js';

declare const records: readonly ConstituentOpinion[];
declare const stream: AsyncIterable<ConstituentOpinion>;
const options: OpinionStatsOptions = { asOf: '2025-12-31T10:00:00Z', policy: defaultOpinionPolicy };

test('opinionStats is sync for iterables and async for async iterables', () => {
  expectTypeOf(opinionStats(records, options)).toEqualTypeOf<OpinionStatsResult>();
  expectTypeOf(opinionStats(stream, options)).toEqualTypeOf<Promise<OpinionStatsResult>>();
  expectTypeOf(safeOpinionStats(records, options)).toEqualTypeOf<
    Result<OpinionStatsResult, ValidationError>
  >();
  expectTypeOf(safeOpinionStats(stream, options)).toEqualTypeOf<
    Promise<Result<OpinionStatsResult, ValidationError>>
  >();
});

test('every rate of OPINION_METRICS is an honest rate, by id', () => {
  const { total } = opinionStats(records, options);
  expectTypeOf(total.rates.closedLoopRate).toEqualTypeOf<OpinionRate>();
  expectTypeOf(total.rates.closedLoopRate).toExtend<Rate>();
  expectTypeOf(total.rates.onTimeRate.value).toEqualTypeOf<number | null>();
  expectTypeOf<keyof typeof total.rates>().toEqualTypeOf<OpinionRateId>();
  // @ts-expect-error no such rate
  total.rates.replyRate;
  expectTypeOf(total.counts.resolved).toEqualTypeOf<number>();
  // @ts-expect-error counts are of facts only
  total.counts.replied;
});

test('descriptors state their rules over fact names', () => {
  expectTypeOf(OPINION_METRICS.reopenRate).toEqualTypeOf<OpinionMetricDescriptor>();
  expectTypeOf(OPINION_METRICS.reopenRate.numerator).toEqualTypeOf<readonly OpinionFact[]>();
  const rule: OpinionMetricDescriptor = {
    id: 'x',
    version: 1,
    name: { 'zh-Hans': '某率', en: 'x' },
    formula: { 'zh-Hans': '甲 ÷ 乙', en: 'a ÷ b' },
    unit: 'opinion',
    denominator: ['calledBack'],
    // @ts-expect-error not a fact
    numerator: ['happy'],
  };
  expectTypeOf(rule.unit).toEqualTypeOf<'opinion'>();
});

test('the accumulator and the group keys read opinions', () => {
  const stats = opinionStatsAccumulator(defaultOpinionPolicy, '2025-12-31T10:00:00Z');
  expectTypeOf(stats).toEqualTypeOf<
    Accumulator<ConstituentOpinion, OpinionStatsState, OpinionStats>
  >();
  expectTypeOf<OpinionStatsState>().toExtend<JsonValue>();
  expectTypeOf(byStation).parameter(0).toEqualTypeOf<ConstituentOpinion>();
  type CityOpinion = ConstituentOpinion & { archiveRef: string };
  const city: readonly CityOpinion[] = [];
  expectTypeOf(
    opinionStats(city, { ...options, groupBy: byStation }),
  ).toEqualTypeOf<OpinionStatsResult>();
  // @ts-expect-error a number is not an opinion
  opinionStats([1, 2], options);
  // @ts-expect-error asOf is required
  opinionStats(records, { policy: defaultOpinionPolicy });
});
