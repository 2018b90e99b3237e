import { describe, expectTypeOf, it } from 'vitest';
import type {
  ConsentDecision,
  DelegationItem,
  DelegationItemState,
} from '../../../src/model/delegationItem.js';
import type {
  DelegationItemEvent,
  DelegationItemRole,
} from '../../../src/suggestion/delegation/delegationItemTypes.js';
import { delegationItemWorkflow } from '../../../src/suggestion/delegation/delegationItemWorkflow.js';
import { pendingConsents } from '../../../src/suggestion/delegation/pendingConsents.js';
import {
  type SuggestionFromDelegationItem,
  suggestionFromDelegationItem,
} from '../../../src/suggestion/delegation/suggestionFromDelegationItem.js';
import type { SuggestionRole } from '../../../src/suggestion/suggestionTypes.js';
import { transition } from '../../../src/workflow/transition.js';
import type { WorkflowRoleOf } from '../../../src/workflow/types.js';

declare const item: DelegationItem;
const at = '2025-01-10T09:00:00+08:00';

describe('delegation item types', () => {
  it('names the record’s parts', () => {
    expectTypeOf(item.state).toEqualTypeOf<DelegationItemState>();
    expectTypeOf<DelegationItem['consents'][number]['decision']>().toEqualTypeOf<ConsentDecision>();
    expectTypeOf(item.approvals[0]?.decision).toEqualTypeOf<'approved' | 'refused' | undefined>();
    expectTypeOf(pendingConsents).returns.toEqualTypeOf<readonly string[]>();
  });

  it('types the workflow’s roles from the suggestion workflow’s, and its events from the definition', () => {
    expectTypeOf<
      WorkflowRoleOf<typeof delegationItemWorkflow>
    >().toEqualTypeOf<DelegationItemRole>();
    expectTypeOf<DelegationItemRole>().toExtend<SuggestionRole>();
    expectTypeOf<
      Extract<DelegationItemEvent, { type: 'refuseConsent' }>['payload']
    >().toEqualTypeOf<{ note: string } | undefined>();
  });

  it('accepts the events the definition allows, and returns a DelegationItem', () => {
    const options = { workflow: delegationItemWorkflow, context: undefined, at } as const;
    const { record } = transition(
      item,
      { type: 'approve' },
      { ...options, actor: { role: 'deputy', id: 'D-1' } },
    );
    expectTypeOf(record).toEqualTypeOf<DelegationItem>();
    transition(
      item,
      { type: 'refuseConsent', payload: { note: '不同意' } },
      {
        ...options,
        actor: { role: 'liaisonOffice', id: 'O-1', onBehalfOf: { role: 'deputy', id: 'D-2' } },
      },
    );
    transition(
      item,
      // @ts-expect-error: a refusal must say why
      { type: 'refuseApproval', payload: {} },
      { ...options, actor: { role: 'deputy', id: 'D-1' } },
    );
    transition(
      item,
      // @ts-expect-error: an event of the motion workflow, not of delegation items
      { type: 'decide', payload: { decision: 'putOnAgenda' } },
      { ...options, actor: { role: 'deputy', id: 'D-1' } },
    );
    transition(
      item,
      { type: 'approve' },
      {
        ...options,
        // @ts-expect-error: not a role of the delegation-item workflow
        actor: { role: 'handlingUnit', id: 'U-1' },
      },
    );
  });

  it('returns both records from a submission', () => {
    expectTypeOf(
      suggestionFromDelegationItem,
    ).returns.toEqualTypeOf<SuggestionFromDelegationItem>();
    expectTypeOf<SuggestionFromDelegationItem['item']>().toEqualTypeOf<DelegationItem>();
  });
});
