import { describe, expect, it } from 'vitest';
import { parseAppraisalBallot, safeParseAppraisalBallot } from '../../src/model/appraisalBallot.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'AB-2025-00001',
  raterId: 'M-0003',
  raterRole: 'scMember',
  subject: { kind: 'unit', id: 'U-TRANSPORT' },
  year: 2025,
  day: '2025-12-11',
  verdict: 'basicallySatisfied',
};

describe('safeParseAppraisalBallot', () => {
  it('accepts a ballot, strips unknown keys and freezes the result', () => {
    const result = safeParseAppraisalBallot({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect(Object.isFrozen(result.value.subject)).toBe(true);
  });

  it('accepts an abstention (no verdict) and an absent rater', () => {
    const { verdict: _none, ...abstained } = valid;
    expect(safeParseAppraisalBallot(abstained).ok).toBe(true);
    expect(safeParseAppraisalBallot({ ...abstained, absent: true }).ok).toBe(true);
  });

  it('refuses a verdict from an absent rater with ABSENT_WITH_VERDICT', () => {
    const result = safeParseAppraisalBallot({ ...valid, absent: true });
    expect(result.ok || result.error.issues[0]).toMatchObject({
      code: 'ABSENT_WITH_VERDICT',
      path: ['verdict'],
    });
  });

  it('names a bad subject and role by path, in Chinese and English', () => {
    const result = safeParseAppraisalBallot({
      ...valid,
      raterRole: 'mayor',
      subject: { kind: 'bureau', id: 'U-1' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => i.path)).toEqual([['raterRole'], ['subject', 'kind']]);
    expect(result.error.issues[0]?.message['zh-Hans']).toContain('测评人身份');
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, absent: true });
    const before = structuredClone(input);
    safeParseAppraisalBallot(input);
    expect(input).toEqual(before);
  });
});

describe('parseAppraisalBallot', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseAppraisalBallot({})).toThrow(RendaError);
    try {
      parseAppraisalBallot({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
