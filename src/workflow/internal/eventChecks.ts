import type { Actor } from '../../model/shared/actor.js';
import type { BilingualText, Label } from '../../model/shared/localized.js';
import type { AnyWorkflow, GuardSpec, TransitionError, WorkflowEvent } from '../types.js';
import { engineDetails, forbiddenOnBehalf, transitionMessages } from './messages.js';

/** The loose runtime view of an event spec that the engine reads. */
export interface LooseEventSpec {
  readonly label: Label;
  readonly payload?: {
    safeParse(
      input: unknown,
      params?: { readonly reportInput?: boolean },
    ): { success: true; data: unknown } | { success: false; error: { issues: unknown[] } };
  };
  /** The payload fields' names in Chinese and English, for error messages. */
  readonly fieldNames?: Readonly<Record<string, BilingualText>>;
  readonly from: readonly string[];
  /** Absent: the event stays in the state it left. */
  readonly to?:
    | string
    | ((record: unknown, event: WorkflowEvent<unknown>, context: unknown) => unknown);
  /** A function target's possible results: one list, or a list per source state. */
  readonly targets?: readonly string[] | Readonly<Record<string, readonly string[]>>;
  readonly roles: readonly string[];
  readonly agentRoles?: readonly string[];
  readonly guards?: readonly string[];
  /** Written only by replays (an import's adoption entry); a live transition is refused. */
  readonly replayOnly?: boolean;
  readonly effect?: (draft: unknown, event: WorkflowEvent<unknown>, context: unknown) => unknown;
}

/** The event spec named `type`, when the workflow has one (own keys only). */
export function eventSpecOf(workflow: AnyWorkflow, type: unknown): LooseEventSpec | undefined {
  return typeof type === 'string' && Object.hasOwn(workflow.events, type)
    ? (workflow.events[type] as unknown as LooseEventSpec)
    : undefined;
}

/** Whether `state` is a state of the workflow and `spec` may leave it. */
export function allowedInState(
  workflow: AnyWorkflow,
  spec: LooseEventSpec,
  state: string,
): boolean {
  if (!Object.hasOwn(workflow.states, state)) return false;
  if (spec.from.includes(state)) return true;
  return spec.from.includes('*') && workflow.states[state]?.terminal !== true;
}

/** The error for an event not allowed in the record's state. */
export function notAllowedInState(
  workflow: AnyWorkflow,
  type: string,
  spec: LooseEventSpec,
  state: string,
): TransitionError {
  const stateLabel = Object.hasOwn(workflow.states, state)
    ? workflow.states[state]?.label
    : undefined;
  const params = { workflow: workflow.id, event: type, eventLabel: spec.label, state, stateLabel };
  return {
    code: 'NOT_ALLOWED_IN_STATE',
    message: stateLabel
      ? transitionMessages.NOT_ALLOWED_IN_STATE(params)
      : engineDetails.unknownState,
    event: type,
    state,
  };
}

/**
 * The error for an actor who may not send the event, or `undefined`: the actor's role must be one
 * of its `roles`, or, acting for another, one of its `agentRoles` that the workflow's
 * `agentPolicy` allows under the context, while the one acted for holds one of its `roles`. An
 * agent policy that throws is a definition bug (`EFFECT_FAILED`).
 */
export function checkRole(
  workflow: AnyWorkflow,
  type: string,
  spec: LooseEventSpec,
  state: string,
  actor: Actor,
  context: unknown,
): TransitionError | undefined {
  const { onBehalfOf } = actor;
  if (onBehalfOf === undefined) {
    if (spec.roles.includes(actor.role)) return undefined;
    return forbidden(workflow, type, spec, state, actor.role);
  }
  let allowed = spec.agentRoles?.includes(actor.role) === true;
  if (allowed && workflow.agentPolicy !== undefined) {
    try {
      allowed = workflow.agentPolicy.allows(context, type, actor.role) === true;
    } catch (error) {
      return effectFailed(workflow, type, spec, state, engineDetails.threw('agentPolicy', error));
    }
  }
  if (!allowed) {
    return {
      code: 'FORBIDDEN',
      message: forbiddenOnBehalf({
        workflow: workflow.id,
        event: type,
        eventLabel: spec.label,
        role: actor.role,
      }),
      event: type,
      state,
    };
  }
  if (spec.roles.includes(onBehalfOf.role)) return undefined;
  return forbidden(workflow, type, spec, state, onBehalfOf.role);
}

function forbidden(
  workflow: AnyWorkflow,
  type: string,
  spec: LooseEventSpec,
  state: string,
  role: string,
): TransitionError {
  return {
    code: 'FORBIDDEN',
    message: transitionMessages.FORBIDDEN({
      workflow: workflow.id,
      event: type,
      eventLabel: spec.label,
      role,
    }),
    event: type,
    state,
  };
}

/**
 * The event as guards, effects and target functions see it: `actor` is the one the act is done
 * for, `agent` the one who sent it for them (absent when they acted themself).
 */
export function eventAsSeen<T>(
  type: string,
  payload: T | undefined,
  actor: Actor,
  at: string,
  recordedAt: string,
): WorkflowEvent<T> {
  const { onBehalfOf } = actor;
  const seenActor = onBehalfOf === undefined ? actor : onBehalfOf;
  const event: { -readonly [K in keyof WorkflowEvent<T>]: WorkflowEvent<T>[K] } = {
    type,
    actor: seenActor,
    at,
    recordedAt,
  };
  if (payload !== undefined) event.payload = payload;
  if (onBehalfOf !== undefined) event.agent = { role: actor.role, id: actor.id };
  return event;
}

/**
 * Runs the event's guards in order and returns the first refusal (`GUARD_FAILED`) or failure
 * (`EFFECT_FAILED`, when a guard throws), or `undefined` when all pass. `skip` names guards
 * not to run (those that need a payload, in `availableEvents`).
 */
export function checkGuards(
  workflow: AnyWorkflow,
  type: string,
  spec: LooseEventSpec,
  record: { readonly state: string },
  event: WorkflowEvent<unknown>,
  context: unknown,
  skip?: (guard: GuardSpec) => boolean,
): TransitionError | undefined {
  for (const name of spec.guards ?? []) {
    const guard = workflow.guards[name] as GuardSpec;
    if (skip?.(guard)) continue;
    let passed: boolean;
    try {
      passed = guard.check(record as never, event as WorkflowEvent, context) === true;
    } catch (error) {
      return effectFailed(
        workflow,
        type,
        spec,
        record.state,
        engineDetails.threw(`guard "${name}"`, error),
        name,
      );
    }
    if (!passed) {
      return {
        code: 'GUARD_FAILED',
        message: transitionMessages.GUARD_FAILED({
          workflow: workflow.id,
          event: type,
          eventLabel: spec.label,
          detail: guard.message,
        }),
        event: type,
        state: record.state,
        guard: name,
      };
    }
  }
  return undefined;
}

/** An `EFFECT_FAILED` error with its detail. */
export function effectFailed(
  workflow: AnyWorkflow,
  type: string,
  spec: LooseEventSpec | undefined,
  state: string | undefined,
  detail: BilingualText,
  guard?: string,
): TransitionError {
  return {
    code: 'EFFECT_FAILED',
    message: transitionMessages.EFFECT_FAILED({
      workflow: workflow.id,
      event: type,
      eventLabel: spec?.label,
      detail,
    }),
    event: type,
    ...(state === undefined ? {} : { state }),
    ...(guard === undefined ? {} : { guard }),
  };
}
