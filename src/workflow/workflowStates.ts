import { assertWorkflow } from './internal/definedWorkflows.js';
import type { AnyWorkflow, WorkflowStateOf } from './types.js';

/**
 * The names of a workflow's states (流程状态), in definition order.
 *
 * @param workflow - The workflow.
 * @returns The state names.
 * @throws RendaError `INVALID_WORKFLOW` when `workflow` was not made by {@link defineWorkflow} or
 * {@link extendWorkflow}.
 *
 * @example
 * ```ts
 * import { defineWorkflow, workflowStates, type WorkflowRecord } from 'renda';
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
 * console.log(workflowStates(workflow)); // ['open', 'done']
 * ```
 * @category Workflow engine
 */
export function workflowStates<W extends AnyWorkflow>(workflow: W): readonly WorkflowStateOf<W>[] {
  assertWorkflow('workflowStates', workflow);
  return Object.freeze(Object.keys(workflow.states)) as readonly WorkflowStateOf<W>[];
}
