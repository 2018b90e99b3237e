import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import type { AgentPolicySpec } from './agentPolicy.js';
import { freezeDefinition } from './internal/freezeDefinition.js';
import { definitionDetails } from './internal/messages.js';
import {
  definitionError,
  definitionFailure,
  validateDefinition,
} from './internal/validateDefinition.js';
import type { RulesVersionSpec } from './rulesVersion.js';
import type {
  EventSpec,
  GuardSpec,
  StateSpec,
  Workflow,
  WorkflowDefinitionError,
  WorkflowEventUnion,
  WorkflowTypes,
} from './types.js';

/**
 * What {@link defineWorkflow} takes: the definition as data, with a type carrier.
 *
 * @typeParam TTypes - The type carrier: record, role, context.
 * @typeParam TState - The state names (from the keys of `states`).
 * @typeParam TEvents - The event names, each mapped to its payload schema.
 * @typeParam TGuard - The guard names (from the keys of `guards`).
 * @example
 * ```ts
 * import type { WorkflowDefinition, WorkflowTypes } from 'renda';
 *
 * type Def = WorkflowDefinition<WorkflowTypes, 'open' | 'done', { close: undefined }, never>;
 * ```
 * @category Workflow engine
 */
export interface WorkflowDefinition<
  TTypes extends WorkflowTypes,
  TState extends string,
  TEvents,
  TGuard extends string,
> {
  /** 流程编号. */
  readonly id: string;
  /** 版本, a positive integer. */
  readonly version: number;
  /** The type carrier: `{} as { record: …; role: …; context: … }`. */
  readonly types: TTypes;
  /** 初始状态. */
  readonly initial: NoInfer<TState>;
  /** 状态 by name. */
  readonly states: { readonly [S in TState]: StateSpec };
  /** 事件 by name. */
  readonly events: {
    readonly [E in keyof TEvents]: EventSpec<
      TTypes,
      NoInfer<TState>,
      NoInfer<TGuard>,
      TEvents[E],
      E & string
    >;
  };
  /** 守卫条件 by name; each receives the union of the events above. */
  readonly guards?: {
    readonly [G in TGuard]: GuardSpec<TTypes, WorkflowEventUnion<TTypes, NoInfer<TEvents>>>;
  };
  /** 规则版本: how to read the rules a context applies; see {@link RulesVersionSpec}. */
  readonly rulesVersion?: RulesVersionSpec<TTypes['context']>;
  /** 代为操作规则: who may act on another's behalf under a context; see {@link AgentPolicySpec}. */
  readonly agentPolicy?: AgentPolicySpec<TTypes['context']>;
}

/**
 * Defines a workflow as data (定义流程): states, events with their `from`/`to`, roles, guards by
 * name and effects, checked and deep-frozen.
 *
 * @remarks
 * The definition is checked once, when it is defined: the initial state, every `from`, `to` and
 * `targets` state and every guard name must exist, every event needs at least one role, no
 * event may leave a terminal state, and a function `to` must list its `targets` (as a list, or
 * as a map with an entry for every state the event leaves). An event without `to` stays in the
 * state it left and takes no `targets`; so does a fixed `to`. A broken
 * definition is a developer's bug, so this throws a `RendaError` with code `INVALID_WORKFLOW`
 * that lists every problem (whatever it is given: `undefined`, a Proxy, a cycle); TypeScript
 * already rejects unknown state and guard names. {@link safeDefineWorkflow} returns the same
 * error as a value.
 *
 * Events are typed from the definition: each event's effect and `to` function receive an event
 * whose `type` is its name, whose `payload` is the output of its schema and whose `actor.role` is
 * one of `types.role`; guards receive the union of all the events and narrow it by `type`; and
 * {@link transition} accepts only `{ type, payload }` pairs the definition allows (the payload's
 * input type, no payload for an event without a schema).
 *
 * `from: ['*']` means every non-terminal state. Payload schemas must be idempotent
 * (parsing a parsed payload gives it back), because {@link safeReplay} parses stored payloads again.
 *
 * The result is a copy of the definition, deep-frozen (payload schemas and functions are shared
 * as they are). Keep `version` on records to tell which rules they ran under.
 *
 * @typeParam TTypes - The type carrier: record, role, context.
 * @typeParam TState - The state names.
 * @typeParam TEvents - The event names, each mapped to its payload schema.
 * @typeParam TGuard - The guard names.
 * @param definition - The workflow as data.
 * @returns The frozen workflow.
 * @throws RendaError `INVALID_WORKFLOW` when the definition is inconsistent.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { defineWorkflow, type WorkflowRecord } from 'renda';
 *
 * type Ticket = WorkflowRecord & { title: string; assignee?: string };
 *
 * const ticketWorkflow = defineWorkflow({
 *   id: 'ticket',
 *   version: 1,
 *   types: {} as { record: Ticket; role: 'clerk' | 'engineer'; context: undefined },
 *   initial: 'open',
 *   states: {
 *     open: { label: { 'zh-Hans': '待处理', 'zh-Hant': '待處理', en: 'Open' }, category: 'open' },
 *     assigned: { label: { 'zh-Hans': '已分派', 'zh-Hant': '已分派', en: 'Assigned' }, category: 'open' },
 *     done: { label: { 'zh-Hans': '已办结', 'zh-Hant': '已辦結', en: 'Done' }, category: 'closed', terminal: true },
 *   },
 *   events: {
 *     assign: {
 *       label: { 'zh-Hans': '分派', 'zh-Hant': '分派', en: 'Assign' },
 *       payload: z.object({ assignee: z.string().min(1) }),
 *       from: ['open'],
 *       to: 'assigned',
 *       roles: ['clerk'],
 *       effect: (draft, event) => {
 *         if (event.payload) draft.assignee = event.payload.assignee;
 *       },
 *     },
 *     close: {
 *       label: { 'zh-Hans': '办结', 'zh-Hant': '辦結', en: 'Close' },
 *       from: ['assigned'],
 *       to: 'done',
 *       roles: ['engineer'],
 *       guards: ['hasTitle'],
 *     },
 *   },
 *   guards: {
 *     hasTitle: {
 *       message: { 'zh-Hans': '标题不能为空', en: 'the title must not be empty' },
 *       check: (record) => record.title.length > 0,
 *     },
 *   },
 * });
 * console.log(Object.isFrozen(ticketWorkflow.events.assign)); // true
 * ```
 * @category Workflow engine
 */
