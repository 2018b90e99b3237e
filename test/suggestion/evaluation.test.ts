import { describe, expect, it } from 'vitest';
import { dueDate } from '../../src/calendar/dueDate.js';
import type { Suggestion } from '../../src/model/suggestion.js';
import { pendingUnits } from '../../src/suggestion/pendingUnits.js';
import { defaultPolicy, definePolicy, type SuggestionPolicy } from '../../src/suggestion/policy.js';
import { suggestionDeadline } from '../../src/suggestion/suggestionDeadline.js';
import { toPublicSuggestion } from '../../src/suggestion/toPublicSuggestion.js';
import { isDeepFrozen } from '../workflow/support/isDeepFrozen.js';
import { assigned, deputy, office, refused, step, system, unit } from './support/walk.js';

const lead = [{ unitId: 'U-1', role: 'lead' }];
const joint = {
  proposers: [
    { deputyId: 'D-1', role: 'lead' as const },
    { deputyId: 'D-2', role: 'co' as const },
    { deputyId: 'D-3', role: 'co' as const },
  ],
};

function replied(
  outcomeClass = 'A',
  policy: SuggestionPolicy = defaultPolicy,
  input: object = joint,
): Suggestion {
  const record = assigned(lead, '2024-11-30T10:00:00+08:00', { policy, input });
  return step(record, 'reply', { outcomeClass }, unit('U-1'), '2025-02-20T10:00:00+08:00', {
    policy,
  });
}

