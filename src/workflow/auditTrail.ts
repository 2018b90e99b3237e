import { deepFreeze } from '../internal/deepFreeze.js';
import { quote } from '../internal/quote.js';
import type { Label } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import type { HistoryEntry } from './historyEntry.js';
import { badOptions } from './internal/applyEvent.js';
import { engineDetails } from './internal/messages.js';
import { type ContextFor, replayHistory } from './internal/replayHistory.js';
import { unreadableInput } from './internal/unreadableInput.js';
import type { ReplayError } from './safeReplay.js';
import type { AnyWorkflow, TransitionError, WorkflowContextOf, WorkflowRecordOf } from './types.js';

/**
 * One row of a redacted audit trail (审计轨迹): who did what, when, and what it changed — from a
 * history entry, without its payload.
 *
 * @remarks
 * Only the role and id of who acted (and of whom they acted for), never a name, phone, address,
 * id-card number or any text written by a deputy or constituent: those live in payloads, and no
 * payload field is copied. An id is whatever the application uses as its key; keep it a key, not
 * a name, and the rows carry no personal data.
 * @example
 * ```ts
 * import type { AuditTrailRow } from 'renda';
 *
 * const row: AuditTrailRow = {
 *   index: 0,
 *   event: 'submit',
 *   eventLabel: { 'zh-Hans': '提交', 'zh-Hant': '提交', en: 'Submit' },
 *   actor: { role: 'deputy', id: 'D-1' },
 *   at: '2025-03-05T01:00:00.000Z',
 *   recordedAt: '2025-03-05T01:00:00.000Z',
 *   stateBefore: 'draft',
 *   stateAfter: 'submitted',
 * };
 * ```
 * @category Workflow engine
 */
export interface AuditTrailRow {
  /** The history entry's index, oldest first. */
  readonly index: number;
  /** 事件类型. */
  readonly event: string;
  /** 事件名称, from the workflow. */
  readonly eventLabel: Label;
  /** 操作者: role and id only (and whom they acted for). */
  readonly actor: {
    readonly role: string;
    readonly id: string;
    readonly onBehalfOf?: { readonly role: string; readonly id: string };
  };
  /** 发生时间 (canonical UTC). */
  readonly at: string;
  /** 登记时间 (canonical UTC). */
  readonly recordedAt: string;
  /** 操作前状态. */
  readonly stateBefore: string;
  /** 操作后状态. */
  readonly stateAfter: string;
  /** 摘要: the entry's digest in the record's `historyChain`, when it has one for the entry. */
  readonly digest?: string;
}

/**
 * The options of {@link safeAuditTrail}: the workflow, the record before its first entry, and the
 * context its events ran with (as for `safeReplay`), or `contextOf`, which gives each entry's.
 *
 * @remarks `contextOf` is for a record whose entries ran under different contexts: a suggestion
 * migrated between rules versions (规则迁移) takes `contextOf: suggestionContextOf(registry)`. A
 * `contextOf` that throws stops the trail at that entry (`INVALID_INPUT`, with a `RendaError`'s
 * message).
 * @typeParam W - The workflow.
 * @example
 * ```ts
 * import type { AnyWorkflow, AuditTrailOptions } from 'renda';
 *
 * const options: Omit<AuditTrailOptions<AnyWorkflow>, 'workflow'> = {
 *   initial: { state: 'open', history: [] },
 *   context: undefined,
 * };
 * ```
 * @category Workflow engine
 */
export type AuditTrailOptions<W extends AnyWorkflow> = {
  /** The workflow the record runs in. */
  readonly workflow: W;
  /** The record before its first history entry (for a suggestion, `initialSuggestionOf`). */
  readonly initial: WorkflowRecordOf<W>;
} & (
  | {
      /** The context every event ran with. */
      readonly context: WorkflowContextOf<W>;
      readonly contextOf?: never;
    }
  | {
      /** The context of each entry, given the record as the entry found it. */
      readonly contextOf: (
        record: WorkflowRecordOf<W>,
        entry: HistoryEntry,
        index: number,
      ) => WorkflowContextOf<W>;
      readonly context?: never;
    }
);

/** Each entry's context: the one given, or what `contextOf` gives (its throw, the entry's error). */
function contextsOf(options: {
  readonly context?: unknown;
  readonly contextOf?: unknown;
}): ContextFor {
  const { context, contextOf } = options;
  if (typeof contextOf !== 'function') return () => ({ ok: true, context });
  return (record, entry, index) => {
    try {
      return { ok: true, context: contextOf(record, entry, index) };
    } catch (error) {
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          event: quote(entry?.type),
          message:
            error instanceof RendaError
              ? error.detail.message
              : engineDetails.threw('contextOf', error),
        },
      };
    }
  };
}

function rowOf(
  entry: HistoryEntry,
  index: number,
  workflow: AnyWorkflow,
  stateBefore: string,
  stateAfter: string,
  digest: string | undefined,
): AuditTrailRow {
  // Copied field by field, so that nothing else of the entry (its payload above all) leaks.
  const { role, id, onBehalfOf } = entry.actor;
  return {
    index,
    event: entry.type,
    // The replay accepted the entry, so the workflow has its event.
    eventLabel: (workflow.events[entry.type] as { readonly label: Label }).label,
    actor:
      onBehalfOf === undefined
        ? { role, id }
        : { role, id, onBehalfOf: { role: onBehalfOf.role, id: onBehalfOf.id } },
    at: entry.at,
    recordedAt: entry.recordedAt,
    stateBefore,
    stateAfter,
    ...(digest === undefined ? {} : { digest }),
  };
}

