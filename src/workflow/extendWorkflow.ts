import type { RendaError } from '../model/shared/validationError.js';
import { freezeDefinition } from './internal/freezeDefinition.js';
import {
  type DefinitionProblem,
  definitionError,
  validateDefinition,
} from './internal/validateDefinition.js';
import type {
  AnyWorkflow,
  EventSpec,
  GuardSpec,
  StateSpec,
  Workflow,
  WorkflowContextOf,
  WorkflowEventNameOf,
  WorkflowGuardOf,
  WorkflowRecordOf,
  WorkflowStateOf,
  WorkflowTypes,
} from './types.js';

/**
 * The event-to-payload-schema map of a workflow (事件与载荷映射), as `extendWorkflow` merges it.
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
 * What {@link extendWorkflow} takes: states, events and guards to add or replace, roles to
 * tighten, guards to add to existing events, and a wider type carrier.
 *
 * @typeParam W - The base workflow.
 * @typeParam TTypes - The extended type carrier (a record with more fields, more roles).
 * @typeParam TState - The new state names.
 * @typeParam TEvents - The new or replaced events, each mapped to its payload schema.
 * @typeParam TGuard - The new guard names.
 * @example
 * ```ts
 * import type { AnyWorkflow, WorkflowExtension } from 'renda';
 *
 * const tighten: WorkflowExtension<AnyWorkflow, AnyWorkflow['types'], never, {}, never> = {
 *   tightenRoles: { close: ['liaisonOffice'] },
 * };
 * ```
 * @category Workflow engine
 */
export interface WorkflowExtension<
  W extends AnyWorkflow,
  TTypes extends WorkflowTypes,
  TState extends string,
  TEvents,
  TGuard extends string,
> {
  /** A new id; defaults to the base's. */
  readonly id?: string;
  /** A new version; defaults to the base's. */
  readonly version?: number;
  /** The wider type carrier: a record type that extends the base's, more roles. */
  readonly types?: TTypes;
  /** States to add (or relabel, by an existing name). */
  readonly states?: { readonly [S in TState]: StateSpec };
  /** Events to add, or to replace whole by an existing name. */
  readonly events?: {
    readonly [E in keyof TEvents]: EventSpec<
      TTypes,
      WorkflowStateOf<W> | NoInfer<TState>,
      WorkflowGuardOf<W> | NoInfer<TGuard>,
      TEvents[E]
    >;
  };
  /** Guards to add (or replace, by an existing name). */
  readonly guards?: { readonly [G in TGuard]: GuardSpec<TTypes> };
  /** Narrow who may send an existing event: a non-empty subset of its roles. */
  readonly tightenRoles?: {
    readonly [E in WorkflowEventNameOf<W>]?: readonly [TTypes['role'], ...TTypes['role'][]];
  };
  /** Guards to run after an existing event's own guards. */
  readonly addGuards?: {
    readonly [E in WorkflowEventNameOf<W>]?: readonly (WorkflowGuardOf<W> | NoInfer<TGuard>)[];
  };
}

/** The bilingual `INVALID_WORKFLOW` error for one problem of the extension `id`. */
function extensionError(id: string, problem: DefinitionProblem): RendaError {
  return definitionError(
    { zh: `流程扩展「${id}」有误`, en: `workflow extension "${id}" is invalid` },
    [problem],
  );
}

