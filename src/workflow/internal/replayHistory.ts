import { frozenCopy, workingCopy } from '../../internal/deepFreeze.js';
import type { Result } from '../../model/shared/result.js';
import type { HistoryEntry } from '../historyEntry.js';
import type { TransitionError, WorkflowRecord } from '../types.js';
import {
  applyEvent,
  badOptions,
  InPlaceRefused,
  isPlainData,
  type ReplayLog,
} from './applyEvent.js';
import { inputFields, inputIssue } from './inputProblems.js';
import { engineDetails } from './messages.js';

/** A refused replay: the transition error and the index of the entry (-1: the input itself). */
export type LooseReplayError = TransitionError & { readonly index: number };

/** The context an entry is applied with, chosen per entry (verification resolves it by rules). */
export type ContextFor = (
  record: WorkflowRecord,
  entry: HistoryEntry,
  index: number,
) =>
  | { readonly ok: true; readonly context: unknown }
  | { readonly ok: false; readonly error: TransitionError };

const notAnArray = {
  'zh-Hans': '历史记录须为数组',
  en: 'the history must be an array',
};

function refuse(error: TransitionError, index: number): Result<never, LooseReplayError> {
  return { ok: false, error: { ...error, index } };
}

/**
 * Replays `history` on `initial` in time linear in the history: every step appends to one
 * growing array (see {@link ReplayLog}) and the array is frozen once at the end, so no step
 * copies the entries before it, and effects write to the replay's own copy of the record (see
 * {@link ReplayLog}). `onStep` sees each intermediate record: read it only during the call, for
 * the next step changes it in place. A replay whose effects cannot run in place starts again
 * through immer, so `onStep` may see index 0 a second time: start over then. Throws what hostile
 * inputs throw; the public functions catch it.
 */
export function replayHistory(
  initial: WorkflowRecord,
  history: unknown,
  workflow: unknown,
  contextFor: ContextFor,
  onStep?: (record: WorkflowRecord, index: number) => void,
): Result<WorkflowRecord, LooseReplayError> {
  const invalid = badOptions({ workflow }, '');
  if (invalid) return refuse(invalid, -1);
  if (!Array.isArray(history)) {
    return refuse(
      {
        code: 'INVALID_INPUT',
        message: notAnArray,
        event: '',
        issues: [inputIssue(['history'], inputFields.history, notAnArray)],
      },
      -1,
    );
  }
  if (
    typeof initial !== 'object' ||
    initial === null ||
    typeof initial.state !== 'string' ||
    !Array.isArray(initial.history) ||
    (!Object.isFrozen(initial) && !isPlainData(initial, 0))
  ) {
    return refuse(
      {
        code: 'INVALID_INPUT',
        message: engineDetails.malformedRecord,
        event: '',
        issues: [inputIssue([], inputFields.record, engineDetails.malformedRecord)],
      },
      -1,
    );
  }
  try {
    return replayFrom(initial, history as readonly unknown[], workflow, contextFor, true, onStep);
  } catch (error) {
    if (!(error instanceof InPlaceRefused)) throw error;
  }
  return replayFrom(initial, history as readonly unknown[], workflow, contextFor, false, onStep);
}

/**
 * One pass of a replay. In place (see {@link ReplayLog}), the steps write to a working copy of
 * `initial` that nothing else holds; otherwise each step is an immer produce on the one before.
 */
function replayFrom(
  initial: WorkflowRecord,
  entries: readonly unknown[],
  workflow: unknown,
  contextFor: ContextFor,
  inPlace: boolean,
  onStep: ((record: WorkflowRecord, index: number) => void) | undefined,
): Result<WorkflowRecord, LooseReplayError> {
  // The initial record's entries are copied when they are not frozen (never frozen in place:
  // they are the caller's), as the record's other fields are at the end.
  const log: ReplayLog = { entries: initial.history.map(frozenCopy), inPlace };
  let record: WorkflowRecord = {
    ...(inPlace ? workingCopy({ ...initial, history: [] }) : initial),
    history: log.entries,
  };
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as HistoryEntry;
    const chosen = contextFor(record, entry, index);
    if (!chosen.ok) return refuse(chosen.error, index);
    const event =
      entry?.payload === undefined
        ? { type: entry?.type }
        : { type: entry.type, payload: entry.payload };
    const applied = applyEvent(
      record,
      event,
      {
        workflow,
        context: chosen.context,
        actor: entry?.actor,
        at: entry?.at,
        recordedAt: entry?.recordedAt,
      },
      log,
    );
    if (!applied.ok) return refuse(applied.error, index);
    record = applied.record;
    onStep?.(record, index);
  }
  Object.freeze(log.entries);
  return { ok: true, value: frozenCopy(record) };
}
