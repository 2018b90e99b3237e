import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import {
  parseStandingCommitteeMember,
  safeParseStandingCommitteeMember,
} from '../../src/model/standingCommitteeMember.js';

const valid = {
  id: 'SC-03',
  name: '陈明',
  congress: { jurisdiction: '450400', level: 'city', term: 15 },
  position: 'viceChair',
  councilMember: true,
  deputyId: 'D-0103',
  term: { from: '2022-01-10' },
  contactAssignments: [
    { deputyId: 'D-0201', from: '2022-03-01', to: '2022-12-31' },
    { deputyId: 'D-0201', from: '2023-01-01' },
    { deputyId: 'D-0202', from: '2022-03-01' },
  ],
};

function issuesOf(input: unknown) {
  const result = safeParseStandingCommitteeMember(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseStandingCommitteeMember', () => {
  it('accepts a valid member, strips unknown keys and freezes the result', () => {
    const result = safeParseStandingCommitteeMember({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.contactAssignments[0])).toBe(true);
  });

  it('round-trips through JSON', () => {
    const member = parseStandingCommitteeMember(valid);
    expect(parseStandingCommitteeMember(JSON.parse(JSON.stringify(member)))).toEqual(member);
  });

  it('names a missing field by path and code', () => {
    const { councilMember: _omitted, ...rest } = valid;
    const [issue] = issuesOf(rest);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['councilMember'] });
    expect(issue?.message['zh-Hans']).toContain('主任会议成员');
  });

  it('rejects an unknown position with INVALID_VALUE', () => {
    const [issue] = issuesOf({ ...valid, position: 'president' });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['position'] });
  });

  it('rejects an impossible date such as 2023-02-29', () => {
    const [issue] = issuesOf({ ...valid, term: { from: '2023-02-29' } });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['term', 'from'] });
  });

  it('rejects the same deputy assigned twice with overlapping dates', () => {
    const issues = issuesOf({
      ...valid,
      contactAssignments: [
        { deputyId: 'D-0201', from: '2022-03-01', to: '2022-12-31' },
        { deputyId: 'D-0202', from: '2022-03-01' },
        { deputyId: 'D-0201', from: '2022-12-31' },
      ],
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['DUPLICATE_CONTACT_ASSIGNMENT', ['contactAssignments', 2, 'deputyId']],
    ]);
  });

  it('treats an open-ended assignment as overlapping every later one', () => {
    const [issue] = issuesOf({
      ...valid,
      contactAssignments: [
        { deputyId: 'D-0201', from: '2022-03-01' },
        { deputyId: 'D-0201', from: '2030-01-01', to: '2030-02-01' },
      ],
    });
    expect(issue?.code).toBe('DUPLICATE_CONTACT_ASSIGNMENT');
  });

  it('rejects an assignment ending before it starts with END_BEFORE_START', () => {
    const [issue] = issuesOf({
      ...valid,
      contactAssignments: [{ deputyId: 'D-0201', from: '2022-03-02', to: '2022-03-01' }],
    });
    expect(issue).toMatchObject({
      code: 'END_BEFORE_START',
      path: ['contactAssignments', 0, 'to'],
    });
  });

  it('rejects a township member with NO_STANDING_COMMITTEE', () => {
    const [issue] = issuesOf({
      ...valid,
      congress: { jurisdiction: '320582100', level: 'township', term: 18 },
    });
    expect(issue).toMatchObject({ code: 'NO_STANDING_COMMITTEE', path: ['congress', 'level'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, extra: 1 });
    const before = structuredClone(input);
    safeParseStandingCommitteeMember(input);
    safeParseStandingCommitteeMember({ ...input, position: 'nope' });
    expect(input).toEqual(before);
  });
});

describe('parseStandingCommitteeMember', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseStandingCommitteeMember({})).toThrow(RendaError);
    try {
      parseStandingCommitteeMember({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
