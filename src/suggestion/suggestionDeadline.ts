import type { Deadline } from '../model/shared/deadline.js';
import type { Suggestion } from '../model/suggestion.js';
import { bindingDeadlineOf } from './internal/handling.js';

/**
 * The binding reply deadline of a suggestion now (当前答复期限): the earliest deadline among the
 * units that still owe a reply this round.
 *
 * @remarks
 * In round 1 each unit's own assignment deadline counts (with approved extensions, 延期); in a
 * re-handling round (重新办理) the round's deadline counts. `undefined` when nobody owes a reply:
 * before assignment, once replied, and in every closed state. The workflow stores the same value
 * in `record.deadline` whenever it changes, for overdue lists that read the field.
 *
 * @param record - The suggestion.
 * @returns The frozen deadline, or `undefined`.
 * @example
 * ```ts
 * import { suggestionDeadline } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const handling = suggestions.find((s) => s.state === 'inHandling');
 * if (handling) console.log(suggestionDeadline(handling)?.day); // e.g. '2025-06-30'
 * ```
 * @category Suggestion workflow
 */
export function suggestionDeadline(record: Suggestion): Deadline | undefined {
  return bindingDeadlineOf(record);
}
