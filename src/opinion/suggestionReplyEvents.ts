import { frozenCopy } from '../internal/deepFreeze.js';
import type { ConstituentOpinion } from '../model/constituentOpinion.js';
import type { BilingualText } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import { isObject, RECORD_FIELD, refusedInput } from '../suggestion/internal/refusedInput.js';
import type { SuggestionPolicy } from '../suggestion/policy.js';
import { repliedAtOf } from '../suggestion/rules/handling.js';

/**
 * The event that tells one opinion its suggestion was replied (建议办复，通知所转群众意见): run
 * it on that opinion with {@link transition} and `opinionWorkflow`.
 *
 * @example
 * ```ts
 * import type { SuggestionReplyEvent } from 'renda';
 *
 * const ids = (events: readonly SuggestionReplyEvent[]) => events.map((e) => e.opinionId);
 * ```
 * @category Opinion workflow
 */
export interface SuggestionReplyEvent {
  /** The opinion the event is for (意见编号). */
  readonly opinionId: string;
  /** The `suggestionReplied` event, with the suggestion's id and the instant it was replied. */
  readonly event: {
    readonly type: 'suggestionReplied';
    readonly payload: { readonly suggestionId: string; readonly repliedAt: string };
  };
}

const OPINIONS_FIELD: BilingualText = { 'zh-Hans': '群众意见', en: 'the opinions' };
const AN_OPINION: BilingualText = {
  'zh-Hans': '带文字 id 与 state 的群众意见',
  en: 'an opinion with a text id and state',
};
const A_READABLE_SUGGESTION: BilingualText = {
  'zh-Hans': '带文字 id、交办与答复列表的建议记录',
  en: 'a suggestion with a text id, assignments and replies',
};

const POLICY_FIELD: BilingualText = { 'zh-Hans': '办理规则', en: 'the policy' };
const A_POLICY: BilingualText = {
  'zh-Hans': '含办复口径（repliedWhen）的建议办理规则',
  en: 'a suggestion policy with its repliedWhen',
};

/** What `read` returns, or `undefined` when reading throws. */
function readOrUndefined<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

const refused = (error: ValidationError) => Object.freeze({ ok: false as const, error });

/**
 * The feedback the reply of a suggestion owes the opinions it came from (建议办复后向反映人反馈),
 * without throwing: one `suggestionReplied` event for each opinion that became or joined
 * `suggestion` and still awaits its reply.
 *
 * @remarks
 * Never throws, whatever it is given: a suggestion or opinion that cannot be read comes back as
 * `INVALID_INPUT` naming it (`['suggestion', …]`, `['opinions', index]`).
 * @param suggestion - The suggestion, as stored.
 * @param opinions - Opinions to look through (any iterable); the others are skipped.
 * @param policy - The suggestion policy's `repliedWhen` (办复口径).
 * @returns The events, in the opinions' order, or a validation error.
 * @example
 * ```ts
 * import { defaultPolicy, safeSuggestionReplyEvents } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1 });
 * const result = safeSuggestionReplyEvents(suggestions[0]!, [], defaultPolicy);
 * if (result.ok) console.log(result.value.length); // 0
 * ```
 * @category Opinion workflow
 */
