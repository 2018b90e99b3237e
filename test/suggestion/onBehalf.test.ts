import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/model/shared/actor.js';
import { defaultPolicy, definePolicy, safeDefinePolicy } from '../../src/suggestion/policy.js';
import { definePolicyRegistry } from '../../src/suggestion/policyRegistry.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { safeVerifySuggestion } from '../../src/suggestion/verifySuggestion.js';
import { availableEvents } from '../../src/workflow/availableEvents.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { untyped } from '../workflow/support/untyped.js';
import { assigned, deputy, draft, office, refused, step, unit } from './support/walk.js';

// 代为操作: the office keys in what deputies hand in on paper (a suggestion during the session,
// an evaluation form, a written withdrawal), and a unit's paper reply where the policy allows.

const forDeputy = (id: string): Actor => ({ ...office, onBehalfOf: { role: 'deputy', id } });
const forUnit = (id: string): Actor => ({ ...office, onBehalfOf: { role: 'handlingUnit', id } });
const at = '2024-11-20T10:00:00+08:00';

describe('acting on behalf (代为操作)', () => {
  it('lets the office submit a paper item for its lead proposer; the history records both', () => {
    const submitted = step(draft(), 'submit', undefined, forDeputy('D-1'), at);
    expect(submitted.state).toBe('submitted');
    const entry = submitted.history.at(-1);
    expect(entry?.actor).toEqual({
      role: 'liaisonOffice',
      id: 'OFFICE',
      onBehalfOf: { role: 'deputy', id: 'D-1' },
    });
  });

  it('judges the one acted for: only the lead proposer may be submitted for', () => {
    refused(draft(), 'submit', undefined, forDeputy('D-2'), at, {
      code: 'GUARD_FAILED',
      guard: 'isLeadProposer',
    });
  });

  it('refuses a role the event does not let act for another, and a principal without the role', () => {
    const byUnit: Actor = { ...unit('U-1'), onBehalfOf: { role: 'deputy', id: 'D-1' } };
    refused(draft(), 'submit', undefined, byUnit, at, { code: 'FORBIDDEN' });
    refused(draft(), 'submit', undefined, forUnit('U-1'), at, { code: 'FORBIDDEN' });
    // assign has no agent roles: nobody assigns on another's behalf.
    const registered = step(
      step(draft(), 'submit', undefined, deputy('D-1'), at),
      'register',
      { number: '第0001号' },
      office,
      '2024-11-25T10:00:00+08:00',
    );
    refused(
      registered,
      'assign',
      { units: [{ unitId: 'U-1', role: 'lead' }] },
      { ...office, onBehalfOf: { role: 'liaisonOffice', id: 'OFFICE-2' } },
      '2024-11-30T10:00:00+08:00',
      { code: 'FORBIDDEN' },
    );
  });

  it('follows the policy: an event it leaves out may not be done on anyone’s behalf', () => {
    const strict = definePolicy({
      id: 'strict',
      version: 1,
      onBehalf: { submit: [] },
    });
    refused(
      draft({}, strict),
      'submit',
      undefined,
      forDeputy('D-1'),
      at,
      { code: 'FORBIDDEN' },
      { policy: strict },
    );
    // The deputy may still submit in person.
    expect(
      step(draft({}, strict), 'submit', undefined, deputy('D-1'), at, { policy: strict }).state,
    ).toBe('submitted');
  });

  it('lets a policy allow nobody to act on another’s behalf', () => {
    const none = definePolicy({
      id: 'none',
      version: 1,
      onBehalf: { submit: [], withdraw: [], evaluate: [], reply: [] },
    });
    refused(
      draft({}, none),
      'submit',
      undefined,
      forDeputy('D-1'),
      at,
      { code: 'FORBIDDEN' },
      { policy: none },
    );
  });

  it('refuses a policy naming an event that cannot be done on another’s behalf', () => {
    const result = safeDefinePolicy(
      untyped({ id: 'x', version: 1, onBehalf: { assign: ['liaisonOffice'] } }),
    );
    expect(result.ok).toBe(false);
  });

  it('counts an evaluation form keyed in by the office as the deputy’s own', () => {
    let record = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00', {
      input: { proposers: [{ deputyId: 'D-1', role: 'lead' }] },
    });
    record = step(record, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2025-02-20T10:00:00+08:00');
    refused(
      record,
      'evaluate',
      { grade: 'satisfied' },
      forDeputy('D-9'),
      '2025-02-21T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'isEvaluator',
      },
    );
    const closed = step(
      record,
      'evaluate',
      { grade: 'satisfied' },
      forDeputy('D-1'),
      '2025-02-21T10:00:00+08:00',
    );
    expect(closed.state).toBe('closed');
    expect(closed.evaluations.map((e) => e.deputyId)).toEqual(['D-1']);
  });

  it('lets the office key in a unit’s paper reply only where the policy allows it', () => {
    const record = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00');
    refused(record, 'reply', { outcomeClass: 'A' }, forUnit('U-1'), '2025-02-20T10:00:00+08:00', {
      code: 'FORBIDDEN',
    });
    const paper = definePolicy({
      id: 'paper',
      version: 1,
      onBehalf: { reply: ['liaisonOffice'] },
    });
    const withPaper = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00', {
      policy: paper,
    });
    const replied = step(
      withPaper,
      'reply',
      { outcomeClass: 'A' },
      forUnit('U-1'),
      '2025-02-20T10:00:00+08:00',
      {
        policy: paper,
      },
    );
    expect(replied.replies.map((r) => r.unitId)).toEqual(['U-1']);
    refused(
      withPaper,
      'reply',
      { outcomeClass: 'A' },
      forUnit('U-2'),
      '2025-02-20T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'isActiveAssignedUnit',
      },
      { policy: paper },
    );
  });

  it('replays and verifies a history with acts done on behalf', () => {
    let record = draft();
    const initial = record;
    record = step(record, 'submit', undefined, forDeputy('D-1'), at);
    record = step(
      record,
      'withdraw',
      { reason: '书面申请撤回' },
      forDeputy('D-1'),
      '2024-11-21T10:00:00+08:00',
    );
    expect(record.state).toBe('withdrawn');
    const replayed = safeReplay(
      initial,
      record.history.slice(initial.history.length).map((entry) => untyped(entry)),
      { workflow: suggestionWorkflow, context: { policy: defaultPolicy } },
    );
    expect(replayed.ok && replayed.value).toEqual(record);
    const verified = safeVerifySuggestion(record, {
      policies: definePolicyRegistry([defaultPolicy]),
    });
    expect(verified.ok).toBe(true);
  });

  it('lists what the office may do for a deputy in availableEvents', () => {
    const options = { workflow: suggestionWorkflow, at, context: { policy: defaultPolicy } };
    const rows = availableEvents(
      draft(),
      { role: 'liaisonOffice', id: 'OFFICE', onBehalfOf: { role: 'deputy', id: 'D-1' } },
      options,
    );
    expect(rows.find((r) => r.type === 'submit')?.allowed).toBe(true);
    const forCo = availableEvents(
      draft(),
      { role: 'liaisonOffice', id: 'OFFICE', onBehalfOf: { role: 'deputy', id: 'D-2' } },
      options,
    );
    expect(forCo.find((r) => r.type === 'submit')?.allowed).toBe(false);
  });
});
