import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { Actor } from '../../src/model/shared/actor.js';
import { availableEvents } from '../../src/workflow/availableEvents.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { extendWorkflow } from '../../src/workflow/extendWorkflow.js';
import { isWorkflowEvent } from '../../src/workflow/isWorkflowEvent.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { safeTransition, type TransitionEventInput } from '../../src/workflow/safeTransition.js';
import { transition } from '../../src/workflow/transition.js';
import type {
  EventsOf,
  WorkflowActor,
  WorkflowEvent,
  WorkflowEventNameOf,
  WorkflowEventOf,
  WorkflowGuardOf,
  WorkflowRecord,
  WorkflowRecordOf,
  WorkflowRoleOf,
  WorkflowStateOf,
} from '../../src/workflow/types.js';
import { workflowTransitions } from '../../src/workflow/workflowTransitions.js';
import { type ReviewedTicket, reviewedTicketWorkflow } from './support/reviewExtension.js';
import { ctx, newTicket, type Ticket, ticketWorkflow } from './support/ticketWorkflow.js';

const label = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'A' };
type Types = { record: WorkflowRecord & { n: number }; role: 'a' | 'b'; context: { max: number } };
const actor = { role: 'clerk', id: 'C-1' } as const;
const at = '2025-01-01T00:00:00Z';

describe('defineWorkflow types', () => {
  it('infers state, event and guard names', () => {
    expectTypeOf<WorkflowStateOf<typeof ticketWorkflow>>().toEqualTypeOf<
      'open' | 'assigned' | 'escalated' | 'resolved' | 'done'
    >();
    expectTypeOf<WorkflowEventNameOf<typeof ticketWorkflow>>().toEqualTypeOf<
      'assign' | 'comment' | 'escalate' | 'resolve' | 'close'
    >();
    expectTypeOf<WorkflowGuardOf<typeof ticketWorkflow>>().toEqualTypeOf<
      'hasTitle' | 'isAssignee' | 'assigneeAvailable'
    >();
    expectTypeOf<WorkflowRecordOf<typeof ticketWorkflow>>().toEqualTypeOf<Ticket>();
  });

  it('types the draft, the parsed payload and the context in effects', () => {
    defineWorkflow({
      id: 'x',
      version: 1,
      types: {} as Types,
      initial: 'one',
      states: { one: { label, category: 'open' } },
      events: {
        go: {
          label,
          from: ['one'],
          to: 'one',
          roles: ['a'],
          effect: (draft, event, context) => {
            expectTypeOf(draft.n).toEqualTypeOf<number>();
            expectTypeOf(event.payload).toEqualTypeOf<undefined>();
            expectTypeOf(context.max).toEqualTypeOf<number>();
          },
        },
      },
    });
    const assign = ticketWorkflow.events.assign;
    type AssignEvent = Parameters<NonNullable<typeof assign.effect>>[1];
    expectTypeOf<NonNullable<AssignEvent['payload']>>().toEqualTypeOf<{ assignee: string }>();
  });

  it('rejects unknown state, guard and role names and empty roles', () => {
    defineWorkflow({
      id: 'x',
      version: 1,
      types: {} as Types,
      // @ts-expect-error: unknown initial state
      initial: 'zero',
      states: { one: { label, category: 'open' }, two: { label, category: 'closed' } },
      events: {
        // @ts-expect-error: unknown from state
        a: { label, from: ['onee'], to: 'two', roles: ['a'] },
        // @ts-expect-error: unknown to state
        b: { label, from: ['one'], to: 'three', roles: ['a'] },
        // @ts-expect-error: unknown guard
        c: { label, from: ['one'], to: 'two', roles: ['a'], guards: ['isLeadProposr'] },
        // @ts-expect-error: unknown role
        d: { label, from: ['one'], to: 'two', roles: ['c'] },
        // @ts-expect-error: roles must not be empty
        e: { label, from: ['one'], to: 'two', roles: [] },
        // @ts-expect-error: agent roles must be roles of the workflow
        i: { label, from: ['one'], to: 'two', roles: ['a'], agentRoles: ['c'] },
        // @ts-expect-error: agent roles must not be empty
        j: { label, from: ['one'], to: 'two', roles: ['a'], agentRoles: [] },
        k: { label, from: ['one'], to: 'two', roles: ['a'], agentRoles: ['b'] },
        // @ts-expect-error: role labels are keyed by roles of the workflow
        l: { label, from: ['one'], to: 'two', roles: ['a'], roleLabels: { c: label } },
        m: { label, from: ['one'], to: 'two', roles: ['a'], roleLabels: { b: label } },
        // @ts-expect-error: a function target needs its targets
        f: { label, from: ['one'], to: () => 'two' as const, roles: ['a'] },
        // @ts-expect-error: targets must be states
        g: { label, from: ['one'], to: () => 'two' as const, targets: ['three'], roles: ['a'] },
        h: {
          label,
          from: ['*'],
          to: () => 'two' as const,
          targets: ['two'],
          roles: ['a', 'b'],
          guards: ['isLeadProposer'],
        },
      },
      guards: { isLeadProposer: { message: label, check: (record) => record.n > 0 } },
    });
  });
});

