import { describe, expect, it } from 'vitest';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { initialMotionOf } from '../../../src/suggestion/motion/initialMotionOf.js';
import { safeVerifyMotion, verifyMotion } from '../../../src/suggestion/motion/verifyMotion.js';
import { ok, onAgenda, SECRETARIAT } from './support/motions.js';

const adopted = () => ok(onAgenda(), SECRETARIAT, 'vote', { result: 'adopted', for: 90 });

describe('verifyMotion', () => {
  it('gives back a stored motion its history rebuilds', () => {
    const motion = adopted();
    expect(verifyMotion(JSON.parse(JSON.stringify(motion)))).toEqual(motion);
    expect(initialMotionOf(motion).state).toBe('draft');
  });

  it('names the first field the history does not give (DIVERGED)', () => {
    const motion = adopted();
    const result = safeVerifyMotion({ ...motion, vote: { ...motion.vote, for: 91 } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'DIVERGED', divergence: { path: ['vote', 'for'], expected: 90, found: 91 } },
    });
  });

  it('names the entry the workflow refuses (REPLAY_REFUSED)', () => {
    const motion = adopted();
    const history = motion.history.map((e, i) =>
      i === 0 ? { ...e, actor: { role: 'deputy', id: 'D-2' } } : e,
    );
    const result = safeVerifyMotion({ ...motion, history });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'REPLAY_REFUSED',
        divergence: { index: 0 },
        cause: { code: 'GUARD_FAILED', guard: 'isLeadProposer' },
      },
    });
  });

  it('refuses what is not a motion, naming the field, and throws a RendaError', () => {
    const result = safeVerifyMotion({ ...adopted(), proposers: 'D-1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.issues?.[0]?.path).toEqual(['proposers']);
    expect(() => verifyMotion(null)).toThrow(RendaError);
  });
});
