import { quote } from '../internal/quote.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import { isDefinedWorkflow, notAWorkflow } from './internal/definedWorkflows.js';
import { freezeDefinition } from './internal/freezeDefinition.js';
import {
  type DefinitionProblem,
  definitionError,
  definitionFailure,
  validateDefinition,
} from './internal/validateDefinition.js';
import type {
  AnyWorkflow,
  EventSpec,
  EventsOf,
  GuardSpec,
  StateSpec,
  Workflow,
  WorkflowContextOf,
  WorkflowDefinitionError,
  WorkflowEventNameOf,
  WorkflowEventUnion,
  WorkflowGuardOf,
  WorkflowRecordOf,
  WorkflowStateOf,
  WorkflowTypes,
} from './types.js';

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
      TEvents[E],
      E & string
    >;
  };
  /** Guards to add (or replace, by an existing name); each receives the extended event union. */
  readonly guards?: {
    readonly [G in TGuard]: GuardSpec<
      TTypes,
      WorkflowEventUnion<TTypes, ExtendedEvents<W, NoInfer<TEvents>>>
    >;
  };
  /** Narrow who may send an existing event: a non-empty subset of its roles. */
  readonly tightenRoles?: {
    readonly [E in WorkflowEventNameOf<W>]?: readonly [TTypes['role'], ...TTypes['role'][]];
  };
  /** Guards to run after an existing event's own guards. */
  readonly addGuards?: {
    readonly [E in WorkflowEventNameOf<W>]?: readonly (WorkflowGuardOf<W> | NoInfer<TGuard>)[];
  };
}

/**
 * The event-to-payload-schema map of an extended workflow (扩展后的事件映射): the base's events,
 * with those the extension replaces swapped for the extension's, then the extension's new ones.
 *
 * @typeParam W - The base workflow.
 * @typeParam TEvents - The extension's events, each mapped to its payload schema.
 * @example
 * ```ts
 * import type { ExtendedEvents, suggestionWorkflow } from 'renda';
 *
 * type WithReview = keyof ExtendedEvents<typeof suggestionWorkflow, { returnForRevision: undefined }>;
 * ```
 * @category Workflow engine
 */
export type ExtendedEvents<W extends AnyWorkflow, TEvents> = Omit<EventsOf<W>, keyof TEvents> &
  TEvents;

