import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src/model/suggestion.js';
import { suggestionStats } from '../../src/suggestion/figures/index.js';
import { defaultPolicy, definePolicy, type SuggestionPolicy } from '../../src/suggestion/policy.js';
import { safeVerifySuggestion } from '../../src/suggestion/verifySuggestion.js';
import { assigned, deputy, refused, step, unit } from './support/walk.js';

// 评价维度: 上海 asks deputies to grade the result (办理结果) and the attitude (办理态度) apart.

const twoGrades = definePolicy({
  id: 'result-and-attitude',
  version: 1,
  evaluationDimensions: 'resultAndAttitude',
});
const joint = {
  proposers: [
    { deputyId: 'D-1', role: 'lead' as const },
    { deputyId: 'D-2', role: 'co' as const },
  ],
};
const evaluatedAt = '2025-03-01T10:00:00+08:00';

function replied(policy: SuggestionPolicy, id = 'S-1'): Suggestion {
  const record = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00', {
    policy,
    input: { ...joint, id },
  });
  return step(record, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2025-02-20T10:00:00+08:00', {
    policy,
  });
}

describe('evaluation dimensions (评价维度)', () => {
  it('defaults to one grade, and a policy stored without the option reads as one grade', () => {
    expect(defaultPolicy.evaluationDimensions).toBe('single');
    const { evaluationDimensions: _, ...stored } = twoGrades;
    expect(definePolicy({ ...stored, id: 'stored', version: 1 }).evaluationDimensions).toBe(
      'single',
    );
  });

  it('refuses an attitude grade under a one-grade policy', () => {
    refused(
      replied(defaultPolicy),
      'evaluate',
      { grade: 'satisfied', attitude: 'satisfied' },
      deputy('D-1'),
      evaluatedAt,
      { code: 'GUARD_FAILED', guard: 'gradesAsPolicySays' },
    );
  });

  it('requires the attitude grade when the policy grades result and attitude apart', () => {
    refused(
      replied(twoGrades),
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-1'),
      evaluatedAt,
      { code: 'GUARD_FAILED', guard: 'gradesAsPolicySays' },
      { policy: twoGrades },
    );
  });

  it('stores both grades; the result’s grade alone decides re-handling', () => {
    let record = replied(twoGrades);
    record = step(
      record,
      'evaluate',
      { grade: 'satisfied', attitude: 'dissatisfied' },
      deputy('D-1'),
      evaluatedAt,
      { policy: twoGrades },
    );
    expect(record.evaluations[0]).toMatchObject({ grade: 'satisfied', attitude: 'dissatisfied' });
    record = step(
      record,
      'evaluate',
      { grade: 'basicallySatisfied', attitude: 'satisfied' },
      deputy('D-2'),
      evaluatedAt,
      { policy: twoGrades },
    );
    expect(record.state).toBe('closed');
    expect(record.closure?.reason).toBe('evaluated');

    const dissatisfied = step(
      replied(twoGrades),
      'evaluate',
      { grade: 'dissatisfied', attitude: 'satisfied' },
      deputy('D-1'),
      evaluatedAt,
      { policy: twoGrades },
    );
    expect(dissatisfied.state).toBe('reHandling');
    expect(safeVerifySuggestion(dissatisfied, { policies: twoGrades }).ok).toBe(true);
  });

  it('counts the attitude satisfaction rate over final forms that grade the attitude', () => {
    const grade = (record: Suggestion, who: string, attitude: 'satisfied' | 'dissatisfied') =>
      step(record, 'evaluate', { grade: 'satisfied', attitude }, deputy(who), evaluatedAt, {
        policy: twoGrades,
      });
    const a = grade(grade(replied(twoGrades, 'S-1'), 'D-1', 'satisfied'), 'D-2', 'dissatisfied');
    const b = grade(replied(twoGrades, 'S-2'), 'D-1', 'satisfied');
    const { total } = suggestionStats([a, b], { asOf: '2025-12-31T00:00:00Z', policy: twoGrades });
    const rate = total.rates.attitudeSatisfactionRate;
    expect([rate.numerator, rate.denominator]).toEqual([2, 3]);
    // The result's grade is still what satisfactionRate counts: every result was satisfied.
    const result = total.rates.satisfactionRate;
    expect([result.numerator, result.denominator]).toEqual([3, 3]);

    const single = step(
      replied(defaultPolicy),
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-1'),
      evaluatedAt,
    );
    const none = suggestionStats([single], { asOf: '2025-12-31T00:00:00Z', policy: defaultPolicy });
    expect(none.total.rates.attitudeSatisfactionRate.denominator).toBe(0);
  });
});
