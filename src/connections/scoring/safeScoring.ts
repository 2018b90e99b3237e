// The `safeX` twins of deputy scoring: each returns
// `{ ok: true, value } | { ok: false, error }` and never throws, whatever it is given.
import type { Activity } from '../../model/activity.js';
import type { Deputy } from '../../model/deputy.js';
import type { PerformanceRecord } from '../../model/performanceRecord.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { safely } from '../../stats/internal/invalidInput.js';
import {
  defineScoringRules,
  type ScoringRules,
  type ScoringRulesSpec,
} from './defineScoringRules.js';
import {
  type ScoreDeputiesOptions,
  type ScoreDeputiesResult,
  scoreDeputies,
} from './scoreDeputies.js';

/**
 * {@link scoreDeputies} returning a result instead of throwing (代表履职积分，不抛错).
 *
 * @remarks
 * Same arguments and rules as {@link scoreDeputies}; never throws, whatever it is given: a problem
 * comes back as `{ ok: false, error }` with code `INVALID_INPUT` and issues naming the argument.
 *
 * @param deputies - As for {@link scoreDeputies}.
 * @param records - As for {@link scoreDeputies}.
 * @param rules - As for {@link scoreDeputies}.
 * @param options - As for {@link scoreDeputies}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { jiangbeiStyleRules, safeScoreDeputies } from 'renda';
 *
 * console.log(safeScoreDeputies([], [], jiangbeiStyleRules, undefined as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeScoreDeputies(
  deputies: Iterable<Deputy>,
  records: Iterable<PerformanceRecord | Activity>,
  rules: ScoringRules,
  options: ScoreDeputiesOptions,
): Result<ScoreDeputiesResult, ValidationError> {
  return safely('scoreDeputies', () => scoreDeputies(deputies, records, rules, options));
}

/**
 * {@link defineScoringRules} returning a result instead of throwing (定义积分规则，不抛错).
 *
 * @param spec - As for {@link defineScoringRules}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeDefineScoringRules } from 'renda';
 *
 * console.log(safeDefineScoringRules(null as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeDefineScoringRules(
  spec: ScoringRulesSpec,
): Result<ScoringRules, ValidationError> {
  return safely('defineScoringRules', () => defineScoringRules(spec));
}
