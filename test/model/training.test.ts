import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { parseTraining, safeParseTraining, TRAINING_KINDS } from '../../src/model/training.js';

const valid = {
  id: 'T-2023-1',
  kind: 'basic',
  title: '第十四届全国人大代表学习班（第一期）',
  organiser: { level: 'national', jurisdiction: '000000' },
  period: { from: '2023-04-10', to: '2023-04-13' },
  venue: '北京',
  targetLevels: ['national'],
  capacity: 288,
};

function issuesOf(input: unknown) {
  const result = safeParseTraining(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseTraining', () => {
  it('accepts a valid training, strips unknown keys and freezes the result', () => {
    const result = safeParseTraining({
      ...valid,
      extra: 'dropped',
      organiser: { ...valid.organiser, extra: 1 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect('extra' in result.value.organiser).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.period)).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const first = parseTraining(valid);
    expect(parseTraining(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it('accepts every kind, and a minimal training', () => {
    for (const kind of TRAINING_KINDS) expect(safeParseTraining({ ...valid, kind }).ok).toBe(true);
    const { venue: _v, targetLevels: _t, capacity: _c, ...minimal } = valid;
    expect(safeParseTraining(minimal).ok).toBe(true);
  });

  it('rejects a last day before the first with END_BEFORE_START', () => {
    const [issue] = issuesOf({ ...valid, period: { from: '2023-04-13', to: '2023-04-10' } });
    expect(issue).toMatchObject({ code: 'END_BEFORE_START', path: ['period', 'to'] });
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { organiser: _omitted, ...noOrganiser } = valid;
    const [issue] = issuesOf(noOrganiser);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['organiser'] });
    expect(issue?.message['zh-Hans']).toContain('主办方');
    expect(issue?.message.en).toContain('organiser');
  });

  it('rejects an unknown kind or level with INVALID_VALUE', () => {
    expect(issuesOf({ ...valid, kind: 'party' })[0]).toMatchObject({
      code: 'INVALID_VALUE',
      path: ['kind'],
    });
    expect(issuesOf({ ...valid, targetLevels: ['village'] })[0]).toMatchObject({
      code: 'INVALID_VALUE',
      path: ['targetLevels', 0],
    });
  });

  it('rejects an impossible day with INVALID_FORMAT', () => {
    const [issue] = issuesOf({ ...valid, period: { from: '2023-02-29' } });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['period', 'from'] });
  });

  it('rejects an empty list of target levels with TOO_SMALL', () => {
    const [issue] = issuesOf({ ...valid, targetLevels: [] });
    expect(issue).toMatchObject({ code: 'TOO_SMALL', path: ['targetLevels'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, title: '  学习班  ', extra: 1 });
    const before = structuredClone(input);
    safeParseTraining(input);
    safeParseTraining({ ...input, period: { from: '2023-04-13', to: '2023-04-10' } });
    expect(input).toEqual(before);
  });
});

describe('parseTraining', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseTraining({})).toThrow(RendaError);
    try {
      parseTraining({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
