import { describe, expect, it } from 'vitest';
import { dueDate } from '../../src/calendar/dueDate.js';
import { SuggestionSchema } from '../../src/model/suggestion.js';
import { isReplied } from '../../src/suggestion/isReplied.js';
import { pendingUnits } from '../../src/suggestion/pendingUnits.js';
import { defaultPolicy, definePolicy } from '../../src/suggestion/policy.js';
import { suggestionDeadline } from '../../src/suggestion/suggestionDeadline.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { isDeepFrozen, snapshot } from '../workflow/support/isDeepFrozen.js';
import {
  assigned,
  attempt,
  deputy,
  draft,
  office,
  refused,
  registered,
  step,
  supervisor,
  system,
  unit,
} from './support/walk.js';

const lead = [{ unitId: 'U-1', role: 'lead' }];

describe('suggestionWorkflow: submission and screening (提交、立案审查)', () => {
  it('lets only the lead proposer submit, and records when', () => {
    const record = draft();
    refused(record, 'submit', undefined, deputy('D-2'), '2024-11-20T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'isLeadProposer',
    });
    refused(record, 'submit', undefined, office, '2024-11-20T10:00:00+08:00', {
      code: 'FORBIDDEN',
    });
    const next = step(record, 'submit', undefined, deputy('D-1'), '2024-11-20T10:00:00+08:00');
    expect(next.state).toBe('submitted');
    expect(next.submittedAt).toBe('2024-11-20T02:00:00.000Z');
  });

  it('registers with the official number', () => {
    const record = registered();
    expect(record.state).toBe('registered');
    expect(record.screening).toMatchObject({ registered: true, number: '第0001号' });
  });

  it('refuses registration only for a reason in the policy, with the notice time', () => {
    const submitted = step(
      draft(),
      'submit',
      undefined,
      deputy('D-1'),
      '2024-11-20T10:00:00+08:00',
    );
    refused(
      submitted,
      'refuseRegistration',
      { reason: 'boring' },
      office,
      '2024-11-21T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'reasonInPolicy',
      },
    );
    const next = step(
      submitted,
      'refuseRegistration',
      { reason: 'personalMatter', noticeAt: '2024-11-22T09:00:00+08:00' },
      office,
      '2024-11-21T10:00:00+08:00',
    );
    expect(next.state).toBe('notRegistered');
    expect(next.screening).toEqual({
      at: '2024-11-21T02:00:00.000Z',
      registered: false,
      reason: 'personalMatter',
      noticeAt: '2024-11-22T01:00:00.000Z',
    });
    refused(next, 'register', { number: '1' }, office, '2024-11-23T10:00:00+08:00', {
      code: 'NOT_ALLOWED_IN_STATE',
    });
  });

  it('turns a motion into a suggestion (议案转建议)', () => {
    let record = draft({ kind: 'motion' });
    record = step(record, 'submit', undefined, deputy('D-1'), '2024-11-20T10:00:00+08:00');
    const next = step(
      record,
      'convertFromMotion',
      { motionId: 'M-7' },
      office,
      '2024-11-21T10:00:00+08:00',
    );
    expect(next.state).toBe('submitted');
    expect(next.kind).toBe('suggestion');
    expect(next.convertedFromMotion).toEqual({ motionId: 'M-7', at: '2024-11-21T02:00:00.000Z' });
    refused(next, 'convertFromMotion', undefined, office, '2024-11-22T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'isMotion',
    });
  });

  it('merges an item into a primary, and records the merged items on the primary (并案)', () => {
    const secondary = step(
      registered(),
      'merge',
      { into: 'S-0' },
      office,
      '2024-11-26T10:00:00+08:00',
    );
    expect(secondary.state).toBe('merged');
    expect(secondary.mergedInto).toBe('S-0');
    const primary = step(
      registered({ id: 'S-0' }),
      'merge',
      { from: ['S-1', 'S-2'] },
      office,
      '2024-11-26T10:00:00+08:00',
    );
    expect(primary.state).toBe('registered');
    expect(primary.mergedFrom).toEqual(['S-1', 'S-2']);
    refused(registered(), 'merge', { into: 'S-1' }, office, '2024-11-26T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'notMergedWithItself',
    });
    refused(
      registered(),
      'merge',
      { into: 'S-0', from: ['S-2'] },
      office,
      '2024-11-26T10:00:00+08:00',
      {
        code: 'INVALID_INPUT',
      },
    );
  });
});

