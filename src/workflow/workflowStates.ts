import { deepFreeze } from '../internal/deepFreeze.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import { isDefinedWorkflow, notAWorkflow } from './internal/definedWorkflows.js';
import type { AnyWorkflow, WorkflowDefinitionError, WorkflowStateOf } from './types.js';

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
  const result = safeWorkflowStates(workflow);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/** The state names of a checked workflow. */
function statesOf<W extends AnyWorkflow>(workflow: W): readonly WorkflowStateOf<W>[] {
  return Object.freeze(Object.keys(workflow.states)) as readonly WorkflowStateOf<W>[];
}

/**
 * {@link workflowStates} without throwing (its checked twin).
 *
 * @remarks Never throws, whatever it is given: a value that is not a workflow made by
 * {@link defineWorkflow} or {@link extendWorkflow} (a Proxy, a look-alike object, `null`) comes
 * back as `{ ok: false, error }` with code `INVALID_WORKFLOW`.
 * @param workflow - The workflow.
 * @returns `{ ok: true, value }` with what {@link workflowStates} returns, or `{ ok: false, error }`.
 *
 * @example
 * ```ts
 * import { safeWorkflowStates, suggestionWorkflow } from 'renda';
 *
 * const states = safeWorkflowStates(suggestionWorkflow);
 * if (states.ok) console.log(states.value.includes('draft')); // true
 * console.log(safeWorkflowStates({} as never).ok); // false
 * ```
 * @category Workflow engine
 */
export function safeWorkflowStates<W extends AnyWorkflow>(
  workflow: W,
): Result<readonly WorkflowStateOf<W>[], WorkflowDefinitionError> {
  return neverThrow<readonly WorkflowStateOf<W>[], WorkflowDefinitionError>(
    () => {
      if (!isDefinedWorkflow(workflow)) {
        const { message } = notAWorkflow('workflowStates', workflow).detail;
        return deepFreeze({
          ok: false as const,
          error: { code: 'INVALID_WORKFLOW' as const, message },
        });
      }
      return Object.freeze({ ok: true as const, value: statesOf(workflow) });
    },
    () =>
      deepFreeze({
        code: 'INVALID_WORKFLOW' as const,
        message: {
          'zh-Hans': 'workflowStates 须传入由 defineWorkflow 或 extendWorkflow 定义的流程',
          en: 'workflowStates needs a workflow made by defineWorkflow or extendWorkflow',
        },
      }),
  );
}
