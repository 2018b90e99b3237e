import { describe, expect, it } from 'vitest';
import {
  parseSuggestion,
  SuggestionSchema,
  safeParseSuggestion,
} from '../../src/model/suggestion.js';
import { repliedSuggestion } from '../support/suggestionFixture.js';

function issuesOf(input: unknown) {
  const result = safeParseSuggestion(input);
  if (result.ok) throw new Error('expected a validation error');
  return result.error.issues.map((issue) => ({ code: issue.code, path: issue.path }));
}

describe('safeParseSuggestion', () => {
  it('accepts a joint, replied suggestion and canonicalises its timestamps to UTC', () => {
    const result = safeParseSuggestion(repliedSuggestion());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.createdAt).toBe('2024-11-20T01:00:00.000Z');
    expect(result.value.replies[0]?.at).toBe('2025-02-20T02:00:00.000Z');
    expect(Object.isFrozen(result.value.replies[0])).toBe(true);
  });

  it('round-trips through JSON to an equal record', () => {
    const once = parseSuggestion(repliedSuggestion());
    const twice = parseSuggestion(JSON.parse(JSON.stringify(once)));
    expect(twice).toEqual(once);
  });

  it('requires exactly one lead proposer', () => {
    const input = repliedSuggestion();
    input.proposers = [
      { deputyId: 'D-1', role: 'lead' },
      { deputyId: 'D-2', role: 'lead' },
    ];
    expect(issuesOf(input)).toContainEqual({ code: 'LEAD_PROPOSER_COUNT', path: ['proposers'] });
    input.proposers = [{ deputyId: 'D-1', role: 'co' }];
    expect(issuesOf(input)).toContainEqual({ code: 'LEAD_PROPOSER_COUNT', path: ['proposers'] });
  });

  it('rejects a deputy listed twice', () => {
    const input = repliedSuggestion();
    input.proposers = [...input.proposers, { deputyId: 'D-2', role: 'co' }];
    expect(issuesOf(input)).toContainEqual({
      code: 'DUPLICATE_PROPOSER',
      path: ['proposers', 2, 'deputyId'],
    });
  });

  it('rejects a due day before the day of assignment, and accepts one on that day (reply by 30 June, assigned 30 June)', () => {
    const input = repliedSuggestion();
    const [lead] = input.assignments;
    if (!lead) throw new Error('fixture');
    lead.deadline = { ...lead.deadline, day: '2024-11-29' };
    expect(issuesOf(input)).toContainEqual({
      code: 'DUE_BEFORE_ASSIGNMENT',
      path: ['assignments', 0, 'deadline', 'day'],
    });
    lead.deadline = { ...lead.deadline, day: lead.assignedDay };
    expect(safeParseSuggestion(input).ok).toBe(true);
  });

  it('rejects an evaluation of a round that has no reply', () => {
    const input = repliedSuggestion();
    input.replies = [];
    expect(issuesOf(input)).toContainEqual({
      code: 'EVALUATION_WITHOUT_REPLY',
      path: ['evaluations', 0, 'round'],
    });
  });

  it('rejects an evaluation by a deputy who is not a proposer', () => {
    const input = repliedSuggestion();
    const [evaluation] = input.evaluations;
    if (!evaluation) throw new Error('fixture');
    evaluation.deputyId = 'D-99';
    expect(issuesOf(input)).toContainEqual({
      code: 'EVALUATOR_NOT_PROPOSER',
      path: ['evaluations', 0, 'deputyId'],
    });
  });

  it('rejects a reply from a unit it was never assigned to, and one from a future round', () => {
    const input = repliedSuggestion();
    const [reply] = input.replies;
    if (!reply) throw new Error('fixture');
    reply.unitId = 'U-OTHER';
    reply.round = 2;
    const issues = issuesOf(input);
    expect(issues).toContainEqual({
      code: 'REPLY_FROM_UNASSIGNED_UNIT',
      path: ['replies', 0, 'unitId'],
    });
    expect(issues).toContainEqual({ code: 'ROUND_AHEAD', path: ['replies', 0, 'round'] });
  });

  it('rejects a reply recorded before it was made, but accepts a backdated paper reply', () => {
    const input = repliedSuggestion();
    const [reply] = input.replies;
    if (!reply) throw new Error('fixture');
    reply.recordedAt = '2025-02-19T10:00:00+08:00';
    expect(issuesOf(input)).toContainEqual({
      code: 'RECORDED_BEFORE_HAPPENED',
      path: ['replies', 0, 'recordedAt'],
    });
    reply.recordedAt = '2025-03-05T10:00:00+08:00';
    expect(safeParseSuggestion(input).ok).toBe(true);
  });

  it('requires the details of a terminal state', () => {
    for (const [state, field] of [
      ['closed', 'closure'],
      ['withdrawn', 'withdrawal'],
      ['merged', 'mergedInto'],
      ['notRegistered', 'screening'],
    ] as const) {
      const input = { ...repliedSuggestion(), state };
      expect(issuesOf(input)).toContainEqual({ code: 'STATE_DETAILS_MISSING', path: [field] });
    }
  });

  it('names a bad field in Chinese and English', () => {
    const input = { ...repliedSuggestion(), period: 'sometime' };
    const result = safeParseSuggestion(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.error.issues;
    expect(issue?.code).toBe('INVALID_VALUE');
    expect(issue?.message['zh-Hans']).toContain('提出时间段');
    expect(issue?.message.en).toContain('period');
  });

  it('strips unknown keys at every level', () => {
    const input = { ...repliedSuggestion(), secret: 1 } as Record<string, unknown>;
    const parsed = parseSuggestion(input) as Record<string, unknown>;
    expect('secret' in parsed).toBe(false);
  });

  it('is the schema SuggestionSchema exposes', () => {
    expect(SuggestionSchema.safeParse(repliedSuggestion()).success).toBe(true);
  });
});

describe('missing fields', () => {
  it('reports a missing enum field as REQUIRED, not as a bad value', () => {
    const { state: _state, ...noState } = repliedSuggestion();
    const result = safeParseSuggestion(noState);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]).toMatchObject({ code: 'REQUIRED', path: ['state'] });
  });
});