describe('suggestionWorkflow: assignment (交办)', () => {
  it('counts 3 months from an assignment on 2024-11-30 to 2025-02-28', () => {
    const record = assigned(lead, '2024-11-30T10:00:00+08:00');
    expect(record.state).toBe('assigned');
    expect(record.assignments[0]).toMatchObject({
      unitId: 'U-1',
      assignedDay: '2024-11-30',
      mustReply: true,
      active: true,
    });
    expect(record.assignments[0]?.deadline.day).toBe('2025-02-28');
    expect(record.deadline?.day).toBe('2025-02-28');
    expect(suggestionDeadline(record)).toEqual(record.deadline);
  });

  it('counts from 31 January for an assignment at 2025-01-31T23:30:00+08:00, whatever the process zone', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        const record = assigned(lead, '2025-01-31T23:30:00+08:00');
        expect(record.assignments[0]?.assignedDay).toBe('2025-01-31');
        expect(record.assignments[0]?.deadline.anchorDay).toBe('2025-01-31');
        expect(record.assignments[0]?.deadline.day).toBe('2025-04-30');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('gives assisting units the assisting-input deadline and no duty to reply', () => {
    const record = assigned(
      [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-2', role: 'assisting' },
        { unitId: 'U-3', role: 'joint' },
      ],
      '2024-11-30T10:00:00+08:00',
    );
    expect(record.assignments.map((a) => [a.unitId, a.mustReply, a.deadline.day])).toEqual([
      ['U-1', true, '2025-02-28'],
      ['U-2', false, '2024-12-30'],
      ['U-3', false, '2024-12-30'],
    ]);
    expect(pendingUnits(record)).toEqual(['U-1']);
  });

  it('refuses topologies without exactly one lead, mixed separate units, or a unit twice', () => {
    const record = registered();
    const at = '2024-11-30T10:00:00+08:00';
    const bad = [
      [{ unitId: 'U-1', role: 'assisting' }],
      [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-2', role: 'lead' },
      ],
      [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-2', role: 'separate' },
      ],
      [{ unitId: 'U-1', role: 'separate' }],
      [
        { unitId: 'U-1', role: 'sole' },
        { unitId: 'U-2', role: 'assisting' },
      ],
      [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-1', role: 'assisting' },
      ],
    ];
    for (const units of bad) {
      refused(record, 'assign', { units }, office, at, {
        code: 'GUARD_FAILED',
        guard: 'validHandlingRoles',
      });
    }
    refused(record, 'assign', { units: [] }, office, at, { code: 'INVALID_INPUT' });
  });

  it('counts from the session close day when the policy says so, and needs that day', () => {
    const policy = definePolicy({
      id: 'chongqing',
      version: 1,
      deadlines: { reply: { amount: 3, unit: 'calendarMonths', anchor: 'sessionClose' } },
    });
    const record = registered({}, policy);
    refused(
      record,
      'assign',
      { units: lead },
      office,
      '2025-02-10T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'anchorDayGiven',
      },
      { policy },
    );
    const next = step(
      record,
      'assign',
      { units: lead, anchorDay: '2025-01-20' },
      office,
      '2025-02-10T10:00:00+08:00',
      { policy },
    );
    expect(next.assignments[0]?.deadline).toMatchObject({
      anchorDay: '2025-01-20',
      day: '2025-04-20',
    });
    expect(next.assignments[0]?.assignedDay).toBe('2025-02-10');
  });

  it('supports a fixed reply date (replies due 30 June)', () => {
    const policy = definePolicy({
      id: 'fixed',
      version: 1,
      deadlines: {
        reply: { amount: 0, unit: 'calendarDays', anchor: 'fixedDate', fixedDate: '06-30' },
      },
    });
    const record = assigned(lead, '2025-03-20T10:00:00+08:00', { policy });
    expect(record.deadline?.day).toBe('2025-06-30');
  });
});

