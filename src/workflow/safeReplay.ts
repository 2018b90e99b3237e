import { deepFreeze } from '../internal/deepFreeze.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import type { HistoryEntry } from './historyEntry.js';
import { badOptions } from './internal/applyEvent.js';
import { replayHistory } from './internal/replayHistory.js';
import { unreadableInput } from './internal/unreadableInput.js';
import type { AnyWorkflow, TransitionError, WorkflowContextOf, WorkflowRecordOf } from './types.js';

/**
 * The options of {@link safeReplay}.
 *
 * @typeParam W - The workflow.
 * @example
 * ```ts
 * import type { AnyWorkflow, ReplayOptions } from 'renda';
 *
 * const options: Omit<ReplayOptions<AnyWorkflow>, 'workflow'> = { context: undefined };
 * ```
 * @category Workflow engine
 */
export interface ReplayOptions<W extends AnyWorkflow> {
  /** The workflow the record runs in. */
  readonly workflow: W;
  /** The context the events were applied with. */
  readonly context: WorkflowContextOf<W>;
}

/**
 * Why a replay stopped: the transition error, and the index of the history entry refused (`-1`
 * when the input as a whole is refused: no workflow, a history that is not an array, an initial
 * record without a state and a history, or an input that could not be read).
 *
 * @example
 * ```ts
 * import type { ReplayError } from 'renda';
 *
 * function where(error: ReplayError): string {
 *   return `entry ${error.index}: ${error.code}`;
 * }
 * ```
 * @category Workflow engine
 */
export type ReplayError = TransitionError & { readonly index: number };

/**
 * Rebuilds a record from its history (按历史记录重放): applies every entry, in order, as an event
 * (type, payload, actor, `at`, `recordedAt`) to the initial record.
 *
 * @remarks
 * History is the truth: for a record built by {@link safeTransition} from `initial`,
 * `safeReplay(initial, record.history)` deep-equals the record. Use it to audit a stored record, to
 * rebuild after a bug fix in an effect, or to check a migration. It needs the same context the
 * events were applied with, and payload schemas that are idempotent. The first refused entry
 * stops the replay, with its `index`. It takes time linear in the history (no step copies the
 * entries before it). Never throws, whatever it is given.
 *
 * @typeParam W - The workflow.
 * @typeParam TRecord - The record type.
 * @param initial - The record before its first event (usually with an empty history).
 * @param history - The entries to apply, oldest first.
 * @param options - The workflow and the context.
 * @returns The rebuilt record, or the first refusal with its index.
 *
 * @example
 * ```ts
 * import { defineWorkflow, safeReplay, transition, type WorkflowRecord } from 'renda';
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
 * const rebuilt = safeReplay(initial, record.history, options);
 * console.log(rebuilt.ok && rebuilt.value.state); // 'done'
 * ```
 * @category Workflow engine
 */
export function safeReplay<W extends AnyWorkflow, TRecord extends WorkflowRecordOf<W>>(
  initial: TRecord,
  history: readonly HistoryEntry[],
  options: ReplayOptions<W>,
): Result<TRecord, ReplayError> {
  return neverThrow<TRecord, ReplayError>(
    () => {
      if (typeof options !== 'object' || options === null) {
        const error = badOptions(options, '') as TransitionError;
        return Object.freeze({ ok: false, error: deepFreeze({ ...error, index: -1 }) });
      }
      const { workflow, context } = options;
      const result = replayHistory(initial, history, workflow, () => ({ ok: true, context }));
      return result.ok
        ? Object.freeze({ ok: true, value: result.value as TRecord })
        : Object.freeze({ ok: false, error: deepFreeze(result.error) });
    },
    (thrown) => deepFreeze({ ...unreadableInput(undefined, thrown), index: -1 }),
  );
}
