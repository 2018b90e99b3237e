import type { Accumulator } from './accumulator.js';
import { guard } from './internal/invalidInput.js';
import { type Rate, type RateOptions, rate } from './rate.js';

/**
 * The state of {@link rateAccumulator} (比率累加状态): the two counts.
 *
 * @example
 * ```ts
 * import type { RateState } from 'renda';
 *
 * const state: RateState = { numerator: 40, denominator: 43 };
 * ```
 * @category Metrics
 */
export type RateState = { numerator: number; denominator: number };

/**
 * Options of {@link rateAccumulator} (比率累加选项): the two predicates, an id and the
 * {@link RateOptions} passed to {@link rate}.
 *
 * @example
 * ```ts
 * import type { RateAccumulatorOptions } from 'renda';
 *
 * const options: RateAccumulatorOptions<{ replied: boolean }> = {
 *   numerator: (r) => r.replied,
 *   denominator: () => true,
 * };
 * ```
 * @category Metrics
 */
export interface RateAccumulatorOptions<TRecord> extends RateOptions {
  /** Which records of the denominator count in the numerator. */
  readonly numerator: (record: TRecord) => boolean;
  /** Which records count in the denominator. */
  readonly denominator: (record: TRecord) => boolean;
  /** The accumulator's id; `'rate'` by default. */
  readonly id?: string;
}

/**
 * Accumulates a rate (比率累加器) such as the reply rate (办复率) from two predicates.
 *
 * @remarks
 * Formula: denominator = #{ r : denominator(r) }, numerator = #{ r : denominator(r) ∧ numerator(r) },
 * value = numerator ÷ denominator (`null` when 0). The numerator predicate is asked only about
 * records in the denominator, so numerator ≤ denominator always. The state is `{ numerator,
 * denominator }`; merge adds both.
 *
 * @typeParam TRecord - The records it reads.
 * @param options - The predicates, id, interval and minimum n.
 * @returns A frozen accumulator whose result is a {@link Rate}.
 *
 * @example
 * ```ts
 * import { aggregate, rateAccumulator } from 'renda';
 *
 * const items = [{ replied: true }, { replied: false }, { replied: true }, { replied: true }];
 * const replyRate = rateAccumulator<{ replied: boolean }>({ numerator: (r) => r.replied, denominator: () => true });
 * console.log(aggregate(items, { replyRate }).total.replyRate.value); // 0.75
 * ```
 * @category Metrics
 */
export function rateAccumulator<TRecord>(
  options: RateAccumulatorOptions<TRecord>,
): Accumulator<TRecord, RateState, Rate> {
  return guard('rateAccumulator', () => {
    const { numerator, denominator } = options;
    const rateOptions: RateOptions = {
      ...(options.interval === undefined ? {} : { interval: options.interval }),
      ...(options.confidence === undefined ? {} : { confidence: options.confidence }),
      ...(options.minimumN === undefined ? {} : { minimumN: options.minimumN }),
    };
    return Object.freeze({
      id: options.id ?? 'rate',
      version: 1,
      init: (): RateState => ({ numerator: 0, denominator: 0 }),
      step: (state: RateState, record: TRecord): RateState => {
        if (denominator(record)) {
          state.denominator += 1;
          if (numerator(record)) state.numerator += 1;
        }
        return state;
      },
      merge: (a: RateState, b: RateState): RateState => ({
        numerator: a.numerator + b.numerator,
        denominator: a.denominator + b.denominator,
      }),
      result: (state: RateState): Rate => rate(state.numerator, state.denominator, rateOptions),
    });
  });
}
