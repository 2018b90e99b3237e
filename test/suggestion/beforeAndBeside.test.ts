import { describe, expect, it } from 'vitest';
import { safeParseSuggestion } from '../../src/model/suggestion.js';
import { isReplied } from '../../src/suggestion/isReplied.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import {
  assigned,
  deputy,
  draft,
  office,
  refused,
  registered,
  step,
  unit,
} from './support/walk.js';

// Before and beside the reply: consultation before submission (提出前沟通, 上海), the holding reply
// (阶段性答复), and the direct route with the leaders' instructions (建议"直通车"与批示, 山东).

const roundTrip = <T>(record: T) => {
  const parsed = safeParseSuggestion(JSON.parse(JSON.stringify(record)));
  expect(parsed.ok).toBe(true);
};

describe('consultBeforeSubmission (提出前沟通)', () => {
  const at = '2024-11-20T09:10:00+08:00';

  it('records a proposer’s talk with a unit on the draft, keeping it a draft', () => {
    const record = step(
      draft(),
      'consultBeforeSubmission',
      { unitId: 'U-1', faceToFace: true },
      deputy('D-2'),
      at,
    );
    expect(record.state).toBe('draft');
    expect(record.preSubmissionConsultations).toEqual([
      { deputyId: 'D-2', unitId: 'U-1', faceToFace: true, at: '2024-11-20T01:10:00.000Z' },
    ]);
    roundTrip(record);
  });

  it('refuses a deputy who is not a proposer, and any consultation once submitted', () => {
    refused(
      draft(),
      'consultBeforeSubmission',
      { unitId: 'U-1', faceToFace: false },
      deputy('D-9'),
      at,
      {
        code: 'GUARD_FAILED',
        guard: 'isProposer',
      },
    );
    refused(
      registered(),
      'consultBeforeSubmission',
      { unitId: 'U-1', faceToFace: false },
      deputy('D-1'),
      '2024-11-26T10:00:00+08:00',
      {
        code: 'NOT_ALLOWED_IN_STATE',
      },
    );
  });
});

describe('holdingReply (阶段性答复)', () => {
  const handling = () =>
    assigned(
      [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-2', role: 'assisting' },
      ],
      '2024-11-30T10:00:00+08:00',
    );
  const at = '2025-02-10T10:00:00+08:00';

  it('records a brief answer without replying the item or stopping its deadline', () => {
    const before = handling();
    const record = step(
      before,
      'holdingReply',
      { expectedDay: '2025-12-31', content: '已列入明年计划，年底前办结。' },
      unit('U-1'),
      at,
    );
    expect(record.holdingReplies).toHaveLength(1);
    expect(record.holdingReplies[0]).toMatchObject({
      unitId: 'U-1',
      round: 1,
      expectedDay: '2025-12-31',
    });
    expect(record.state).toBe(before.state);
    expect(record.replies).toEqual([]);
    expect(record.deadline).toEqual(before.deadline);
    expect(isReplied(record, defaultPolicy)).toBe(false);
    roundTrip(record);
  });

  it('refuses an assisting unit, a unit that already replied this round, and another round', () => {
    refused(handling(), 'holdingReply', {}, unit('U-2'), at, {
      code: 'GUARD_FAILED',
      guard: 'unitMustReply',
    });
    refused(handling(), 'holdingReply', { round: 2 }, unit('U-1'), at, {
      code: 'GUARD_FAILED',
      guard: 'isCurrentRound',
    });
    const sent = step(
      handling(),
      'sendAssistingInput',
      {},
      unit('U-2'),
      '2025-01-10T10:00:00+08:00',
    );
    const withTwoLeads = assigned(
      [
        { unitId: 'U-1', role: 'separate' },
        { unitId: 'U-3', role: 'separate' },
      ],
      '2024-11-30T10:00:00+08:00',
    );
    const oneReplied = step(withTwoLeads, 'reply', { outcomeClass: 'A' }, unit('U-1'), at);
    refused(oneReplied, 'holdingReply', {}, unit('U-1'), '2025-02-11T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'notRepliedThisRound',
    });
    expect(sent.assistingInputs).toHaveLength(1);
  });
});

describe('routeDirect and recordInstruction (建议直通车与领导批示)', () => {
  const handling = () => assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00');

  it('sends the item once, then records each instruction in order, even after closing', () => {
    const routed = step(
      handling(),
      'routeDirect',
      { to: '市委主要领导' },
      office,
      '2024-12-02T10:00:00+08:00',
    );
    expect(routed.directRoute).toEqual({
      to: '市委主要领导',
      at: '2024-12-02T02:00:00.000Z',
      instructions: [],
    });
    refused(routed, 'routeDirect', { to: '市政府主要领导' }, office, '2024-12-03T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'notRoutedDirect',
    });
    const instructed = step(
      routed,
      'recordInstruction',
      { by: '市委书记', content: '请市交通局牵头研究。' },
      office,
      '2024-12-05T10:00:00+08:00',
    );
    expect(instructed.directRoute?.instructions).toEqual([
      {
        by: '市委书记',
        content: '请市交通局牵头研究。',
        at: '2024-12-05T02:00:00.000Z',
        recordedAt: '2024-12-05T02:00:00.000Z',
      },
    ]);
    roundTrip(instructed);
  });

  it('refuses an instruction on an item not sent, or dated before it was sent', () => {
    refused(
      handling(),
      'recordInstruction',
      { by: '市委书记', content: '阅。' },
      office,
      '2024-12-05T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'routedDirect',
      },
    );
    const routed = step(
      handling(),
      'routeDirect',
      { to: '市委主要领导' },
      office,
      '2024-12-02T10:00:00+08:00',
    );
    refused(
      routed,
      'recordInstruction',
      { by: '市委书记', content: '阅。' },
      office,
      '2024-12-01T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'instructionAfterRouting',
      },
    );
  });

  it('refuses a stored record whose instruction predates the routing, naming the field', () => {
    const routed = step(
      handling(),
      'routeDirect',
      { to: '市委主要领导' },
      office,
      '2024-12-02T10:00:00+08:00',
    );
    const stored = JSON.parse(JSON.stringify(routed));
    stored.directRoute.instructions = [
      {
        by: '市委书记',
        content: '阅。',
        at: '2024-12-01T02:00:00.000Z',
        recordedAt: '2024-12-01T02:00:00.000Z',
      },
    ];
    const parsed = safeParseSuggestion(stored);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.issues[0]?.code).toBe('INSTRUCTION_BEFORE_ROUTING');
      expect(parsed.error.issues[0]?.path).toEqual(['directRoute', 'instructions', 0, 'at']);
    }
  });
});
