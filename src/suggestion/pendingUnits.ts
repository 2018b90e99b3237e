import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import { querySuggestion, refuseField } from './internal/querySuggestion.js';
import { pendingAssignments } from './rules/handling.js';

/**
 * The units that still owe the deputy a reply in the current round (待答复单位).
 *
 * @remarks
 * Only while the item is being handled (`assigned`, `inHandling`, `reHandling`): the active
 * units that must reply (lead 主办, sole 独办, separate 分办) with no reply in the current round,
 * in assignment order. Assisting (协办) and joint (会办) units send their view to the lead and
 * are never listed; a unit taken off the item (改办) is replaced by the new one.
 *
 * @param record - The suggestion.
 * @returns The unit ids, possibly empty.
 * @throws {@link RendaError} with code `INVALID_INPUT` when `record` is not a readable suggestion
 *   ({@link safePendingUnits} returns the error instead).
 * @example
 * ```ts
 * import { pendingUnits } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const closed = suggestions.find((s) => s.state === 'closed');
 * if (closed) console.log(pendingUnits(closed)); // []
 * ```
 * @category Suggestion workflow
 */
export function pendingUnits(record: Suggestion): readonly string[] {
  const result = safePendingUnits(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * The units that still owe the deputy a reply in the current round, without throwing: the
 * checked twin of {@link pendingUnits}.
 *
 * @remarks Never throws, whatever it is given: a record that is missing, not an object, or
 * cannot be read (a Proxy, a throwing getter, assignments that are not a list) comes back as
 * `{ ok: false, error }` with code `INVALID_INPUT`.
 * @param record - The suggestion.
 * @returns `{ ok: true, value }` with the unit ids, or `{ ok: false, error }`.
 * @example
 * ```ts
 * import { safePendingUnits } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const [record] = generateSample({ seed: 1, size: 'town' }).suggestions;
 * if (record) console.log(safePendingUnits(record).ok); // true
 * console.log(safePendingUnits(null as never).ok); // false
 * ```
 * @category Suggestion workflow
 */
export function safePendingUnits(record: Suggestion): Result<readonly string[], ValidationError> {
  return querySuggestion(record, (r) => {
    const units = pendingAssignments(r).map((a) => a.unitId);
    // A unit id is text in a readable record; anything else is not one renda can list.
    return units.every((unit) => typeof unit === 'string') ? units : refuseField('assignments');
  });
}
