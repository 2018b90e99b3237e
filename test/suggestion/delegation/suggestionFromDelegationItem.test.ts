import { describe, expect, it } from 'vitest';
import { RendaError } from '../../../src/model/shared/validationError.js';
import {
  safeSuggestionFromDelegationItem,
  suggestionFromDelegationItem,
} from '../../../src/suggestion/delegation/suggestionFromDelegationItem.js';
import { safeVerifyDelegationItem } from '../../../src/suggestion/delegation/verifyDelegationItem.js';
import { defaultPolicy } from '../../../src/suggestion/policy.js';
import { safeVerifySuggestion } from '../../../src/suggestion/verifySuggestion.js';
import { isDeepFrozen } from '../../workflow/support/isDeepFrozen.js';
import { allConsented, approved, MEMBERS, ok } from './support/items.js';

const options = {
  id: 'S-201',
  at: '2025-01-20T09:00:00+08:00',
  policy: defaultPolicy,
  officeId: 'OFFICE-CS',
};

describe('suggestionFromDelegationItem', () => {
  it('submits the suggestion in the delegation’s name: the head leads, every member signs', () => {
    const ready = allConsented();
    const { suggestion, item } = suggestionFromDelegationItem(ready, options);
    expect(suggestion).toMatchObject({
      id: 'S-201',
      kind: 'suggestion',
      state: 'submitted',
      period: 'duringSession',
      congress: ready.congress,
      session: ready.session,
      title: ready.title,
      content: ready.content,
      topic: ready.topic,
      delegationId: 'DEL-CS',
      createdAt: ready.createdAt,
      submittedAt: '2025-01-20T01:00:00.000Z',
      proposers: [
        { deputyId: 'D-1', role: 'lead' },
        { deputyId: 'D-2', role: 'co' },
        { deputyId: 'D-3', role: 'co' },
        { deputyId: 'D-4', role: 'co' },
      ],
    });
    expect(item).toMatchObject({
      state: 'submitted',
      suggestionId: 'S-201',
      submittedAt: '2025-01-20T01:00:00.000Z',
    });
    expect(item.history.at(-1)?.actor).toEqual({ role: 'liaisonOffice', id: 'OFFICE-CS' });
    expect(isDeepFrozen(suggestion) && isDeepFrozen(item)).toBe(true);
    expect(safeVerifyDelegationItem(item)).toEqual({ ok: true, value: item });
    expect(safeVerifySuggestion(suggestion, { policies: defaultPolicy })).toEqual({
      ok: true,
      value: suggestion,
    });
  });

  it('takes the period between sessions when asked', () => {
    const { suggestion } = suggestionFromDelegationItem(allConsented(), {
      ...options,
      period: 'betweenSessions',
    });
    expect(suggestion.period).toBe('betweenSessions');
  });

  it('refuses an item not every member has consented to, and one already submitted', () => {
    const partly = ok(approved(), MEMBERS[0], 'consent');
    expect(safeSuggestionFromDelegationItem(partly, options)).toMatchObject({
      ok: false,
      error: { code: 'GUARD_FAILED', guard: 'everyMemberConsented' },
    });
    const { item } = suggestionFromDelegationItem(allConsented(), options);
    expect(safeSuggestionFromDelegationItem(item, options)).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED_IN_STATE' },
    });
  });

  it('refuses bad options and bad items by name, and throws a RendaError', () => {
    expect(
      safeSuggestionFromDelegationItem(allConsented(), { ...options, officeId: ' ' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['officeId'] }] } });
    expect(safeSuggestionFromDelegationItem(allConsented(), null as never)).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['options'] }] },
    });
    expect(
      safeSuggestionFromDelegationItem(allConsented(), { ...options, policy: null as never }).ok,
    ).toBe(false);
    const bad = safeSuggestionFromDelegationItem({ ...allConsented(), headId: 'D-9' }, options);
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: ['headId'] }] } });
    expect(() => suggestionFromDelegationItem(approved(), options)).toThrow(RendaError);
  });
});