export function defineWorkflow<
  TTypes extends WorkflowTypes,
  TState extends string,
  TEvents,
  TGuard extends string = never,
>(
  definition: WorkflowDefinition<TTypes, TState, TEvents, TGuard>,
): Workflow<TTypes, TState, TEvents, TGuard> {
  const result = safeDefineWorkflow(definition);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * Defines a workflow as data (定义流程) like {@link defineWorkflow}, but returns a result instead
 * of throwing: `{ ok: true, value }` with the frozen workflow, or `{ ok: false, error }` with the
 * {@link WorkflowDefinitionError} that lists every problem.
 *
 * @remarks Never throws, whatever it is given: `undefined`, `null`, a Proxy whose traps throw, an
 * object with a getter that throws, a null-prototype object, a cycle or data nested without end
 * all come back as `INVALID_WORKFLOW`. Use it where a definition arrives at run time (a
 * configuration file, a plug-in).
 * @typeParam TTypes - The type carrier: record, role, context.
 * @typeParam TState - The state names.
 * @typeParam TEvents - The event names, each mapped to its payload schema.
 * @typeParam TGuard - The guard names.
 * @param definition - The workflow as data.
 * @returns The frozen workflow, or why the definition is refused.
 *
 * @example
 * ```ts
 * import { safeDefineWorkflow, type WorkflowRecord } from 'renda';
 *
 * const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
 * const result = safeDefineWorkflow({
 *   id: 'ticket',
 *   version: 0,
 *   types: {} as { record: WorkflowRecord; role: 'clerk'; context: undefined },
 *   initial: 'open',
 *   states: { open: { label: label('待处理', 'Open'), category: 'open' } },
 *   events: {},
 * });
 * if (!result.ok) console.log(result.error.code); // 'INVALID_WORKFLOW'
 * ```
 * @category Workflow engine
 */
export function safeDefineWorkflow<
  TTypes extends WorkflowTypes,
  TState extends string,
  TEvents,
  TGuard extends string = never,
>(
  definition: WorkflowDefinition<TTypes, TState, TEvents, TGuard>,
): Result<Workflow<TTypes, TState, TEvents, TGuard>, WorkflowDefinitionError> {
  return neverThrow(
    () => {
      if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
        throw definitionError(definitionDetails.invalid, [definitionDetails.notAnObject]);
      }
      const loose = {
        id: definition.id,
        version: definition.version,
        initial: definition.initial,
        states: definition.states,
        events: definition.events,
        guards: definition.guards ?? {},
        ...(definition.rulesVersion === undefined ? {} : { rulesVersion: definition.rulesVersion }),
        ...(definition.agentPolicy === undefined ? {} : { agentPolicy: definition.agentPolicy }),
      };
      validateDefinition(loose);
      return Object.freeze({
        ok: true as const,
        value: freezeDefinition<Workflow<TTypes, TState, TEvents, TGuard>>(loose),
      });
    },
    (thrown) => definitionFailure(thrown, definitionDetails.invalid),
  );
}
