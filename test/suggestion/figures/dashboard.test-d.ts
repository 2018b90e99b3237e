import { expectTypeOf, test } from 'vitest';
import type { Suggestion } from '../../../src/model/suggestion.js';
import type { Rate } from '../../../src/stats/rate.js';
import type { SuggestionStatsResult } from '../../../src/suggestion/figures/index.js';
import { suggestionStats } from '../../../src/suggestion/figures/index.js';
import { defaultPolicy } from '../../../src/suggestion/policy.js';

declare const records: readonly Suggestion[];
declare const stream: AsyncIterable<Suggestion>;
const options = { asOf: '2025-12-31T16:00:00.000Z', policy: defaultPolicy };

test('suggestionStats is sync for iterables and async for async iterables', () => {
  expectTypeOf(suggestionStats(records, options)).toEqualTypeOf<SuggestionStatsResult>();
  expectTypeOf(suggestionStats(stream, options)).toEqualTypeOf<Promise<SuggestionStatsResult>>();
});

test('every rate of the dashboard is an honest rate', () => {
  const { total } = suggestionStats(records, options);
  expectTypeOf(total.rates.replyRate).toExtend<Rate>();
  expectTypeOf(total.rates.replyRate.value).toEqualTypeOf<number | null>();
});

test('an extended record flows through', () => {
  type CitySuggestion = Suggestion & { archiveRef: string };
  const city: readonly CitySuggestion[] = [];
  expectTypeOf(suggestionStats(city, options)).toEqualTypeOf<SuggestionStatsResult>();
  // @ts-expect-error a deputy is not a suggestion
  suggestionStats([{ id: 'D-1', name: '张三' }], options);
});
