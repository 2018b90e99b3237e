import type { Label } from '../model/shared/localized.js';
import type { AnyWorkflow, WorkflowEventNameOf, WorkflowRoleOf } from './types.js';

/**
 * What an event is called where a role reads it (按角色的事件名称): the event's label for that role
 * (`roleLabels`), else its one label. A unit's timeline reads `reply` as 答复代表, a deputy's as
 * 收到答复; a role without its own label, or no role, reads the event's label.
 *
 * @param workflow - The workflow.
 * @param type - The event's name.
 * @param role - The role reading it; omit for the event's one label.
 * @returns The label in zh-Hans, zh-Hant and en, or `undefined` for a name the workflow lacks.
 * @example
 * ```ts
 * import { eventLabel, suggestionWorkflow } from 'renda';
 *
 * console.log(eventLabel(suggestionWorkflow, 'reply', 'deputy')?.['zh-Hans']); // '收到答复'
 * console.log(eventLabel(suggestionWorkflow, 'reply', 'handlingUnit')?.['zh-Hans']); // '答复代表'
 * console.log(eventLabel(suggestionWorkflow, 'reply')?.['zh-Hans']); // '答复'
 * ```
 * @category Workflow engine
 */
export function eventLabel<W extends AnyWorkflow>(
  workflow: W,
  type: WorkflowEventNameOf<W>,
  role?: WorkflowRoleOf<W>,
): Label | undefined {
  // A lookup cannot fail: whatever cannot be read is simply not an event of the workflow.
  try {
    if (typeof type !== 'string' || !Object.hasOwn(workflow.events, type)) return undefined;
    const spec = workflow.events[type] as { readonly label: Label; readonly roleLabels?: object };
    const byRole = spec.roleLabels as Readonly<Record<string, Label>> | undefined;
    if (role !== undefined && byRole !== undefined && Object.hasOwn(byRole, role)) {
      return byRole[role];
    }
    return spec.label;
  } catch {
    return undefined;
  }
}