describe('events that stay and per-source targets', () => {
  it('accepts an event without `to`, typing its effect like any other', () => {
    const wf = defineWorkflow({
      id: 'x',
      version: 1,
      types: {} as Types,
      initial: 'one',
      states: { one: { label, category: 'open' }, two: { label, category: 'open' } },
      events: {
        note: {
          label,
          from: ['*'],
          roles: ['a'],
          effect: (draft, event, context) => {
            expectTypeOf(draft.n).toEqualTypeOf<number>();
            expectTypeOf(event.payload).toEqualTypeOf<undefined>();
            expectTypeOf(context.max).toEqualTypeOf<number>();
          },
        },
        maybe: {
          label,
          from: ['one', 'two'],
          to: (record) => (record.n > 0 ? 'two' : 'one'),
          targets: { one: ['two', 'one'], two: ['two'] },
          roles: ['a'],
        },
      },
    });
    expectTypeOf<WorkflowEventNameOf<typeof wf>>().toEqualTypeOf<'note' | 'maybe'>();
    const transitions = workflowTransitions(wf);
    expectTypeOf(transitions[0]!.from).toEqualTypeOf<'one' | 'two'>();
    expectTypeOf(transitions[0]!.event).toEqualTypeOf<'note' | 'maybe'>();
  });

  it('rejects targets on an event that stays and unknown names in per-source targets', () => {
    defineWorkflow({
      id: 'x',
      version: 1,
      types: {} as Types,
      initial: 'one',
      states: { one: { label, category: 'open' }, two: { label, category: 'open' } },
      events: {
        // @ts-expect-error: an event that stays lists no targets
        a: { label, from: ['one'], targets: ['one'], roles: ['a'] },
        b: {
          label,
          from: ['one'],
          to: () => 'two' as const,
          // @ts-expect-error: per-source keys must be states
          targets: { onee: ['two'] },
          roles: ['a'],
        },
        c: {
          label,
          from: ['one'],
          to: () => 'two' as const,
          // @ts-expect-error: per-source targets must be states
          targets: { one: ['three'] },
          roles: ['a'],
        },
      },
    });
  });
});

describe('transition types', () => {
  it('returns the record type it was given', () => {
    const result = safeTransition(
      newTicket(),
      { type: 'assign', payload: { assignee: 'E-1' } },
      {
        workflow: ticketWorkflow,
        actor,
        at,
        context: ctx,
      },
    );
    if (result.ok) expectTypeOf(result.value.record).toEqualTypeOf<Ticket>();
  });

  it('rejects events of another workflow, records of another type and a wrong context', () => {
    const options = { workflow: ticketWorkflow, actor, at, context: ctx };
    // @ts-expect-error: not an event of the ticket workflow
    safeTransition(newTicket(), { type: 'returnForRevision' }, options);
    // @ts-expect-error: not a ticket
    safeTransition({ state: 'open', history: [] }, { type: 'close' }, options);
    const wrongContext = { ...options, context: { max: 1 } };
    // @ts-expect-error: wrong context
    safeTransition(newTicket(), { type: 'close' }, wrongContext);
  });

  it('narrows a plain string with isWorkflowEvent', () => {
    const raw: string = 'close';
    if (isWorkflowEvent(ticketWorkflow, raw)) {
      expectTypeOf(raw).toEqualTypeOf<WorkflowEventNameOf<typeof ticketWorkflow>>();
    }
  });
});