/** The bilingual `INVALID_WORKFLOW` error for one problem of the extension `id`. */
function extensionError(id: unknown, problem: DefinitionProblem): RendaError {
  return definitionError(
    { zh: `流程扩展「${quote(id)}」有误`, en: `workflow extension "${quote(id)}" is invalid` },
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
  ExtendedEvents<W, TEvents>,
  WorkflowGuardOf<W> | TGuard
> {
  const result = safeExtendWorkflow(base, extension);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

const EXTENSION = { zh: '流程扩展有误', en: 'the workflow extension is invalid' };

/**
 * Extends a workflow (扩展流程) like {@link extendWorkflow}, but returns a result instead of
 * throwing: `{ ok: true, value }` with the new frozen workflow, or `{ ok: false, error }` with
 * the {@link WorkflowDefinitionError}.
 *
 * @remarks Never throws, whatever it is given: a base that is not a workflow made by
 * {@link defineWorkflow} or {@link extendWorkflow}, an extension that is `undefined`, `null`, a
 * Proxy whose traps throw, an object with a getter that throws or a cycle all come back as
 * `INVALID_WORKFLOW`.
 * @typeParam W - The base workflow.
 * @typeParam TTypes - The extended type carrier.
 * @typeParam TState - The new state names.
 * @typeParam TEvents - The new or replaced events.
 * @typeParam TGuard - The new guard names.
 * @param base - The workflow to extend.
 * @param extension - What to add, replace, tighten.
 * @returns The extended, frozen workflow, or why the extension is refused.
 *
 * @example
 * ```ts
 * import { safeExtendWorkflow, suggestionWorkflow } from 'renda';
 *
 * // Widening who may reply is refused: tightenRoles may only narrow.
 * const result = safeExtendWorkflow(suggestionWorkflow, {
 *   tightenRoles: { reply: ['handlingUnit', 'deputy'] },
 * });
 * if (!result.ok) console.log(result.error.code); // 'INVALID_WORKFLOW'
 * ```
 * @category Workflow engine
 */
export function safeExtendWorkflow<
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
): Result<
  Workflow<
    TTypes,
    WorkflowStateOf<W> | TState,
    ExtendedEvents<W, TEvents>,
    WorkflowGuardOf<W> | TGuard
  >,
  WorkflowDefinitionError
> {
  return neverThrow(
    () => {
      if (!isDefinedWorkflow(base)) throw notAWorkflow('extendWorkflow', base);
      if (typeof extension !== 'object' || extension === null || Array.isArray(extension)) {
        throw definitionError(EXTENSION, [
          { zh: '扩展须为对象', en: 'the extension must be an object' },
        ]);
      }
      // Each table is an object of names, or absent: a string spread as a table would make one
      // entry per character (10 MB of them), so it is refused before anything reads it.
      for (const table of ['states', 'events', 'guards', 'tightenRoles', 'addGuards'] as const) {
        const value = (extension as Readonly<Record<string, unknown>>)[table];
        if (value !== undefined && (typeof value !== 'object' || value === null)) {
          throw definitionError(EXTENSION, [
            { zh: `扩展的 ${table} 须为对象`, en: `the extension's ${table} must be an object` },
          ]);
        }
      }
      return Object.freeze({ ok: true as const, value: extend(base, extension) as never });
    },
    (thrown) => definitionFailure(thrown, EXTENSION),
  );
}

/** The body of `safeExtendWorkflow`, on a checked base; throws `INVALID_WORKFLOW`. */
function extend(
  base: AnyWorkflow,
  extension: WorkflowExtension<AnyWorkflow, WorkflowTypes, string, object, string>,
): unknown {
  const id = extension.id ?? base.id;
  // A null prototype, so that an event named `__proto__` is a plain entry.
  const events: Record<string, Record<string, unknown>> = Object.create(null);
  const put = (name: string, spec: unknown) => {
    events[name] = spec as Record<string, unknown>;
  };
  for (const [name, spec] of Object.entries(base.events)) put(name, spec);
  for (const [name, spec] of Object.entries(extension.events ?? {})) put(name, spec);
  const eventNamed = (name: string) => {
    const event = Object.hasOwn(events, name) ? events[name] : undefined;
    return typeof event === 'object' && event !== null ? event : undefined;
  };
  for (const [name, roles] of Object.entries(extension.tightenRoles ?? {}) as [string, unknown][]) {
    const event = eventNamed(name);
    if (event === undefined) {
      throw extensionError(id, {
        zh: `tightenRoles 引用了未知事件「${quote(name)}」`,
        en: `tightenRoles names unknown event "${quote(name)}"`,
      });
    }
    const current: readonly unknown[] = Array.isArray(event.roles) ? event.roles : [];
    if (!Array.isArray(roles) || roles.length === 0) {
      throw extensionError(id, {
        zh: `tightenRoles.${quote(name)} 须为非空的角色列表`,
        en: `tightenRoles.${quote(name)} must be a non-empty list`,
      });
    }
    const wider = roles.filter((role) => !current.includes(role));
    if (wider.length > 0) {
      throw extensionError(id, {
        zh: `tightenRoles.${quote(name)} 只能收窄事件「${quote(name)}」的角色（${quote(current.join('、'))}），不得新增角色 ${quote(wider.join('、'))}`,
        en: `tightenRoles.${quote(name)} may only narrow the roles (${quote(current.join(', '))}); it adds ${quote(wider.join(', '))}`,
      });
    }
    put(name, { ...event, roles: [...roles] });
  }
  for (const [name, guards] of Object.entries(extension.addGuards ?? {}) as [string, unknown][]) {
    const event = eventNamed(name);
    if (event === undefined) {
      throw extensionError(id, {
        zh: `addGuards 引用了未知事件「${quote(name)}」`,
        en: `addGuards names unknown event "${quote(name)}"`,
      });
    }
    if (!Array.isArray(guards)) {
      throw extensionError(id, {
        zh: `addGuards.${quote(name)} 须为守卫条件名称列表`,
        en: `addGuards.${quote(name)} must be a list`,
      });
    }
    const own: readonly unknown[] = Array.isArray(event.guards) ? event.guards : [];
    put(name, { ...event, guards: [...own, ...guards] });
  }
  const loose = {
    id,
    version: extension.version ?? base.version,
    initial: base.initial,
    states: { ...base.states, ...(extension.states ?? {}) },
    events,
    guards: { ...base.guards, ...(extension.guards ?? {}) },
    ...(base.rulesVersion === undefined ? {} : { rulesVersion: base.rulesVersion }),
    ...(base.agentPolicy === undefined ? {} : { agentPolicy: base.agentPolicy }),
  };
  validateDefinition(loose);
  return freezeDefinition(loose);
}
