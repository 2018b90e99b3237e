import { describe, expect, it } from 'vitest';
import { parseSuggestion, safeParseSuggestion } from '../../src/model/suggestion.js';
import {
  pendingAssistingInputs,
  safePendingAssistingInputs,
} from '../../src/suggestion/pendingAssistingInputs.js';
import { definePolicy, type SuggestionPolicy } from '../../src/suggestion/policy.js';
import { assigned, deputy, refused, step, unit } from './support/walk.js';

// 协办意见: assisting and joint units send their view to the lead unit within 1 month of
// assignment (DOMAIN §2.4); the verdict is frozen when it is sent.

const units = [
  { unitId: 'U-1', role: 'lead' },
  { unitId: 'U-2', role: 'assisting' },
  { unitId: 'U-3', role: 'joint' },
];
const assignedAt = '2024-11-30T10:00:00+08:00'; // input due 2024-12-30, reply due 2025-02-28
const policyWith = (rule: SuggestionPolicy['assistingInputBeforeReply']) =>
  definePolicy({ id: `input-${rule}`, version: 1, assistingInputBeforeReply: rule });

describe('assisting input (协办意见)', () => {
  it('records an assisting unit’s input with its due day and a frozen on-time verdict', () => {
    const record = assigned(units, assignedAt);
    const onTime = step(
      record,
      'sendAssistingInput',
      { content: '建议增设养护资金' },
      unit('U-2'),
      '2024-12-30T17:00:00+08:00',
    );
    expect(onTime.state).toBe('assigned');
    expect(onTime.assistingInputs).toEqual([
      {
        unitId: 'U-2',
        round: 1,
        at: '2024-12-30T09:00:00.000Z',
        recordedAt: '2024-12-30T09:00:00.000Z',
        dueDay: '2024-12-30',
        onTime: true,
        content: '建议增设养护资金',
      },
    ]);
    const late = step(
      record,
      'sendAssistingInput',
      undefined,
      unit('U-3'),
      '2024-12-31T09:00:00+08:00',
    );
    expect(late.assistingInputs[0]).toMatchObject({
      unitId: 'U-3',
      dueDay: '2024-12-30',
      onTime: false,
    });
  });

  it('takes input only from an active assisting or joint unit, once a round', () => {
    const record = assigned(units, assignedAt);
    const at = '2024-12-10T10:00:00+08:00';
    refused(record, 'sendAssistingInput', undefined, unit('U-1'), at, {
      code: 'GUARD_FAILED',
      guard: 'isAssistingUnit',
    });
    refused(record, 'sendAssistingInput', undefined, unit('U-9'), at, {
      code: 'GUARD_FAILED',
      guard: 'isActiveAssignedUnit',
    });
    refused(record, 'sendAssistingInput', undefined, deputy('D-1'), at, { code: 'FORBIDDEN' });
    const sent = step(record, 'sendAssistingInput', undefined, unit('U-2'), at);
    refused(sent, 'sendAssistingInput', undefined, unit('U-2'), '2024-12-11T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'inputNotSentThisRound',
    });
    refused(sent, 'sendAssistingInput', { round: 2 }, unit('U-3'), at, {
      code: 'GUARD_FAILED',
      guard: 'isCurrentRound',
    });
  });

  it('lets the lead reply at once by default (optional)', () => {
    const record = assigned(units, assignedAt);
    const replied = step(
      record,
      'reply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2024-12-05T10:00:00+08:00',
    );
    expect(replied.state).toBe('replied');
  });

  it('makes the lead wait for every input under `required`', () => {
    const policy = policyWith('required');
    let record = assigned(units, assignedAt, { policy });
    const reply = { outcomeClass: 'A' };
    const late = '2025-01-20T10:00:00+08:00'; // after the input deadline: still waits
    refused(
      record,
      'reply',
      reply,
      unit('U-1'),
      late,
      { code: 'GUARD_FAILED', guard: 'assistingInputReceived' },
      { policy },
    );
    record = step(
      record,
      'sendAssistingInput',
      undefined,
      unit('U-2'),
      '2024-12-20T10:00:00+08:00',
      { policy },
    );
    refused(
      record,
      'reply',
      reply,
      unit('U-1'),
      late,
      { code: 'GUARD_FAILED', guard: 'assistingInputReceived' },
      { policy },
    );
    record = step(
      record,
      'sendAssistingInput',
      undefined,
      unit('U-3'),
      '2025-01-02T10:00:00+08:00',
      { policy },
    );
    expect(step(record, 'reply', reply, unit('U-1'), late, { policy }).state).toBe('replied');
  });

  it('makes the lead wait under `requiredUntilDue` only until each input’s deadline has passed', () => {
    const policy = policyWith('requiredUntilDue');
    const record = assigned(units, assignedAt, { policy });
    const reply = { outcomeClass: 'A' };
    // On the due day the inputs may still come.
    refused(
      record,
      'reply',
      reply,
      unit('U-1'),
      '2024-12-30T18:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'assistingInputReceived',
      },
      { policy },
    );
    // The day after, the lead may reply without them.
    expect(
      step(record, 'reply', reply, unit('U-1'), '2024-12-31T09:00:00+08:00', { policy }).state,
    ).toBe('replied');
  });

  it('lists the inputs still owed, with their deadlines', () => {
    const record = assigned(units, assignedAt);
    expect(pendingAssistingInputs(record).map((p) => [p.unitId, p.deadline.day])).toEqual([
      ['U-2', '2024-12-30'],
      ['U-3', '2024-12-30'],
    ]);
    const sent = step(
      record,
      'sendAssistingInput',
      undefined,
      unit('U-2'),
      '2024-12-10T10:00:00+08:00',
    );
    expect(pendingAssistingInputs(sent).map((p) => p.unitId)).toEqual(['U-3']);
    const replied = step(
      sent,
      'reply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2024-12-12T10:00:00+08:00',
    );
    expect(pendingAssistingInputs(replied)).toEqual([]);
    expect(safePendingAssistingInputs(null as never).ok).toBe(false);
  });

  it('judges a later round’s input against the re-handling deadline', () => {
    let record = assigned(units, assignedAt, {
      input: { proposers: [{ deputyId: 'D-1', role: 'lead' }] },
    });
    record = step(record, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2024-12-05T10:00:00+08:00');
    record = step(
      record,
      'evaluate',
      { grade: 'dissatisfied' },
      deputy('D-1'),
      '2024-12-09T10:00:00+08:00',
    );
    expect(record.state).toBe('reHandling');
    const reHandling = record.reHandlings.at(-1);
    const owed = pendingAssistingInputs(record);
    expect(owed.map((p) => p.deadline.day)).toEqual([
      reHandling?.deadline.day,
      reHandling?.deadline.day,
    ]);
    record = step(
      record,
      'sendAssistingInput',
      undefined,
      unit('U-2'),
      '2024-12-10T10:00:00+08:00',
    );
    expect(record.assistingInputs.at(-1)).toMatchObject({
      round: 2,
      dueDay: reHandling?.deadline.day,
      onTime: true,
    });
  });

  it('reads a record made before assisting input was recorded as having none', () => {
    const record = assigned(units, assignedAt);
    const { assistingInputs: _none, ...before } = JSON.parse(JSON.stringify(record));
    expect(parseSuggestion(before).assistingInputs).toEqual([]);
  });

  it('refuses a stored input from a unit that does not assist, naming the field', () => {
    const record = JSON.parse(JSON.stringify(assigned(units, assignedAt)));
    record.assistingInputs = [
      {
        unitId: 'U-1',
        round: 1,
        at: '2024-12-10T02:00:00.000Z',
        recordedAt: '2024-12-10T02:00:00.000Z',
        dueDay: '2024-12-30',
        onTime: true,
      },
    ];
    const result = safeParseSuggestion(record);
    expect(!result.ok && result.error.issues.map((i) => [i.code, i.path.join('.')])).toContainEqual(
      ['INPUT_FROM_NON_ASSISTING_UNIT', 'assistingInputs.0.unitId'],
    );
  });
});
