import type { Draft } from 'immer';
import type * as z from 'zod';
import type { BilingualText, Label } from '../model/shared/localized.js';
import type { ValidationIssue } from '../model/shared/validationError.js';
import type { AgentPolicySpec } from './agentPolicy.js';
import type { HistoryEntry } from './historyEntry.js';
import type { RulesVersionSpec } from './rulesVersion.js';

/**
 * The least a record must have to run in a workflow (流程记录): its current state and its
 * history.
 *
 * @example
 * ```ts
 * import type { WorkflowRecord } from 'renda';
 *
 * const ticket: WorkflowRecord & { title: string } = { state: 'open', history: [], title: '路灯' };
 * ```
 * @category Workflow engine
 */
export interface WorkflowRecord {
  /** 当前状态. */
  readonly state: string;
  /** 历史记录, oldest first. */
  readonly history: readonly HistoryEntry[];
}

/**
 * The type carrier of a workflow (类型载体): `types: {} as { record; role; context }` in
 * {@link defineWorkflow}. It exists only for TypeScript; its runtime value is an empty object.
 *
 * @example
 * ```ts
 * import type { WorkflowRecord, WorkflowTypes } from 'renda';
 *
 * type TicketTypes = WorkflowTypes & {
 *   record: WorkflowRecord & { title: string };
 *   role: 'clerk' | 'engineer';
 *   context: { maxOpen: number };
 * };
 * ```
 * @category Workflow engine
 */
export interface WorkflowTypes {
  /** The record type the workflow runs on. */
  readonly record: WorkflowRecord;
  /** The role names that may appear in `roles`. */
  readonly role: string;
  /** What guards, effects and target functions receive besides the record (policy, lookups). */
  readonly context: unknown;
}

/**
 * The coarse category of a state (状态大类), for interoperability and dashboards: still open
 * (办理中), replied (已答复), or closed (已办结).
 *
 * @example
 * ```ts
 * import { STATE_CATEGORIES } from 'renda';
 *
 * console.log(STATE_CATEGORIES); // ['open', 'replied', 'closed']
 * ```
 * @category Workflow engine
 */
export const STATE_CATEGORIES = ['open', 'replied', 'closed'] as const;

/**
 * One of {@link STATE_CATEGORIES}.
 *
 * @example
 * ```ts
 * import type { StateCategory } from 'renda';
 *
 * const category: StateCategory = 'replied';
 * ```
 * @category Workflow engine
 */
export type StateCategory = (typeof STATE_CATEGORIES)[number];

/**
 * A state of a workflow (状态): its label in three locales, its category, and whether it is
 * terminal (终态: no event leaves it).
 *
 * @example
 * ```ts
 * import type { StateSpec } from 'renda';
 *
 * const done: StateSpec = {
 *   label: { 'zh-Hans': '已办结', 'zh-Hant': '已辦結', en: 'Closed' },
 *   category: 'closed',
 *   terminal: true,
 * };
 * ```
 * @category Workflow engine
 */
export interface StateSpec {
  /** 状态名称. */
  readonly label: Label;
  /** 状态大类. */
  readonly category: StateCategory;
  /** 终态: no event may leave a terminal state, and `'*'` never includes it. */
  readonly terminal?: boolean;
}

/**
 * Who sends an event (操作者), with the role typed by the workflow: `role` is one of the
 * workflow's roles (`types.role`), so an unknown role does not compile.
 *
 * @typeParam TRole - The workflow's role names.
 * @example
 * ```ts
 * import type { WorkflowActor } from 'renda';
 *
 * const clerk: WorkflowActor<'clerk' | 'engineer'> = { role: 'clerk', id: 'C-1' };
 * ```
 * @category Workflow engine
 */
export interface WorkflowActor<TRole extends string = string> {
  /** 角色: one of the workflow's roles. */
  readonly role: TRole;
  /** 操作者编号. */
  readonly id: string;
  /**
   * 代为操作: the one the actor acts for. The event must list the actor's role in
   * `agentRoles`, and the one acted for must hold one of its `roles`; guards, effects and target
   * functions see the one acted for as `event.actor` and the actor as `event.agent`.
   */
  readonly onBehalfOf?: { readonly role: TRole; readonly id: string } | undefined;
}

