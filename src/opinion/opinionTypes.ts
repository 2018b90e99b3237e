import type { ConstituentOpinion } from '../model/constituentOpinion.js';
import type { WorkflowEventUnion } from '../workflow/types.js';
import type { OpinionEventPayloads } from './internal/payloads.js';
import type { OpinionPolicy } from './opinionPolicy.js';

/**
 * The roles of the opinion workflow (群众意见办理角色), from the roles vocabulary: the liaison
 * office or station staff (代表工作机构: screen, classify, assign, feed back, call back), a
 * deputy who received the opinion (代表: screen and answer on the spot, feed back), the handling
 * unit (承办单位), a supervisor (督办者) and the system (系统: automatic reminders and callbacks).
 *
 * @example
 * ```ts
 * import { OPINION_ROLES } from 'renda';
 *
 * console.log(OPINION_ROLES.includes('handlingUnit')); // true
 * ```
 * @category Opinion workflow
 */
export const OPINION_ROLES = [
  'liaisonOffice',
  'deputy',
  'handlingUnit',
  'supervisor',
  'system',
] as const;

/**
 * One of {@link OPINION_ROLES}.
 *
 * @example
 * ```ts
 * import type { OpinionRole } from 'renda';
 *
 * const role: OpinionRole = 'supervisor';
 * ```
 * @category Opinion workflow
 */
export type OpinionRole = (typeof OPINION_ROLES)[number];

/**
 * What the opinion workflow's guards and effects read besides the record (办理规则): the
 * jurisdiction's {@link OpinionPolicy}.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, type OpinionContext } from 'renda';
 *
 * const context: OpinionContext = { policy: defaultOpinionPolicy };
 * ```
 * @category Opinion workflow
 */
export interface OpinionContext {
  /** The jurisdiction's rules for opinions. */
  readonly policy: OpinionPolicy;
}

/**
 * The record the opinion workflow runs on (流程中的群众意见): a {@link ConstituentOpinion} whose
 * `state` may also be a state an extension adds.
 *
 * @example
 * ```ts
 * import type { ConstituentOpinion, OpinionWorkflowRecord } from 'renda';
 *
 * const widen = (o: ConstituentOpinion): OpinionWorkflowRecord => o;
 * ```
 * @category Opinion workflow
 */
export type OpinionWorkflowRecord = Omit<ConstituentOpinion, 'state'> & { state: string };

/**
 * The type carrier of the opinion workflow (类型载体): the record, the roles and the context.
 *
 * @example
 * ```ts
 * import type { OpinionWorkflowTypes } from 'renda';
 *
 * type Context = OpinionWorkflowTypes['context'];
 * ```
 * @category Opinion workflow
 */
export interface OpinionWorkflowTypes {
  /** The opinion record (any state name, so extensions can add states). */
  readonly record: OpinionWorkflowRecord;
  /** Who may act. */
  readonly role: OpinionRole;
  /** The policy. */
  readonly context: OpinionContext;
}

/**
 * An event of the opinion workflow as its guards see it (群众意见事件): the discriminated union of
 * its events, each with its own parsed payload. Narrow it by `type` to read a payload.
 *
 * @example
 * ```ts
 * import type { OpinionEvent } from 'renda';
 *
 * const outcomeOf = (event: OpinionEvent) => (event.type === 'handle' ? event.payload?.outcome : undefined);
 * ```
 * @category Opinion workflow
 */
export type OpinionEvent = WorkflowEventUnion<OpinionWorkflowTypes, OpinionEventPayloads>;
