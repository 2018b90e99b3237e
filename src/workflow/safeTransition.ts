import type * as z from 'zod';
import { deepFreeze } from '../internal/deepFreeze.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import type { HistoryEntry } from './historyEntry.js';
import { applyEvent, type LooseOptions } from './internal/applyEvent.js';
import { unreadableInput } from './internal/unreadableInput.js';
import type {
  AnyWorkflow,
  EventsOf,
  TransitionError,
  WorkflowActor,
  WorkflowContextOf,
  WorkflowRecordOf,
  WorkflowRoleOf,
} from './types.js';

/**
 * The event `safeTransition` applies (事件输入), typed by the workflow: a discriminated union with
 * one member per event, `{ type, payload }`, where `payload` has the input type of that event's
 * schema (`z.input`), is required when the schema requires it, and is absent for an event without
 * a schema. An unknown type, a misspelt payload key or a payload of the wrong type does not
 * compile; at run time the schema parses the payload again.
 *
 * @typeParam W - The workflow.
 * @example
 * ```ts
 * import { suggestionWorkflow, type TransitionEventInput } from 'renda';
 *
 * const reply: TransitionEventInput<typeof suggestionWorkflow> = {
 *   type: 'reply',
 *   payload: { outcomeClass: 'A', faceToFace: true },
 * };
 * const accept: TransitionEventInput<typeof suggestionWorkflow> = { type: 'accept' };
 * ```
 * @category Workflow engine
 */
export type TransitionEventInput<W extends AnyWorkflow> = EventInputUnion<EventsOf<W>>;

/**
 * The event inputs of an event-to-payload-schema map (事件输入联合类型): one `{ type, payload }`
 * member per event, the payload typed by `z.input` of its schema.
 *
 * @typeParam TEvents - The event names, each mapped to its payload schema (or `undefined`).
 * @example
 * ```ts
 * import * as z from 'zod';
 * import type { EventInputUnion } from 'renda';
 *
 * const assign = z.object({ assignee: z.string() });
 * type TicketInput = EventInputUnion<{ assign: typeof assign; close: undefined }>;
 * const input: TicketInput = { type: 'assign', payload: { assignee: 'E-1' } };
 * ```
 * @category Workflow engine
 */
export type EventInputUnion<TEvents> = {
  [E in keyof TEvents & string]: EventInput<E, TEvents[E]>;
}[keyof TEvents & string];

/**
 * One member of {@link EventInputUnion}: the event `TType` with the raw payload its schema
 * `TSchema` takes (optional when the schema accepts `undefined`; none without a schema).
 *
 * @typeParam TType - The event's name.
 * @typeParam TSchema - Its payload schema, or `undefined`.
 * @example
 * ```ts
 * import type { EventInput } from 'renda';
 *
 * const close: EventInput<'close', undefined> = { type: 'close' };
 * ```
 * @category Workflow engine
 */
export type EventInput<TType extends string, TSchema> = TSchema extends z.ZodType
  ? undefined extends z.input<TSchema>
    ? { readonly type: TType; readonly payload?: z.input<TSchema> }
    : { readonly type: TType; readonly payload: z.input<TSchema> }
  : { readonly type: TType; readonly payload?: never };

/**
 * The options of {@link safeTransition}: the workflow, who acts, when, and the context.
 *
 * @typeParam W - The workflow.
 * @example
 * ```ts
 * import type { AnyWorkflow, TransitionOptions } from 'renda';
 *
 * const options: Omit<TransitionOptions<AnyWorkflow>, 'workflow'> = {
 *   actor: { role: 'clerk', id: 'C-1' },
 *   at: '2025-03-01T10:00:00+08:00',
 *   context: undefined,
 * };
 * ```
 * @category Workflow engine
 */
export interface TransitionOptions<W extends AnyWorkflow> {
  /** The workflow the record runs in. */
  readonly workflow: W;
  /** 操作者: who sends the event; its role is one of the workflow's roles. */
  readonly actor: WorkflowActor<WorkflowRoleOf<W>>;
  /** 发生时间: when it happened; ISO 8601 with an offset. */
  readonly at: string;
  /** 登记时间: when it is recorded; defaults to `at`; never before it. */
  readonly recordedAt?: string;
  /** What guards, effects and target functions receive (policy, lookups). */
  readonly context: WorkflowContextOf<W>;
}