describe('suggestionWorkflow: return and reassignment (退回、改办)', () => {
  const at = '2025-03-03T10:00:00+08:00'; // Monday; 7 working days end on 12 March

  it('refuses a return request after the window (GUARD_FAILED, withinReturnWindow)', () => {
    const record = assigned(lead, at);
    refused(
      record,
      'requestReturn',
      { reason: '不属于本单位职责' },
      unit('U-1'),
      '2025-03-13T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'withinReturnWindow',
      },
    );
    const inside = step(
      record,
      'requestReturn',
      { reason: '不属于本单位职责' },
      unit('U-1'),
      '2025-03-12T17:00:00+08:00',
    );
    expect(inside.assignments[0]?.returnRequest?.reason).toBe('不属于本单位职责');
  });

  it('lets only the assigned unit itself ask', () => {
    const record = assigned(lead, at);
    refused(
      record,
      'requestReturn',
      { reason: '不属于本单位职责' },
      unit('U-9'),
      '2025-03-04T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'isActiveAssignedUnit',
      },
    );
  });

  function returned(policy = defaultPolicy) {
    let record = assigned(lead, at, { policy });
    record = step(
      record,
      'requestReturn',
      { reason: '职责不符', suggestedUnitId: 'U-2' },
      unit('U-1'),
      '2025-03-05T09:00:00+08:00',
      { policy },
    );
    refused(
      record,
      'reassign',
      { from: 'U-1', to: 'U-2' },
      office,
      '2025-03-06T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'returnApproved',
      },
      { policy },
    );
    return step(
      record,
      'decideReturn',
      { decision: 'approved' },
      office,
      '2025-03-06T09:00:00+08:00',
      { policy },
    );
  }

  it('restarts the clock from the reassignment by default', () => {
    const record = step(
      returned(),
      'reassign',
      { from: 'U-1', to: 'U-2' },
      office,
      '2025-03-10T10:00:00+08:00',
    );
    expect(record.assignments.map((a) => [a.unitId, a.active, a.deadline.day])).toEqual([
      ['U-1', false, '2025-06-03'],
      ['U-2', true, '2025-06-10'],
    ]);
    expect(record.assignments[0]?.returnRequest).toMatchObject({ decision: 'approved' });
    expect(record.deadline?.day).toBe('2025-06-10');
    expect(pendingUnits(record)).toEqual(['U-2']);
    refused(record, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2025-03-11T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'isActiveAssignedUnit',
    });
  });

  it('keeps the original due day when the policy does not restart the clock', () => {
    const policy = definePolicy({ id: 'keep', version: 1, reassignmentRestartsClock: false });
    const record = step(
      returned(policy),
      'reassign',
      { from: 'U-1', to: 'U-2' },
      office,
      '2025-03-10T10:00:00+08:00',
      { policy },
    );
    expect(record.assignments[1]?.deadline.day).toBe('2025-06-03');
    expect(record.assignments[1]?.assignedDay).toBe('2025-03-10');
  });

  it('records a refusal of the return, and the assignment stands', () => {
    let record = assigned(lead, at);
    record = step(
      record,
      'requestReturn',
      { reason: '职责不符' },
      unit('U-1'),
      '2025-03-05T09:00:00+08:00',
    );
    record = step(
      record,
      'decideReturn',
      { decision: 'refused' },
      office,
      '2025-03-06T09:00:00+08:00',
    );
    expect(record.assignments[0]).toMatchObject({
      active: true,
      returnRequest: { decision: 'refused' },
    });
    refused(record, 'decideReturn', { decision: 'approved' }, office, '2025-03-07T09:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'pendingReturnRequest',
    });
  });
});