/**
 * An event as guards, effects and target functions see it (事件): its type, its payload already
 * parsed by the event's schema, the actor and the two times (canonical UTC).
 *
 * @remarks
 * In a workflow every event is typed by its definition: `type` is the event's name, `payload` the
 * output of its schema, `actor.role` one of the workflow's roles. Guards receive the union of
 * the workflow's events ({@link WorkflowEventOf}) and narrow it by `type`; effects and target
 * functions receive their own event's member.
 *
 * @typeParam TPayload - The parsed payload type.
 * @typeParam TType - The event's name.
 * @typeParam TRole - The workflow's role names.
 * @example
 * ```ts
 * import type { WorkflowEvent } from 'renda';
 *
 * const event: WorkflowEvent<{ note: string }, 'close', 'engineer'> = {
 *   type: 'close',
 *   payload: { note: '已修复' },
 *   actor: { role: 'engineer', id: 'E-1' },
 *   at: '2025-01-10T02:00:00.000Z',
 *   recordedAt: '2025-01-10T02:00:00.000Z',
 * };
 * ```
 * @category Workflow engine
 */
export interface WorkflowEvent<
  TPayload = Readonly<Record<string, unknown>>,
  TType extends string = string,
  TRole extends string = string,
> {
  /** 事件类型. */
  readonly type: TType;
  /** 事件内容, parsed; absent when the event has no payload schema (or in `availableEvents`). */
  readonly payload?: TPayload;
  /** 操作者: who the act is done by, or for when someone acted on their behalf. */
  readonly actor: WorkflowActor<TRole>;
  /** 代为操作者: who sent the event for `actor` (e.g. the office keying in a paper item). */
  readonly agent?: WorkflowActor<TRole>;
  /** 发生时间. */
  readonly at: string;
  /** 登记时间. */
  readonly recordedAt: string;
}

/**
 * The events of a workflow as a discriminated union (事件联合类型), built from its type carrier
 * and its event-to-payload-schema map: one {@link WorkflowEvent} per event name, with that
 * event's parsed payload and the workflow's roles. Guards receive it and narrow by `type`.
 *
 * @typeParam TTypes - The type carrier (for the roles).
 * @typeParam TEvents - The event names, each mapped to its payload schema (or `undefined`).
 * @example
 * ```ts
 * import * as z from 'zod';
 * import type { WorkflowEventUnion, WorkflowRecord } from 'renda';
 *
 * const assignPayload = z.object({ assignee: z.string() });
 * type TicketEvent = WorkflowEventUnion<
 *   { record: WorkflowRecord; role: 'clerk'; context: undefined },
 *   { assign: typeof assignPayload; close: undefined }
 * >;
 * const assignee = (event: TicketEvent) => (event.type === 'assign' ? event.payload?.assignee : undefined);
 * ```
 * @category Workflow engine
 */
export type WorkflowEventUnion<TTypes extends WorkflowTypes, TEvents> = {
  [E in keyof TEvents & string]: WorkflowEvent<PayloadOf<TEvents[E]>, E, TTypes['role']>;
}[keyof TEvents & string];

/**
 * A zod schema for an event's payload (事件内容校验): any schema whose output is an object.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import type { PayloadSchema } from 'renda';
 *
 * const schema: PayloadSchema = z.object({ note: z.string() });
 * ```
 * @category Workflow engine
 */
export type PayloadSchema = z.ZodType<Readonly<Record<string, unknown>>, unknown>;

/**
 * The parsed payload type of an event whose payload schema is `TSchema` (`undefined` when the
 * event has none).
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import type { PayloadOf } from 'renda';
 *
 * const schema = z.object({ note: z.string() });
 * const payload: PayloadOf<typeof schema> = { note: '已修复' };
 * ```
 * @category Workflow engine
 */
export type PayloadOf<TSchema> = TSchema extends z.ZodType ? z.output<TSchema> : undefined;

/**
 * A named guard (守卫条件): a pure check on the record, the event and the context, and the
 * bilingual reason given when it refuses.
 *
 * @remarks
 * A guard must be pure and fast. It receives the workflow's event union
 * ({@link WorkflowEventUnion}); one guard may serve several events, so it narrows by
 * `event.type` before it reads a payload (as xstate's `assertEvent` does). `availableEvents` runs
 * guards without a payload; a guard that reads the payload sets `needsPayload: true`, so
 * `availableEvents` skips it (and lists it in `uncheckedGuards`) instead of judging an event it
 * cannot see.
 * @typeParam TTypes - The workflow's type carrier.
 * @typeParam TEvent - The events the guard may see (the workflow's event union).
 * @example
 * ```ts
 * import type { GuardSpec, WorkflowTypes } from 'renda';
 *
 * const hasTitle: GuardSpec<WorkflowTypes & { record: { state: string; history: []; title: string } }> = {
 *   message: { 'zh-Hans': '标题不能为空', en: 'the title must not be empty' },
 *   check: (record) => record.title.length > 0,
 * };
 * ```
 * @category Workflow engine
 */
