import type { DelegationItem } from '../../model/delegationItem.js';
import type { WorkflowEventUnion } from '../../workflow/types.js';
import type { SuggestionRole } from '../suggestionTypes.js';
import type { DelegationItemEventPayloads } from './internal/payloads.js';

/**
 * The roles of the delegation-item workflow (代表团建议角色), taken from the suggestion workflow's
 * roles: a deputy (代表: a member collects clues and answers; the head, 团长, approves) and the
 * liaison office (代表工作机构: the delegation's working staff draft, send the draft round and
 * submit it in the delegation's name).
 *
 * @example
 * ```ts
 * import { DELEGATION_ITEM_ROLES } from 'renda';
 *
 * console.log(DELEGATION_ITEM_ROLES); // ['deputy', 'liaisonOffice']
 * ```
 * @category Suggestion workflow
 */
export const DELEGATION_ITEM_ROLES = [
  'deputy',
  'liaisonOffice',
] as const satisfies readonly SuggestionRole[];

/**
 * One of {@link DELEGATION_ITEM_ROLES}.
 *
 * @example
 * ```ts
 * import type { DelegationItemRole } from 'renda';
 *
 * const role: DelegationItemRole = 'liaisonOffice';
 * ```
 * @category Suggestion workflow
 */
export type DelegationItemRole = (typeof DELEGATION_ITEM_ROLES)[number];

/**
 * The record the delegation-item workflow runs on (流程中的代表团建议记录): a
 * {@link DelegationItem} whose `state` may also be a state an extension adds.
 *
 * @example
 * ```ts
 * import type { DelegationItem, DelegationItemWorkflowRecord } from 'renda';
 *
 * const widen = (item: DelegationItem): DelegationItemWorkflowRecord => item;
 * ```
 * @category Suggestion workflow
 */
export type DelegationItemWorkflowRecord = Omit<DelegationItem, 'state'> & { state: string };

/**
 * The type carrier of the delegation-item workflow (类型载体): the record, the roles and the
 * context (none: who approves and who consents is read from the record itself).
 *
 * @example
 * ```ts
 * import type { DelegationItemWorkflowTypes } from 'renda';
 *
 * type R = DelegationItemWorkflowTypes['record'];
 * ```
 * @category Suggestion workflow
 */
export interface DelegationItemWorkflowTypes {
  /** The delegation item record (any state name, so extensions can add states). */
  readonly record: DelegationItemWorkflowRecord;
  /** Who may act. */
  readonly role: DelegationItemRole;
  /** Nothing: pass `context: undefined`. */
  readonly context: undefined;
}

/**
 * An event of the delegation-item workflow as its guards see it (代表团建议事件): the
 * discriminated union of its events, each with its own parsed payload. Narrow it by `type` to
 * read a payload.
 *
 * @example
 * ```ts
 * import type { DelegationItemEvent } from 'renda';
 *
 * const why = (event: DelegationItemEvent) => (event.type === 'refuseConsent' ? event.payload?.note : undefined);
 * ```
 * @category Suggestion workflow
 */
export type DelegationItemEvent = WorkflowEventUnion<
  DelegationItemWorkflowTypes,
  DelegationItemEventPayloads
>;
