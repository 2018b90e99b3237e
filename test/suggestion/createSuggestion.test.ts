import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { safeParseSuggestion } from '../../src/model/suggestion.js';
import { createSuggestion, safeCreateSuggestion } from '../../src/suggestion/createSuggestion.js';
import { defaultPolicy, definePolicy } from '../../src/suggestion/policy.js';
import { isDeepFrozen, snapshot } from '../workflow/support/isDeepFrozen.js';
import { baseInput } from './support/walk.js';

describe('createSuggestion', () => {
  it('creates a frozen draft with empty parts, round 1 and the policy’s rules version', () => {
    const policy = definePolicy({ id: 'ningbo', version: 3 });
    const result = safeCreateSuggestion(baseInput, { at: '2025-03-01T09:00:00+08:00', policy });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const record = result.value;
    expect(record).toMatchObject({
      state: 'draft',
      kind: 'suggestion',
      round: 1,
      rulesVersion: 'ningbo@3',
      createdAt: '2025-03-01T01:00:00.000Z',
      confidential: false,
      mergedFrom: [],
      assignments: [],
      replies: [],
      evaluations: [],
      history: [],
    });
    expect(isDeepFrozen(record)).toBe(true);
    expect(safeParseSuggestion(record).ok).toBe(true);
  });

  it('does not change its input', () => {
    const input = snapshot(baseInput);
    safeCreateSuggestion(input, { at: '2025-03-01T09:00:00+08:00', policy: defaultPolicy });
    expect(input).toEqual(baseInput);
  });

  it('names the field on bad input: two leads, a bad time', () => {
    const twoLeads = safeCreateSuggestion(
      {
        ...baseInput,
        proposers: [
          { deputyId: 'D-1', role: 'lead' },
          { deputyId: 'D-2', role: 'lead' },
        ],
      },
      { at: '2025-03-01T09:00:00+08:00', policy: defaultPolicy },
    );
    expect(!twoLeads.ok && twoLeads.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['LEAD_PROPOSER_COUNT', ['proposers']],
    ]);
    const badTime = safeCreateSuggestion(baseInput, {
      at: '2025-03-01 09:00',
      policy: defaultPolicy,
    });
    expect(!badTime.ok && badTime.error.issues[0]?.path).toEqual(['createdAt']);
  });

  it('throws a RendaError in the throwing variant', () => {
    expect(() =>
      createSuggestion(
        { ...baseInput, title: '' },
        { at: '2025-03-01T09:00:00+08:00', policy: defaultPolicy },
      ),
    ).toThrow(RendaError);
  });

  it('reads only the fields of a new suggestion: state and history cannot be smuggled in', () => {
    const smuggled = {
      ...baseInput,
      state: 'closed',
      history: [{ type: 'close' }],
      replies: [{ unitId: 'U-1' }],
    };
    const result = safeCreateSuggestion(smuggled as never, {
      at: '2025-03-01T09:00:00+08:00',
      policy: defaultPolicy,
    });
    expect(result.ok && result.value).toMatchObject({ state: 'draft', history: [], replies: [] });
  });

  it('refuses missing options or a missing policy by name, and never throws', () => {
    const noPolicy = safeCreateSuggestion(baseInput, { at: '2025-03-01T09:00:00+08:00' } as never);
    expect(!noPolicy.ok && noPolicy.error.issues[0]?.path).toEqual(['policy']);
    expect(!noPolicy.ok && noPolicy.error.message['zh-Hans']).toContain('办理规则');
    expect(safeCreateSuggestion(baseInput, undefined as never).ok).toBe(false);
    expect(safeCreateSuggestion(null as never, null as never).ok).toBe(false);
    expect(() => createSuggestion(baseInput, undefined as never)).toThrow(RendaError);
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const unreadable = safeCreateSuggestion(trap as never, {
      at: '2025-03-01T09:00:00+08:00',
      policy: defaultPolicy,
    });
    expect(!unreadable.ok && unreadable.error.issues[0]?.code).toBe('UNREADABLE');
    expect(isDeepFrozen(unreadable)).toBe(true);
  });
});
