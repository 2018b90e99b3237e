// The `safeX` twins of the people counts: each returns `{ ok: true, value } | { ok: false, error }`
// and never throws, whatever it is given.
import type { Deputy } from '../../model/deputy.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { safely } from '../../stats/internal/invalidInput.js';
import { countPeople, type PeopleCount } from './countPeople.js';
import { type LikelyDuplicatePerson, likelyDuplicatePeople } from './likelyDuplicatePeople.js';

/**
 * {@link countPeople} returning a result instead of throwing (代表人数与人次，不抛错).
 *
 * @param deputies - As for {@link countPeople}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeCountPeople } from 'renda';
 *
 * console.log(safeCountPeople(42 as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeCountPeople(deputies: Iterable<Deputy>): Result<PeopleCount, ValidationError> {
  return safely('countPeople', () => countPeople(deputies));
}

/**
 * {@link likelyDuplicatePeople} returning a result instead of throwing (疑似重复人员，不抛错).
 *
 * @param deputies - As for {@link likelyDuplicatePeople}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeLikelyDuplicatePeople } from 'renda';
 *
 * const result = safeLikelyDuplicatePeople([]);
 * console.log(result.ok && result.value.length); // 0
 * ```
 * @category Metrics
 */
export function safeLikelyDuplicatePeople(
  deputies: Iterable<Deputy>,
): Result<readonly LikelyDuplicatePerson[], ValidationError> {
  return safely('likelyDuplicatePeople', () => likelyDuplicatePeople(deputies));
}