describe('suggestionWorkflow: handling, extensions and supervision (办理、延期、督办)', () => {
  const at = '2024-11-30T10:00:00+08:00';

  it('moves to in handling once a unit accepts, only for its own assignment', () => {
    const record = assigned(lead, at);
    refused(record, 'accept', undefined, unit('U-2'), '2024-12-02T09:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'isActiveAssignedUnit',
    });
    const next = step(record, 'accept', undefined, unit('U-1'), '2024-12-02T09:00:00+08:00');
    expect(next.state).toBe('inHandling');
    expect(next.assignments[0]?.acceptedAt).toBe('2024-12-02T01:00:00.000Z');
    refused(next, 'accept', undefined, unit('U-1'), '2024-12-03T09:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'notYetAccepted',
    });
  });

  it('records consultations and supervision without changing the state', () => {
    let record = step(
      assigned(lead, at),
      'accept',
      undefined,
      unit('U-1'),
      '2024-12-02T09:00:00+08:00',
    );
    record = step(
      record,
      'consult',
      { faceToFace: true, note: '现场调研' },
      unit('U-1'),
      '2024-12-10T15:00:00+08:00',
    );
    record = step(record, 'supervise', { kind: 'reminder' }, office, '2024-12-20T09:00:00+08:00');
    expect(record.state).toBe('inHandling');
    expect(record.consultations).toEqual([
      {
        unitId: 'U-1',
        deputyIds: ['D-1', 'D-2'],
        faceToFace: true,
        at: '2024-12-10T07:00:00.000Z',
        note: '现场调研',
      },
    ]);
    expect(record.supervisions[0]).toMatchObject({ kind: 'reminder', by: office });
  });

  it('designates a key item, supervised by its own supervisors', () => {
    let record = step(
      assigned(lead, at),
      'accept',
      undefined,
      unit('U-1'),
      '2024-12-02T09:00:00+08:00',
    );
    record = step(
      record,
      'designateKeyItem',
      { designatedBy: '主任会议', leadingOfficial: '副主任 张三' },
      supervisor('C-1'),
      '2024-12-05T09:00:00+08:00',
    );
    expect(record.keyItem).toMatchObject({
      designatedBy: '主任会议',
      supervisorIds: ['C-1'],
      leadingOfficial: '副主任 张三',
    });
    refused(
      record,
      'designateKeyItem',
      { designatedBy: '主任会议' },
      office,
      '2024-12-06T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'notKeyItem',
      },
    );
    refused(
      record,
      'supervise',
      { kind: 'inspection' },
      supervisor('C-2'),
      '2024-12-07T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'supervisorOfKeyItem',
      },
    );
    const next = step(
      record,
      'supervise',
      { kind: 'inspection' },
      supervisor('C-1'),
      '2024-12-07T09:00:00+08:00',
    );
    expect(next.supervisions).toHaveLength(1);
  });

  it('extends up to the cap and refuses beyond it (延期)', () => {
    let record = step(
      assigned(lead, at),
      'accept',
      undefined,
      unit('U-1'),
      '2024-12-02T09:00:00+08:00',
    );
    record = step(
      record,
      'requestExtension',
      { months: 2, reason: '涉及面广' },
      unit('U-1'),
      '2025-02-01T09:00:00+08:00',
    );
    refused(
      record,
      'requestExtension',
      { months: 1, reason: '再延' },
      unit('U-1'),
      '2025-02-02T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'noPendingExtension',
      },
    );
    record = step(
      record,
      'decideExtension',
      { decision: 'approved' },
      office,
      '2025-02-03T09:00:00+08:00',
    );
    expect(record.assignments[0]?.deadline.day).toBe('2025-04-30');
    expect(record.assignments[0]?.deadline.extension).toEqual({
      originalDay: '2025-02-28',
      months: 2,
    });
    expect(record.deadline?.day).toBe('2025-04-30');
    refused(
      record,
      'requestExtension',
      { months: 2, reason: '再延' },
      unit('U-1'),
      '2025-04-01T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'extensionWithinCap',
      },
    );
    record = step(
      record,
      'requestExtension',
      { months: 1, reason: '再延' },
      unit('U-1'),
      '2025-04-01T09:00:00+08:00',
    );
    refused(
      record,
      'decideExtension',
      { decision: 'approved', months: 2 },
      office,
      '2025-04-02T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'approvalWithinCap',
      },
    );
    record = step(
      record,
      'decideExtension',
      { decision: 'approved', months: 1 },
      office,
      '2025-04-02T09:00:00+08:00',
    );
    expect(record.assignments[0]?.deadline.day).toBe('2025-05-30');
    expect(record.assignments[0]?.deadline.extension).toEqual({
      originalDay: '2025-02-28',
      months: 3,
    });
    refused(
      record,
      'requestExtension',
      { months: 1, reason: '又延' },
      unit('U-1'),
      '2025-05-01T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'extensionWithinCap',
      },
    );
  });
});

