import { quote } from '../../internal/quote.js';
import { RendaError } from '../../model/shared/validationError.js';
import type { AnyWorkflow } from '../types.js';

/**
 * The workflows `defineWorkflow` and `extendWorkflow` made. Only they were checked and frozen, so
 * only they are trusted by the functions that read a workflow's tables; a WeakSet lookup runs no
 * code of the value asked about (a Proxy's traps stay silent) and keeps nothing alive.
 */
const defined = /* @__PURE__ */ new WeakSet<object>();

/** Records a checked, frozen workflow as made here. */
export function markDefined<T extends object>(workflow: T): T {
  defined.add(workflow);
  return workflow;
}

/** Whether `value` is a workflow made by `defineWorkflow` or `extendWorkflow`. */
export function isDefinedWorkflow(value: unknown): value is AnyWorkflow {
  return typeof value === 'object' && value !== null && defined.has(value);
}

/** The `INVALID_WORKFLOW` error for a value that is not a workflow, passed to `fn`. */
export function notAWorkflow(fn: string, value: unknown): RendaError {
  const shown = typeof value === 'object' && value !== null ? '[object]' : quote(value);
  return new RendaError({
    code: 'INVALID_WORKFLOW',
    message: {
      'zh-Hans': `${fn} 须传入由 defineWorkflow 或 extendWorkflow 定义的流程，收到 ${shown}`,
      en: `${fn} needs a workflow made by defineWorkflow or extendWorkflow; got ${shown}`,
    },
  });
}

/** Throws the `INVALID_WORKFLOW` error unless `value` is a workflow made here. */
export function assertWorkflow(fn: string, value: unknown): asserts value is AnyWorkflow {
  if (!isDefinedWorkflow(value)) throw notAWorkflow(fn, value);
}
