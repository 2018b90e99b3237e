import { deepFreeze } from '../internal/deepFreeze.js';
import { quote } from '../internal/quote.js';
import type { BilingualText } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationIssue } from '../model/shared/validationError.js';
import type { HistoryEntry } from './historyEntry.js';
import { inputFields, inputIssue } from './internal/inputProblems.js';
import { unreadableInput } from './internal/unreadableInput.js';
import {
  safeTransition,
  type TransitionEventInput,
  type TransitionOptions,
} from './safeTransition.js';
import type { AnyWorkflow, TransitionError, WorkflowRecordOf } from './types.js';

/**
 * One record a batch refused (批量中被拒绝的一件): its place in the batch, its `id` when it has
 * one, and why — the {@link TransitionError} `safeTransition` gives it, or `INVALID_INPUT` when
 * the same record appears twice.
 *
 * @example
 * ```ts
 * import type { BatchRefusal } from 'renda';
 *
 * const refusal: BatchRefusal = {
 *   index: 3,
 *   id: 'S-0004',
 *   error: { code: 'GUARD_FAILED', event: 'publish', message: { 'zh-Hans': '代表要求不公开', en: 'the deputy asked that it not be published' } },
 * };
 * ```
 * @category Workflow engine
 */
export interface BatchRefusal {
  /** The record's index in the batch. */
  readonly index: number;
  /** The record's `id`, when it has a string one. */
  readonly id?: string;
  /** Why it was refused. */
  readonly error: TransitionError;
}

/**
 * Why a batch was not applied (批量操作未执行): `INVALID_INPUT` (records or events not usable as
 * a batch: not a list, events of another length than the records) or `BATCH_REFUSED` (some
 * records refused: every one listed in `refusals`, and no record changed).
 *
 * @example
 * ```ts
 * import type { BatchTransitionError } from 'renda';
 *
 * const refused = (error: BatchTransitionError) => error.refusals.map((r) => r.index);
 * ```
 * @category Workflow engine
 */
export interface BatchTransitionError {
  /** The machine code. */
  readonly code: 'INVALID_INPUT' | 'BATCH_REFUSED';
  /** What went wrong, in Chinese and English (naming the first refusal). */
  readonly message: BilingualText;
  /** Every refused record, in batch order (empty for `INVALID_INPUT`). */
  readonly refusals: readonly BatchRefusal[];
  /** Field-level issues (`INVALID_INPUT`). */
  readonly issues?: readonly ValidationIssue[];
}

/**
 * What an applied batch gives (批量操作结果): the new records and their history entries, in batch
 * order.
 *
 * @typeParam TRecord - The record type.
 * @example
 * ```ts
 * import type { BatchTransition, WorkflowRecord } from 'renda';
 *
 * const states = (batch: BatchTransition<WorkflowRecord>) => batch.records.map((r) => r.state);
 * ```
 * @category Workflow engine
 */
export interface BatchTransition<TRecord> {
  /** The new records, in the order given. */
  readonly records: readonly TRecord[];
  /** The history entry appended to each, in the same order. */
  readonly entries: readonly HistoryEntry[];
}

const MESSAGES = {
  notAList: { 'zh-Hans': '批量记录须为数组', en: 'the records must be an array' },
  eventCount: (events: number, records: number): BilingualText => ({
    'zh-Hans': `事件有 ${events} 个，记录有 ${records} 件：逐件事件须与记录一一对应`,
    en: `${events} events for ${records} records: events given per record must match the records one to one`,
  }),
  duplicate: (first: number): BilingualText => ({
    'zh-Hans': `同一记录在批量中出现两次（与第 ${first} 件相同）`,
    en: `the same record appears twice in the batch (as record ${first})`,
  }),
  refused: (count: number, total: number, first: BatchRefusal): BilingualText => ({
    'zh-Hans': `批量操作未执行：${total} 件中有 ${count} 件被拒绝（第 ${first.index} 件${first.id === undefined ? '' : `「${quote(first.id)}」`}：${first.error.message['zh-Hans']}）`,
    en: `the batch was not applied: ${count} of ${total} records were refused (record ${first.index}${first.id === undefined ? '' : ` "${quote(first.id)}"`}: ${first.error.message.en})`,
  }),
} as const;

function invalid(message: BilingualText, path: string): Result<never, BatchTransitionError> {
  const issues = [inputIssue([path], inputFields.input, message)];
  return Object.freeze({
    ok: false as const,
    error: deepFreeze<BatchTransitionError>({
      code: 'INVALID_INPUT',
      message,
      refusals: [],
      issues,
    }),
  });
}

