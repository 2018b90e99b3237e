import type { Deadline } from '../model/shared/deadline.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import { querySuggestion } from './internal/querySuggestion.js';
import { HANDLING_STATES, owedInputs, roundDeadlineOf } from './rules/handling.js';

/**
 * An assisting unit's input still owed to the lead unit (待提交的协办意见): the unit and the
 * deadline it is judged against this round.
 *
 * @example
 * ```ts
 * import type { PendingAssistingInput } from 'renda';
 *
 * const dueDay = (owed: PendingAssistingInput) => owed.deadline.day;
 * ```
 * @category Suggestion workflow
 */
export interface PendingAssistingInput {
  /** 协办单位. */
  readonly unitId: string;
  /** 协办意见期限: the unit's own in round 1, the re-handling deadline in later rounds. */
  readonly deadline: Deadline;
}

/**
 * Lists the assisting and joint units (协办 / 会办) that still owe their input to the lead unit
 * this round, with the deadline each is judged against, without throwing: the checked twin of
 * {@link pendingAssistingInputs}.
 *
 * @param record - A suggestion.
 * @returns The owed inputs in assignment order (empty outside the handling states), or
 *   `INVALID_INPUT` for a record that cannot be read.
 * @example
 * ```ts
 * import { safePendingAssistingInputs } from 'renda';
 *
 * const result = safePendingAssistingInputs(null as never);
 * console.log(result.ok); // false
 * ```
 * @category Suggestion workflow
 */
export function safePendingAssistingInputs(
  record: Suggestion,
): Result<readonly PendingAssistingInput[], ValidationError> {
  return querySuggestion(record, (r) =>
    HANDLING_STATES.has(r.state)
      ? owedInputs(r).map((a) => ({ unitId: a.unitId, deadline: roundDeadlineOf(r, a) }))
      : [],
  );
}

/**
 * Lists the assisting and joint units (协办 / 会办) that still owe their input (协办意见) to the
 * lead unit this round, with the deadline each is judged against; pass a deadline to
 * {@link deadlineStatus} to see which are overdue.
 *
 * @param record - A suggestion.
 * @returns The owed inputs in assignment order; empty outside the handling states.
 * @throws {@link RendaError} `INVALID_INPUT` for a record that cannot be read.
 * @example
 * ```ts
 * import { deadlineStatus, pendingAssistingInputs } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const record = generateSample({ seed: 1 }).suggestions[0];
 * if (record === undefined) throw new Error('the sample has suggestions');
 * for (const owed of pendingAssistingInputs(record)) {
 *   console.log(owed.unitId, deadlineStatus(owed, '2025-01-10T09:00:00+08:00').status);
 * }
 * ```
 * @category Suggestion workflow
 */
export function pendingAssistingInputs(record: Suggestion): readonly PendingAssistingInput[] {
  const result = safePendingAssistingInputs(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
