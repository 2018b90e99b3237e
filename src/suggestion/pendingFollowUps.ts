import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import type { FollowUp } from '../model/suggestionParts.js';
import { querySuggestion, refuseField } from './internal/querySuggestion.js';

/**
 * Lists a suggestion's open follow-up duties (待履行的跟踪办理义务) without throwing: the checked
 * twin of {@link pendingFollowUps}.
 *
 * @param record - A suggestion.
 * @returns The open duties in the order they opened, or `INVALID_INPUT` for a record that
 *   cannot be read.
 * @example
 * ```ts
 * import { safePendingFollowUps } from 'renda';
 *
 * console.log(safePendingFollowUps(null as never).ok); // false
 * ```
 * @category Suggestion workflow
 */
export function safePendingFollowUps(
  record: Suggestion,
): Result<readonly FollowUp[], ValidationError> {
  return querySuggestion(record, (r) => {
    // A record made before follow-up duties were recorded has none.
    const followUps: unknown = r.followUps ?? [];
    if (!Array.isArray(followUps)) return refuseField('followUps');
    return (followUps as readonly FollowUp[]).filter((f) => f.dischargedAt === undefined);
  });
}

/**
 * Lists a suggestion's open follow-up duties (待履行的跟踪办理义务): units whose answer was in
 * progress or planned (正在解决, 列入计划) and still owe the reply that says the work is done, each
 * with its frozen deadline; pass one to {@link deadlineStatus} to see whether it is overdue.
 *
 * @param record - A suggestion.
 * @returns The open duties in the order they opened.
 * @throws {@link RendaError} `INVALID_INPUT` for a record that cannot be read.
 * @example
 * ```ts
 * import { deadlineStatus, pendingFollowUps } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const record = generateSample({ seed: 1 }).suggestions[0];
 * if (record === undefined) throw new Error('the sample has suggestions');
 * for (const duty of pendingFollowUps(record)) {
 *   console.log(duty.unitId, deadlineStatus(duty, '2025-09-01T09:00:00+08:00').status);
 * }
 * ```
 * @category Suggestion workflow
 */
export function pendingFollowUps(record: Suggestion): readonly FollowUp[] {
  const result = safePendingFollowUps(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
