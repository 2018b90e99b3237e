import { describe, expectTypeOf, it } from 'vitest';
import type { Actor } from '../../src/model/shared/actor.js';
import { availableEvents } from '../../src/workflow/availableEvents.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { extendWorkflow } from '../../src/workflow/extendWorkflow.js';
import { isWorkflowEvent } from '../../src/workflow/isWorkflowEvent.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import type {
  WorkflowEventNameOf,
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
const actor: Actor = { role: 'a', id: '1' };
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
      { type: 'assign', payload: {} },
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
        actor,
        at,
        context: ctx,
      },
    );
    if (result.ok)
      expectTypeOf(result.value.record.returnReasons).toEqualTypeOf<
        readonly string[] | undefined
      >();
    const rows = availableEvents(record, actor, {
      workflow: reviewedTicketWorkflow,
      context: ctx,
      at: '2025-03-01T10:00:00+08:00',
    });
    // @ts-expect-error `at` is required: windows are judged at a given time.
    availableEvents(record, actor, { workflow: reviewedTicketWorkflow, context: ctx });
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
