import { deepFreeze } from '../internal/deepFreeze.js';
import type { Actor } from '../model/shared/actor.js';
import type { BilingualText, Label } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationIssue } from '../model/shared/validationError.js';
import {
  allowedInState,
  checkGuards,
  checkRole,
  effectFailed,
  eventAsSeen,
  type LooseEventSpec,
  notAllowedInState,
} from './internal/eventChecks.js';
import { inputFields, inputIssue, isWorkflowLike } from './internal/inputProblems.js';
import { engineDetails } from './internal/messages.js';
import { parseTiming } from './internal/parseTiming.js';
import type {
  AnyWorkflow,
  GuardSpec,
  TransitionError,
  TransitionErrorCode,
  WorkflowActor,
  WorkflowContextOf,
  WorkflowEventNameOf,
  WorkflowRecord,
  WorkflowRecordOf,
  WorkflowRoleOf,
} from './types.js';

/**
 * The options of {@link availableEvents}.
 *
 * @typeParam W - The workflow.
 * @example
 * ```ts
 * import type { AnyWorkflow, AvailableEventsOptions } from 'renda';
 *
 * const options: Omit<AvailableEventsOptions<AnyWorkflow>, 'workflow'> = {
 *   context: undefined,
 *   at: '2025-03-01T10:00:00+08:00',
 * };
 * ```
 * @category Workflow engine
 */
export interface AvailableEventsOptions<W extends AnyWorkflow> {
  /** The workflow the record runs in. */
  readonly workflow: W;
  /** What guards receive. */
  readonly context: WorkflowContextOf<W>;
  /**
   * 判断时间: the moment time windows are judged at (ISO 8601 with an offset), usually now as the
   * app's clock reads it. Required: a window that closed months ago must not show as open
   * because the record's last entry is old.
   */
  readonly at: string;
}

/**
 * Whether one event is open to the actor now, and if not, why (可执行操作).
 *
 * @typeParam TEvent - The event names.
 * @example
 * ```ts
 * import type { EventAvailability } from 'renda';
 *
 * const row: EventAvailability = {
 *   type: 'close',
 *   label: { 'zh-Hans': '办结', 'zh-Hant': '辦結', en: 'Close' },
 *   allowed: false,
 *   reason: { code: 'FORBIDDEN', message: { 'zh-Hans': '无权操作', en: 'not allowed' } },
 * };
 * ```
 * @category Workflow engine
 */
export interface EventAvailability<TEvent extends string = string> {
  /** The event's name. */
  readonly type: TEvent;
  /** The event's label, for a button. */
  readonly label: Label;
  /** Whether `safeTransition` would accept it now (up to the payload and payload guards). */
  readonly allowed: boolean;
  /** Why not, when not allowed. */
  readonly reason?: {
    readonly code: TransitionErrorCode;
    readonly guard?: string;
    readonly message: BilingualText;
  };
  /** Guards that need the payload and were not run (`needsPayload`), when allowed. */
  readonly uncheckedGuards?: readonly string[];
}

/**
 * Why {@link safeAvailableEvents} could not judge at all (可执行操作无法判断): `INVALID_INPUT`
 * with the issues (a missing or foreign workflow, a malformed actor or `at`, a record without a
 * state and a history, an input that could not be read).
 *
 * @example
 * ```ts
 * import type { AvailableEventsError } from 'renda';
 *
 * function firstPath(error: AvailableEventsError): string {
 *   return error.issues[0]?.path.join('.') ?? '';
 * }
 * ```
 * @category Workflow engine
 */
export interface AvailableEventsError {
  /** Always `INVALID_INPUT`. */
  readonly code: 'INVALID_INPUT';
  /** What is wrong, in Chinese and English. */
  readonly message: BilingualText;
  /** Field-level issues, with paths such as `['actor', 'role']`, `['at']`, `['workflow']`. */
  readonly issues: readonly ValidationIssue[];
}

function reasonOf(error: TransitionError): NonNullable<EventAvailability['reason']> {
  return error.guard === undefined
    ? { code: error.code, message: error.message }
    : { code: error.code, guard: error.guard, message: error.message };
}

function invalid(message: BilingualText, issues: readonly ValidationIssue[]) {
  return Object.freeze({
    ok: false as const,
    error: deepFreeze<AvailableEventsError>({ code: 'INVALID_INPUT', message, issues }),
  });
}

/** The rows, on inputs already known to be usable; guards that throw become `EFFECT_FAILED`. */
function judge(
  workflow: AnyWorkflow,
  record: WorkflowRecord,
  actor: Actor,
  at: string,
  context: unknown,
): EventAvailability[] {
  const rows: EventAvailability[] = [];
  const { state } = record;
  for (const [type, rawSpec] of Object.entries(workflow.events)) {
    const spec = rawSpec as unknown as LooseEventSpec;
    // Written only by replays: never one a user can send.
    if (spec.replayOnly === true) continue;
    const base = { type, label: spec.label };
    let error: TransitionError | undefined;
    const unchecked = (spec.guards ?? []).filter(
      (g) => (workflow.guards[g] as GuardSpec).needsPayload === true,
    );
    if (!allowedInState(workflow, spec, state)) {
      error = notAllowedInState(workflow, type, spec, state);
    } else {
      const event = eventAsSeen(type, undefined, actor, at, at);
      try {
        error =
          checkRole(workflow, type, spec, state, actor, context) ??
          checkGuards(workflow, type, spec, record, event, context, (g) => g.needsPayload === true);
      } catch (thrown) {
        error = effectFailed(
          workflow,
          type,
          spec,
          state,
          engineDetails.threw('availableEvents', thrown),
        );
      }
    }
    if (error) rows.push({ ...base, allowed: false, reason: reasonOf(error) });
    else
      rows.push(
        unchecked.length > 0
          ? { ...base, allowed: true, uncheckedGuards: unchecked }
          : { ...base, allowed: true },
      );
  }
  return rows;
}

