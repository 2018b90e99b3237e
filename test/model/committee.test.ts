import { describe, expect, it } from 'vitest';
import { parseCommittee, safeParseCommittee } from '../../src/model/committee.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'C-DWC',
  name: '代表工作委员会',
  kind: 'working',
  congress: { jurisdiction: '440100', level: 'city', term: 16 },
  parentId: 'C-SC',
  active: { from: '2022-01-01' },
};

function issuesOf(input: unknown) {
  const result = safeParseCommittee(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseCommittee', () => {
  it('accepts a valid committee, strips unknown keys and freezes the result', () => {
    const result = safeParseCommittee({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.congress)).toBe(true);
  });

  it('round-trips through JSON', () => {
    const committee = parseCommittee(valid);
    expect(parseCommittee(JSON.parse(JSON.stringify(committee)))).toEqual(committee);
  });

  it('names a missing field by path and code', () => {
    const { congress: _omitted, ...rest } = valid;
    const [issue] = issuesOf(rest);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['congress'] });
  });

  it('rejects an unknown kind with INVALID_VALUE', () => {
    const [issue] = issuesOf({ ...valid, kind: 'select' });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['kind'] });
  });

  it('rejects an impossible date such as 2023-02-29', () => {
    const [issue] = issuesOf({ ...valid, active: { from: '2023-02-29' } });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['active', 'from'] });
  });

  it('rejects an end date before the start date with END_BEFORE_START', () => {
    const [issue] = issuesOf({ ...valid, active: { from: '2022-01-02', to: '2022-01-01' } });
    expect(issue).toMatchObject({ code: 'END_BEFORE_START', path: ['active', 'to'] });
  });

  it('rejects a committee that is its own parent with PARENT_IS_SELF', () => {
    const [issue] = issuesOf({ ...valid, parentId: 'C-DWC' });
    expect(issue).toMatchObject({ code: 'PARENT_IS_SELF', path: ['parentId'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, kind: 'nope' });
    const before = structuredClone(input);
    safeParseCommittee(input);
    expect(input).toEqual(before);
  });
});

describe('parseCommittee', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseCommittee({})).toThrow(RendaError);
    try {
      parseCommittee({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
