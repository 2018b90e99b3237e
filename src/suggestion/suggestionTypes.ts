import type { Suggestion } from '../model/suggestion.js';
import type { WorkflowEventUnion } from '../workflow/types.js';
import type { SuggestionEventPayloads } from './internal/payloads.js';
import type { SuggestionPolicy } from './policy.js';

/**
 * The roles of the suggestion workflow (建议办理角色): a deputy (代表), the liaison office that
 * registers, assigns, approves and supervises (代表工委 / 常委会办事机构), a handling unit
 * (承办单位), a supervisor (督办者: 主任会议成员, 专门委员会, 领办领导) and the system (系统) for
 * time-driven events.
 *
 * @remarks The role says what kind of actor may send an event; guards then check the actor's
 * `id` too (a unit may only reply for itself, only the lead deputy may withdraw…).
 * @example
 * ```ts
 * import { SUGGESTION_ROLES } from 'renda';
 *
 * console.log(SUGGESTION_ROLES.includes('handlingUnit')); // true
 * ```
 * @category Suggestion workflow
 */
export const SUGGESTION_ROLES = [
  'deputy',
  'liaisonOffice',
  'handlingUnit',
  'supervisor',
  'system',
] as const;

/**
 * One of {@link SUGGESTION_ROLES}.
 *
 * @example
 * ```ts
 * import type { SuggestionRole } from 'renda';
 *
 * const role: SuggestionRole = 'liaisonOffice';
 * ```
 * @category Suggestion workflow
 */
export type SuggestionRole = (typeof SUGGESTION_ROLES)[number];

/**
 * What the suggestion workflow's guards and effects receive (办理上下文): the jurisdiction's
 * policy, which holds the deadlines, the calendar, the taxonomy and the counting rules.
 *
 * @remarks Pass the policy the record runs under (its `rulesVersion`), not this year's, so that
 * old items are judged by the rules they were handled under.
 * @example
 * ```ts
 * import { defaultPolicy, type SuggestionContext } from 'renda';
 *
 * const context: SuggestionContext = { policy: defaultPolicy };
 * ```
 * @category Suggestion workflow
 */
export interface SuggestionContext {
  /** The jurisdiction's rules. */
  readonly policy: SuggestionPolicy;
}

/**
 * The record the suggestion workflow runs on (流程中的建议记录): a {@link Suggestion} whose `state`
 * may also be a state that an extension adds (e.g. 退回修改).
 *
 * @remarks Every {@link Suggestion} is one, so `safeTransition(suggestion, …)` returns a
 * `Suggestion`; a team that extends the workflow with new states types its records as
 * `Omit<Suggestion, 'state'> & { state: Suggestion['state'] | 'myState' }`.
 * @example
 * ```ts
 * import type { Suggestion, SuggestionWorkflowRecord } from 'renda';
 *
 * const widen = (s: Suggestion): SuggestionWorkflowRecord => s;
 * ```
 * @category Suggestion workflow
 */
export type SuggestionWorkflowRecord = Omit<Suggestion, 'state'> & { state: string };

/**
 * The type carrier of the suggestion workflow (类型载体): the record, the roles and the context.
 *
 * @example
 * ```ts
 * import type { SuggestionWorkflowTypes } from 'renda';
 *
 * type R = SuggestionWorkflowTypes['record'];
 * ```
 * @category Suggestion workflow
 */
export interface SuggestionWorkflowTypes {
  /** The suggestion record (any state name, so extensions can add states). */
  readonly record: SuggestionWorkflowRecord;
  /** Who may act. */
  readonly role: SuggestionRole;
  /** The policy. */
  readonly context: SuggestionContext;
}

/**
 * An event of the suggestion workflow as its guards see it (建议办理事件): the discriminated union
 * of the workflow's 22 events, each with its own parsed payload and the workflow's roles. Narrow
 * it by `type` to read a payload.
 *
 * @example
 * ```ts
 * import type { SuggestionEvent } from 'renda';
 *
 * function outcomeOf(event: SuggestionEvent): string | undefined {
 *   return event.type === 'reply' || event.type === 'followUpReply' ? event.payload?.outcomeClass : undefined;
 * }
 * ```
 * @category Suggestion workflow
 */
export type SuggestionEvent = WorkflowEventUnion<SuggestionWorkflowTypes, SuggestionEventPayloads>;
