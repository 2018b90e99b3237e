import { expectTypeOf, test } from 'vitest';
import type { Suggestion } from '../../../src/model/suggestion.js';
import type { Rate } from '../../../src/stats/rate.js';
import type {
  DutyFact,
  DutyRate,
  DutyTallyResult,
  DutyUnit,
  SuggestionDuties,
  SuggestionDutyCounts,
  SuggestionDutyUnit,
  SuggestionRateRule,
  SuggestionStatsResult,
} from '../../../src/suggestion/figures/index.js';
import {
  suggestionMetricDefinitions,
  suggestionStats,
} from '../../../src/suggestion/figures/index.js';
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

test('the duty figures: two rates, counts by unit, facts named by DutyFact', () => {
  const { total } = suggestionStats(records, options);
  expectTypeOf(total.rates.assistingInputOnTimeRate).toExtend<Rate>();
  expectTypeOf(total.rates.followUpOnTimeRate.unit).toExtend<string>();
  expectTypeOf(total.assistingInputs).toEqualTypeOf<SuggestionDuties>();
  expectTypeOf(total.followUps.byUnit).toEqualTypeOf<
    Readonly<Record<string, SuggestionDutyCounts>>
  >();
  expectTypeOf(total.followUps.counts.overdue).toEqualTypeOf<number>();
  expectTypeOf<DutyFact>().toEqualTypeOf<
    'itemExcluded' | 'done' | 'onTime' | 'late' | 'open' | 'overdue' | 'due'
  >();
  expectTypeOf<DutyUnit>().toEqualTypeOf<'assistingInput' | 'followUp'>();
  const rule: SuggestionRateRule = {
    unit: 'followUp',
    population: [],
    denominator: ['due'],
    numerator: ['onTime'],
  };
  expectTypeOf(rule).toExtend<SuggestionRateRule>();
  // @ts-expect-error a form fact ('broad') is not a duty fact
  const wrong: SuggestionRateRule = {
    unit: 'assistingInput',
    population: [],
    denominator: ['broad'],
    numerator: ['onTime'],
  };
  expectTypeOf(wrong).toExtend<SuggestionRateRule>();
  const definitions = suggestionMetricDefinitions(defaultPolicy, options.asOf);
  expectTypeOf(definitions.assistingInputOnTimeRate).toEqualTypeOf<DutyRate>();
  expectTypeOf(definitions.followUps.result).returns.toEqualTypeOf<DutyTallyResult>();
  expectTypeOf<SuggestionDutyUnit['facts']>().toEqualTypeOf<number>();
});
