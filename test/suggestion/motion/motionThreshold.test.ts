import { describe, expect, it } from 'vitest';
import { RendaError } from '../../../src/model/shared/validationError.js';
import {
  MOTION_THRESHOLDS,
  meetsMotionThreshold,
  motionThreshold,
  safeMeetsMotionThreshold,
  safeMotionThreshold,
} from '../../../src/suggestion/motion/motionThreshold.js';

const deputies = (n: number) => Array.from({ length: n }, (_, i) => ({ deputyId: `D-${i}` }));

describe('motionThreshold', () => {
  it('gives the law’s thresholds by level', () => {
    expect(motionThreshold('national')).toEqual({
      level: 'national',
      deputies: 30,
      delegation: true,
    });
    for (const level of ['provincial', 'city', 'county'] as const) {
      expect(motionThreshold(level)).toMatchObject({ deputies: 10, delegation: false });
    }
    expect(motionThreshold('township')).toMatchObject({ deputies: 5, delegation: false });
    expect(Object.isFrozen(MOTION_THRESHOLDS.national)).toBe(true);
  });

  it('refuses what is not a level, naming it', () => {
    const result = safeMotionThreshold('village' as never);
    expect(result.ok).toBe(false);
    expect(() => motionThreshold('village' as never)).toThrow(RendaError);
  });
});

describe('meetsMotionThreshold', () => {
  it('counts distinct deputies, the lead included', () => {
    expect(meetsMotionThreshold({ congress: { level: 'township' }, proposers: deputies(5) })).toBe(
      true,
    );
    expect(meetsMotionThreshold({ congress: { level: 'township' }, proposers: deputies(4) })).toBe(
      false,
    );
    const twice = [...deputies(4), { deputyId: 'D-0' }];
    expect(meetsMotionThreshold({ congress: { level: 'township' }, proposers: twice })).toBe(false);
    expect(meetsMotionThreshold({ congress: { level: 'national' }, proposers: deputies(29) })).toBe(
      false,
    );
    expect(meetsMotionThreshold({ congress: { level: 'national' }, proposers: deputies(30) })).toBe(
      true,
    );
  });

  it('lets a delegation submit at the NPC only', () => {
    const one = { proposers: deputies(1), delegationId: 'DEL-1' };
    expect(meetsMotionThreshold({ congress: { level: 'national' }, ...one })).toBe(true);
    expect(meetsMotionThreshold({ congress: { level: 'provincial' }, ...one })).toBe(false);
  });

  it('refuses unreadable signers with an error naming the field', () => {
    const result = safeMeetsMotionThreshold({
      congress: { level: 'county' },
      proposers: 3,
    } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['proposers']);
  });
});
