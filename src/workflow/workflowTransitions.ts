import { deepFreeze } from '../internal/deepFreeze.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import { isDefinedWorkflow, notAWorkflow } from './internal/definedWorkflows.js';
import type { LooseEventSpec } from './internal/eventChecks.js';
import { sourcesOf, targetsFrom } from './internal/eventTargets.js';
import type {
  AnyWorkflow,
  WorkflowDefinitionError,
  WorkflowEventNameOf,
  WorkflowStateOf,
} from './types.js';

/**
 * One transition a workflow's definition allows (可能的流转): an event leading from one state to
 * another, or keeping the record where it is (`from === to`, a self-transition).
 *
 * @typeParam W - The workflow.
 * @example
 * ```ts
 * import type { AnyWorkflow, WorkflowTransition } from 'renda';
 *
 * const isMove = (t: WorkflowTransition<AnyWorkflow>) => t.from !== t.to;
 * ```
 * @category Workflow engine
 */
export interface WorkflowTransition<W extends AnyWorkflow> {
  /** The state the event leaves. */
  readonly from: WorkflowStateOf<W>;
  /** The event. */
  readonly event: WorkflowEventNameOf<W>;
  /** The state it leads to; equal to `from` when the event keeps the state. */
  readonly to: WorkflowStateOf<W>;
}

/**
 * Every transition a workflow's definition allows (流转表), read from the data without running
 * code: for each event in definition order, each state it may leave and each state it may lead
 * to from there.
 *
 * @remarks
 * `'*'` in `from` is every non-terminal state. An event without `to` stays: one self-transition
 * per source state. A function `to` contributes its declared `targets` (per source, when given
 * as a map). This is the table {@link toMermaid} draws; use it for tests, docs or a screen that
 * explains the rules.
 *
 * @param workflow - The workflow.
 * @returns The transitions, frozen.
 * @throws RendaError `INVALID_WORKFLOW` when `workflow` was not made by {@link defineWorkflow} or
 * {@link extendWorkflow}.
 *
 * @example
 * ```ts
 * import { defineWorkflow, workflowTransitions, type WorkflowRecord } from 'renda';
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
 *   events: {
 *     remind: { label: label('催办', 'Remind'), from: ['open'], roles: ['clerk'] },
 *     close: { label: label('办结', 'Close'), from: ['open'], to: 'done', roles: ['clerk'] },
 *   },
 * });
 *
 * console.log(workflowTransitions(workflow));
 * // [{ from: 'open', event: 'remind', to: 'open' }, { from: 'open', event: 'close', to: 'done' }]
 * ```
 * @category Workflow engine
 */
export function workflowTransitions<W extends AnyWorkflow>(
  workflow: W,
): readonly WorkflowTransition<W>[] {
  const result = safeWorkflowTransitions(workflow);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/** The transitions of a checked workflow. */
function transitionsOf<W extends AnyWorkflow>(workflow: W): readonly WorkflowTransition<W>[] {
  const out: WorkflowTransition<W>[] = [];
  for (const [event, raw] of Object.entries(workflow.events)) {
    const spec = raw as unknown as LooseEventSpec;
    // Written only by replays (an import's adoption entry): not a move of the process.
    if (spec.replayOnly === true) continue;
    for (const from of sourcesOf(workflow, spec)) {
      for (const to of targetsFrom(spec, from)) {
        out.push(Object.freeze({ from, event, to }) as WorkflowTransition<W>);
      }
    }
  }
  return Object.freeze(out);
}

/**
 * {@link workflowTransitions} without throwing (its checked twin).
 *
 * @remarks Never throws, whatever it is given: a value that is not a workflow made by
 * {@link defineWorkflow} or {@link extendWorkflow} (a Proxy, a look-alike object, `null`) comes
 * back as `{ ok: false, error }` with code `INVALID_WORKFLOW`.
 * @param workflow - The workflow.
 * @returns `{ ok: true, value }` with what {@link workflowTransitions} returns, or `{ ok: false, error }`.
 *
 * @example
 * ```ts
 * import { safeWorkflowTransitions, suggestionWorkflow } from 'renda';
 *
 * const transitions = safeWorkflowTransitions(suggestionWorkflow);
 * if (transitions.ok) console.log(transitions.value.some((t) => t.event === 'submit')); // true
 * console.log(safeWorkflowTransitions(null as never).ok); // false
 * ```
 * @category Workflow engine
 */
export function safeWorkflowTransitions<W extends AnyWorkflow>(
  workflow: W,
): Result<readonly WorkflowTransition<W>[], WorkflowDefinitionError> {
  return neverThrow<readonly WorkflowTransition<W>[], WorkflowDefinitionError>(
    () => {
      if (!isDefinedWorkflow(workflow)) {
        const { message } = notAWorkflow('workflowTransitions', workflow).detail;
        return deepFreeze({
          ok: false as const,
          error: { code: 'INVALID_WORKFLOW' as const, message },
        });
      }
      return Object.freeze({ ok: true as const, value: transitionsOf(workflow) });
    },
    () =>
      deepFreeze({
        code: 'INVALID_WORKFLOW' as const,
        message: {
          'zh-Hans': 'workflowTransitions 须传入由 defineWorkflow 或 extendWorkflow 定义的流程',
          en: 'workflowTransitions needs a workflow made by defineWorkflow or extendWorkflow',
        },
      }),
  );
}
