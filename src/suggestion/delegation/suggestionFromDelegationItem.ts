import { type DelegationItem, safeParseDelegationItem } from '../../model/delegationItem.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import type { Suggestion } from '../../model/suggestion.js';
import type { SUBMISSION_PERIODS } from '../../model/suggestionParts.js';
import { safeTransition } from '../../workflow/safeTransition.js';
import type { TransitionError } from '../../workflow/types.js';
import { safeCreateSuggestion } from '../createSuggestion.js';
import { invalidValue } from '../internal/refusedInput.js';
import { unreadableInput } from '../internal/unreadable.js';
import type { SuggestionPolicy } from '../policy.js';
import { suggestionWorkflow } from '../suggestionWorkflow.js';
import { delegationItemWorkflow } from './delegationItemWorkflow.js';
import { DELEGATION_ITEM } from './internal/modelName.js';

/**
 * The options of {@link safeSuggestionFromDelegationItem}: the suggestion's id, when it is
 * submitted, the policy it runs under, the office that submits it and when it is raised.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type SuggestionFromDelegationItemOptions } from 'renda';
 *
 * const options: SuggestionFromDelegationItemOptions = {
 *   id: 'S-201',
 *   at: '2025-01-12T09:00:00+08:00',
 *   policy: defaultPolicy,
 *   officeId: 'OFFICE-CS',
 * };
 * ```
 * @category Suggestion workflow
 */
export interface SuggestionFromDelegationItemOptions {
  /** 建议编号: the id of the new suggestion record. */
  readonly id: string;
  /** 提出时间: when it is submitted in the delegation's name. */
  readonly at: string;
  /** The policy the suggestion runs under (its `rulesVersion`). */
  readonly policy: SuggestionPolicy;
  /** 代表工作机构: the delegation's office that submits it. */
  readonly officeId: string;
  /** 提出时间段: `duringSession` (default: delegations sit during the session) or `betweenSessions`. */
  readonly period?: (typeof SUBMISSION_PERIODS)[number];
}

/**
 * The two records after a delegation item is submitted (代表团建议提出的结果): the new suggestion,
 * and the item with the submission recorded.
 *
 * @example
 * ```ts
 * import type { SuggestionFromDelegationItem } from 'renda';
 *
 * const linked = (r: SuggestionFromDelegationItem) => r.item.suggestionId === r.suggestion.id;
 * ```
 * @category Suggestion workflow
 */
export interface SuggestionFromDelegationItem {
  /** The suggestion, `submitted`, in the delegation's name (`delegationId`). */
  readonly suggestion: Suggestion;
  /** The item, `submitted`, with `suggestionId` and `submittedAt`. */
  readonly item: DelegationItem;
}

/**
 * Why a submission is refused: the item or the options are invalid, or a workflow refuses (the
 * item is not awaiting consent, or not every member has consented).
 *
 * @example
 * ```ts
 * import type { SuggestionFromDelegationItemError } from 'renda';
 *
 * const code = (e: SuggestionFromDelegationItemError) => e.code;
 * ```
 * @category Suggestion workflow
 */
export type SuggestionFromDelegationItemError = ValidationError | TransitionError;

const invalid = (path: string, zh: string, en: string) =>
  invalidValue(DELEGATION_ITEM.id, path, zh, en);

/** The submission itself, on an item already parsed. */
function submit(
  item: DelegationItem,
  options: SuggestionFromDelegationItemOptions,
): Result<SuggestionFromDelegationItem, SuggestionFromDelegationItemError> {
  const { id, at, policy, officeId, period = 'duringSession' } = options;
  if (typeof officeId !== 'string' || officeId.trim() === '') {
    return invalid('officeId', '代表工作机构', 'officeId');
  }
  // The item first: its workflow refuses an item not awaiting consent, one a member has not
  // consented to, and a bad `at`.
  const submitted = safeTransition(
    item,
    { type: 'submit', payload: { suggestionId: id } },
    {
      workflow: delegationItemWorkflow,
      actor: { role: 'liaisonOffice', id: officeId },
      at,
      context: undefined,
    },
  );
  if (!submitted.ok) return submitted;
  // The head leads (领衔): the head approved it and answers for the delegation; every other
  // member consented, so each signs it (附议), in the order of the delegation's list.
  const proposers = [
    { deputyId: item.headId, role: 'lead' as const },
    ...item.members
      .filter((m) => m !== item.headId)
      .map((deputyId) => ({ deputyId, role: 'co' as const })),
  ];
  const draft = safeCreateSuggestion(
    {
      id,
      congress: item.congress,
      ...(item.session === undefined ? {} : { session: item.session }),
      period,
      title: item.title,
      ...(item.content === undefined ? {} : { content: item.content }),
      ...(item.topic === undefined ? {} : { topic: item.topic }),
      proposers,
      delegationId: item.delegationId,
    },
    { at: item.createdAt, policy },
  );
  if (!draft.ok) return draft;
  const suggestion = safeTransition(
    draft.value,
    { type: 'submit' },
    {
      workflow: suggestionWorkflow,
      actor: { role: 'deputy', id: item.headId },
      at,
      context: { policy },
    },
  );
  if (!suggestion.ok) return suggestion;
  return Object.freeze({
    ok: true as const,
    value: Object.freeze({ suggestion: suggestion.value.record, item: submitted.value.record }),
  });
}

