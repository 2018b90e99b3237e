// The `safeX` twins of the connections' roll-up helpers: each returns `{ ok: true, value } |
// { ok: false, error }` and never throws, whatever it is given.

import type { LiaisonStation } from '../../model/liaisonStation.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { safely } from '../../stats/internal/invalidInput.js';
import type { CoverageResult } from '../coverage/coverageResult.js';
import {
  type CoverageRollUp,
  type RollUpCoverageOptions,
  rollUpCoverage,
} from './rollUpCoverage.js';
import { stationParent } from './stationParent.js';

/**
 * {@link rollUpCoverage} returning a result instead of throwing (覆盖率逐级汇总，不抛错).
 *
 * @param result - As for {@link rollUpCoverage}.
 * @param options - As for {@link rollUpCoverage}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeRollUpCoverage, type CoverageResult } from 'renda';
 *
 * const result = safeRollUpCoverage({} as CoverageResult, { keyOf: (id) => id, parentOf: () => null });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['result', 'covered']
 * ```
 * @category Coverage
 */
export function safeRollUpCoverage(
  result: CoverageResult,
  options: RollUpCoverageOptions,
): Result<CoverageRollUp, ValidationError> {
  return safely('rollUpCoverage', () => rollUpCoverage(result, options));
}

/**
 * {@link stationParent} returning a result instead of throwing (上级站点，不抛错).
 *
 * @param stations - As for {@link stationParent}.
 * @returns `{ ok: true, value }` with the parent function, or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeStationParent } from 'renda';
 *
 * const result = safeStationParent([
 *   { id: 'A', parentId: 'B' },
 *   { id: 'B', parentId: 'A' },
 * ]);
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'PARENT_CYCLE'
 * ```
 * @category Coverage
 */
export function safeStationParent(
  stations: Iterable<Pick<LiaisonStation, 'id' | 'parentId'>>,
): Result<(id: string) => string | null, ValidationError> {
  return safely('stationParent', () => stationParent(stations));
}
