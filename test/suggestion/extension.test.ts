import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { toMermaid } from '../../src/workflow/toMermaid.js';
import { transition } from '../../src/workflow/transition.js';
import {
  type RevisableSuggestion,
  revisableSuggestionWorkflow,
} from './support/revisionExtension.js';
import { draft } from './support/walk.js';

const options = { workflow: revisableSuggestionWorkflow, context: { policy: defaultPolicy } };

describe('extending the suggestion workflow (退回修改)', () => {
  it('adds a state, a role and two events, and keeps every base rule', () => {
    const initial: RevisableSuggestion = draft();
    let record = transition(
      initial,
      { type: 'submit' },
      {
        ...options,
        actor: { role: 'deputy', id: 'D-1' },
        at: '2024-11-20T10:00:00+08:00',
      },
    ).record;
    record = transition(
      record,
      { type: 'returnForRevision', payload: { reason: '一事一议，请拆分' } },
      {
        ...options,
        actor: { role: 'reviewer', id: 'R-1' },
        at: '2024-11-21T10:00:00+08:00',
      },
    ).record;
    expect(record.state).toBe('returnedForRevision');
    expect(record.revisionRequests).toEqual([
      { at: '2024-11-21T02:00:00.000Z', reason: '一事一议，请拆分' },
    ]);
    const byCoSigner = safeTransition(
      record,
      { type: 'resubmit' },
      {
        ...options,
        actor: { role: 'deputy', id: 'D-2' },
        at: '2024-11-22T10:00:00+08:00',
      },
    );
    expect(!byCoSigner.ok && byCoSigner.error.guard).toBe('isLeadProposer');
    record = transition(
      record,
      { type: 'resubmit' },
      {
        ...options,
        actor: { role: 'deputy', id: 'D-1' },
        at: '2024-11-22T10:00:00+08:00',
      },
    ).record;
    record = transition(
      record,
      { type: 'register', payload: { number: '第0002号' } },
      {
        ...options,
        actor: { role: 'liaisonOffice', id: 'OFFICE' },
        at: '2024-11-23T10:00:00+08:00',
      },
    ).record;
    expect(record.state).toBe('registered');
    expect(safeReplay(initial, record.history, options)).toEqual({ ok: true, value: record });
    expect(toMermaid(revisableSuggestionWorkflow)).toContain(
      'submitted --> returnedForRevision : 退回修改',
    );
    expect(Object.keys(suggestionWorkflow.states)).not.toContain('returnedForRevision');
  });

  it('refuses the new event to the base roles', () => {
    const submitted = transition(
      draft() as RevisableSuggestion,
      { type: 'submit' },
      {
        ...options,
        actor: { role: 'deputy', id: 'D-1' },
        at: '2024-11-20T10:00:00+08:00',
      },
    ).record;
    const result = safeTransition(
      submitted,
      { type: 'returnForRevision', payload: { reason: 'x' } },
      {
        ...options,
        actor: { role: 'liaisonOffice', id: 'OFFICE' },
        at: '2024-11-21T10:00:00+08:00',
      },
    );
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });
});
