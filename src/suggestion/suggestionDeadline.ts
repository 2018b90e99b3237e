import type { DeadlineError } from '../calendar/deadlineError.js';
import { calendarFailure, toDeadlineError } from '../calendar/internal/errors.js';
import { readDeadline } from '../calendar/internal/readDeadline.js';
import { quote } from '../internal/quote.js';
import type { Deadline } from '../model/shared/deadline.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import type { SuggestionPolicy } from './policy.js';
import { publicationDeadlineOf } from './rules/deadlines.js';
import { bindingDeadlineOf, type HandlingView } from './rules/handling.js';

/**
 * Which deadline of a suggestion to read (期限种类): the binding reply deadline (`reply`, 答复期限)
 * or the publication deadline (`publication`, 公开期限).
 *
 * @example
 * ```ts
 * import type { SuggestionDeadlineKind } from 'renda';
 *
 * const kind: SuggestionDeadlineKind = 'publication';
 * ```
 * @category Suggestion workflow
 */
export type SuggestionDeadlineKind = 'reply' | 'publication';

/**
 * The options of {@link suggestionDeadline}.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type SuggestionDeadlineOptions } from 'renda';
 *
 * const options: SuggestionDeadlineOptions = { policy: defaultPolicy };
 * ```
 * @category Suggestion workflow
 */
export interface SuggestionDeadlineOptions {
  /**
   * The record's policy: needed for `publication`, which is counted with
   * `policy.deadlines.publication` in the policy's zone and calendar. The reply deadline is read
   * from the record and needs none.
   */
  readonly policy?: SuggestionPolicy | undefined;
}

function invalid(path: readonly (string | number)[], zh: string, en: string): never {
  throw calendarFailure('INVALID_OPTIONS', path, zh, en);
}

function read(record: unknown, kind: unknown, options: unknown): Deadline | undefined {
  if (typeof record !== 'object' || record === null) {
    throw calendarFailure(
      'INVALID_INPUT',
      ['record'],
      `须为建议记录：${quote(record)}`,
      `record must be a suggestion: ${quote(record)}`,
    );
  }
  if (kind === 'reply') {
    const deadline = bindingDeadlineOf(record as HandlingView);
    // A copy, checked: the record may be the caller's own unfrozen object.
    return deadline === undefined ? undefined : readDeadline(deadline, 'deadline');
  }
  if (kind !== 'publication') {
    invalid(
      ['kind'],
      `期限种类须为 reply 或 publication：${quote(kind)}`,
      `kind must be reply or publication: ${quote(kind)}`,
    );
  }
  const policy: unknown =
    typeof options === 'object' && options !== null
      ? (options as SuggestionDeadlineOptions).policy
      : undefined;
  if (typeof policy !== 'object' || policy === null) {
    invalid(
      ['options', 'policy'],
      '公开期限按办理规则计算，须给出 policy',
      'the publication deadline is counted under the policy: give options.policy',
    );
  }
  return publicationDeadlineOf(record as HandlingView, policy as SuggestionPolicy);
}

/**
 * A deadline of a suggestion now (建议期限): by default the binding reply deadline (当前答复期限),
 * the earliest deadline among the units that still owe a reply this round; with `'publication'`,
 * when the replies are due to be published (公开期限).
 *
 * @remarks
 * **Reply.** In round 1 each unit's own assignment deadline counts (with approved extensions,
 * 延期); in a re-handling round (重新办理) the round's deadline counts. `undefined` when nobody
 * owes a reply: before assignment, once replied, and in every closed state. The workflow stores
 * the same value in `record.deadline` whenever it changes, for overdue lists that read the field.
 *
 * **Publication.** `policy.deadlines.publication` (by default 20 working days, Anhui's rule)
 * counted from the latest reply, follow-up replies aside, in the policy's zone and calendar.
 * `undefined` before any reply and once the item is published or withheld.
 *
 * Pass the result to {@link deadlineStatus} with the policy to list what is due soon or overdue.
 *
 * @param record - The suggestion.
 * @param kind - `'reply'` (the default) or `'publication'`.
 * @param options - `policy`, required for `'publication'`.
 * @returns The frozen deadline, or `undefined`.
 * @throws {@link RendaError} with code `INVALID_INPUT` when `record` is not a suggestion,
 *   `INVALID_OPTIONS` for an unknown kind or a publication deadline without a policy, or a
 *   calendar code (`INVALID_CALENDAR`…) when the policy cannot count it.
 * @example
 * ```ts
 * import { defaultPolicy, suggestionDeadline } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const handling = suggestions.find((s) => s.state === 'inHandling');
 * if (handling) console.log(suggestionDeadline(handling)?.day); // e.g. '2025-06-30'
 * const replied = suggestions.find((s) => s.state === 'replied' && s.publication === undefined);
 * if (replied) {
 *   console.log(suggestionDeadline(replied, 'publication', { policy: defaultPolicy })?.day);
 * }
 * ```
 * @category Suggestion workflow
 */
export function suggestionDeadline(
  record: Suggestion,
  kind: SuggestionDeadlineKind = 'reply',
  options?: SuggestionDeadlineOptions,
): Deadline | undefined {
  const result = safeSuggestionDeadline(record, kind, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * A deadline of a suggestion now, without throwing: the checked twin of
 * {@link suggestionDeadline}.
 *
 * @param record - The suggestion.
 * @param kind - `'reply'` (the default) or `'publication'`.
 * @param options - `policy`, required for `'publication'`.
 * @returns `{ ok: true, value: deadline | undefined }`, or `{ ok: false, error }` with a
 *   {@link DeadlineError}.
 * @example
 * ```ts
 * import { safeSuggestionDeadline } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const [record] = generateSample({ seed: 1, size: 'town' }).suggestions;
 * if (record) {
 *   const result = safeSuggestionDeadline(record, 'publication');
 *   if (!result.ok) console.log(result.error.code); // 'INVALID_OPTIONS': no policy given
 * }
 * ```
 * @category Suggestion workflow
 */
export function safeSuggestionDeadline(
  record: Suggestion,
  kind: SuggestionDeadlineKind = 'reply',
  options?: SuggestionDeadlineOptions,
): Result<Deadline | undefined, DeadlineError> {
  return neverThrow(
    () => Object.freeze({ ok: true as const, value: read(record, kind, options) }),
    toDeadlineError,
  );
}
