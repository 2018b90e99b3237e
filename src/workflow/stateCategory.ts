import { isDefinedWorkflow } from './internal/definedWorkflows.js';
import type { AnyWorkflow, StateCategory } from './types.js';

/**
 * The coarse category of a state (状态大类): open (办理中), replied (已答复) or closed
 * (已办结), for dashboards and exchange with other systems.
 *
 * @remarks Returns `undefined` for a name that is not a state of the workflow, and for a
 * `workflow` that was not made by {@link defineWorkflow} or {@link extendWorkflow}; it never throws.
 * @param workflow - The workflow.
 * @param state - A state name, e.g. a record's `state`.
 * @returns The state's category.
 *
 * @example
 * ```ts
 * import { defineWorkflow, stateCategory, type WorkflowRecord } from 'renda';
 *
 * const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
 * const workflow = defineWorkflow({
 *   id: 'ticket',
 *   version: 1,
 *   types: {} as { record: WorkflowRecord; role: 'clerk'; context: undefined },
 *   initial: 'open',
 *   states: {
 *     open: { label: label('待处理', 'Open'), category: 'open' },
 *     done: { label: label('已办结', 'Done'), category: 'closed', terminal: true },
 *   },
 *   events: { close: { label: label('办结', 'Close'), from: ['open'], to: 'done', roles: ['clerk'] } },
 * });
 *
 * console.log(stateCategory(workflow, 'done')); // 'closed'
 * ```
 * @category Workflow engine
 */
export function stateCategory(workflow: AnyWorkflow, state: string): StateCategory | undefined {
  // A query: anything that is not a workflow made by defineWorkflow, or not one of its states,
  // has no category.
  if (!isDefinedWorkflow(workflow) || typeof state !== 'string') return undefined;
  return Object.hasOwn(workflow.states, state) ? workflow.states[state]?.category : undefined;
}
