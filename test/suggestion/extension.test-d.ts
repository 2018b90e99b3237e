import { describe, expectTypeOf, it } from 'vitest';
import type { Suggestion } from '../../src/model/suggestion.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import type {
  SuggestionContext,
  SuggestionRole,
  SuggestionWorkflowRecord,
} from '../../src/suggestion/suggestionTypes.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import type {
  WorkflowContextOf,
  WorkflowEventNameOf,
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
    const actor = { role: 'handlingUnit', id: 'U-1' };
    const options = { workflow: suggestionWorkflow, actor, at, context: { policy: defaultPolicy } };
    const noPolicy = { workflow: suggestionWorkflow, actor, at, context: {} };
    safeTransition(record, { type: 'reply' }, options);
    // @ts-expect-error: no such event
    safeTransition(record, { type: 'replied' }, options);
    // @ts-expect-error: the context needs the policy
    safeTransition(record, { type: 'reply' }, noPolicy);
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
      actor: { role: 'reviewer', id: 'R-1' },
      at,
      context: { policy: defaultPolicy },
    };
    // @ts-expect-error: the base workflow has no such event
    safeTransition(record, { type: 'returnForRevision' }, base);
  });
});