function idOf(record: unknown): string | undefined {
  const id = (record as { readonly id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function applyAll(
  records: unknown,
  event: unknown,
  options: unknown,
): Result<BatchTransition<unknown>, BatchTransitionError> {
  if (!Array.isArray(records)) return invalid(MESSAGES.notAList, 'records');
  const perRecord = Array.isArray(event);
  if (perRecord && event.length !== records.length)
    return invalid(MESSAGES.eventCount(event.length, records.length), 'event');
  const out: unknown[] = [];
  const entries: HistoryEntry[] = [];
  const refusals: BatchRefusal[] = [];
  const seen = new Map<unknown, number>();
  records.forEach((record: unknown, index) => {
    const id = idOf(record);
    const one = perRecord ? (event as readonly unknown[])[index] : event;
    // Two changes computed from the same stored record would each drop the other's entry.
    const key = id ?? record;
    const first = seen.get(key);
    if (first !== undefined) {
      const error: TransitionError = {
        code: 'INVALID_INPUT',
        message: MESSAGES.duplicate(first),
        event: quote((one as { readonly type?: unknown } | null | undefined)?.type),
      };
      refusals.push(id === undefined ? { index, error } : { index, id, error });
      return;
    }
    seen.set(key, index);
    const result = safeTransition(
      record as never,
      one as never,
      options as TransitionOptions<AnyWorkflow>,
    );
    if (result.ok) {
      out.push(result.value.record);
      entries.push(result.value.entry);
    } else {
      refusals.push(
        id === undefined ? { index, error: result.error } : { index, id, error: result.error },
      );
    }
  });
  const first = refusals[0];
  if (first !== undefined) {
    const message = MESSAGES.refused(refusals.length, records.length, first);
    return Object.freeze({
      ok: false as const,
      error: deepFreeze<BatchTransitionError>({ code: 'BATCH_REFUSED', message, refusals }),
    });
  }
  return Object.freeze({
    ok: true as const,
    value: Object.freeze({ records: Object.freeze(out), entries: Object.freeze(entries) }),
  });
}

/**
 * Applies an event to many records at once, all or nothing (批量流转): one event for every
 * record, or one per record, with the same actor, times and context — the 交办会 assigning
 * hundreds of suggestions, or the publication of a batch.
 *
 * @remarks
 * Each record goes through {@link safeTransition} exactly as it would alone (same checks, same
 * order, same errors). If any record is refused, none changes: the error lists every refused
 * record with its index, its `id` and its {@link TransitionError}, so the office can fix them
 * all before trying again. A record that appears twice (the same `id`, or the same object) is
 * refused, since each change would drop the other's entry. Otherwise the value holds the new
 * records and their entries in batch order; the caller stores them together (one database
 * transaction). `event` as a list must have one event per record. Linear in the batch; never
 * throws, whatever it is given.
 *
 * @typeParam W - The workflow.
 * @typeParam TRecord - The record type.
 * @param records - The records to change.
 * @param event - One event for all, or a list with one event per record.
 * @param options - The workflow, the actor, `at`, `recordedAt` and the context, shared by all.
 * @returns The new records and entries, or a {@link BatchTransitionError}.
 * @example
 * ```ts
 * import { safeTransitionMany, suggestionWorkflow } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy } = generateSample({ seed: 1, size: 'town' });
 * const replied = suggestions.filter((s) => s.state === 'replied' && s.publication === undefined);
 * const options = {
 *   workflow: suggestionWorkflow,
 *   actor: { role: 'liaisonOffice', id: 'OFFICE' },
 *   at: '2026-12-01T10:00:00+08:00',
 *   context: { policy },
 * } as const;
 * const result = safeTransitionMany(replied, { type: 'publish', payload: { mode: 'full' } }, options);
 * // One confidential item refuses the whole batch, and names itself.
 * if (!result.ok) console.log(result.error.code, result.error.refusals[0]?.error.code); // 'BATCH_REFUSED' 'GUARD_FAILED'
 * ```
 * @category Workflow engine
 */
export function safeTransitionMany<W extends AnyWorkflow, TRecord extends WorkflowRecordOf<W>>(
  records: readonly TRecord[],
  event: TransitionEventInput<W> | readonly TransitionEventInput<W>[],
  options: TransitionOptions<W>,
): Result<BatchTransition<TRecord>, BatchTransitionError> {
  return neverThrow<BatchTransition<TRecord>, BatchTransitionError>(
    () =>
      applyAll(records, event, options) as Result<BatchTransition<TRecord>, BatchTransitionError>,
    (thrown) => {
      const error = unreadableInput(undefined, thrown);
      return deepFreeze({
        code: 'INVALID_INPUT',
        message: error.message,
        refusals: [],
        ...(error.issues ? { issues: error.issues } : {}),
      });
    },
  );
}

/**
 * Applies an event to many records at once, all or nothing (批量流转), like
 * {@link safeTransitionMany}, but throws when any record is refused.
 *
 * @typeParam W - The workflow.
 * @typeParam TRecord - The record type.
 * @param records - The records to change.
 * @param event - One event for all, or a list with one event per record.
 * @param options - The workflow, the actor, `at`, `recordedAt` and the context, shared by all.
 * @returns The new records and their entries, in batch order.
 * @throws RendaError with code `BATCH_REFUSED` (every refusal in `error.detail.refusals`) or
 *   `INVALID_INPUT`.
 * @example
 * ```ts
 * import { transitionMany, suggestionWorkflow } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy } = generateSample({ seed: 1, size: 'town' });
 * const registered = suggestions.filter((s) => s.state === 'registered');
 * // 交办会: each item to its unit, all at once.
 * const events = registered.map((s, i) => ({
 *   type: 'assign' as const,
 *   payload: { units: [{ unitId: i % 2 === 0 ? 'U-TRANSPORT' : 'U-EDUCATION', role: 'sole' as const }] },
 * }));
 * const { records } = transitionMany(registered, events, {
 *   workflow: suggestionWorkflow,
 *   actor: { role: 'liaisonOffice', id: 'OFFICE' },
 *   at: '2026-03-20T09:00:00+08:00',
 *   context: { policy },
 * });
 * console.log(records.every((r) => r.state === 'assigned')); // true
 * ```
 * @category Workflow engine
 */
export function transitionMany<W extends AnyWorkflow, TRecord extends WorkflowRecordOf<W>>(
  records: readonly TRecord[],
  event: TransitionEventInput<W> | readonly TransitionEventInput<W>[],
  options: TransitionOptions<W>,
): BatchTransition<TRecord> {
  const result = safeTransitionMany<W, TRecord>(records, event, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
