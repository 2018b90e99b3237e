import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLivelihoodVote, safeParseLivelihoodVote } from '../../src/model/livelihoodVote.js';
import { RendaError } from '../../src/model/shared/validationError.js';

// Zhenhai's worked example: 29 members present, project 2 rated 20 / 8 / 1.
const valid = {
  id: 'V-2025-E',
  kind: 'evaluation',
  day: '2025-12-20',
  ballot: 'approval',
  electorate: { members: 31, present: 29 },
  results: [
    { projectId: 'P-1', satisfied: 25, basicallySatisfied: 4, dissatisfied: 0 },
    { projectId: 'P-2', satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 },
  ],
};

function issuesOf(input: unknown) {
  const result = safeParseLivelihoodVote(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseLivelihoodVote', () => {
  it('accepts a valid vote, strips unknown keys and freezes the result', () => {
    const result = safeParseLivelihoodVote({
      ...valid,
      extra: 'dropped',
      results: valid.results.map((r) => ({ ...r, extra: 1 })),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect('extra' in result.value.results[0]!).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.results[1])).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const first = parseLivelihoodVote(valid);
    expect(parseLivelihoodVote(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it('accepts a ranked selection vote', () => {
    const result = safeParseLivelihoodVote({
      id: 'V-2025-S',
      kind: 'selection',
      day: '2025-01-10',
      ballot: 'ranked',
      electorate: { members: 200, present: 192 },
      results: [
        { projectId: 'P-1', votesFor: 192, rank: 1 },
        { projectId: 'P-2', votesFor: 150, rank: 2 },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('rejects more members present than members with PRESENT_EXCEEDS_MEMBERS', () => {
    const [issue] = issuesOf({ ...valid, electorate: { members: 28, present: 29 } });
    expect(issue).toMatchObject({
      code: 'PRESENT_EXCEEDS_MEMBERS',
      path: ['electorate', 'present'],
    });
  });

  it('rejects ratings adding up to more than those present with VOTES_EXCEED_PRESENT', () => {
    const [issue] = issuesOf({
      ...valid,
      results: [
        valid.results[0],
        { projectId: 'P-2', satisfied: 20, basicallySatisfied: 9, dissatisfied: 1 },
      ],
    });
    expect(issue).toMatchObject({ code: 'VOTES_EXCEED_PRESENT', path: ['results', 1] });
  });

  it('rejects more votes for than those present with VOTES_EXCEED_PRESENT', () => {
    const [issue] = issuesOf({ ...valid, results: [{ projectId: 'P-1', votesFor: 30 }] });
    expect(issue).toMatchObject({
      code: 'VOTES_EXCEED_PRESENT',
      path: ['results', 0, 'votesFor'],
    });
  });

  it('rejects a project listed twice with DUPLICATE_PROJECT', () => {
    const [issue] = issuesOf({ ...valid, results: [valid.results[0], valid.results[0]] });
    expect(issue).toMatchObject({ code: 'DUPLICATE_PROJECT', path: ['results', 1, 'projectId'] });
  });

  it('accepts exactly when every count is within those present (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(100),
        fc.nat(100),
        fc.nat(100),
        fc.nat(100),
        (present, satisfied, basicallySatisfied, dissatisfied) => {
          const result = safeParseLivelihoodVote({
            ...valid,
            electorate: { members: 100, present },
            results: [{ projectId: 'P-1', satisfied, basicallySatisfied, dissatisfied }],
          });
          expect(result.ok).toBe(satisfied + basicallySatisfied + dissatisfied <= present);
        },
      ),
    );
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { electorate: _omitted, ...noElectorate } = valid;
    const [issue] = issuesOf(noElectorate);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['electorate'] });
    expect(issue?.message['zh-Hans']).toContain('参加投票人员');
    expect(issue?.message.en).toContain('electorate');
  });

  it('rejects an unknown ballot with INVALID_VALUE', () => {
    const [issue] = issuesOf({ ...valid, ballot: 'secret' });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['ballot'] });
  });

  it('rejects an impossible day with INVALID_FORMAT', () => {
    const [issue] = issuesOf({ ...valid, day: '2025-12-32' });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['day'] });
  });

  it('rejects a rank of zero with TOO_SMALL', () => {
    const [issue] = issuesOf({ ...valid, results: [{ projectId: 'P-1', rank: 0 }] });
    expect(issue).toMatchObject({ code: 'TOO_SMALL', path: ['results', 0, 'rank'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, extra: 1 });
    const before = structuredClone(input);
    safeParseLivelihoodVote(input);
    safeParseLivelihoodVote({ ...input, electorate: { members: 1, present: 2 } });
    expect(input).toEqual(before);
  });
});

describe('parseLivelihoodVote', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseLivelihoodVote({})).toThrow(RendaError);
    try {
      parseLivelihoodVote({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