export function safeSuggestionReplyEvents(
  suggestion: Suggestion,
  opinions: Iterable<ConstituentOpinion>,
  policy: Pick<SuggestionPolicy, 'repliedWhen'>,
): Result<readonly SuggestionReplyEvent[], ValidationError> {
  return neverThrow<readonly SuggestionReplyEvent[], ValidationError>(
    () => {
      const s = suggestion as unknown as Record<string, unknown> | null;
      const readable =
        isObject(s) &&
        typeof s.id === 'string' &&
        Array.isArray(s.assignments) &&
        (s.assignments as unknown[]).every(isObject) &&
        Array.isArray(s.replies) &&
        (s.replies as unknown[]).every(
          (r) => isObject(r) && typeof (r as { at?: unknown }).at === 'string',
        );
      if (!readable) {
        return refused(
          refusedInput('Suggestion', ['suggestion'], RECORD_FIELD, A_READABLE_SUGGESTION, s),
        );
      }
      if (
        !isObject(opinions) ||
        typeof (opinions as Iterable<unknown>)[Symbol.iterator] !== 'function'
      ) {
        return refused(
          refusedInput('ConstituentOpinion', ['opinions'], OPINIONS_FIELD, AN_OPINION, opinions),
        );
      }
      // Each argument is read on its own, so what cannot be read (a getter or a Proxy trap that
      // throws) is named: the policy, the suggestion, or the opinion at its index.
      const repliedWhen = readOrUndefined(() => (policy as { repliedWhen?: unknown }).repliedWhen);
      if (
        !isObject(policy) ||
        (repliedWhen !== 'leadUnit' && repliedWhen !== 'everyRequiredUnit')
      ) {
        return refused(refusedInput('Suggestion', ['policy'], POLICY_FIELD, A_POLICY, policy));
      }
      const replied = readOrUndefined(() => ({ at: repliedAtOf(suggestion, { repliedWhen }) }));
      if (replied === undefined) {
        return refused(
          refusedInput('Suggestion', ['suggestion'], RECORD_FIELD, A_READABLE_SUGGESTION),
        );
      }
      const repliedAt = replied.at;
      const out: SuggestionReplyEvent[] = [];
      let index = 0;
      for (const opinion of opinions) {
        const o = readOrUndefined(() => {
          const record = opinion as unknown as Record<string, unknown> | null;
          if (!isObject(record)) return undefined;
          const { id, state, suggestionId } = record;
          return { id, state, suggestionId };
        });
        if (o === undefined || typeof o.id !== 'string' || typeof o.state !== 'string') {
          return refused(
            refusedInput('ConstituentOpinion', ['opinions', index], OPINIONS_FIELD, AN_OPINION),
          );
        }
        index += 1;
        // Only an opinion still waiting on this suggestion is owed the event: one already told,
        // or linked to another suggestion, is left as it is.
        if (repliedAt === undefined) continue;
        if (o.state !== 'convertedToSuggestion' || o.suggestionId !== suggestion.id) continue;
        out.push({
          opinionId: o.id,
          event: {
            type: 'suggestionReplied',
            payload: { suggestionId: suggestion.id, repliedAt },
          },
        });
      }
      return Object.freeze({ ok: true as const, value: frozenCopy(out) });
    },
    () => refusedInput('Suggestion', [], RECORD_FIELD, A_READABLE_SUGGESTION),
  );
}

/**
 * The feedback the reply of a suggestion owes the opinions it came from (建议办复后向反映人反馈):
 * once every unit owing a reply has replied (办复), one `suggestionReplied` event for each opinion
 * that became or joined the suggestion and still awaits it; none while the suggestion is not
 * replied.
 *
 * @remarks
 * This is the way back of the link between the two loops. An opinion that
 * became or joined a suggestion (`convertToSuggestion`) waits in `convertedToSuggestion`; the
 * event moves it to `handled` and gives it a feedback duty: the opinion policy's
 * `feedbackWorkingDays` counted from the day of the reply (or from the day it joined,
 * `convertedAt`, when it joined a suggestion already replied), frozen as `feedbackDueDay`. From there the constituent is fed
 * back, called back and the opinion closed as any other, so the closed-loop figures count
 * converted opinions too. The reply's instant is when the last unit owing a reply gave its first
 * reply (the same owing units and first replies as 办复率).
 * @param suggestion - The suggestion, as stored.
 * @param opinions - Opinions to look through (any iterable); the others are skipped.
 * @param policy - The suggestion policy's `repliedWhen` (办复口径).
 * @returns The events, in the opinions' order, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming a suggestion or opinion that cannot
 * be read.
 * @example
 * ```ts
 * import { defaultPolicy, suggestionReplyEvents } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, opinions } = generateSample({ seed: 1 });
 * const replied = suggestions.find((s) => opinions.some((o) => o.suggestionId === s.id && o.state === 'convertedToSuggestion'));
 * const events = replied === undefined ? [] : suggestionReplyEvents(replied, opinions, defaultPolicy);
 * console.log(events.every((e) => e.event.payload.suggestionId === replied?.id)); // true
 * ```
 * @category Opinion workflow
 */
export function suggestionReplyEvents(
  suggestion: Suggestion,
  opinions: Iterable<ConstituentOpinion>,
  policy: Pick<SuggestionPolicy, 'repliedWhen'>,
): readonly SuggestionReplyEvent[] {
  const result = safeSuggestionReplyEvents(suggestion, opinions, policy);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