/**
 * What this actor can do at `options.at`, and why not the rest (当前可执行的操作及原因): every
 * event of the workflow, in definition order, with `allowed` and, when refused, the reason; or
 * why it could not judge.
 *
 * @remarks
 * Each event is judged as {@link safeTransition} would judge it at `options.at` without a
 * payload: the state (`NOT_ALLOWED_IN_STATE`), then the role (`FORBIDDEN`), then the guards in
 * order (`GUARD_FAILED`, or `EFFECT_FAILED` if a guard throws). Guards see `payload: undefined`
 * and `at`/`recordedAt` = `options.at`, so a time window (the return window of a misassigned
 * item, the evaluation window) is judged at that moment, not at the record's last entry. A guard
 * that reads the payload declares `needsPayload: true` and is skipped here, listed in
 * `uncheckedGuards`, so `allowed: true` then means "allowed if the payload passes".
 *
 * A missing or foreign workflow, an invalid actor or `at`, a record without a state and a
 * history, or an input that cannot be read gives `{ ok: false, error }` (`INVALID_INPUT`). Never
 * throws, whatever it is given; never reads the clock.
 *
 * @typeParam W - The workflow.
 * @param record - The record as it is now.
 * @param actor - Who asks.
 * @param options - The workflow, the context, and `at`, the moment to judge at.
 * @returns One frozen row per event, or the input error.
 *
 * @example
 * ```ts
 * import { defineWorkflow, safeAvailableEvents, type WorkflowRecord } from 'renda';
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
 * const result = safeAvailableEvents({ state: 'open', history: [] }, { role: 'guest', id: 'G-1' }, {
 *   workflow,
 *   context: undefined,
 *   at: '2025-03-01T10:00:00+08:00',
 * });
 * if (result.ok) console.log(result.value[0]?.allowed, result.value[0]?.reason?.code); // false 'FORBIDDEN'
 * const bad = safeAvailableEvents({ state: 'open', history: [] }, { role: 'guest', id: 'G-1' }, {
 *   workflow,
 *   context: undefined,
 *   at: 'yesterday',
 * });
 * if (!bad.ok) console.log(bad.error.issues[0]?.path); // ['at']
 * ```
 * @category Workflow engine
 */
export function safeAvailableEvents<W extends AnyWorkflow>(
  record: WorkflowRecordOf<NoInfer<W>>,
  actor: Actor,
  options: AvailableEventsOptions<W>,
): Result<readonly EventAvailability<WorkflowEventNameOf<W>>[], AvailableEventsError> {
  return neverThrow<readonly EventAvailability<WorkflowEventNameOf<W>>[], AvailableEventsError>(
    () => {
      if (typeof options !== 'object' || options === null) {
        return invalid(engineDetails.notAnObject, [
          inputIssue([], inputFields.options, engineDetails.notAnObject),
        ]);
      }
      const { workflow, context } = options;
      if (!isWorkflowLike(workflow)) {
        return invalid(engineDetails.notAWorkflow, [
          inputIssue(['workflow'], inputFields.workflow, engineDetails.notAWorkflow),
        ]);
      }
      const timing = parseTiming({ actor, at: options.at });
      if (!timing.ok) return invalid(timing.error.message, timing.error.issues);
      if (
        typeof record !== 'object' ||
        record === null ||
        typeof record.state !== 'string' ||
        !Array.isArray(record.history)
      ) {
        return invalid(engineDetails.malformedRecord, [
          inputIssue([], inputFields.record, engineDetails.malformedRecord),
        ]);
      }
      const rows = judge(workflow, record, timing.value.actor, timing.value.at, context);
      return Object.freeze({
        ok: true as const,
        value: deepFreeze(rows) as readonly EventAvailability<WorkflowEventNameOf<W>>[],
      });
    },
    (thrown) =>
      deepFreeze<AvailableEventsError>({
        code: 'INVALID_INPUT',
        message: engineDetails.unreadable(thrown),
        issues: [inputIssue([], inputFields.input, engineDetails.unreadable(thrown), 'UNREADABLE')],
      }),
  );
}

/**
 * What this actor can do at `options.at`, and why not the rest (当前可执行的操作及原因), like
 * {@link safeAvailableEvents}, but throws when it cannot judge at all.
 *
 * @remarks A refused event is a row with its reason, not an error; only bad input throws (a
 * missing workflow, a malformed actor or `at`, a record without a state and a history).
 * @typeParam W - The workflow.
 * @param record - The record as it is now.
 * @param actor - Who asks.
 * @param options - The workflow, the context, and `at`, the moment to judge at.
 * @returns One frozen row per event.
 * @throws RendaError `INVALID_INPUT`, with the issues in `error.detail`.
 *
 * @example
 * ```ts
 * import { availableEvents, defineWorkflow, type WorkflowRecord } from 'renda';
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
 * const rows = availableEvents({ state: 'open', history: [] }, { role: 'guest', id: 'G-1' }, {
 *   workflow,
 *   context: undefined,
 *   at: '2025-03-01T10:00:00+08:00',
 * });
 * console.log(rows[0]?.allowed, rows[0]?.reason?.code); // false 'FORBIDDEN'
 * ```
 * @category Workflow engine
 */
export function availableEvents<W extends AnyWorkflow>(
  record: WorkflowRecordOf<NoInfer<W>>,
  actor: WorkflowActor<WorkflowRoleOf<NoInfer<W>>>,
  options: AvailableEventsOptions<W>,
): readonly EventAvailability<WorkflowEventNameOf<W>>[] {
  const result = safeAvailableEvents<W>(record, actor, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
