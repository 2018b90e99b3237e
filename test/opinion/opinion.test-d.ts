import { describe, expectTypeOf, it } from 'vitest';
import type { ConstituentOpinion } from '../../src/model/constituentOpinion.js';
import type { OpinionOutcome, Submitter } from '../../src/model/opinionParts.js';
import { isMainlandMobile } from '../../src/model/personal/isMainlandMobile.js';
import { createOpinion } from '../../src/opinion/createOpinion.js';
import { defaultOpinionPolicy, defineOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import type { OpinionEvent, OpinionRole } from '../../src/opinion/opinionTypes.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';
import { type PublicOpinion, toPublicOpinion } from '../../src/opinion/toPublicOpinion.js';
import { transition } from '../../src/workflow/transition.js';
import type { WorkflowRoleOf } from '../../src/workflow/types.js';

declare const opinion: ConstituentOpinion;
const at = '2025-09-26T10:00:00+08:00';
const options = {
  workflow: opinionWorkflow,
  context: { policy: defaultOpinionPolicy },
  at,
} as const;

describe('opinion types', () => {
  it('types the roles and the events from the definition', () => {
    expectTypeOf<WorkflowRoleOf<typeof opinionWorkflow>>().toEqualTypeOf<OpinionRole>();
    expectTypeOf<Extract<OpinionEvent, { type: 'handle' }>['payload']>().toEqualTypeOf<
      { outcome: OpinionOutcome; content?: string | undefined } | undefined
    >();
  });

  it('accepts the events the definition allows, and returns a ConstituentOpinion', () => {
    const office = { role: 'liaisonOffice', id: 'OFFICE' } as const;
    const { record } = transition(
      opinion,
      { type: 'classify', payload: { level: 'street', category: 'enquiry' } },
      { ...options, actor: office },
    );
    expectTypeOf(record).toEqualTypeOf<ConstituentOpinion>();
    transition(
      opinion,
      // @ts-expect-error: not a level of the loop
      { type: 'classify', payload: { level: 'moon', category: 'enquiry' } },
      { ...options, actor: office },
    );
    transition(
      opinion,
      // @ts-expect-error: an event of the suggestion workflow, not of opinions
      { type: 'submit' },
      { ...options, actor: office },
    );
    transition(
      opinion,
      { type: 'accept' },
      {
        ...options,
        // @ts-expect-error: not a role of the opinion workflow
        actor: { role: 'presidium', id: 'P-1' },
      },
    );
    transition(
      opinion,
      { type: 'accept' },
      // @ts-expect-error: the loop needs its policy as context
      { workflow: opinionWorkflow, context: undefined, at, actor: office },
    );
  });

  it('types the intake, the policy, the validators and the public view', () => {
    expectTypeOf(createOpinion).returns.toEqualTypeOf<ConstituentOpinion>();
    expectTypeOf<ConstituentOpinion['submitter']>().toEqualTypeOf<Submitter | undefined>();
    expectTypeOf(isMainlandMobile).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(isMainlandMobile).returns.toEqualTypeOf<boolean>();
    expectTypeOf(toPublicOpinion).returns.toEqualTypeOf<PublicOpinion>();
    expectTypeOf<PublicOpinion['status']>().toEqualTypeOf<'open' | 'closed'>();
    expectTypeOf<'submitter' extends keyof PublicOpinion ? true : false>().toEqualTypeOf<false>();
    createOpinion(
      // @ts-expect-error: a channel that does not exist
      { id: 'O-1', channel: 'wechat', content: '…' },
      { at, policy: defaultOpinionPolicy },
    );
    // @ts-expect-error: a policy override needs its id and version
    defineOpinionPolicy({ maxReopenRounds: 1 });
  });
});