export interface GuardSpec<TTypes extends WorkflowTypes = WorkflowTypes, TEvent = WorkflowEvent> {
  /** Why it refused, in Chinese and English. */
  readonly message: BilingualText;
  /** True when the check reads `event.payload`. */
  readonly needsPayload?: boolean;
  /**
   * The check: true lets the event through. `event` is the workflow's event union; narrow it by
   * `event.type` to read a payload.
   */
  // A method, so a guard written for a base workflow's events still fits an extension, whose
  // event union and roles are wider (the engine only ever passes events of the workflow).
  check(record: TTypes['record'], event: TEvent, context: TTypes['context']): boolean;
}

/**
 * A non-empty read-only list (非空列表): event roles and targets must name at least one.
 *
 * @example
 * ```ts
 * import type { NonEmpty } from 'renda';
 *
 * const roles: NonEmpty<string> = ['liaisonOffice'];
 * ```
 * @category Workflow engine
 */
export type NonEmpty<T> = readonly [T, ...T[]];

/**
 * The parts of an event shared by its three forms of target (fixed, staying, computed): label,
 * payload schema, source states, roles, guards and effect.
 *
 * @example
 * ```ts
 * import type { EventSpecBase } from 'renda';
 *
 * type Label = EventSpecBase<{ record: { state: string; history: [] }; role: 'clerk'; context: null }, 'open', never, undefined>['label'];
 * ```
 * @category Workflow engine
 */
export interface EventSpecBase<
  TTypes extends WorkflowTypes,
  TState extends string,
  TGuard extends string,
  TSchema,
  TName extends string = string,
> {
  /** 事件名称. */
  readonly label: Label;
  /**
   * 按角色的事件名称: what the event is called where a role reads it, when that differs from
   * `label` (a unit reads `reply` as 答复代表, a deputy as 收到答复); see {@link eventLabel}.
   */
  readonly roleLabels?: { readonly [R in TTypes['role']]?: Label };
  /** The payload schema; absent when the event carries no payload. */
  readonly payload?: TSchema;
  /**
   * The payload fields' names in Chinese and English (字段名称), so that an error about the
   * payload names the field as model errors do (`{ note: { 'zh-Hans': '备注', en: 'note' } }`).
   */
  readonly fieldNames?: Readonly<Record<string, BilingualText>>;
  /** The states the event may leave; `'*'` is every non-terminal state. */
  readonly from: readonly (TState | '*')[];
  /** 有权角色: the roles allowed to send it; never empty. */
  readonly roles: NonEmpty<TTypes['role']>;
  /**
   * 代为操作角色: the roles that may send it on behalf of one who holds one of `roles` (the
   * liaison office keying in a suggestion handed in on paper). Absent: nobody acts for another.
   */
  readonly agentRoles?: NonEmpty<TTypes['role']>;
  /** The names of the guards to run, in order. */
  readonly guards?: readonly TGuard[];
  /** An immer recipe that updates the record; must not return a value or keep the draft. */
  // Methods (here and `to`), so that a workflow with typed events still fits `AnyWorkflow`, whose
  // events take any name: TypeScript compares method parameters both ways.
  effect?(
    draft: Draft<TTypes['record']>,
    event: WorkflowEvent<PayloadOf<TSchema>, TName, TTypes['role']>,
    context: TTypes['context'],
  ): void;
  /** What the event means, for docs and screens. */
  readonly describe?: BilingualText;
  /**
   * 仅限重放: the event is written only into histories by a trusted step outside the process (an
   * import's adoption entry) and applied only when a history is replayed. `safeTransition`
   * refuses it (`FORBIDDEN`), `availableEvents` never lists it, and `workflowTransitions` and
   * diagrams leave it out.
   */
  readonly replayOnly?: boolean;
}

