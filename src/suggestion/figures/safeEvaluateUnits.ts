// The `safeX` twin of handling-unit evaluation: returns `{ ok: true, value } | { ok: false, error }`
// and never throws, whatever it is given.
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { safely } from '../../stats/internal/invalidInput.js';
import {
  type EvaluateUnitsResult,
  evaluateUnits,
  type UnitHandlingFigures,
  type UnitThresholdTable,
} from './evaluateUnits.js';

/**
 * {@link evaluateUnits} returning a result instead of throwing (承办单位评价，不抛错).
 *
 * @param unitFigures - As for {@link evaluateUnits}.
 * @param thresholds - As for {@link evaluateUnits}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeEvaluateUnits, shenzhen2007UnitThresholds } from 'renda';
 *
 * console.log(safeEvaluateUnits(null as never, shenzhen2007UnitThresholds).ok); // false
 * ```
 * @category Metrics
 */
export function safeEvaluateUnits(
  unitFigures: Iterable<UnitHandlingFigures>,
  thresholds: UnitThresholdTable,
): Result<EvaluateUnitsResult, ValidationError> {
  return safely('evaluateUnits', () => evaluateUnits(unitFigures, thresholds));
}
