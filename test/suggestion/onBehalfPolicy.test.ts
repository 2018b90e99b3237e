import { describe, expect, it } from 'vitest';
import { defaultPolicy, definePolicy } from '../../src/suggestion/policy.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { extendWorkflow } from '../../src/workflow/extendWorkflow.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { draft } from './support/walk.js';

const at = '2024-11-20T10:00:00+08:00';
const forD1 = {
  role: 'liaisonOffice',
  id: 'OFFICE',
  onBehalfOf: { role: 'deputy', id: 'D-1' },
} as const;

describe('the policy on acting for another, enforced by the engine (agentPolicy)', () => {
  it('holds in an extension that restates submit’s guards', () => {
    const none = definePolicy({
      id: 'none',
      version: 1,
      onBehalf: { submit: [], withdraw: [], evaluate: [], reply: [] },
    });
    // A jurisdiction adds its own check to submit, restating the guards it knows from the docs.
    const local = extendWorkflow(suggestionWorkflow, {
      events: {
        submit: { ...suggestionWorkflow.events.submit, guards: ['isLeadProposer'] },
      },
    });
    const result = safeTransition(
      draft({}, none),
      { type: 'submit' },
      {
        workflow: local,
        actor: forD1,
        at,
        context: { policy: none },
      },
    );
    expect(result.ok).toBe(false);
  });
});

describe('policy.onBehalf overrides, merged per event', () => {
  it('adding replies keeps the default rights to submit for a deputy', () => {
    const paper = definePolicy({ id: 'paper', version: 1, onBehalf: { reply: ['liaisonOffice'] } });
    const result = safeTransition(
      draft({}, paper),
      { type: 'submit' },
      {
        workflow: suggestionWorkflow,
        actor: forD1,
        at,
        context: { policy: paper },
      },
    );
    expect(result.ok).toBe(true);
  });

  it('a policy that does not mention onBehalf has the default’s', () => {
    const stored = definePolicy({ id: 'city', version: 3 });
    expect(stored.onBehalf).toEqual(defaultPolicy.onBehalf);
  });
});
