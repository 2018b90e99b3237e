import { describe, expect, it } from 'vitest';
import { parseMotion, safeParseMotion } from '../../src/model/motion.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import { draftMotion, signers } from '../suggestion/motion/support/motions.js';

describe('parseMotion', () => {
  it('gives back a valid motion, frozen, with canonical timestamps', () => {
    const motion = draftMotion();
    const parsed = parseMotion({ ...motion, createdAt: '2025-01-10T09:00:00+08:00' });
    expect(parsed).toEqual(motion);
    expect(parsed.createdAt).toBe('2025-01-10T01:00:00.000Z');
    expect(Object.isFrozen(parsed)).toBe(true);
  });

  it('names the field of a bad value, in Chinese and English', () => {
    const result = safeParseMotion({ ...draftMotion(), basis: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.model).toBe('Motion');
      expect(result.error.issues[0]).toMatchObject({
        path: ['basis'],
        field: { 'zh-Hans': '案据', en: 'basis' },
      });
    }
    expect(() => parseMotion({})).toThrow(RendaError);
  });

  it('needs exactly one lead proposer and no deputy twice', () => {
    const twoLeads = signers(3).map((p) => ({ ...p, role: 'lead' }));
    const result = safeParseMotion({ ...draftMotion(), proposers: twoLeads });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.code).toBe('ONE_LEAD_PROPOSER');
    const twice = [...signers(3), { deputyId: 'D-2', role: 'co' }];
    const again = safeParseMotion({ ...draftMotion(), proposers: twice });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.issues[0]?.path).toEqual(['proposers', 3, 'deputyId']);
  });
});
