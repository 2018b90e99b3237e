/**
 * Whether, under a context, a role may act on another's behalf (代为操作) for an event: the rule a
 * workflow declares once, so no event can forget it.
 *
 * @remarks
 * An event's `agentRoles` says who could ever send it for another; when the workflow has an
 * `agentPolicy`, the engine also asks `allows(context, event, agentRole)` before anything else
 * about an actor with `onBehalfOf`, and refuses with `FORBIDDEN` when it says no. The suggestion
 * workflow reads `policy.onBehalf`, so each jurisdiction decides. An extension keeps its base's
 * agent policy.
 *
 * @typeParam TContext - The workflow's context type.
 * @example
 * ```ts
 * import type { AgentPolicySpec } from 'renda';
 *
 * const spec: AgentPolicySpec<{ paperEvents: readonly string[] }> = {
 *   allows: (context, event) => context.paperEvents.includes(event),
 * };
 * ```
 * @category Workflow engine
 */
export interface AgentPolicySpec<TContext = unknown> {
  /** Whether `agentRole` may send `event` on another's behalf under `context`. */
  readonly allows: (context: TContext, event: string, agentRole: string) => boolean;
}