/**
 * Where a function `to` may lead from each state the event leaves (按来源状态的可能目标): a map
 * from every source state to the states `to` may return there.
 *
 * @remarks
 * Use it instead of a flat `targets` list when the possible targets depend on the source, so
 * that diagrams draw only moves that can happen. Every state the event may leave needs an entry;
 * a source listed among its own targets means the event may keep the record there.
 * @typeParam TState - The state names.
 * @example
 * ```ts
 * import type { TargetsBySource } from 'renda';
 *
 * // From `open` the event may move on or stay; from `assigned` it always stays.
 * const targets: TargetsBySource<'open' | 'assigned' | 'done'> = {
 *   open: ['done', 'open'],
 *   assigned: ['assigned'],
 * };
 * ```
 * @category Workflow engine
 */
export type TargetsBySource<TState extends string> = { readonly [S in TState]?: NonEmpty<TState> };

/**
 * An event of a workflow (事件定义): label, payload schema, `from` states, target (`to`), roles,
 * guards by name, effect, description.
 *
 * @remarks
 * `to` takes one of three forms:
 * - **omitted**: the event stays (不改变状态) — it records something (a consultation, a
 *   supervision, a request) and the record keeps whatever state it was in. `targets` must be
 *   omitted too. Diagrams list it in a note on each `from` state instead of drawing an arrow.
 * - **a state name**: the event always leads there.
 * - **a function** of the record, event and context that picks the state: it must declare what it
 *   may return in `targets`, so that diagrams and docs know without running code. `targets` is a
 *   list (the same for every source state) or a {@link TargetsBySource} map (per source state);
 *   returning the current state keeps the record where it is, and is allowed when the current
 *   state is among the targets for that source. A returned state outside them is refused with
 *   `EFFECT_FAILED`.
 * @typeParam TTypes - The workflow's type carrier.
 * @typeParam TState - The state names.
 * @typeParam TGuard - The guard names.
 * @typeParam TSchema - The payload schema.
 * @typeParam TName - The event's name (the `type` its guards, effect and `to` see).
 * @example
 * ```ts
 * import type { EventSpec, WorkflowTypes } from 'renda';
 *
 * type Spec = EventSpec<WorkflowTypes, 'open' | 'done', never, undefined>;
 * const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
 *
 * const close: Spec = { label: label('办结', 'Close'), from: ['open'], to: 'done', roles: ['engineer'] };
 * // No `to`: a reminder is recorded and the record stays open.
 * const remind: Spec = { label: label('催办', 'Remind'), from: ['open'], roles: ['clerk'] };
 * ```
 * @category Workflow engine
 */
export type EventSpec<
  TTypes extends WorkflowTypes,
  TState extends string,
  TGuard extends string,
  TSchema,
  TName extends string = string,
> = EventSpecBase<TTypes, TState, TGuard, TSchema, TName> &
  (
    | {
        /** 目标状态. */
        readonly to: TState;
        readonly targets?: undefined;
      }
    | {
        /** Omitted: the event stays in the state it left (不改变状态). */
        readonly to?: undefined;
        readonly targets?: undefined;
      }
    | {
        /** Picks the target state; returning the current state stays there. */
        to(
          record: TTypes['record'],
          event: WorkflowEvent<PayloadOf<TSchema>, TName, TTypes['role']>,
          context: TTypes['context'],
        ): TState;
        /** Every state `to` may return: one list for every source, or a list per source. */
        readonly targets: NonEmpty<TState> | TargetsBySource<TState>;
      }
  );

/**
 * A workflow (流程定义): a deep-frozen plain object of states, events and guards, built by
 * {@link defineWorkflow} or {@link extendWorkflow}.
 *
 * @typeParam TTypes - The type carrier: record, role, context.
 * @typeParam TState - The state names.
 * @typeParam TEvents - The event names, each mapped to its payload schema (or `undefined`).
 * @typeParam TGuard - The guard names.
 * @example
 * ```ts
 * import { type AnyWorkflow, workflowStates } from 'renda';
 *
 * function stateCount(workflow: AnyWorkflow): number {
 *   return workflowStates(workflow).length;
 * }
 * ```
 * @category Workflow engine
 */
export interface Workflow<
  TTypes extends WorkflowTypes = WorkflowTypes,
  TState extends string = string,
  TEvents = Record<string, unknown>,
  TGuard extends string = string,
