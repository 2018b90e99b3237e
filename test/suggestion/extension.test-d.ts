import { describe, expectTypeOf, it } from 'vitest';
import type { Suggestion } from '../../src/model/suggestion.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import type {
  SuggestionContext,
  SuggestionEvent,
  SuggestionRole,
  SuggestionWorkflowRecord,
} from '../../src/suggestion/suggestionTypes.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { availableEvents } from '../../src/workflow/availableEvents.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { transition } from '../../src/workflow/transition.js';
import type {
  WorkflowContextOf,
  WorkflowEventNameOf,
  WorkflowEventOf,
  WorkflowRecordOf,
  WorkflowRoleOf,
  WorkflowStateOf,
} from '../../src/workflow/types.js';
import {
  type RevisableSuggestion,
  revisableSuggestionWorkflow,
} from './support/revisionExtension.js';

declare const record: Suggestion;
declare const revisable: RevisableSuggestion;
const at = '2025-01-01T00:00:00Z';

describe('suggestionWorkflow types', () => {
  it('knows its states, roles, record and context', () => {
    expectTypeOf<WorkflowStateOf<typeof suggestionWorkflow>>().toEqualTypeOf<Suggestion['state']>();
    expectTypeOf<WorkflowRoleOf<typeof suggestionWorkflow>>().toEqualTypeOf<SuggestionRole>();
    expectTypeOf<
      WorkflowRecordOf<typeof suggestionWorkflow>
    >().toEqualTypeOf<SuggestionWorkflowRecord>();
    expectTypeOf<Suggestion>().toMatchTypeOf<WorkflowRecordOf<typeof suggestionWorkflow>>();
    expectTypeOf<WorkflowContextOf<typeof suggestionWorkflow>>().toEqualTypeOf<SuggestionContext>();
    expectTypeOf<'reply' | 'evaluate' | 'followUpReply'>().toMatchTypeOf<
      WorkflowEventNameOf<typeof suggestionWorkflow>
    >();
  });

  it('rejects misspelt events and a missing policy', () => {
    const actor = { role: 'handlingUnit', id: 'U-1' } as const;
    const options = { workflow: suggestionWorkflow, actor, at, context: { policy: defaultPolicy } };
    const noPolicy = { workflow: suggestionWorkflow, actor, at, context: {} };
    const reply = { type: 'reply', payload: { outcomeClass: 'A' } } as const;
    safeTransition(record, reply, options);
    // @ts-expect-error: no such event
    safeTransition(record, { type: 'replied' }, options);
    // @ts-expect-error: the context needs the policy
    safeTransition(record, reply, noPolicy);
  });
});

describe('typed events of suggestionWorkflow', () => {
  const unit = { role: 'handlingUnit', id: 'U-1' } as const;
  const options = {
    workflow: suggestionWorkflow,
    actor: unit,
    at,
    context: { policy: defaultPolicy },
  };

  it('accepts each event with its payload input', () => {
    transition(
      record,
      { type: 'reply', payload: { outcomeClass: 'A', faceToFace: true } },
      options,
    );
    transition(record, { type: 'accept' }, options);
    transition(record, { type: 'submit' }, options);
    transition(
      record,
      { type: 'assign', payload: { units: [{ unitId: 'U-1', role: 'lead' }] } },
      options,
    );
  });

  it('rejects a wrong payload key, a wrong payload type, an unknown event and an unknown role', () => {
    transition(
      record,
      // @ts-expect-error: misspelt key (facetoFace would silently skew 见面率 if it were dropped)
      { type: 'reply', payload: { outcomeClass: 'A', facetoFace: true } },
      options,
    );
    // @ts-expect-error: wrong payload type
    transition(record, { type: 'reply', payload: { outcomeClass: 5 } }, options);
    transition(
      record,
      // @ts-expect-error: wrong type deep inside the payload
      { type: 'assign', payload: { units: [{ unitId: 'U-1', role: 'boss' }] } },
      options,
    );
    // @ts-expect-error: the reply needs its outcome class
    transition(record, { type: 'reply' }, options);
    // @ts-expect-error: accept takes no payload
    transition(record, { type: 'accept', payload: {} }, options);
    // @ts-expect-error: unknown event type
    transition(record, { type: 'answer' }, options);
    const mayor = { role: 'mayor', id: 'M-1' } as const;
    // @ts-expect-error: unknown role
    transition(record, { type: 'accept' }, { ...options, actor: mayor });
    // @ts-expect-error: unknown role
    availableEvents(record, mayor, {
      workflow: suggestionWorkflow,
      context: { policy: defaultPolicy },
    });
  });

  it('gives guards the union of its events, each with its parsed payload', () => {
    expectTypeOf<SuggestionEvent>().toEqualTypeOf<WorkflowEventOf<typeof suggestionWorkflow>>();
    type Reply = Extract<SuggestionEvent, { type: 'reply' }>;
    expectTypeOf<NonNullable<Reply['payload']>>().toEqualTypeOf<{
      outcomeClass: string;
      round?: number | undefined;
      faceToFace?: boolean | undefined;
      content?: string | undefined;
    }>();
    expectTypeOf<Reply['actor']['role']>().toEqualTypeOf<SuggestionRole>();
    expectTypeOf<Extract<SuggestionEvent, { type: 'close' }>['payload']>().toEqualTypeOf<
      { reasonCode?: string | undefined; note?: string | undefined } | undefined
    >();
    expectTypeOf<Extract<SuggestionEvent, { type: 'lapseEvaluation' }>['payload']>().toEqualTypeOf<
      { round?: number | undefined } | undefined
    >();
  });
});