describe('suggestionWorkflow: evaluation (代表评价)', () => {
  it('refuses an evaluation dated before the reply it grades, and accepts one dated after', () => {
    const record = replied();
    refused(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-1'),
      '2025-02-19T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'evaluatedAfterReply',
      },
    );
    const evaluated = step(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-1'),
      '2025-02-20T10:00:00+08:00',
    );
    expect(evaluated.evaluations).toHaveLength(1);
  });

  it('lets each deputy of a joint suggestion evaluate their own answer, and closes when all have', () => {
    let record = replied();
    refused(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-9'),
      '2025-03-01T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'isEvaluator',
      },
    );
    record = step(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-1'),
      '2025-03-01T10:00:00+08:00',
    );
    expect(record.state).toBe('replied');
    refused(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-1'),
      '2025-03-02T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'notEvaluatedThisRound',
      },
    );
    record = step(
      record,
      'evaluate',
      { grade: 'basicallySatisfied', comment: '尚可' },
      deputy('D-2'),
      '2025-03-02T10:00:00+08:00',
    );
    expect(record.state).toBe('replied');
    record = step(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-3'),
      '2025-03-03T10:00:00+08:00',
      {
        recordedAt: '2025-03-05T10:00:00+08:00',
      },
    );
    expect(record.state).toBe('closed');
    expect(record.closure).toEqual({ at: '2025-03-03T02:00:00.000Z', reason: 'evaluated' });
    expect(record.evaluations.map((e) => [e.deputyId, e.round, e.grade])).toEqual([
      ['D-1', 1, 'satisfied'],
      ['D-2', 1, 'basicallySatisfied'],
      ['D-3', 1, 'satisfied'],
    ]);
  });

  it('counts only the lead proposer under leadOnly', () => {
    const policy = definePolicy({ id: 'lead-only', version: 1, evaluationCounting: 'leadOnly' });
    const record = replied('A', policy);
    refused(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-2'),
      '2025-03-01T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'isEvaluator',
      },
      { policy },
    );
    const next = step(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-1'),
      '2025-03-01T10:00:00+08:00',
      { policy },
    );
    expect(next.state).toBe('closed');
  });

  it('opens a re-handling round on dissatisfaction, with its own deadline', () => {
    let record = replied('C');
    record = step(
      record,
      'evaluate',
      { grade: 'dissatisfied' },
      deputy('D-2'),
      '2025-03-10T10:00:00+08:00',
    );
    expect(record.state).toBe('reHandling');
    expect(record.round).toBe(2);
    expect(record.reHandlings).toEqual([
      {
        round: 2,
        startedAt: '2025-03-10T02:00:00.000Z',
        deadline: dueDate(
          '2025-03-10T10:00:00+08:00',
          defaultPolicy.deadlines.reHandlingReply,
          defaultPolicy,
        ),
      },
    ]);
    expect(record.deadline?.day).toBe('2025-04-10');
    expect(suggestionDeadline(record)?.day).toBe('2025-04-10');
    expect(pendingUnits(record)).toEqual(['U-1']);
    // The round-2 reply is judged against the re-handling deadline.
    record = step(
      record,
      'reply',
      { outcomeClass: 'B', round: 2 },
      unit('U-1'),
      '2025-04-11T10:00:00+08:00',
    );
    expect(record.state).toBe('replied');
    expect(record.replies[1]).toMatchObject({ round: 2, dueDay: '2025-04-10', onTime: false });
    refused(
      record,
      'evaluate',
      { grade: 'satisfied', round: 1 },
      deputy('D-1'),
      '2025-04-12T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'isCurrentRound',
      },
    );
  });

  it('closes as roundsExhausted on a second dissatisfaction when one re-handling is allowed', () => {
    const policy = definePolicy({ id: 'one-round', version: 1, maxReHandlingRounds: 1 });
    let record = replied('C', policy, {});
    record = step(
      record,
      'evaluate',
      { grade: 'dissatisfied' },
      deputy('D-1'),
      '2025-03-10T10:00:00+08:00',
      { policy },
    );
    expect(record.state).toBe('reHandling');
    record = step(
      record,
      'reply',
      { outcomeClass: 'C' },
      unit('U-1'),
      '2025-04-01T10:00:00+08:00',
      { policy },
    );
    record = step(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-2'),
      '2025-04-02T10:00:00+08:00',
      { policy },
    );
    expect(record.state).toBe('replied');
    record = step(
      record,
      'evaluate',
      { grade: 'dissatisfied' },
      deputy('D-1'),
      '2025-04-03T10:00:00+08:00',
      { policy },
    );
    expect(record.state).toBe('closed');
    expect(record.round).toBe(2);
    expect(record.closure).toEqual({ at: '2025-04-03T02:00:00.000Z', reason: 'roundsExhausted' });
    expect(record.supervisions.at(-1)).toMatchObject({
      kind: 'escalation',
      by: { role: 'system' },
    });
  });

  it('closes the first dissatisfaction when no re-handling is allowed', () => {
    const policy = definePolicy({ id: 'no-round', version: 1, maxReHandlingRounds: 0 });
    const record = step(
      replied('D', policy, {}),
      'evaluate',
      { grade: 'dissatisfied' },
      deputy('D-1'),
      '2025-03-10T10:00:00+08:00',
      { policy },
    );
    expect(record.closure?.reason).toBe('roundsExhausted');
  });

  it('closes as evaluationLapsed once the window has passed with no evaluation', () => {
    const record = replied();
    const window = dueDate(
      '2025-02-20T10:00:00+08:00',
      defaultPolicy.deadlines.evaluationWindow,
      defaultPolicy,
    );
    refused(record, 'lapseEvaluation', undefined, system, `${window.day}T23:00:00+08:00`, {
      code: 'GUARD_FAILED',
      guard: 'evaluationWindowPassed',
    });
    refused(record, 'lapseEvaluation', undefined, office, '2025-06-01T10:00:00+08:00', {
      code: 'FORBIDDEN',
    });
    const next = step(record, 'lapseEvaluation', { round: 1 }, system, '2025-06-01T10:00:00+08:00');
    expect(next.state).toBe('closed');
    expect(next.closure).toEqual({ at: '2025-06-01T02:00:00.000Z', reason: 'evaluationLapsed' });
    expect(next.evaluations).toEqual([]);
  });

  it('lets the office close a replied item', () => {
    const next = step(replied(), 'close', undefined, office, '2025-03-20T10:00:00+08:00');
    expect(next.closure).toEqual({ at: '2025-03-20T02:00:00.000Z', reason: 'byOffice' });
  });
});