describe('extendWorkflow types', () => {
  type W = typeof reviewedTicketWorkflow;

  it('knows the extended states, events, guards and roles', () => {
    expectTypeOf<'returnedForRevision'>().toExtend<WorkflowStateOf<W>>();
    expectTypeOf<'returnForRevision' | 'revise' | 'assign'>().toExtend<WorkflowEventNameOf<W>>();
    expectTypeOf<'notReturnedTwice' | 'hasTitle'>().toExtend<WorkflowGuardOf<W>>();
    expectTypeOf<WorkflowRoleOf<W>>().toEqualTypeOf<
      'clerk' | 'engineer' | 'manager' | 'reviewer'
    >();
  });

  it('lets the extended record type flow through safeTransition, availableEvents and replay', () => {
    const record: ReviewedTicket = newTicket();
    const result = safeTransition(
      record,
      { type: 'returnForRevision', payload: { reason: 'x' } },
      {
        workflow: reviewedTicketWorkflow,
        actor: { role: 'reviewer', id: 'R-1' },
        at,
        context: ctx,
      },
    );
    if (result.ok)
      expectTypeOf(result.value.record.returnReasons).toEqualTypeOf<
        readonly string[] | undefined
      >();
    const reviewer = { role: 'reviewer', id: 'R-1' } as const;
    const rows = availableEvents(record, reviewer, {
      workflow: reviewedTicketWorkflow,
      context: ctx,
      at: '2025-03-01T10:00:00+08:00',
    });
    // @ts-expect-error `at` is required: windows are judged at a given time.
    availableEvents(record, reviewer, { workflow: reviewedTicketWorkflow, context: ctx });
    expectTypeOf(rows[0]!.type).toEqualTypeOf<WorkflowEventNameOf<W>>();
    const rebuilt = safeReplay(record, [], { workflow: reviewedTicketWorkflow, context: ctx });
    if (rebuilt.ok) expectTypeOf(rebuilt.value).toEqualTypeOf<ReviewedTicket>();
  });

  it('rejects unknown names in an extension', () => {
    extendWorkflow(ticketWorkflow, {
      // @ts-expect-error: unknown guard
      addGuards: { close: ['nope'] },
    });
    extendWorkflow(ticketWorkflow, {
      events: {
        // @ts-expect-error: unknown state
        reopen: { label, from: ['resolved'], to: 'reopened', roles: ['clerk'] },
      },
    });
  });
});

describe('typed events of a defineWorkflow workflow', () => {
  const options = { workflow: ticketWorkflow, actor, at, context: ctx };

  it('accepts each event with its own payload input, and no payload where there is no schema', () => {
    safeTransition(newTicket(), { type: 'assign', payload: { assignee: 'E-1' } }, options);
    safeTransition(newTicket(), { type: 'comment', payload: { note: '已联系' } }, options);
    transition(newTicket(), { type: 'close' }, options);
    expectTypeOf<TransitionEventInput<typeof ticketWorkflow>['type']>().toEqualTypeOf<
      'assign' | 'comment' | 'escalate' | 'resolve' | 'close'
    >();
  });

  it('rejects a wrong payload key, a wrong payload type and an unknown event type', () => {
    // @ts-expect-error: misspelt payload key
    safeTransition(newTicket(), { type: 'assign', payload: { asignee: 'E-1' } }, options);
    // @ts-expect-error: wrong payload type
    safeTransition(newTicket(), { type: 'assign', payload: { assignee: 5 } }, options);
    // @ts-expect-error: unknown event type
    safeTransition(newTicket(), { type: 'reopen' }, options);
    // @ts-expect-error: the payload is required by the schema
    transition(newTicket(), { type: 'assign' }, options);
    // @ts-expect-error: an event without a schema takes no payload
    transition(newTicket(), { type: 'close', payload: { note: 'x' } }, options);
  });

  it('rejects an unknown role, and an actor whose role is any string', () => {
    const guest = { role: 'guest', id: 'G-1' } as const;
    // @ts-expect-error: unknown role
    safeTransition(newTicket(), { type: 'close' }, { ...options, actor: guest });
    const loose: Actor = { role: 'clerk', id: 'C-1' };
    // @ts-expect-error: a plain Actor's role is any string
    safeTransition(newTicket(), { type: 'close' }, { ...options, actor: loose });
    // @ts-expect-error: unknown role
    availableEvents(newTicket(), guest, { workflow: ticketWorkflow, context: ctx });
    expectTypeOf<WorkflowActor<WorkflowRoleOf<typeof ticketWorkflow>>['role']>().toEqualTypeOf<
      'clerk' | 'engineer' | 'manager'
    >();
  });

  it('types the one acted for (onBehalfOf) with the workflow’s roles, and the agent in events', () => {
    const forEngineer = {
      role: 'clerk',
      id: 'C-1',
      onBehalfOf: { role: 'engineer', id: 'E-1' },
    } as const;
    safeTransition(newTicket(), { type: 'close' }, { ...options, actor: forEngineer });
    const forGuest = {
      role: 'clerk',
      id: 'C-1',
      onBehalfOf: { role: 'guest', id: 'G-1' },
    } as const;
    // @ts-expect-error: the one acted for holds a role of the workflow
    safeTransition(newTicket(), { type: 'close' }, { ...options, actor: forGuest });
    expectTypeOf<WorkflowEvent<unknown, 'go', 'a' | 'b'>['agent']>().toEqualTypeOf<
      WorkflowActor<'a' | 'b'> | undefined
    >();
  });

  it('gives effects and `to` their own event, and guards the union narrowed by type', () => {
    defineWorkflow({
      id: 'x',
      version: 1,
      types: {} as Types,
      initial: 'one',
      states: { one: { label, category: 'open' }, two: { label, category: 'open' } },
      events: {
        go: {
          label,
          payload: z.object({ steps: z.number().int() }),
          from: ['one'],
          to: (_record, event) => {
            expectTypeOf(event.type).toEqualTypeOf<'go'>();
            expectTypeOf(event.payload).toEqualTypeOf<{ steps: number } | undefined>();
            return 'two';
          },
          targets: ['two'],
          roles: ['a'],
          guards: ['positive'],
          effect: (draft, event) => {
            expectTypeOf(event.actor.role).toEqualTypeOf<'a' | 'b'>();
            draft.n = event.payload?.steps ?? 0;
            // @ts-expect-error: no such payload field
            draft.n = event.payload?.step ?? 0;
          },
        },
        stop: {
          label,
          payload: z.object({ reason: z.string() }),
          from: ['two'],
          to: 'one',
          roles: ['b'],
          guards: ['positive'],
        },
      },
      guards: {
        positive: {
          message: label,
          needsPayload: true,
          check: (_record, event) => {
            expectTypeOf(event.type).toEqualTypeOf<'go' | 'stop'>();
            // @ts-expect-error: the union must be narrowed before a payload is read
            const unread = event.payload?.steps;
            if (event.type !== 'go') return unread === undefined;
            expectTypeOf(event.payload).toEqualTypeOf<{ steps: number } | undefined>();
            return (event.payload?.steps ?? 0) > 0;
          },
        },
      },
    });
  });

  it('derives the event union from the definition', () => {
    type TicketEvent = WorkflowEventOf<typeof ticketWorkflow>;
    expectTypeOf<TicketEvent['type']>().toEqualTypeOf<WorkflowEventNameOf<typeof ticketWorkflow>>();
    expectTypeOf<Extract<TicketEvent, { type: 'assign' }>>().toEqualTypeOf<
      WorkflowEvent<{ assignee: string }, 'assign', 'clerk' | 'engineer' | 'manager'>
    >();
    expectTypeOf<keyof EventsOf<typeof ticketWorkflow>>().toEqualTypeOf<
      WorkflowEventNameOf<typeof ticketWorkflow>
    >();
  });
});

