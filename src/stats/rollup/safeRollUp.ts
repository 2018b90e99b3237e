// The `safeX` twins of the roll-up: each returns `{ ok: true, value } | { ok: false, error }` and
// never throws, whatever it is given.

import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { AggregateStates, MetricsMap } from '../aggregateTypes.js';
import type { FinalizeAggregateOptions } from '../finalizeAggregate.js';
import { safely } from '../internal/invalidInput.js';
import { finalizeRollUp, type RollUpResult } from './finalizeRollUp.js';
import { rollUp } from './rollUp.js';
import type { RollUpOptions, RollUpStates } from './rollUpTypes.js';

/**
 * {@link rollUp} returning a result instead of throwing (逐级汇总，不抛错).
 *
 * @remarks Same rules as {@link rollUp}; a cycle in `parentOf` comes back as an error with issue
 * `PARENT_CYCLE` naming the keys, never as a loop.
 *
 * @typeParam TRecord - The records.
 * @param states - As for {@link rollUp}.
 * @param metrics - As for {@link rollUp}.
 * @param options - As for {@link rollUp}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { aggregateStates, countAccumulator, safeRollUp } from 'renda';
 *
 * const metrics = { n: countAccumulator<string>() };
 * const states = aggregateStates(['A'], metrics, { groupBy: (key) => key });
 * const result = safeRollUp(states, metrics, { parentOf: (key) => (key === 'A' ? 'B' : 'A') });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'PARENT_CYCLE'
 * ```
 * @category Metrics
 */
export function safeRollUp<TRecord>(
  states: AggregateStates,
  metrics: MetricsMap<TRecord>,
  options: RollUpOptions,
): Result<RollUpStates, ValidationError> {
  return safely('rollUp', () => rollUp(states, metrics, options));
}

/**
 * {@link finalizeRollUp} returning a result instead of throwing (逐级汇总结果，不抛错).
 *
 * @typeParam TMetrics - The metrics by name.
 * @param rolled - As for {@link finalizeRollUp}.
 * @param metrics - As for {@link finalizeRollUp}.
 * @param options - As for {@link finalizeRollUp}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { countAccumulator, safeFinalizeRollUp, type RollUpStates } from 'renda';
 *
 * const result = safeFinalizeRollUp({} as RollUpStates, { n: countAccumulator() });
 * console.log(result.ok); // false
 * ```
 * @category Metrics
 */
export function safeFinalizeRollUp<TMetrics extends MetricsMap<never>>(
  rolled: RollUpStates,
  metrics: TMetrics,
  options?: FinalizeAggregateOptions,
): Result<RollUpResult<TMetrics>, ValidationError> {
  return safely('finalizeRollUp', () => finalizeRollUp(rolled, metrics, options));
}