describe('suggestionWorkflow: follow-up (跟踪办理)', () => {
  function closedWith(outcomeClass: string): Suggestion {
    let record = replied(outcomeClass, defaultPolicy, {});
    record = step(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-1'),
      '2025-03-01T10:00:00+08:00',
    );
    return step(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-2'),
      '2025-03-02T10:00:00+08:00',
    );
  }

  it('takes a follow-up reply that improves B to A, and refuses a worse class', () => {
    let record = closedWith('B');
    expect(record.state).toBe('closed');
    refused(
      record,
      'followUpReply',
      { outcomeClass: 'C' },
      unit('U-1'),
      '2025-05-01T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'outcomeNotWorse',
      },
    );
    refused(
      record,
      'followUpReply',
      { outcomeClass: 'A' },
      unit('U-2'),
      '2025-05-01T10:00:00+08:00',
      {
        // U-2 is not on the item at all: only a unit still assigned answers for it.
        code: 'GUARD_FAILED',
        guard: 'isActiveAssignedUnit',
      },
    );
    record = step(
      record,
      'followUpReply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-05-01T10:00:00+08:00',
    );
    expect(record.state).toBe('closed');
    expect(record.replies.at(-1)).toMatchObject({
      unitId: 'U-1',
      outcomeClass: 'A',
      followUp: true,
      round: 1,
      dueDay: '2025-06-02',
      onTime: true,
    });
    // A needs no further follow-up: A → C is refused.
    refused(
      record,
      'followUpReply',
      { outcomeClass: 'C' },
      unit('U-1'),
      '2025-06-01T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'followUpExpected',
      },
    );
  });

  it('refuses follow-up for an outcome that needs none', () => {
    refused(
      closedWith('A'),
      'followUpReply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-05-01T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'followUpExpected',
      },
    );
  });
});

describe('suggestionWorkflow: publication (公开)', () => {
  it('publishes only withheld for a confidential item, and the public view hides the deputies', () => {
    let record = replied('A', defaultPolicy, {
      ...joint,
      confidential: true,
      content: '涉及个人隐私',
    });
    record = step(
      record,
      'consult',
      { faceToFace: true, note: '电话 138…' },
      unit('U-1'),
      '2025-02-21T10:00:00+08:00',
    );
    refused(record, 'publish', { mode: 'full' }, office, '2025-03-01T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'publicationAllowed',
    });
    refused(record, 'publish', { mode: 'summary' }, office, '2025-03-01T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'publicationAllowed',
    });
    record = step(
      record,
      'publish',
      { mode: 'withheld', withheldReason: '代表要求保密' },
      office,
      '2025-03-01T10:00:00+08:00',
    );
    expect(record.publication).toEqual({ mode: 'withheld', withheldReason: '代表要求保密' });
    const view = toPublicSuggestion(record);
    expect(view.proposers).toEqual([{ role: 'lead' }, { role: 'co' }, { role: 'co' }]);
    expect(view.content).toBeUndefined();
    expect(view.publication).toEqual({ mode: 'withheld' });
    const text = JSON.stringify(view);
    for (const secret of ['D-1', 'D-2', 'D-3', '138', 'OFFICE', '代表要求保密']) {
      expect(text).not.toContain(secret);
    }
    expect(view.history.every((h) => Object.keys(h).join() === 'type,at,role')).toBe(true);
    expect(isDeepFrozen(view)).toBe(true);
  });

  it('publishes an ordinary item in full, keeping the deputies and the reply text', () => {
    let record = assigned(lead, '2024-11-30T10:00:00+08:00', { input: { content: '正文' } });
    record = step(
      record,
      'reply',
      { outcomeClass: 'A', content: '答复正文' },
      unit('U-1'),
      '2025-02-20T10:00:00+08:00',
    );
    record = step(record, 'publish', { mode: 'full' }, office, '2025-03-01T10:00:00+08:00');
    expect(record.publication).toEqual({ mode: 'full', publishedAt: '2025-03-01T02:00:00.000Z' });
    const view = toPublicSuggestion(record);
    expect(view.proposers[0]).toEqual({ role: 'lead', deputyId: 'D-1' });
    expect(view.content).toBe('正文');
    expect(view.replies[0]?.content).toBe('答复正文');
    expect(view.number).toBe('第0001号');
    const summary = toPublicSuggestion(
      step(record, 'publish', { mode: 'summary' }, office, '2025-03-02T10:00:00+08:00'),
    );
    expect(summary.replies[0]?.content).toBeUndefined();
  });
});