> {
  /** 流程编号, e.g. `'suggestion'`. */
  readonly id: string;
  /** 版本: bump it when the rules change, and store it on records. */
  readonly version: number;
  /** The type carrier; an empty object at runtime. */
  readonly types: TTypes;
  /** 初始状态. */
  readonly initial: TState;
  /** 状态. */
  readonly states: { readonly [S in TState]: StateSpec };
  /** 事件, in the order they were defined. */
  readonly events: {
    readonly [E in keyof TEvents]: EventSpec<TTypes, TState, TGuard, TEvents[E], E & string>;
  };
  /** 守卫条件 by name. */
  readonly guards: {
    readonly [G in TGuard]: GuardSpec<TTypes, WorkflowEventUnion<TTypes, TEvents>>;
  };
  /** 规则版本: how to read the rules a context applies; see {@link RulesVersionSpec}. */
  readonly rulesVersion?: RulesVersionSpec<TTypes['context']>;
  /** 代为操作规则: who may act on another's behalf under a context; see {@link AgentPolicySpec}. */
  readonly agentPolicy?: AgentPolicySpec<TTypes['context']>;
}

/**
 * Any workflow, whatever its types: the constraint of functions that take a workflow.
 *
 * @example
 * ```ts
 * import type { AnyWorkflow } from 'renda';
 *
 * const byId = new Map<string, AnyWorkflow>();
 * ```
 * @category Workflow engine
 */
// biome-ignore lint/suspicious/noExplicitAny: the widest workflow must accept every event map.
export type AnyWorkflow = Workflow<any, string, any, string>;

/**
 * The record type of a workflow.
 *
 * @example
 * ```ts
 * import type { AnyWorkflow, WorkflowRecordOf } from 'renda';
 *
 * type R = WorkflowRecordOf<AnyWorkflow>;
 * ```
 * @category Workflow engine
 */
export type WorkflowRecordOf<W extends AnyWorkflow> = W['types']['record'];

/**
 * The context type of a workflow.
 *
 * @example
 * ```ts
 * import type { AnyWorkflow, WorkflowContextOf } from 'renda';
 *
 * type C = WorkflowContextOf<AnyWorkflow>;
 * ```
 * @category Workflow engine
 */
export type WorkflowContextOf<W extends AnyWorkflow> = W['types']['context'];

/**
 * The role names of a workflow.
 *
 * @example
 * ```ts
 * import type { AnyWorkflow, WorkflowRoleOf } from 'renda';
 *
 * type R = WorkflowRoleOf<AnyWorkflow>;
 * ```
 * @category Workflow engine
 */
export type WorkflowRoleOf<W extends AnyWorkflow> = W['types']['role'];

/**
 * The state names of a workflow.
 *
 * @example
 * ```ts
 * import type { AnyWorkflow, WorkflowStateOf } from 'renda';
 *
 * type S = WorkflowStateOf<AnyWorkflow>;
 * ```
 * @category Workflow engine
 */
export type WorkflowStateOf<W extends AnyWorkflow> = W['initial'];

/**
 * The event names of a workflow.
 *
 * @example
 * ```ts
 * import type { AnyWorkflow, WorkflowEventNameOf } from 'renda';
 *
 * type E = WorkflowEventNameOf<AnyWorkflow>;
 * ```
 * @category Workflow engine
 */
export type WorkflowEventNameOf<W extends AnyWorkflow> = keyof W['events'] & string;

/**
 * The guard names of a workflow.
 *
 * @example
 * ```ts
 * import type { AnyWorkflow, WorkflowGuardOf } from 'renda';
 *
 * type G = WorkflowGuardOf<AnyWorkflow>;
 * ```
 * @category Workflow engine
 */
export type WorkflowGuardOf<W extends AnyWorkflow> = keyof W['guards'] & string;

/**
 * The event-to-payload-schema map of a workflow (事件与载荷映射): each event name mapped to its
 * payload schema, or to `undefined`/`unknown` when the event takes none.
 *
 * @example
 * ```ts
 * import type { EventsOf, suggestionWorkflow } from 'renda';
 *
 * type SuggestionEvents = keyof EventsOf<typeof suggestionWorkflow>;
 * ```
 * @category Workflow engine
 */
export type EventsOf<W extends AnyWorkflow> =
  W extends Workflow<infer _T, infer _S, infer E, infer _G> ? E : never;