/**
 * Extends a workflow (扩展流程): adds states, events and guards, replaces an event by name,
 * tightens who may send an event, adds guards to existing events, and widens the record and
 * role types, returning a new frozen workflow; the base is unchanged.
 *
 * @remarks
 * Rules:
 * - `events` entries replace a base event of the same name whole (its roles, guards, effect);
 *   new names are appended after the base's events.
 * - `tightenRoles` may only narrow: each list must be a non-empty subset of the event's roles
 *   (after any replacement). Widening throws; to let a new role send an event, replace the
 *   event in `events`.
 * - `addGuards` appends guards, which run after the event's own.
 * - `types` widens the carrier: the record type must extend the base's (base effects keep
 *   working on the wider record), and the context must extend the base's.
 * The result is checked like a new definition, so an inconsistent extension throws a
 * `RendaError` with code `INVALID_WORKFLOW`.
 *
 * @typeParam W - The base workflow.
 * @typeParam TTypes - The extended type carrier.
 * @typeParam TState - The new state names.
 * @typeParam TEvents - The new or replaced events.
 * @typeParam TGuard - The new guard names.
 * @param base - The workflow to extend.
 * @param extension - What to add, replace, tighten.
 * @returns The extended, frozen workflow.
 * @throws RendaError `INVALID_WORKFLOW` when the extension widens roles or names unknown states,
 * events or guards.
 *
 * @example
 * ```ts
 * import { defineWorkflow, extendWorkflow, type WorkflowRecord } from 'renda';
 *
 * const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
 * const base = defineWorkflow({
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
 * const withReview = extendWorkflow(base, {
 *   types: {} as { record: WorkflowRecord & { returns?: number }; role: 'clerk' | 'reviewer'; context: undefined },
 *   states: {
 *     returnedForRevision: { label: label('退回修改', 'Returned for revision'), category: 'open' },
 *   },
 *   events: {
 *     returnForRevision: {
 *       label: label('退回修改', 'Return for revision'),
 *       from: ['open'],
 *       to: 'returnedForRevision',
 *       roles: ['reviewer'],
 *       effect: (draft) => {
 *         draft.returns = (draft.returns ?? 0) + 1;
 *       },
 *     },
 *   },
 * });
 * console.log(Object.keys(withReview.states)); // ['open', 'done', 'returnedForRevision']
 * ```
 * @category Workflow engine
 */
export function extendWorkflow<
  W extends AnyWorkflow,
  TTypes extends WorkflowTypes & {
    readonly record: WorkflowRecordOf<W>;
    readonly context: WorkflowContextOf<W>;
  } = W['types'],
  TState extends string = never,
  // biome-ignore lint/complexity/noBannedTypes: an empty event map is the default.
  TEvents = {},
  TGuard extends string = never,
>(
  base: W,
  extension: WorkflowExtension<W, TTypes, TState, TEvents, TGuard>,
): Workflow<
  TTypes,
  WorkflowStateOf<W> | TState,
  Omit<EventsOf<W>, keyof TEvents> & TEvents,
  WorkflowGuardOf<W> | TGuard
> {
  const id = extension.id ?? base.id;
  const events = { ...base.events } as unknown as Record<string, Record<string, unknown>>;
  for (const [name, spec] of Object.entries(extension.events ?? {})) {
    events[name] = spec as Record<string, unknown>;
  }
  for (const [name, roles] of Object.entries(extension.tightenRoles ?? {}) as [string, unknown][]) {
    const event = Object.hasOwn(events, name) ? events[name] : undefined;
    if (event === undefined) {
      throw extensionError(id, {
        zh: `tightenRoles 引用了未知事件「${name}」`,
        en: `tightenRoles names unknown event "${name}"`,
      });
    }
    const current = event.roles as readonly string[];
    if (!Array.isArray(roles) || roles.length === 0) {
      throw extensionError(id, {
        zh: `tightenRoles.${name} 须为非空的角色列表`,
        en: `tightenRoles.${name} must be a non-empty list`,
      });
    }
    const wider = roles.filter((role) => !current.includes(role));
    if (wider.length > 0) {
      throw extensionError(id, {
        zh: `tightenRoles.${name} 只能收窄事件「${name}」的角色（${current.join('、')}），不得新增角色 ${wider.join('、')}`,
        en: `tightenRoles.${name} may only narrow the roles (${current.join(', ')}); it adds ${wider.join(', ')}`,
      });
    }
    events[name] = { ...event, roles: [...roles] };
  }
  for (const [name, guards] of Object.entries(extension.addGuards ?? {}) as [string, unknown][]) {
    const event = Object.hasOwn(events, name) ? events[name] : undefined;
    if (event === undefined) {
      throw extensionError(id, {
        zh: `addGuards 引用了未知事件「${name}」`,
        en: `addGuards names unknown event "${name}"`,
      });
    }
    if (!Array.isArray(guards)) {
      throw extensionError(id, {
        zh: `addGuards.${name} 须为守卫条件名称列表`,
        en: `addGuards.${name} must be a list`,
      });
    }
    events[name] = {
      ...event,
      guards: [...((event.guards as string[] | undefined) ?? []), ...guards],
    };
  }
  const loose = {
    id,
    version: extension.version ?? base.version,
    initial: base.initial,
    states: { ...base.states, ...(extension.states ?? {}) },
    events,
    guards: { ...base.guards, ...(extension.guards ?? {}) },
    ...(base.rulesVersion === undefined ? {} : { rulesVersion: base.rulesVersion }),
  };
  validateDefinition(loose);
  return freezeDefinition(loose);
}