describe('suggestionWorkflow: replies (答复)', () => {
  const at = '2024-11-30T10:00:00+08:00';

  it('lets an assisting unit off replying; the lead unit’s reply makes it replied', () => {
    const record = assigned(
      [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-2', role: 'assisting' },
      ],
      at,
    );
    refused(record, 'reply', { outcomeClass: 'A' }, unit('U-2'), '2024-12-20T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'unitMustReply',
    });
    const next = step(
      record,
      'reply',
      { outcomeClass: 'A', faceToFace: true },
      unit('U-1'),
      '2025-01-20T10:00:00+08:00',
    );
    expect(next.state).toBe('replied');
    expect(next.deadline).toBeUndefined();
    expect(next.replies).toEqual([
      {
        unitId: 'U-1',
        round: 1,
        outcomeClass: 'A',
        faceToFace: true,
        followUp: false,
        at: '2025-01-20T02:00:00.000Z',
        recordedAt: '2025-01-20T02:00:00.000Z',
        dueDay: '2025-02-28',
        onTime: true,
      },
    ]);
    expect(isReplied(next, defaultPolicy)).toBe(true);
  });

  it('needs a reply from each of two separate units (分办: one item, two replies)', () => {
    const units = [
      { unitId: 'U-1', role: 'separate' },
      { unitId: 'U-2', role: 'separate' },
    ];
    let record = assigned(units, at);
    record = step(record, 'reply', { outcomeClass: 'B' }, unit('U-2'), '2025-01-10T10:00:00+08:00');
    expect(record.state).toBe('inHandling');
    expect(pendingUnits(record)).toEqual(['U-1']);
    expect(isReplied(record, defaultPolicy)).toBe(false);
    refused(record, 'reply', { outcomeClass: 'A' }, unit('U-2'), '2025-01-11T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'notRepliedThisRound',
    });
    record = step(record, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2025-01-15T10:00:00+08:00');
    expect(record.state).toBe('replied');
    expect(record.replies.map((r) => [r.unitId, r.outcomeClass])).toEqual([
      ['U-2', 'B'],
      ['U-1', 'A'],
    ]);
    expect(pendingUnits(record)).toEqual([]);
  });

  it('waits for every unit that must reply under everyRequiredUnit', () => {
    const policy = definePolicy({ id: 'every', version: 1, repliedWhen: 'everyRequiredUnit' });
    const record = assigned(lead, at, { policy });
    const next = step(
      record,
      'reply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-01-15T10:00:00+08:00',
      { policy },
    );
    expect(next.state).toBe('replied');
  });

  it('keeps a backdated paper reply on time (judged by its own date, not when it was entered)', () => {
    const record = assigned(lead, at);
    const next = step(
      record,
      'reply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-02-27T16:00:00+08:00',
      {
        recordedAt: '2025-03-05T09:00:00+08:00',
      },
    );
    expect(next.replies[0]).toMatchObject({
      onTime: true,
      dueDay: '2025-02-28',
      recordedAt: '2025-03-05T01:00:00.000Z',
    });
  });

  it('marks a late reply onTime false, and the verdict is frozen', () => {
    const record = assigned(lead, at);
    const next = step(
      record,
      'reply',
      { outcomeClass: 'C' },
      unit('U-1'),
      '2025-03-01T00:10:00+08:00',
    );
    expect(next.replies[0]).toMatchObject({ onTime: false, dueDay: '2025-02-28' });
  });

  it('refuses a class outside the taxonomy and a stale round', () => {
    const record = assigned(lead, at);
    refused(record, 'reply', { outcomeClass: 'E' }, unit('U-1'), '2025-01-15T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'outcomeClassInTaxonomy',
    });
    refused(
      record,
      'reply',
      { outcomeClass: 'A', round: 2 },
      unit('U-1'),
      '2025-01-15T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'isCurrentRound',
      },
    );
  });
});

