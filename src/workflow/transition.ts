import { RendaError } from '../model/shared/validationError.js';
import type { HistoryEntry } from './historyEntry.js';
import {
  safeTransition,
  type TransitionEventInput,
  type TransitionOptions,
} from './safeTransition.js';
import type { AnyWorkflow, WorkflowRecordOf } from './types.js';

/**
 * Applies one event to a record (流转) like {@link safeTransition}, but throws when it is refused.
 *
 * @remarks The thrown `RendaError` carries the same code (`error.code`) and bilingual message,
 * and the whole {@link TransitionError} in `error.detail`.
 * @typeParam W - The workflow.
 * @typeParam TRecord - The record type.
 * @param record - The record to change.
 * @param event - The event's type and raw payload.
 * @param options - The workflow, the actor, `at`, `recordedAt` and the context.
 * @returns The new record and its history entry.
 * @throws RendaError with the transition error's code.
 *
 * @example
 * ```ts
 * import { defineWorkflow, RendaError, transition, type WorkflowRecord } from 'renda';
 *
 * const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
 * const workflow = defineWorkflow({
 *   id: 'ticket',
 *   version: 1,
 *   types: {} as { record: WorkflowRecord; role: 'clerk' | 'guest'; context: undefined },
 *   initial: 'open',
 *   states: {
 *     open: { label: label('待处理', 'Open'), category: 'open' },
 *     done: { label: label('已办结', 'Done'), category: 'closed', terminal: true },
 *   },
 *   events: { close: { label: label('办结', 'Close'), from: ['open'], to: 'done', roles: ['clerk'] } },
 * });
 *
 * try {
 *   transition({ state: 'open', history: [] }, { type: 'close' }, {
 *     workflow,
 *     actor: { role: 'guest', id: 'G-1' },
 *     at: '2025-03-01T10:00:00+08:00',
 *     context: undefined,
 *   });
 * } catch (error) {
 *   if (error instanceof RendaError) console.log(error.code); // 'FORBIDDEN'
 * }
 * ```
 * @category Workflow engine
 */
export function transition<W extends AnyWorkflow, TRecord extends WorkflowRecordOf<W>>(
  record: TRecord,
  event: TransitionEventInput<W>,
  options: TransitionOptions<W>,
): { readonly record: TRecord; readonly entry: HistoryEntry } {
  const result = safeTransition<W, TRecord>(record, event, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
