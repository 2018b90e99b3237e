import type { Suggestion } from '../model/suggestion.js';
import { pendingAssignments } from './internal/handling.js';

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
  return Object.freeze(pendingAssignments(record).map((a) => a.unitId));
}
