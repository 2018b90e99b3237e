import { type Draft, Immer } from 'immer';
import type * as z from 'zod';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { Result } from '../model/shared/result.js';
import { toValidationError } from '../model/shared/toValidationError.js';
import type { HistoryEntry } from './historyEntry.js';
import {
  allowedInState,
  checkGuards,
  checkRole,
  effectFailed,
  eventSpecOf,
  type LooseEventSpec,
  notAllowedInState,
} from './internal/eventChecks.js';
import { targetsFrom } from './internal/eventTargets.js';
import { engineDetails, transitionMessages } from './internal/messages.js';
import { parseTiming } from './internal/parseTiming.js';
import type {
  AnyWorkflow,
  EventsOf,
  TransitionError,
  WorkflowActor,
  WorkflowContextOf,
  WorkflowEvent,
  WorkflowRecord,
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

/** immer without its own freezing: `safeTransition` deep-freezes the finished record once. */
const unfrozen = /* @__PURE__ */ new Immer({ autoFreeze: false });

const fail = (error: TransitionError): { ok: false; error: TransitionError } => ({
  ok: false,
  error,
});

function payloadError(
  workflow: AnyWorkflow,
  type: string,
  spec: LooseEventSpec,
  state: string,
  issues: readonly z.core.$ZodIssue[],
): TransitionError {
  const model = {
    id: workflow.id,
    'zh-Hans': `事件「${spec.label['zh-Hans']}」`,
    en: `Event ${spec.label.en}`,
  };
  const prefixed = issues.map((issue) => ({ ...issue, path: ['payload', ...issue.path] }));
  const validation = toValidationError(model, prefixed, {});
  return {
    code: 'INVALID_INPUT',
    message: validation.message,
    event: type,
    state,
    issues: validation.issues,
  };
}

function unexpectedPayload(type: string, state: string): TransitionError {
  return {
    code: 'INVALID_INPUT',
    message: engineDetails.unexpectedPayload,
    event: type,
    state,
    issues: [
      {
        code: 'UNEXPECTED_PAYLOAD',
        path: ['payload'],
        field: { 'zh-Hans': '事件内容', en: 'event payload' },
        message: engineDetails.unexpectedPayload,
      },
    ],
  };
}

/** The core of `safeTransition`, on loosely typed values; the caller catches what it throws. */
function apply(
  record: WorkflowRecord,
  event: { readonly type: string; readonly payload?: unknown },
  options: TransitionOptions<AnyWorkflow>,
): TransitionResult<WorkflowRecord> {
  const { workflow, context } = options;
  const type = typeof event?.type === 'string' ? event.type : String(event?.type);
  const spec = eventSpecOf(workflow, event?.type);
  if (spec === undefined) {
    return fail({
      code: 'INVALID_EVENT',
      message: transitionMessages.INVALID_EVENT({ workflow: workflow.id, event: type }),
      event: type,
    });
  }

  const timing = parseTiming(options);
  if (!timing.ok) {
    return fail({
      code: 'INVALID_INPUT',
      message: timing.error.message,
      event: type,
      issues: timing.error.issues,
    });
  }
  if (typeof record?.state !== 'string' || !Array.isArray(record.history)) {
    return fail({
      code: 'INVALID_INPUT',
      message: engineDetails.malformedRecord,
      event: type,
      issues: [
        {
          code: 'INVALID_TYPE',
          path: typeof record?.state === 'string' ? ['history'] : ['state'],
          field: { 'zh-Hans': '记录', en: 'record' },
          message: engineDetails.malformedRecord,
        },
      ],
    });
  }
  const { state } = record;
  const { actor, at, recordedAt } = timing.value;

  if (!allowedInState(workflow, spec, state))
    return fail(notAllowedInState(workflow, type, spec, state));
  const forbidden = checkRole(workflow, type, spec, state, actor);
  if (forbidden) return fail(forbidden);

  let payload: Readonly<Record<string, unknown>> | undefined;
  if (spec.payload) {
    const parsed = spec.payload.safeParse(event.payload);
    if (!parsed.success) {
      return fail(
        payloadError(workflow, type, spec, state, parsed.error.issues as z.core.$ZodIssue[]),
      );
    }
    payload = parsed.data as Readonly<Record<string, unknown>>;
  } else if (event.payload !== undefined) {
    return fail(unexpectedPayload(type, state));
  }

  const wfEvent: WorkflowEvent<unknown> =
    payload === undefined
      ? { type, actor, at, recordedAt }
      : { type, payload, actor, at, recordedAt };
  const refused = checkGuards(workflow, type, spec, record, wfEvent, context);
  if (refused) return fail(refused);

  let target: unknown = state;
  if (typeof spec.to === 'string') target = spec.to;
  else if (spec.to !== undefined) {
    try {
      target = spec.to(record, wfEvent, context);
    } catch (error) {
      return fail(effectFailed(workflow, type, spec, state, engineDetails.threw('to', error)));
    }
    if (typeof target !== 'string' || !targetsFrom(spec, state).includes(target)) {
      return fail(effectFailed(workflow, type, spec, state, engineDetails.unknownTarget(target)));
    }
  }

  // The effect runs in immer; the engine then sets `state` and appends the entry itself, which
  // spares a draft of the history array. One deep freeze at the end covers what immer created,
  // and stops at the frozen parts shared with the input.
  let misuse: 'returned' | 'engineFields' | undefined;
  let changed: WorkflowRecord = record;
  const { effect } = spec;
  if (effect !== undefined) {
    try {
      changed = unfrozen.produce(record, (draft: Draft<WorkflowRecord>) => {
        if (effect(draft, wfEvent, context) !== undefined) misuse = 'returned';
      });
    } catch (error) {
      return fail(effectFailed(workflow, type, spec, state, engineDetails.threw('effect', error)));
    }
    // immer keeps unchanged subtrees, so any write to `history` shows as a new array.
    if (misuse === undefined && (changed.state !== state || changed.history !== record.history)) {
      misuse = 'engineFields';
    }
  }
  if (misuse !== undefined) {
    const detail =
      misuse === 'returned'
        ? engineDetails.effectReturned
        : engineDetails.effectTouchedEngineFields;
    return fail(effectFailed(workflow, type, spec, state, detail));
  }
  const entry: HistoryEntry =
    payload === undefined
      ? { type, at, recordedAt, actor }
      : { type, at, recordedAt, actor, payload: payload as Record<string, unknown> };
  const history = [...record.history, entry];
  // `changed` is a fresh object when the effect changed something, so it may be completed in
  // place; otherwise copy the input's top level.
  const next = (changed === record ? { ...record } : changed) as {
    -readonly [K in keyof WorkflowRecord]: WorkflowRecord[K];
  };
  next.state = target as string;
  next.history = history;
  // Freeze the new parts and, for an input that was not frozen, the parts shared with it. The
  // old entries are judged through the input's history array (one check when it is frozen).
  if (!Object.isFrozen(record.history)) for (const old of record.history) deepFreeze(old);
  deepFreeze(entry);
  Object.freeze(history);
  deepFreeze(next);
  return { ok: true, value: { record: next, entry } };
}

/**
 * Applies one event to a record (流转): checks it, runs the effect, sets the new state and
 * appends the history entry, returning a new frozen record or the reason it was refused.
 *
 * @remarks
 * The checks run in this order, and the first failure is returned:
 * 1. the workflow has the event (`INVALID_EVENT`);
 * 2. the actor, `at` and `recordedAt` are valid, `recordedAt ≥ at`, and the record has a state
 *    and a history (`INVALID_INPUT`, with paths such as `['recordedAt']`);
 * 3. the event may leave the record's state (`NOT_ALLOWED_IN_STATE`);
 * 4. the actor's role may send it (`FORBIDDEN`);
 * 5. the payload parses (`INVALID_INPUT`, paths under `['payload', …]`); an event without a
 *    schema takes no payload;
 * 6. the guards pass, in order (`GUARD_FAILED` with `guard` and the guard's message);
 * 7. the target function and the effect run (`EFFECT_FAILED` if either throws, the target is
 *    not among `targets` for the record's state, or the effect returns a value or touches
 *    `state`/`history`).
 *
 * An event without `to` keeps the record's state (it only runs its effect and appends its
 * entry); a fixed `to` sets that state; a function `to` picks one of its `targets`.
 *
 * It never throws, never reads the clock, and never changes its input: a refused event leaves
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
  try {
    return apply(record, event, options) as TransitionResult<TRecord>;
  } catch (error) {
    // Only reachable with inputs that defy their types (getters that throw, proxies…).
    const type = String((event as { type?: unknown } | undefined)?.type);
    const workflow = options?.workflow ?? { id: '?' };
    return fail(
      effectFailed(
        workflow as AnyWorkflow,
        type,
        undefined,
        undefined,
        engineDetails.threw('transition', error),
      ),
    );
  }
}
