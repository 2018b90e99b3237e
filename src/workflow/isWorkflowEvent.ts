import { isDefinedWorkflow } from './internal/definedWorkflows.js';
import type { AnyWorkflow, WorkflowEventNameOf } from './types.js';

/**
 * Whether a string names an event of the workflow (是否为流程事件): narrows an event type that
 * arrives as a plain string (from a form or an HTTP request) before calling `safeTransition`.
 *
 * @param workflow - The workflow.
 * @param type - The candidate event name.
 * @returns True when the workflow defines the event; false for anything that is not a workflow
 * made by {@link defineWorkflow} or {@link extendWorkflow}.
 *
 * @example
 * ```ts
 * import { defineWorkflow, isWorkflowEvent, type WorkflowRecord } from 'renda';
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
 * console.log(isWorkflowEvent(workflow, 'close'), isWorkflowEvent(workflow, 'toString')); // true false
 * ```
 * @category Workflow engine
 */
export function isWorkflowEvent<W extends AnyWorkflow>(
  workflow: W,
  type: unknown,
): type is WorkflowEventNameOf<W> {
  return (
    isDefinedWorkflow(workflow) && typeof type === 'string' && Object.hasOwn(workflow.events, type)
  );
}
