import { describe, expect, it } from 'vitest';
import { parseHandlingUnit, safeParseHandlingUnit } from '../../src/model/handlingUnit.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'U-TRANSPORT',
  name: '市交通运输局',
  kind: 'government',
  level: 'city',
  active: { from: '2020-01-01' },
};

describe('safeParseHandlingUnit', () => {
  it('accepts a valid unit, strips unknown keys and freezes the result', () => {
    const result = safeParseHandlingUnit({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.active)).toBe(true);
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { name: _omitted, ...noName } = valid;
    const result = safeParseHandlingUnit(noName);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.error.issues;
    expect(issue?.code).toBe('REQUIRED');
    expect(issue?.path).toEqual(['name']);
    expect(issue?.message['zh-Hans']).toContain('名称');
    expect(issue?.message.en).toContain('name');
  });

  it('rejects an end date before the start date with END_BEFORE_START', () => {
    const result = safeParseHandlingUnit({
      ...valid,
      active: { from: '2020-01-02', to: '2020-01-01' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]).toMatchObject({
      code: 'END_BEFORE_START',
      path: ['active', 'to'],
    });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, kind: 'nope' });
    const before = structuredClone(input);
    safeParseHandlingUnit(input);
    expect(input).toEqual(before);
  });
});

describe('parseHandlingUnit', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseHandlingUnit({})).toThrow(RendaError);
    try {
      parseHandlingUnit({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
