import { RendaError } from '../model/shared/validationError.js';
import type { HistoryEntry } from './historyEntry.js';
import { type ReplayOptions, safeReplay } from './safeReplay.js';
import type { AnyWorkflow, WorkflowRecordOf } from './types.js';

/**
 * Rebuilds a record from its history (重放) like {@link safeReplay}, but throws when an entry is
 * refused.
 *
 * @remarks The thrown `RendaError` carries the refused entry's code and bilingual message, and the
 * whole {@link ReplayError} (with its `index`) in `error.detail`.
 * @typeParam W - The workflow.
 * @typeParam TRecord - The record type.
 * @param initial - The record before its first history entry.
 * @param history - The entries to apply, oldest first.
 * @param options - The workflow and the context.
 * @returns The rebuilt record.
 * @throws RendaError with the refused entry's code.
 *
 * @example
 * ```ts
 * import { defineWorkflow, replay, transition, type WorkflowRecord } from 'renda';
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
 * const initial: WorkflowRecord = { state: 'open', history: [] };
 * const options = { workflow, context: undefined };
 * const { record } = transition(initial, { type: 'close' }, {
 *   ...options,
 *   actor: { role: 'clerk', id: 'C-1' },
 *   at: '2025-03-01T10:00:00+08:00',
 * });
 *
 * console.log(replay(initial, record.history, options).state); // 'done'
 * ```
 * @category Workflow engine
 */
export function replay<W extends AnyWorkflow, TRecord extends WorkflowRecordOf<W>>(
  initial: TRecord,
  history: readonly HistoryEntry[],
  options: ReplayOptions<W>,
): TRecord {
  const result = safeReplay<W, TRecord>(initial, history, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
