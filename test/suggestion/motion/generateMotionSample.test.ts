import { describe, expect, it } from 'vitest';
import { MOTION_STATES, parseMotion } from '../../../src/model/motion.js';
import { safeVerifyMotion } from '../../../src/suggestion/motion/verifyMotion.js';
import { defaultPolicy } from '../../../src/suggestion/policy.js';
import { safeVerifySuggestion } from '../../../src/suggestion/verifySuggestion.js';
import {
  generateMotionSample,
  safeGenerateMotionSample,
} from '../../../src/testing/generateMotionSample.js';

describe('generateMotionSample', () => {
  const sample = generateMotionSample({ seed: 11, count: 80 });

  it('walks every path: every state, every decision, every event', () => {
    expect(new Set(sample.motions.map((m) => m.state))).toEqual(new Set(MOTION_STATES));
    const events = new Set(sample.motions.flatMap((m) => m.history.map((e) => e.type)));
    expect([...events].sort()).toEqual([
      'convertToSuggestion',
      'decide',
      'decideWithdrawal',
      'reportReview',
      'requestWithdrawal',
      'submit',
      'vote',
    ]);
    const decisions = new Set(sample.motions.flatMap((m) => m.decisions.map((d) => d.decision)));
    expect(decisions.size).toBe(4);
    expect(
      sample.motions.some((m) => m.withdrawalRequests.some((r) => r.decision === 'refused')),
    ).toBe(true);
    expect(sample.motions.some((m) => m.delegationId !== undefined)).toBe(true);
  });

  it('makes every motion and every converted suggestion replay and verify', () => {
    for (const motion of sample.motions) {
      expect(safeVerifyMotion(JSON.parse(JSON.stringify(motion)))).toEqual({
        ok: true,
        value: motion,
      });
      expect(parseMotion(motion)).toEqual(motion);
    }
    expect(sample.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of sample.suggestions) {
      expect(safeVerifySuggestion(suggestion, { policies: defaultPolicy }).ok).toBe(true);
      const motion = sample.motions.find((m) => m.id === suggestion.convertedFromMotion?.motionId);
      expect(motion?.convertedTo?.suggestionId).toBe(suggestion.id);
    }
  });

  it('is deterministic and frozen, and every event is before asOf', () => {
    expect(generateMotionSample({ seed: 11, count: 80 })).toEqual(sample);
    expect(generateMotionSample({ seed: 12, count: 80 })).not.toEqual(sample);
    expect(Object.isFrozen(sample.motions)).toBe(true);
    for (const m of sample.motions)
      for (const e of m.history) expect(e.at < sample.asOf).toBe(true);
  });

  it('refuses bad options by name', () => {
    expect(safeGenerateMotionSample({ seed: 1.5 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['seed'] }] },
    });
    expect(safeGenerateMotionSample({ seed: 1, count: 0 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['count'] }] },
    });
    expect(safeGenerateMotionSample(null as never).ok).toBe(false);
  });
});
