import { describe, expect, it } from 'vitest';
import { safeParseSuggestion } from '../../src/model/suggestion.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { deputy, draft, office, step } from './support/walk.js';

// Every other field of the actor is named in Chinese (「角色」, 「编号」); the new one is not.
describe('onBehalfOf is named in Chinese in validation messages', () => {
  it('safeTransition names actor.onBehalfOf in zh-Hans without the English key', () => {
    const result = safeTransition(
      draft(),
      { type: 'submit' },
      {
        workflow: suggestionWorkflow,
        actor: { ...office, onBehalfOf: null } as never,
        at: '2024-11-20T10:00:00+08:00',
        context: { policy: defaultPolicy },
      },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message['zh-Hans']).not.toMatch(/「onBehalfOf」/);
  });

  it('safeParseSuggestion names history[0].actor.onBehalfOf in zh-Hans', () => {
    const record = JSON.parse(
      JSON.stringify(
        step(draft(), 'submit', undefined, deputy('D-1'), '2024-11-20T10:00:00+08:00'),
      ),
    );
    record.history[0].actor.onBehalfOf = null;
    const parsed = safeParseSuggestion(record);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message['zh-Hans']).not.toMatch(/「onBehalfOf」/);
  });
});
