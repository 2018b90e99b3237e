import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { type Deputy, DeputySchema, parseDeputy, safeParseDeputy } from '../../src/model/deputy.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'D-0001',
  name: '王芳',
  gender: 'female',
  ethnicity: '汉族',
  birthYear: 1978,
  congress: { jurisdiction: '440300', level: 'city', term: 7 },
  constituency: { kind: 'electoralUnit', id: 'EU-FUTIAN', name: '福田区人大' },
  delegation: { id: 'DEL-FUTIAN', name: '福田代表团' },
  occupations: ['professional', 'worker'],
  grassroots: true,
  status: { status: 'inOffice' },
  byElected: { on: '2022-06-30', replacesDeputyId: 'D-0999' },
  term: { from: '2022-06-30' },
  memberships: [
    { kind: 'group', orgId: 'G-01', role: 'leader', from: '2022-07-01' },
    { kind: 'station', orgId: 'S-01', from: '2022-07-01', to: '2023-12-31' },
  ],
  contact: { phone: '0755-12345678', email: 'wangfang@example.cn', address: '福田区某路1号' },
};

function issuesOf(input: unknown) {
  const result = safeParseDeputy(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseDeputy', () => {
  it('accepts a valid deputy, strips unknown keys and freezes the result', () => {
    const result = safeParseDeputy({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.memberships[0])).toBe(true);
    expect(Object.isFrozen(result.value.status)).toBe(true);
  });

  it('round-trips through JSON', () => {
    const deputy = parseDeputy(valid);
    expect(parseDeputy(JSON.parse(JSON.stringify(deputy)))).toEqual(deputy);
  });

  it('accepts a suspended and an ended deputy', () => {
    expect(
      safeParseDeputy({
        ...valid,
        status: { status: 'suspended', since: '2024-05-10', reason: 'detainedInCriminalCase' },
      }).ok,
    ).toBe(true);
    expect(
      safeParseDeputy({
        ...valid,
        status: { status: 'ended', on: '2024-01-31', reason: 'died' },
        memberships: [{ kind: 'group', orgId: 'G-01', from: '2022-07-01', to: '2024-01-31' }],
      }).ok,
    ).toBe(true);
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { name: _omitted, ...noName } = valid;
    const [issue] = issuesOf(noName);
    expect(issue?.code).toBe('REQUIRED');
    expect(issue?.path).toEqual(['name']);
    expect(issue?.message['zh-Hans']).toContain('姓名');
  });

  it('rejects an unknown termination reason with INVALID_VALUE', () => {
    const [issue] = issuesOf({
      ...valid,
      status: { status: 'ended', on: '2024-01-31', reason: 'bored' },
    });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['status', 'reason'] });
  });

  it('rejects an empty list of occupation categories', () => {
    const [issue] = issuesOf({ ...valid, occupations: [] });
    expect(issue).toMatchObject({ code: 'TOO_SMALL', path: ['occupations'] });
  });

  it('rejects an impossible date such as 2023-02-29', () => {
    const [issue] = issuesOf({ ...valid, term: { from: '2023-02-29' } });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['term', 'from'] });
  });

  it('rejects a county deputy answering to an electoral unit with CONSTITUENCY_KIND_MISMATCH', () => {
    const [issue] = issuesOf({
      ...valid,
      congress: { jurisdiction: '320582', level: 'county', term: 18 },
    });
    expect(issue).toMatchObject({
      code: 'CONSTITUENCY_KIND_MISMATCH',
      path: ['constituency', 'kind'],
    });
  });

  it('rejects a national deputy answering to a constituency with CONSTITUENCY_KIND_MISMATCH', () => {
    const [issue] = issuesOf({
      ...valid,
      congress: { jurisdiction: '000000', level: 'national', term: 14 },
      constituency: { kind: 'constituency', id: 'C-1', name: '第一选区' },
    });
    expect(issue?.code).toBe('CONSTITUENCY_KIND_MISMATCH');
  });

  it('rejects a membership that starts before the term with MEMBERSHIP_OUTSIDE_TERM', () => {
    const [issue] = issuesOf({
      ...valid,
      memberships: [{ kind: 'group', orgId: 'G-01', from: '2022-06-29' }],
    });
    expect(issue).toMatchObject({
      code: 'MEMBERSHIP_OUTSIDE_TERM',
      path: ['memberships', 0, 'from'],
    });
  });

  it('rejects a membership that starts after the term ended with MEMBERSHIP_OUTSIDE_TERM', () => {
    const [issue] = issuesOf({
      ...valid,
      term: { from: '2022-06-30', to: '2026-12-31' },
      memberships: [{ kind: 'committee', orgId: 'C-01', from: '2027-01-01' }],
    });
    expect(issue).toMatchObject({
      code: 'MEMBERSHIP_OUTSIDE_TERM',
      path: ['memberships', 0, 'from'],
    });
  });

  it('rejects a membership ending before it starts with END_BEFORE_START', () => {
    const [issue] = issuesOf({
      ...valid,
      memberships: [{ kind: 'group', orgId: 'G-01', from: '2023-01-02', to: '2023-01-01' }],
    });
    expect(issue).toMatchObject({ code: 'END_BEFORE_START', path: ['memberships', 0, 'to'] });
  });

  it('rejects a suspension that ends before it starts with END_BEFORE_START', () => {
    const [issue] = issuesOf({
      ...valid,
      status: {
        status: 'suspended',
        since: '2024-05-10',
        until: '2024-05-09',
        reason: 'servingSentence',
      },
    });
    expect(issue).toMatchObject({ code: 'END_BEFORE_START', path: ['status', 'until'] });
  });

  it('rejects an open membership on an ended deputy with MEMBERSHIP_AFTER_END', () => {
    const issues = issuesOf({
      ...valid,
      status: { status: 'ended', on: '2024-01-31', reason: 'movedOut' },
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['MEMBERSHIP_AFTER_END', ['memberships', 0, 'to']],
    ]);
  });

  it('rejects a malformed email in the contact details', () => {
    const [issue] = issuesOf({ ...valid, contact: { email: 'not-an-email' } });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['contact', 'email'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, extra: 1, occupations: ['nope'] });
    const before = structuredClone(input);
    safeParseDeputy(input);
    safeParseDeputy({ ...input, occupations: ['farmer'] });
    expect(input).toEqual(before);
  });
});

describe('parseDeputy', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseDeputy({})).toThrow(RendaError);
    try {
      parseDeputy({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});

describe('DeputySchema.safeExtend', () => {
  const Extended = DeputySchema.safeExtend({ internalRef: z.string() });

  it('keeps the cross-field rules', () => {
    const result = Extended.safeParse({
      ...valid,
      internalRef: 'HR-1',
      congress: { jurisdiction: '320582', level: 'township', term: 18 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['constituency', 'kind'],
      params: { code: 'CONSTITUENCY_KIND_MISMATCH' },
    });
  });

  it('adds the new field to the type and to parsed values', () => {
    const value = Extended.parse({ ...valid, internalRef: 'HR-1' });
    expect(value.internalRef).toBe('HR-1');
    expectTypeOf(value).toExtend<Deputy>();
    expectTypeOf(value.internalRef).toEqualTypeOf<string>();
    expectTypeOf<z.infer<typeof Extended>>().toHaveProperty('internalRef').toEqualTypeOf<string>();
  });
});