describe('typed events of an extendWorkflow workflow', () => {
  const reviewer = { role: 'reviewer', id: 'R-1' } as const;
  const options = { workflow: reviewedTicketWorkflow, actor: reviewer, at, context: ctx };
  const record: ReviewedTicket = newTicket();

  it("types the extension's new events and keeps the base's typed", () => {
    safeTransition(record, { type: 'returnForRevision', payload: { reason: '补充材料' } }, options);
    safeTransition(record, { type: 'assign', payload: { assignee: 'E-1' } }, options);
    // @ts-expect-error: misspelt payload key of a new event
    safeTransition(record, { type: 'returnForRevision', payload: { reasons: 'x' } }, options);
    // @ts-expect-error: wrong payload type of a new event
    safeTransition(record, { type: 'returnForRevision', payload: { reason: 1 } }, options);
    // @ts-expect-error: misspelt payload key of a base event
    safeTransition(record, { type: 'assign', payload: { asignee: 'E-1' } }, options);
    // @ts-expect-error: unknown event type
    safeTransition(record, { type: 'reopen' }, options);
  });

  it("accepts the extension's new role and rejects an unknown one", () => {
    safeTransition(record, { type: 'close' }, { ...options, actor: reviewer });
    const guest = { role: 'guest', id: 'G-1' } as const;
    // @ts-expect-error: unknown role
    safeTransition(record, { type: 'close' }, { ...options, actor: guest });
  });

  it("gives the extension's guards the extended union", () => {
    extendWorkflow(ticketWorkflow, {
      events: {
        reopen: {
          label,
          payload: z.object({ why: z.string() }),
          from: ['resolved'],
          to: 'open',
          roles: ['clerk'],
          guards: ['hasWhy'],
        },
      },
      guards: {
        hasWhy: {
          message: label,
          needsPayload: true,
          check: (_record, event) => {
            expectTypeOf<'reopen' | 'assign'>().toExtend<typeof event.type>();
            return event.type === 'reopen' && (event.payload?.why ?? '') !== '';
          },
        },
      },
    });
  });
});