/**
 * The events of a workflow as guards see them (流程事件): the discriminated union of its events,
 * each with its own parsed payload type and the workflow's roles.
 *
 * @example
 * ```ts
 * import { suggestionWorkflow, type WorkflowEventOf } from 'renda';
 *
 * type Reply = Extract<WorkflowEventOf<typeof suggestionWorkflow>, { type: 'reply' }>;
 * const outcome = (event: Reply) => event.payload?.outcomeClass;
 * ```
 * @category Workflow engine
 */
export type WorkflowEventOf<W extends AnyWorkflow> = WorkflowEventUnion<W['types'], EventsOf<W>>;

/**
 * Why a workflow definition or extension was refused (流程定义错误): the code
 * `INVALID_WORKFLOW` and a bilingual message listing the problems. {@link safeDefineWorkflow}
 * and {@link safeExtendWorkflow} return it; {@link defineWorkflow} and {@link extendWorkflow}
 * throw it as a `RendaError`.
 *
 * @example
 * ```ts
 * import type { WorkflowDefinitionError } from 'renda';
 *
 * const error: WorkflowDefinitionError = {
 *   code: 'INVALID_WORKFLOW',
 *   message: { 'zh-Hans': '流程定义「ticket」有误：version 须为正整数', en: 'workflow definition "ticket" is invalid: version must be a positive integer' },
 * };
 * ```
 * @category Workflow engine
 */
export interface WorkflowDefinitionError {
  /** Always `INVALID_WORKFLOW`. */
  readonly code: 'INVALID_WORKFLOW';
  /** Every problem found (up to fifty), in Chinese and English. */
  readonly message: BilingualText;
}

/**
 * The codes of a refused safeTransition (流转错误代码).
 *
 * @remarks
 * In the order `safeTransition` checks them: `INVALID_EVENT` (the workflow has no such event),
 * `INVALID_INPUT` (bad `at`/`recordedAt`/actor, a malformed record, or a payload its schema
 * rejects), `RULES_VERSION_MISMATCH` (the context applies other rules than the record's
 * `rulesVersion`, see {@link RulesVersionSpec}), `NOT_ALLOWED_IN_STATE`, `FORBIDDEN` (the actor's
 * role may not send it), `GUARD_FAILED`, and `EFFECT_FAILED` (a guard, target function or effect threw or misbehaved:
 * a bug in the definition, reported as a value).
 * @example
 * ```ts
 * import { TRANSITION_ERROR_CODES } from 'renda';
 *
 * console.log(TRANSITION_ERROR_CODES.includes('GUARD_FAILED')); // true
 * ```
 * @category Workflow engine
 */
export const TRANSITION_ERROR_CODES = [
  'INVALID_EVENT',
  'INVALID_INPUT',
  'RULES_VERSION_MISMATCH',
  'NOT_ALLOWED_IN_STATE',
  'FORBIDDEN',
  'GUARD_FAILED',
  'EFFECT_FAILED',
] as const;

/**
 * One of {@link TRANSITION_ERROR_CODES}.
 *
 * @example
 * ```ts
 * import type { TransitionErrorCode } from 'renda';
 *
 * const code: TransitionErrorCode = 'FORBIDDEN';
 * ```
 * @category Workflow engine
 */
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

/**
 * Why a transition was refused (流转被拒绝的原因): a code, a bilingual message, the event and
 * state, the guard that refused, and field-level issues for bad input.
 *
 * @example
 * ```ts
 * import type { TransitionError } from 'renda';
 *
 * const error: TransitionError = {
 *   code: 'FORBIDDEN',
 *   message: { 'zh-Hans': '无权操作', en: 'not allowed for this role' },
 *   event: 'close',
 *   state: 'open',
 * };
 * ```
 * @category Workflow engine
 */
export interface TransitionError {
  /** The machine code. */
  readonly code: TransitionErrorCode;
  /** What went wrong, in Chinese and English. */
  readonly message: BilingualText;
  /** The event's type as sent. */
  readonly event: string;
  /** The record's state, when it was read. */
  readonly state?: string;
  /** The guard that refused (`GUARD_FAILED`) or threw (`EFFECT_FAILED`). */
  readonly guard?: string;
  /** Field-level issues (`INVALID_INPUT`), with paths such as `['payload', 'note']`. */
  readonly issues?: readonly ValidationIssue[];
}