function trail(
  record: { readonly history: readonly HistoryEntry[]; readonly historyChain?: unknown },
  options: AuditTrailOptions<AnyWorkflow>,
): Result<readonly AuditTrailRow[], ReplayError> {
  if (typeof options !== 'object' || options === null) {
    const error = badOptions(options, '') as TransitionError;
    return Object.freeze({ ok: false, error: deepFreeze({ ...error, index: -1 }) });
  }
  const { workflow, initial } = options;
  const history = (record as { readonly history?: unknown } | null | undefined)?.history;
  const chain = (record as { readonly historyChain?: { readonly digests?: unknown } } | null)
    ?.historyChain?.digests;
  const digests = Array.isArray(chain) ? (chain as readonly unknown[]) : [];
  const rows: AuditTrailRow[] = [];
  let before = (initial as { readonly state?: unknown } | null | undefined)?.state;
  const replayed = replayHistory(
    initial,
    history,
    workflow,
    contextsOf(options),
    (after, index) => {
      // A replay that starts again (through immer) begins at entry 0 once more.
      if (index === 0) {
        rows.length = 0;
        before = (initial as { readonly state?: unknown } | null | undefined)?.state;
      }
      const digest = digests[index];
      rows.push(
        rowOf(
          (history as readonly HistoryEntry[])[index] as HistoryEntry,
          index,
          workflow,
          before as string,
          after.state,
          typeof digest === 'string' ? digest : undefined,
        ),
      );
      before = after.state;
    },
  );
  if (!replayed.ok) return Object.freeze({ ok: false, error: deepFreeze(replayed.error) });
  return Object.freeze({ ok: true, value: deepFreeze(rows) });
}

/**
 * A redacted audit trail of a record (脱敏审计轨迹): one row per history entry — who acted (role
 * and id), what they did (event and its label), when (`at`, `recordedAt`), the state before and
 * after, and the entry's digest when the record is sealed — with nothing from the payloads.
 *
 * @remarks
 * The states come from replaying the history on `initial` with the workflow, so an entry the
 * workflow refuses stops the trail with that entry's index (a `ReplayError`, as `safeReplay`
 * gives). Rows copy only the fields above: no name, phone, id-card number or text a deputy or
 * constituent wrote can leak through a payload. A digest is copied from `historyChain` as
 * stored: check the chain first (`safeVerifyHistoryChain`) when the trail must prove it. Never
 * throws, whatever it is given.
 *
 * @typeParam W - The workflow.
 * @param record - The record whose history to export.
 * @param options - The workflow, the record before its first entry, and the context.
 * @returns The rows, oldest first, or the first entry that does not replay.
 * @example
 * ```ts
 * import { initialSuggestionOf, safeAuditTrail, suggestionWorkflow } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy } = generateSample({ seed: 1, size: 'town' });
 * const record = suggestions.find((s) => s.history.length > 2)!;
 * const rows = safeAuditTrail(record, {
 *   workflow: suggestionWorkflow,
 *   initial: initialSuggestionOf(record),
 *   context: { policy },
 * });
 * if (rows.ok) console.log(rows.value[0]?.event, rows.value[0]?.stateBefore); // 'submit' 'draft'
 * ```
 * @category Workflow engine
 */
export function safeAuditTrail<W extends AnyWorkflow>(
  record: { readonly history: readonly HistoryEntry[] },
  options: AuditTrailOptions<W>,
): Result<readonly AuditTrailRow[], ReplayError> {
  return neverThrow<readonly AuditTrailRow[], ReplayError>(
    () => trail(record, options as unknown as AuditTrailOptions<AnyWorkflow>),
    (thrown) => deepFreeze({ ...unreadableInput(undefined, thrown), index: -1 }),
  );
}

/**
 * A redacted audit trail of a record (脱敏审计轨迹) like {@link safeAuditTrail}, but throws when
 * an entry does not replay.
 *
 * @typeParam W - The workflow.
 * @param record - The record whose history to export.
 * @param options - The workflow, the record before its first entry, and the context.
 * @returns The rows, oldest first.
 * @throws RendaError with the refused entry's code; the {@link ReplayError} in `error.detail`.
 * @example
 * ```ts
 * import { auditTrail, initialSuggestionOf, suggestionWorkflow } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy } = generateSample({ seed: 1, size: 'town' });
 * const record = suggestions.find((s) => s.history.length > 2)!;
 * const rows = auditTrail(record, { workflow: suggestionWorkflow, initial: initialSuggestionOf(record), context: { policy } });
 * console.log(rows.length === record.history.length); // true
 * ```
 * @category Workflow engine
 */
export function auditTrail<W extends AnyWorkflow>(
  record: { readonly history: readonly HistoryEntry[] },
  options: AuditTrailOptions<W>,
): readonly AuditTrailRow[] {
  const result = safeAuditTrail(record, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