describe('suggestionWorkflow: withdrawal (撤回)', () => {
  it('lets the lead proposer withdraw before any reply', () => {
    const record = assigned(lead, '2024-11-30T10:00:00+08:00');
    refused(record, 'withdraw', { reason: '已解决' }, deputy('D-2'), '2024-12-10T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'isLeadProposer',
    });
    const next = step(
      record,
      'withdraw',
      { reason: '问题已自行解决' },
      deputy('D-1'),
      '2024-12-10T10:00:00+08:00',
    );
    expect(next.state).toBe('withdrawn');
    expect(next.withdrawal).toEqual({ at: '2024-12-10T02:00:00.000Z', reason: '问题已自行解决' });
    expect(next.deadline).toBeUndefined();
  });

  it('refuses withdrawal after a reply', () => {
    const units = [
      { unitId: 'U-1', role: 'separate' },
      { unitId: 'U-2', role: 'separate' },
    ];
    let record = assigned(units, '2024-11-30T10:00:00+08:00');
    record = step(record, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2025-01-15T10:00:00+08:00');
    refused(record, 'withdraw', undefined, deputy('D-1'), '2025-01-16T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'noReplyYet',
    });
    record = step(record, 'reply', { outcomeClass: 'A' }, unit('U-2'), '2025-01-17T10:00:00+08:00');
    expect(record.state).toBe('replied');
    refused(record, 'withdraw', undefined, deputy('D-1'), '2025-01-18T10:00:00+08:00', {
      code: 'NOT_ALLOWED_IN_STATE',
    });
  });
});

describe('suggestionWorkflow: records', () => {
  it('returns the same object on refusal, does not change its input, and freezes its output', () => {
    const record = assigned(lead, '2024-11-30T10:00:00+08:00');
    const before = snapshot(record);
    const bad = attempt(
      record,
      'reply',
      { outcomeClass: 'Z' },
      unit('U-1'),
      '2025-01-15T10:00:00+08:00',
    );
    expect(bad.ok).toBe(false);
    const good = attempt(
      record,
      'reply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-01-15T10:00:00+08:00',
    );
    expect(good.ok && isDeepFrozen(good.value.record)).toBe(true);
    expect(record).toEqual(before);
    expect(good.ok && good.value.record.history.length).toBe(record.history.length + 1);
  });

  it('replays a whole life from the draft', () => {
    const initial = draft();
    let record = step(initial, 'submit', undefined, deputy('D-1'), '2024-11-20T09:30:00+08:00');
    record = step(record, 'register', { number: '第0001号' }, office, '2024-11-25T10:00:00+08:00');
    record = step(record, 'assign', { units: lead }, office, '2024-11-30T10:00:00+08:00');
    record = step(record, 'accept', undefined, unit('U-1'), '2024-12-02T09:00:00+08:00');
    record = step(
      record,
      'reply',
      { outcomeClass: 'B' },
      unit('U-1'),
      '2025-02-20T10:00:00+08:00',
      {
        recordedAt: '2025-02-21T10:00:00+08:00',
      },
    );
    record = step(
      record,
      'evaluate',
      { grade: 'satisfied' },
      deputy('D-1'),
      '2025-03-01T10:00:00+08:00',
    );
    record = step(
      record,
      'evaluate',
      { grade: 'basicallySatisfied' },
      deputy('D-2'),
      '2025-03-02T10:00:00+08:00',
    );
    const rebuilt = safeReplay(initial, record.history, {
      workflow: suggestionWorkflow,
      context: { policy: defaultPolicy },
    });
    expect(rebuilt).toEqual({ ok: true, value: record });
    expect(SuggestionSchema.safeParse(record).success).toBe(true);
  });

  it('uses system only for time-driven events', () => {
    expect(suggestionWorkflow.events.lapseEvaluation.roles).toEqual(['system']);
    expect(system.role).toBe('system');
  });

  it('counts the evaluation window from the reply', () => {
    const reply = '2025-03-10T10:00:00+08:00';
    const window = dueDate(reply, defaultPolicy.deadlines.evaluationWindow, defaultPolicy);
    expect(window.day).toBe('2025-04-08');
  });
});

