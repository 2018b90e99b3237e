import { freeze } from 'immer';
import type { BilingualText, Label } from '../model/shared/localized.js';
import {
  allowedInState,
  checkGuards,
  checkRole,
  effectFailed,
  type LooseEventSpec,
  notAllowedInState,
} from './internal/eventChecks.js';
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
  /** The moment guards judge at; defaults to the `at` of the record's latest history entry. */
  readonly at?: string;
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

const EPOCH = '1970-01-01T00:00:00.000Z';

function reasonOf(error: TransitionError): NonNullable<EventAvailability['reason']> {
  return error.guard === undefined
    ? { code: error.code, message: error.message }
    : { code: error.code, guard: error.guard, message: error.message };
}

/**
 * What this actor can do now, and why not the rest (当前可执行的操作及原因): every event of the
 * workflow, in definition order, with `allowed` and, when refused, the reason.
 *
 * @remarks
 * Each event is judged as {@link safeTransition} would judge it without a payload: the state
 * (`NOT_ALLOWED_IN_STATE`), then the role (`FORBIDDEN`), then the guards in order
 * (`GUARD_FAILED`, or `EFFECT_FAILED` if a guard throws). Guards see `payload: undefined`; a
 * guard that reads the payload declares `needsPayload: true` and is skipped here, listed in
 * `uncheckedGuards`, so `allowed: true` then means "allowed if the payload passes". An invalid
 * actor or `at` marks every event `INVALID_INPUT`. Never throws, never reads the clock.
 *
 * @typeParam W - The workflow.
 * @param record - The record as it is now.
 * @param actor - Who asks.
 * @param options - The workflow, the context, and the moment to judge at.
 * @returns One row per event.
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
  const { workflow, context } = options;
  const rows: EventAvailability<WorkflowEventNameOf<W>>[] = [];
  const history = Array.isArray(record?.history) ? record.history : [];
  const at = options.at ?? history[history.length - 1]?.at ?? EPOCH;
  const timing = parseTiming({ actor, at });
  const state = String(record?.state);
  for (const [type, rawSpec] of Object.entries(workflow.events)) {
    const spec = rawSpec as unknown as LooseEventSpec;
    const name = type as WorkflowEventNameOf<W>;
    const base = { type: name, label: spec.label };
    let error: TransitionError | undefined;
    const unchecked = (spec.guards ?? []).filter(
      (g) => (workflow.guards[g] as GuardSpec).needsPayload === true,
    );
    if (!timing.ok) {
      error = {
        code: 'INVALID_INPUT',
        message: timing.error.message,
        event: type,
        issues: timing.error.issues,
      };
    } else if (!allowedInState(workflow, spec, state)) {
      error = notAllowedInState(workflow, type, spec, state);
    } else {
      const event = {
        type,
        actor: timing.value.actor,
        at: timing.value.at,
        recordedAt: timing.value.at,
      };
      try {
        error =
          checkRole(workflow, type, spec, state, timing.value.actor) ??
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
  return freeze(rows, true);
}
