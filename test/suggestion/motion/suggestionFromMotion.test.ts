import { describe, expect, it } from 'vitest';
import { RendaError } from '../../../src/model/shared/validationError.js';
import {
  safeSuggestionFromMotion,
  suggestionFromMotion,
} from '../../../src/suggestion/motion/suggestionFromMotion.js';
import { safeVerifyMotion } from '../../../src/suggestion/motion/verifyMotion.js';
import { defaultPolicy } from '../../../src/suggestion/policy.js';
import { suggestionWorkflow } from '../../../src/suggestion/suggestionWorkflow.js';
import { safeVerifySuggestion } from '../../../src/suggestion/verifySuggestion.js';
import { safeTransition } from '../../../src/workflow/safeTransition.js';
import { isDeepFrozen } from '../../workflow/support/isDeepFrozen.js';
import { asSuggestion, ok, onAgenda, PRESIDIUM, reviewed } from './support/motions.js';

const options = {
  id: 'S-101',
  at: '2025-12-01T09:00:00+08:00',
  policy: defaultPolicy,
  officeId: 'OFFICE-1',
};

describe('suggestionFromMotion', () => {
  it('builds a submitted suggestion that keeps the proposers and links back to the motion', () => {
    const motion = asSuggestion();
    const { suggestion, motion: linked } = suggestionFromMotion(motion, options);
    expect(suggestion).toMatchObject({
      id: 'S-101',
      kind: 'suggestion',
      state: 'submitted',
      period: 'duringSession',
      session: motion.session,
      title: motion.title,
      topic: motion.topic,
      congress: motion.congress,
      proposers: motion.proposers,
      createdAt: motion.createdAt,
      submittedAt: motion.submittedAt,
      convertedFromMotion: { motionId: motion.id, at: motion.decisions[0]?.at },
    });
    expect(suggestion.content).toContain(`案由：${motion.grounds}`);
    expect(suggestion.history.map((e) => e.type)).toEqual(['submit', 'convertFromMotion']);
    expect(linked.convertedTo).toEqual({ suggestionId: 'S-101', at: '2025-12-01T01:00:00.000Z' });
    expect(isDeepFrozen(suggestion) && isDeepFrozen(linked)).toBe(true);
  });

  it('keeps the motion’s whole history and adds the conversion; both records verify', () => {
    const motion = ok(reviewed('notOnAgenda'), PRESIDIUM, 'decide', {
      decision: 'handleAsSuggestion',
    });
    const { suggestion, motion: linked } = suggestionFromMotion(motion, options);
    expect(linked.history.slice(0, -1)).toEqual(motion.history);
    expect(linked.history.at(-1)).toMatchObject({
      type: 'convertToSuggestion',
      payload: { suggestionId: 'S-101' },
    });
    expect(safeVerifyMotion(linked).ok).toBe(true);
    expect(safeVerifySuggestion(suggestion, { policies: defaultPolicy }).ok).toBe(true);
  });

  it('leaves a suggestion the suggestion workflow goes on handling', () => {
    const { suggestion } = suggestionFromMotion(asSuggestion(), options);
    const registered = safeTransition(
      suggestion,
      { type: 'register', payload: { number: '第101号' } },
      {
        workflow: suggestionWorkflow,
        actor: { role: 'liaisonOffice', id: 'OFFICE-1' },
        at: '2025-12-02T09:00:00+08:00',
        context: { policy: defaultPolicy },
      },
    );
    expect(registered.ok && registered.value.record.state).toBe('registered');
  });

  it('refuses a motion the presidium did not decide to handle as a suggestion', () => {
    const result = safeSuggestionFromMotion(onAgenda(), options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect('issues' in result.error && result.error.issues[0]?.path).toEqual(['state']);
    }
    expect(() => suggestionFromMotion(onAgenda(), options)).toThrow(RendaError);
  });

  it('refuses to convert a motion twice', () => {
    const { motion } = suggestionFromMotion(asSuggestion(), options);
    const again = safeSuggestionFromMotion(motion, { ...options, id: 'S-102' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'GUARD_FAILED', guard: 'notConvertedYet' },
    });
  });

  it('refuses a conversion recorded before the presidium decided, and a missing office', () => {
    const early = safeSuggestionFromMotion(asSuggestion(), {
      ...options,
      at: '2024-01-01T00:00:00Z',
    });
    expect(early.ok).toBe(false);
    const noOffice = safeSuggestionFromMotion(asSuggestion(), { ...options, officeId: '' });
    expect(noOffice.ok).toBe(false);
    if (!noOffice.ok && 'issues' in noOffice.error) {
      expect(noOffice.error.issues[0]?.path).toEqual(['officeId']);
    }
  });

  it('does not mutate the motion it is given', () => {
    const motion = asSuggestion();
    const before = JSON.stringify(motion);
    suggestionFromMotion(motion, options);
    expect(JSON.stringify(motion)).toBe(before);
  });
});