describe('the 退回修改 extension types', () => {
  it('adds its state, role and events, typed end to end', () => {
    expectTypeOf<WorkflowStateOf<typeof revisableSuggestionWorkflow>>().toEqualTypeOf<
      Suggestion['state'] | 'returnedForRevision'
    >();
    expectTypeOf<WorkflowRoleOf<typeof revisableSuggestionWorkflow>>().toEqualTypeOf<
      SuggestionRole | 'reviewer'
    >();
    expectTypeOf<'returnForRevision' | 'resubmit' | 'reply'>().toMatchTypeOf<
      WorkflowEventNameOf<typeof revisableSuggestionWorkflow>
    >();
    const result = safeTransition(
      revisable,
      { type: 'returnForRevision', payload: { reason: '请拆分' } },
      {
        workflow: revisableSuggestionWorkflow,
        actor: { role: 'reviewer', id: 'R-1' },
        at,
        context: { policy: defaultPolicy },
      },
    );
    if (result.ok) {
      expectTypeOf(result.value.record.revisionRequests).toEqualTypeOf<
        { at: string; reason: string }[] | undefined
      >();
    }
    const base = {
      workflow: suggestionWorkflow,
      actor: { role: 'deputy', id: 'D-1' },
      at,
      context: { policy: defaultPolicy },
    } as const;
    // @ts-expect-error: the base workflow has no such event
    safeTransition(record, { type: 'returnForRevision', payload: { reason: 'x' } }, base);
    const reviewerOnBase = { ...base, actor: { role: 'reviewer', id: 'R-1' } } as const;
    // @ts-expect-error: the base workflow has no reviewer role
    safeTransition(record, { type: 'accept' }, reviewerOnBase);
  });

  it("types the extension's events and roles, and keeps the base's typed", () => {
    const options = {
      workflow: revisableSuggestionWorkflow,
      actor: { role: 'reviewer', id: 'R-1' },
      at,
      context: { policy: defaultPolicy },
    } as const;
    transition(revisable, { type: 'resubmit' }, options);
    transition(revisable, { type: 'reply', payload: { outcomeClass: 'A' } }, options);
    // @ts-expect-error: misspelt payload key of the new event
    transition(revisable, { type: 'returnForRevision', payload: { reasn: '请拆分' } }, options);
    // @ts-expect-error: wrong payload type of the new event
    transition(revisable, { type: 'returnForRevision', payload: { reason: ['请拆分'] } }, options);
    transition(
      revisable,
      // @ts-expect-error: misspelt payload key of a base event
      { type: 'reply', payload: { outcomeClass: 'A', facetoFace: true } },
      options,
    );
    // @ts-expect-error: unknown event type
    transition(revisable, { type: 'revise' }, options);
    const mayor = { ...options, actor: { role: 'mayor', id: 'M-1' } } as const;
    // @ts-expect-error: unknown role
    transition(revisable, { type: 'resubmit' }, mayor);
    type Revision = Extract<
      WorkflowEventOf<typeof revisableSuggestionWorkflow>,
      { type: 'returnForRevision' }
    >;
    expectTypeOf<NonNullable<Revision['payload']>>().toEqualTypeOf<{ reason: string }>();
    expectTypeOf<Revision['actor']['role']>().toEqualTypeOf<SuggestionRole | 'reviewer'>();
  });
});