describe('suggestionWorkflow: a unit that has replied stays on the item (退回 after 答复)', () => {
  const separate = [
    { unitId: 'U-1', role: 'separate' },
    { unitId: 'U-2', role: 'separate' },
  ];

  it('refuses a return request from a unit that has already replied (unitNotRepliedYet)', () => {
    let s = assigned(separate, '2024-12-02T10:00:00+08:00');
    s = step(s, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2024-12-03T10:00:00+08:00');
    expect(s.state).toBe('inHandling');
    refused(s, 'requestReturn', { reason: '职责不符' }, unit('U-1'), '2024-12-04T10:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'unitNotRepliedYet',
    });
    // The other unit, which has not replied, still may.
    const asked = step(
      s,
      'requestReturn',
      { reason: '职责不符' },
      unit('U-2'),
      '2024-12-04T10:00:00+08:00',
    );
    expect(asked.assignments.find((a) => a.unitId === 'U-2')?.returnRequest?.reason).toBe(
      '职责不符',
    );
  });

  it('refuses to move the item from a unit that replied while its request was pending', () => {
    let s = assigned(separate, '2024-12-02T10:00:00+08:00');
    s = step(s, 'requestReturn', { reason: '职责不符' }, unit('U-1'), '2024-12-03T10:00:00+08:00');
    s = step(s, 'reply', { outcomeClass: 'A' }, unit('U-1'), '2024-12-04T10:00:00+08:00');
    s = step(s, 'decideReturn', { decision: 'approved' }, office, '2024-12-05T10:00:00+08:00');
    refused(s, 'reassign', { from: 'U-1', to: 'U-3' }, office, '2024-12-05T11:00:00+08:00', {
      code: 'GUARD_FAILED',
      guard: 'replacedUnitNotReplied',
    });
  });

  it('lets only a unit still on the item send a follow-up reply (isActiveAssignedUnit)', () => {
    let s = assigned(lead, '2024-12-02T10:00:00+08:00');
    s = step(s, 'reply', { outcomeClass: 'B' }, unit('U-1'), '2024-12-20T10:00:00+08:00');
    s = step(s, 'close', undefined, office, '2024-12-30T10:00:00+08:00');
    // A record written before this rule, where U-1 was then taken off the item.
    const offTheItem = SuggestionSchema.parse({
      ...s,
      assignments: s.assignments.map((a) => ({ ...a, active: false })),
    });
    refused(
      offTheItem,
      'followUpReply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-01-30T10:00:00+08:00',
      { code: 'GUARD_FAILED', guard: 'isActiveAssignedUnit' },
    );
    expect(
      step(s, 'followUpReply', { outcomeClass: 'A' }, unit('U-1'), '2025-01-30T10:00:00+08:00')
        .replies,
    ).toHaveLength(2);
  });
});