/**
 * The outcome of {@link safeTransition} (流转结果): the new record and the history entry appended,
 * or why the event was refused.
 *
 * @typeParam TRecord - The record type.
 * @example
 * ```ts
 * import type { TransitionResult, WorkflowRecord } from 'renda';
 *
 * function stateAfter(result: TransitionResult<WorkflowRecord>): string | undefined {
 *   return result.ok ? result.value.record.state : undefined;
 * }
 * ```
 * @category Workflow engine
 */
export type TransitionResult<TRecord> = Result<
  { readonly record: TRecord; readonly entry: HistoryEntry },
  TransitionError
>;

/**
 * Applies one event to a record (流转): checks it, runs the effect, sets the new state and
 * appends the history entry, returning a new frozen record or the reason it was refused.
 *
 * @remarks
 * The checks run in this order, and the first failure is returned:
 * 1. the workflow has the event (`INVALID_EVENT`);
 * 2. the options name a workflow, the actor, `at` and `recordedAt` are valid, `recordedAt ≥ at`,
 *    and the record has a state and a history (`INVALID_INPUT`, with paths such as
 *    `['recordedAt']`);
 * 3. when the workflow declares a `rulesVersion` and the record carries one, the context applies
 *    the record's rules, unless the event is the workflow's migration (`RULES_VERSION_MISMATCH`);
 * 4. the event may leave the record's state (`NOT_ALLOWED_IN_STATE`);
 * 5. the actor's role may send it (`FORBIDDEN`);
 * 6. the payload parses (`INVALID_INPUT`, paths under `['payload', …]`); an event without a
 *    schema takes no payload;
 * 7. the guards pass, in order (`GUARD_FAILED` with `guard` and the guard's message);
 * 8. the target function and the effect run (`EFFECT_FAILED` if either throws, the target is
 *    not among `targets` for the record's state, or the effect returns a value or touches
 *    `state`/`history`).
 *
 * An event without `to` keeps the record's state (it only runs its effect and appends its
 * entry); a fixed `to` sets that state; a function `to` picks one of its `targets`.
 *
 * It never throws, whatever it is given (a missing option, a Proxy whose traps throw, a getter
 * that throws, a payload nested too deep: `INVALID_INPUT` naming what could not be read), never
 * reads the clock, and never changes its input: a refused event leaves
 * the record as it was (the caller still holds the same object). The new record shares unchanged
 * parts with the input and is deeply frozen; the history entry stores the parsed payload and the
 * canonical UTC times. The record itself is not re-validated, so keep records valid where they
 * are born (`createX`, `parseX`).
 *
 * @typeParam W - The workflow.
 * @typeParam TRecord - The record type; extra fields survive.
 * @param record - The record to change.
 * @param event - The event's type and raw payload.
 * @param options - The workflow, the actor, `at`, `recordedAt` and the context.
 * @returns The new record and its history entry, or a {@link TransitionError}.
 *
 * @example
 * ```ts
 * import { defineWorkflow, safeTransition, type WorkflowRecord } from 'renda';
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
 * const result = safeTransition({ state: 'open', history: [] }, { type: 'close' }, {
 *   workflow,
 *   actor: { role: 'clerk', id: 'C-1' },
 *   at: '2025-03-01T10:00:00+08:00',
 *   context: undefined,
 * });
 * if (result.ok) console.log(result.value.record.state, result.value.entry.at); // 'done' '2025-03-01T02:00:00.000Z'
 * ```
 * @category Workflow engine
 */
export function safeTransition<W extends AnyWorkflow, TRecord extends WorkflowRecordOf<W>>(
  record: TRecord,
  event: TransitionEventInput<W>,
  options: TransitionOptions<W>,
): TransitionResult<TRecord> {
  return neverThrow<{ readonly record: TRecord; readonly entry: HistoryEntry }, TransitionError>(
    () => {
      const applied = applyEvent(record, event, options as unknown as LooseOptions);
      if (!applied.ok) return Object.freeze({ ok: false, error: deepFreeze(applied.error) });
      const value = Object.freeze({ record: applied.record as TRecord, entry: applied.entry });
      return Object.freeze({ ok: true, value });
    },
    (thrown) => unreadableInput(event, thrown),
  );
}
