// The `safeX` twins of the opinion figures: each returns `{ ok: true, value } |
// { ok: false, error }` and never throws, whatever it is given; for an async iterable of records,
// a Promise that always resolves, to a result.

import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { Accumulator } from '../../stats/accumulator.js';
import { type SafeResult, safely } from '../../stats/internal/invalidInput.js';
import type { OpinionPolicy } from '../opinionPolicy.js';
import { type OpinionStatsOptions, opinionStats } from './opinionStats.js';
import {
  type OpinionStatsAccumulatorOptions,
  opinionStatsAccumulator,
} from './opinionStatsAccumulator.js';
import type { OpinionStats, OpinionStatsResult, OpinionStatsState } from './opinionStatsTypes.js';

/**
 * {@link opinionStats} returning a result instead of throwing (群众意见统计，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link opinionStats}; never throws, whatever it is given (records
 * that are not iterable, missing options, a bad policy, asOf or period, a key function that
 * throws, records that are not opinions): a problem comes back as `{ ok: false, error }` with code
 * `INVALID_INPUT` and issues naming the argument. For an async iterable it returns a Promise that
 * always resolves, to a result.
 *
 * @param records - As for {@link opinionStats}.
 * @param options - As for {@link opinionStats}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` (a Promise of it for an async iterable).
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, safeOpinionStats } from 'renda';
 *
 * const result = safeOpinionStats([], { asOf: 'yesterday', policy: defaultOpinionPolicy });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['asOf']
 * ```
 * @category Metrics
 */
export function safeOpinionStats(
  records: Iterable<ConstituentOpinion>,
  options: OpinionStatsOptions,
): Result<OpinionStatsResult, ValidationError>;
export function safeOpinionStats(
  records: AsyncIterable<ConstituentOpinion>,
  options: OpinionStatsOptions,
): Promise<Result<OpinionStatsResult, ValidationError>>;
export function safeOpinionStats(
  records: Iterable<ConstituentOpinion> | AsyncIterable<ConstituentOpinion>,
  options: OpinionStatsOptions,
):
  | Result<OpinionStatsResult, ValidationError>
  | Promise<Result<OpinionStatsResult, ValidationError>>;
export function safeOpinionStats(
  records: Iterable<ConstituentOpinion> | AsyncIterable<ConstituentOpinion>,
  options: OpinionStatsOptions,
):
  | Result<OpinionStatsResult, ValidationError>
  | Promise<Result<OpinionStatsResult, ValidationError>> {
  return safely('opinionStats', () => opinionStats(records, options)) as SafeResult<
    OpinionStatsResult | Promise<OpinionStatsResult>
  >;
}

/**
 * {@link opinionStatsAccumulator} returning a result instead of throwing (群众意见统计累加器，
 * 不抛错).
 *
 * @param policy - As for {@link opinionStatsAccumulator}.
 * @param asOf - As for {@link opinionStatsAccumulator}.
 * @param options - As for {@link opinionStatsAccumulator}.
 * @returns `{ ok: true, value }` with the accumulator, or `{ ok: false, error }` naming the bad
 * argument.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, safeOpinionStatsAccumulator } from 'renda';
 *
 * const result = safeOpinionStatsAccumulator(defaultOpinionPolicy, '2025-12-31T10:00:00Z', { period: '2025-13' });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['period']
 * ```
 * @category Metrics
 */
export function safeOpinionStatsAccumulator(
  policy: OpinionPolicy,
  asOf: string,
  options?: OpinionStatsAccumulatorOptions,
): Result<Accumulator<ConstituentOpinion, OpinionStatsState, OpinionStats>, ValidationError> {
  return safely('opinionStatsAccumulator', () => opinionStatsAccumulator(policy, asOf, options));
}
