import { describe, expect, it } from 'vitest';
import { parseDeputyGroup, safeParseDeputyGroup } from '../../src/model/deputyGroup.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'G-TX',
  name: '塘下镇代表小组',
  kind: 'regional',
  levels: ['city', 'county', 'township'],
  area: { code: '330381102', name: '塘下镇' },
  stationId: 'S-TX',
  members: [
    { deputyId: 'D-0001', role: 'leader', from: '2022-01-01', to: '2023-06-30' },
    { deputyId: 'D-0002', role: 'leader', from: '2023-07-01' },
    { deputyId: 'D-0003', role: 'deputyLeader', from: '2022-01-01' },
    { deputyId: 'D-0001', role: 'member', from: '2023-07-01' },
  ],
};

const professional = {
  id: 'G-ECO',
  name: '生态环保专业代表小组',
  kind: 'professional',
  field: 'ecology',
  members: [],
};

function issuesOf(input: unknown) {
  const result = safeParseDeputyGroup(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseDeputyGroup', () => {
  it('accepts a valid group, strips unknown keys and freezes the result', () => {
    const result = safeParseDeputyGroup({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.members[1])).toBe(true);
  });

  it('round-trips through JSON', () => {
    const group = parseDeputyGroup(valid);
    expect(parseDeputyGroup(JSON.parse(JSON.stringify(group)))).toEqual(group);
  });

  it('accepts a professional group with a field and no area', () => {
    expect(safeParseDeputyGroup(professional).ok).toBe(true);
  });

  it('names a missing field by path and code', () => {
    const { members: _omitted, ...rest } = valid;
    const [issue] = issuesOf(rest);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['members'] });
  });

  it('rejects an unknown role with INVALID_VALUE', () => {
    const [issue] = issuesOf({
      ...valid,
      members: [{ deputyId: 'D-0001', role: 'secretary', from: '2022-01-01' }],
    });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['members', 0, 'role'] });
  });

  it('rejects an impossible date such as 2023-02-29', () => {
    const [issue] = issuesOf({
      ...valid,
      members: [{ deputyId: 'D-0001', role: 'member', from: '2023-02-29' }],
    });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['members', 0, 'from'] });
  });

  it('rejects a regional group without an area with GROUP_KIND_DETAILS_MISSING', () => {
    const { area: _omitted, ...rest } = valid;
    const [issue] = issuesOf(rest);
    expect(issue).toMatchObject({ code: 'GROUP_KIND_DETAILS_MISSING', path: ['area'] });
  });

  it('rejects a professional group without a field with GROUP_KIND_DETAILS_MISSING', () => {
    const { field: _omitted, ...rest } = professional;
    const [issue] = issuesOf(rest);
    expect(issue).toMatchObject({ code: 'GROUP_KIND_DETAILS_MISSING', path: ['field'] });
  });

  it('rejects two leaders on the same day with MULTIPLE_LEADERS', () => {
    const issues = issuesOf({
      ...valid,
      members: [
        { deputyId: 'D-0001', role: 'leader', from: '2022-01-01', to: '2023-07-01' },
        { deputyId: 'D-0003', role: 'deputyLeader', from: '2022-01-01' },
        { deputyId: 'D-0002', role: 'leader', from: '2023-07-01' },
      ],
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['MULTIPLE_LEADERS', ['members', 2, 'role']],
    ]);
  });

  it('rejects the same deputy twice with overlapping dates with DUPLICATE_MEMBER', () => {
    const [issue] = issuesOf({
      ...valid,
      members: [
        { deputyId: 'D-0001', role: 'member', from: '2022-01-01' },
        { deputyId: 'D-0001', role: 'deputyLeader', from: '2023-01-01' },
      ],
    });
    expect(issue).toMatchObject({ code: 'DUPLICATE_MEMBER', path: ['members', 1, 'deputyId'] });
  });

  it('rejects a membership ending before it starts with END_BEFORE_START', () => {
    const [issue] = issuesOf({
      ...valid,
      members: [{ deputyId: 'D-0001', role: 'member', from: '2022-01-02', to: '2022-01-01' }],
    });
    expect(issue).toMatchObject({ code: 'END_BEFORE_START', path: ['members', 0, 'to'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, extra: 1 });
    const before = structuredClone(input);
    safeParseDeputyGroup(input);
    safeParseDeputyGroup({ ...input, kind: 'professional' });
    expect(input).toEqual(before);
  });
});

describe('parseDeputyGroup', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseDeputyGroup({})).toThrow(RendaError);
    try {
      parseDeputyGroup({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