/**
 * Submits a delegation item every member has consented to in the delegation's name, as a
 * suggestion record (以代表团名义提出), like {@link suggestionFromDelegationItem}, but returns a
 * result instead of throwing.
 *
 * @remarks
 * The item must be `awaitingConsent` with every member's consent in the current round; it gets
 * a `submit` entry by the office (`submittedAt`, `suggestionId: options.id`) and becomes
 * `submitted`. The suggestion is created from the item's congress, session, title, content and
 * topic, with `delegationId` set and the delegation's members as proposers: the head leads
 * (领衔) and every other member signs (附议), since each consented. It is dated from the item's
 * creation (the draft it grew from) and submitted at `options.at` by the head.
 *
 * The link runs from the item to the suggestion (`item.suggestionId`): the suggestion carries
 * the delegation (`delegationId`) but no field for the item, so an app that shows a
 * suggestion's drafting (clues, the head's approval, the members' answers) finds its item by
 * `suggestionId`, or gives both records the same id. Each record keeps its own history and
 * verifies on its own (`verifyDelegationItem`, `verifySuggestion`). Never throws.
 * @param item - The delegation item, awaiting consent, every member consented.
 * @param options - The suggestion's id, `at`, the policy, the office, the period.
 * @returns Both records, or why the submission is refused.
 * @example
 * ```ts
 * import { defaultPolicy, safeSuggestionFromDelegationItem } from 'renda';
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items } = generateDelegationItemSample({ seed: 1 });
 * const draft = items.find((item) => item.state === 'draft');
 * if (draft) {
 *   const result = safeSuggestionFromDelegationItem(draft, {
 *     id: 'S-1',
 *     at: '2026-01-01T00:00:00Z',
 *     policy: defaultPolicy,
 *     officeId: 'OFFICE-1',
 *   });
 *   if (!result.ok) console.log(result.error.code); // 'NOT_ALLOWED_IN_STATE'
 * }
 * ```
 * @category Suggestion workflow
 */
export function safeSuggestionFromDelegationItem(
  item: DelegationItem,
  options: SuggestionFromDelegationItemOptions,
): Result<SuggestionFromDelegationItem, SuggestionFromDelegationItemError> {
  return neverThrow<SuggestionFromDelegationItem, SuggestionFromDelegationItemError>(
    () => {
      const parsed = safeParseDelegationItem(item);
      if (!parsed.ok) return parsed;
      if (typeof options !== 'object' || options === null) {
        return invalid('options', '选项', 'options');
      }
      return submit(parsed.value, options);
    },
    (thrown) => unreadableInput(DELEGATION_ITEM, thrown),
  );
}

/**
 * Submits a delegation item every member has consented to in the delegation's name, as a
 * suggestion record (以代表团名义提出): the head leads, the members sign, and the item records
 * the suggestion's id.
 *
 * @remarks See {@link safeSuggestionFromDelegationItem} for what each record gets and how the app
 * links them. Store both records it returns.
 * @param item - The delegation item, awaiting consent, every member consented.
 * @param options - The suggestion's id, `at`, the policy, the office, the period.
 * @returns The new suggestion (`submitted`) and the item, `submitted`.
 * @throws RendaError `INVALID_INPUT`, `NOT_ALLOWED_IN_STATE` (not awaiting consent), `GUARD_FAILED` (a
 *   member has not consented) or another transition error.
 * @example
 * ```ts
 * import { defaultPolicy, pendingConsents, suggestionFromDelegationItem } from 'renda';
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items } = generateDelegationItemSample({ seed: 1 });
 * const ready = items.find((item) => item.state === 'awaitingConsent' && pendingConsents(item).length === 0);
 * if (ready) {
 *   const { suggestion, item } = suggestionFromDelegationItem(ready, {
 *     id: 'S-1',
 *     at: '2026-01-01T00:00:00Z',
 *     policy: defaultPolicy,
 *     officeId: 'OFFICE-1',
 *   });
 *   console.log(suggestion.delegationId === item.delegationId, item.suggestionId); // true 'S-1'
 * }
 * ```
 * @category Suggestion workflow
 */
export function suggestionFromDelegationItem(
  item: DelegationItem,
  options: SuggestionFromDelegationItemOptions,
): SuggestionFromDelegationItem {
  const result = safeSuggestionFromDelegationItem(item, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
