import { describe, expect, it } from 'vitest';
import { ConstituentOpinionSchema } from '../../src/model/constituentOpinion.js';
import { defaultOpinionPolicy, defineOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import { isDeepFrozen } from '../workflow/support/isDeepFrozen.js';
import {
  assigned,
  DEPUTY,
  FRIDAY,
  fedBack,
  intake,
  OFFICE,
  OTHER_DEPUTY,
  OTHER_UNIT,
  ok,
  received,
  refused,
  SUPERVISOR,
  SYSTEM,
  UNIT,
} from './support/opinions.js';

const valid = (record: unknown) =>
  expect(ConstituentOpinionSchema.safeParse(record).success).toBe(true);

describe('opinionWorkflow: screening', () => {
  it('accepts an opinion and stamps the screening time', () => {
    const r = ok(received(), DEPUTY, '2025-09-26T10:05:00+08:00', 'accept');
    expect(r.state).toBe('accepted');
    expect(r.screenedAt).toBe('2025-09-26T02:05:00.000Z');
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('does not accept with a reason code from the policy, and refuses one not in it', () => {
    const error = refused(received(), OFFICE, FRIDAY, 'notAccept', { reasonCode: 'tooBusy' });
    expect(error).toMatchObject({ code: 'GUARD_FAILED', guard: 'reasonCodeInPolicy' });
    expect(error.message['zh-Hans']).toContain('原因代码');
    const r = ok(received(), OFFICE, FRIDAY, 'notAccept', {
      reasonCode: 'litigationOrArbitration',
    });
    expect(r.state).toBe('notAccepted');
    expect(r.notAcceptedReason).toBe('litigationOrArbitration');
    valid(r);
  });

  it('takes a jurisdiction’s own reason codes, and refuses the default ones it left out', () => {
    const policy = defineOpinionPolicy({
      id: 'leling',
      version: 1,
      notAcceptedReasons: [
        {
          code: 'petition',
          label: { 'zh-Hans': '信访事项', 'zh-Hant': '信訪事項', en: 'A petition' },
        },
      ],
    });
    const r = received(intake, FRIDAY, policy);
    expect(ok(r, OFFICE, FRIDAY, 'notAccept', { reasonCode: 'petition' }, policy).state).toBe(
      'notAccepted',
    );
    expect(
      refused(r, OFFICE, FRIDAY, 'notAccept', { reasonCode: 'personalMatter' }, policy),
    ).toMatchObject({ guard: 'reasonCodeInPolicy' });
  });

  it('merges a duplicate into an open ticket, never into itself', () => {
    const r = ok(received(), OFFICE, FRIDAY, 'mergeDuplicate', { intoOpinionId: 'O-0' });
    expect(r).toMatchObject({ state: 'merged', mergedInto: 'O-0' });
    valid(r);
    expect(
      refused(received(), OFFICE, FRIDAY, 'mergeDuplicate', { intoOpinionId: 'O-1' }),
    ).toMatchObject({ code: 'GUARD_FAILED', guard: 'notIntoItself' });
    // Terminal: nothing leaves it.
    expect(refused(r, OFFICE, FRIDAY, 'accept').code).toBe('NOT_ALLOWED_IN_STATE');
  });

  it('lets only a deputy who received the opinion act on it', () => {
    expect(refused(received(), OTHER_DEPUTY, FRIDAY, 'accept')).toMatchObject({
      code: 'GUARD_FAILED',
      guard: 'receivedByThisDeputy',
    });
    expect(refused(received(), UNIT, FRIDAY, 'accept').code).toBe('FORBIDDEN');
  });

  it('refuses a payload with an unknown key, naming it', () => {
    const error = refused(received(), OFFICE, FRIDAY, 'notAccept', {
      reasonCode: 'vague',
      extra: 1,
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.path).toEqual(['payload', 'extra']);
  });
});

describe('opinionWorkflow: answered on the spot', () => {
  it('closes the loop there and then, with the answer on the record', () => {
    let r = ok(received(), DEPUTY, '2025-09-26T10:05:00+08:00', 'accept');
    r = ok(r, DEPUTY, '2025-09-26T10:15:00+08:00', 'answerOnSite', {
      content: '已当场解释公交线路调整计划',
    });
    expect(r.state).toBe('answeredOnSite');
    expect(r.onSiteAnswer).toEqual({
      at: '2025-09-26T02:15:00.000Z',
      content: '已当场解释公交线路调整计划',
    });
    expect(r.history.map((h) => h.type)).toEqual(['accept', 'answerOnSite']);
    valid(r);
  });
});

describe('opinionWorkflow: deadlines by category across 调休', () => {
  // The 2025 National Day arrangement: 1–8 October off, Sunday 28 September and Saturday 11
  // October worked. Counted by hand from the State Council notice, day by day.
  const cases: readonly [string, number, string][] = [
    // The same day, whatever the calendar.
    ['urgent', 0, '2025-09-26'],
    // Sun 28 (make-up), Mon 29, Tue 30.
    ['enquiry', 3, '2025-09-30'],
    // … 30 Sep (3), 9 Oct (4), 10 (5), Sat 11 (make-up, 6), 13–17 (7–11), 20 (12), 21 (13).
    ['complaint', 13, '2025-10-21'],
  ];
  for (const [category, days, due] of cases) {
    it(`gives a ${category} received on Friday 26 September ${days} working days: due ${due}`, () => {
      const r = assigned(category);
      expect(r.state).toBe('referred');
      expect(r.referral).toMatchObject({
        to: 'street',
        unitId: UNIT.id,
        dueDay: due,
        workingDays: days,
        calendarId: defaultOpinionPolicy.calendar.id,
        extensions: [],
      });
      expect(r.classification).toMatchObject({ level: 'street', category });
      valid(r);
    });
  }

  it('refuses a category the policy does not list', () => {
    const r = ok(received(), OFFICE, FRIDAY, 'accept');
    expect(
      refused(r, OFFICE, FRIDAY, 'classify', { level: 'city', category: 'gossip' }),
    ).toMatchObject({ code: 'GUARD_FAILED', guard: 'categoryInPolicy' });
  });

  it('keeps the frozen due day when the record is read under a policy that changed the limit', () => {
    const r = assigned('enquiry');
    const stricter = defineOpinionPolicy({
      id: 'default',
      version: 1,
      categories: [
        {
          code: 'enquiry',
          label: { 'zh-Hans': '咨询', 'zh-Hant': '諮詢', en: 'Enquiry' },
          workingDays: 1,
        },
      ],
    });
    // The unit handles it under the new policy: the verdict is judged on the frozen day.
    const handled = ok(
      r,
      UNIT,
      '2025-09-30T16:00:00+08:00',
      'handle',
      { outcome: 'explained' },
      stricter,
    );
    expect(handled.handlings[0]).toMatchObject({ dueDay: '2025-09-30', onTime: true });
  });
});

describe('opinionWorkflow: reminders, supervision and extensions', () => {
  it('records reminders and supervision without leaving the unit', () => {
    let r = ok(assigned(), UNIT, '2025-09-28T09:00:00+08:00', 'acknowledge');
    expect(r.state).toBe('inHandling');
    r = ok(r, SYSTEM, '2025-09-29T09:00:00+08:00', 'remind');
    r = ok(r, SUPERVISOR, '2025-09-30T09:00:00+08:00', 'supervise', { note: '请今日办结' });
    expect(r.state).toBe('inHandling');
    expect(r.reminders).toEqual([
      { at: '2025-09-29T01:00:00.000Z', kind: 'reminder' },
      { at: '2025-09-30T01:00:00.000Z', kind: 'supervision', note: '请今日办结' },
    ]);
  });

  it('moves the due day by the working days approved, and keeps the day before', () => {
    let r = ok(assigned(), UNIT, '2025-09-29T09:00:00+08:00', 'requestExtension', {
      workingDays: 2,
      reason: '需协调公交公司',
    });
    expect(
      refused(r, UNIT, '2025-09-29T09:30:00+08:00', 'requestExtension', {
        workingDays: 1,
        reason: '再延',
      }),
    ).toMatchObject({
      guard: 'noPendingExtension',
    });
    r = ok(r, OFFICE, '2025-09-29T11:00:00+08:00', 'decideExtension', { decision: 'approved' });
    // 30 September + 2 working days, over the holiday: 9 and 10 October.
    expect(r.referral?.dueDay).toBe('2025-10-10');
    expect(r.referral?.extensions).toEqual([
      {
        requestedAt: '2025-09-29T01:00:00.000Z',
        workingDays: 2,
        reason: '需协调公交公司',
        decision: 'approved',
        decidedAt: '2025-09-29T03:00:00.000Z',
        originalDay: '2025-09-30',
      },
    ]);
    const handled = ok(r, UNIT, '2025-10-10T17:00:00+08:00', 'handle', {
      outcome: 'partlyResolved',
    });
    expect(handled.handlings[0]).toMatchObject({ dueDay: '2025-10-10', onTime: true, round: 1 });
  });

  it('refuses extensions beyond the policy’s cap, and leaves a refused one’s due day', () => {
    const r = assigned();
    expect(
      refused(r, UNIT, '2025-09-29T09:00:00+08:00', 'requestExtension', {
        workingDays: 11,
        reason: '太忙',
      }),
    ).toMatchObject({ guard: 'extensionWithinCap' });
    let asked = ok(r, UNIT, '2025-09-29T09:00:00+08:00', 'requestExtension', {
      workingDays: 10,
      reason: '需立项',
    });
    asked = ok(asked, SUPERVISOR, '2025-09-29T10:00:00+08:00', 'decideExtension', {
      decision: 'refused',
    });
    expect(asked.referral?.dueDay).toBe('2025-09-30');
    expect(
      refused(asked, OFFICE, '2025-09-29T11:00:00+08:00', 'decideExtension', {
        decision: 'approved',
      }),
    ).toMatchObject({
      guard: 'pendingExtension',
    });
  });

  it('counts approved extensions of the round toward the cap, refused ones not', () => {
    const t = (h: number) => `2025-09-29T${String(h).padStart(2, '0')}:00:00+08:00`;
    let r = ok(assigned(), UNIT, t(9), 'requestExtension', { workingDays: 6, reason: '需立项' });
    r = ok(r, OFFICE, t(10), 'decideExtension', { decision: 'approved' });
    r = ok(r, UNIT, t(11), 'requestExtension', { workingDays: 3, reason: '再协调' });
    r = ok(r, OFFICE, t(12), 'decideExtension', { decision: 'refused' });
    // 6 approved + 5 asked > 10; 6 + 4 = 10 is within the cap.
    expect(
      refused(r, UNIT, t(13), 'requestExtension', { workingDays: 5, reason: '再延' }),
    ).toMatchObject({ guard: 'extensionWithinCap' });
    expect(ok(r, UNIT, t(13), 'requestExtension', { workingDays: 4, reason: '再延' }).state).toBe(
      'referred',
    );
  });

  it('lets only the assigned unit act, and freezes a late handling as late', () => {
    const r = assigned();
    expect(
      refused(r, OTHER_UNIT, '2025-09-29T09:00:00+08:00', 'handle', { outcome: 'resolved' }),
    ).toMatchObject({
      guard: 'isAssignedUnit',
    });
    const late = ok(r, UNIT, '2025-10-09T09:00:00+08:00', 'handle', {
      outcome: 'cannotResolveNow',
    });
    expect(late.handlings[0]).toMatchObject({
      dueDay: '2025-09-30',
      onTime: false,
      outcome: 'cannotResolveNow',
    });
    expect(late.handledAt).toBe('2025-10-09T01:00:00.000Z');
  });
});

describe('opinionWorkflow: feedback, callback and closing', () => {
  it('stays handled until the constituent and the receiving deputy have both heard', () => {
    let r = ok(assigned(), UNIT, '2025-09-29T16:00:00+08:00', 'handle', { outcome: 'resolved' });
    r = ok(r, OFFICE, '2025-09-30T09:00:00+08:00', 'feedBack', {
      to: 'deputy',
      channel: 'written',
    });
    expect(r.state).toBe('handled');
    expect(
      refused(r, OFFICE, '2025-09-30T09:10:00+08:00', 'feedBack', {
        to: 'deputy',
        channel: 'phone',
      }),
    ).toMatchObject({
      guard: 'feedbackOwed',
    });
    expect(
      refused(r, DEPUTY, '2025-09-30T09:10:00+08:00', 'feedBack', {
        to: 'deputy',
        channel: 'phone',
      }).code,
    ).toBe('GUARD_FAILED');
    r = ok(r, DEPUTY, '2025-09-30T10:00:00+08:00', 'feedBack', {
      to: 'constituent',
      channel: 'phone',
    });
    expect(r.state).toBe('fedBack');
    expect(r.feedback).toEqual({ at: '2025-09-30T02:00:00.000Z', channel: 'phone' });
    valid(r);
  });

  it('needs only the constituent when no deputy received it (a 12345 ticket)', () => {
    const ticket = { id: '12345-0001', channel: 'hotline12345' as const, content: '路灯损坏' };
    let r = assigned('enquiry', defaultOpinionPolicy, ticket);
    r = ok(r, UNIT, '2025-09-29T16:00:00+08:00', 'handle', { outcome: 'resolved' });
    expect(
      refused(r, OFFICE, '2025-09-30T09:00:00+08:00', 'feedBack', {
        to: 'deputy',
        channel: 'phone',
      }),
    ).toMatchObject({
      guard: 'feedbackOwed',
    });
    r = ok(r, OFFICE, '2025-09-30T09:00:00+08:00', 'feedBack', {
      to: 'constituent',
      channel: 'phone',
    });
    expect(r.state).toBe('fedBack');
  });

  it('closes on a satisfied callback: the whole loop, assigned → handled → fed back → closed', () => {
    const r = ok(fedBack(), SYSTEM, '2025-10-09T09:00:00+08:00', 'callback', {
      satisfaction: 'satisfied',
    });
    expect(r.state).toBe('closed');
    expect(r.callbacks).toEqual([
      { round: 1, at: '2025-10-09T01:00:00.000Z', satisfaction: 'satisfied' },
    ]);
    expect(r.feedback?.satisfaction).toBe('satisfied');
    expect(r.history.map((h) => h.type)).toEqual([
      'accept',
      'classify',
      'assign',
      'handle',
      'feedBack',
      'feedBack',
      'callback',
    ]);
    valid(r);
    expect(isDeepFrozen(r)).toBe(true);
  });
});

describe('opinionWorkflow: reopening on dissatisfaction', () => {
  const once = defineOpinionPolicy({ id: 'once', version: 1, maxReopenRounds: 1 });

  it('reopens after a dissatisfied callback, in a new round, up to the policy’s cap', () => {
    let r = fedBack(once, assigned('enquiry', once));
    expect(
      refused(r, OFFICE, '2025-10-09T09:00:00+08:00', 'reopen', undefined, once),
    ).toMatchObject({
      guard: 'dissatisfied',
    });
    r = ok(
      r,
      OFFICE,
      '2025-10-09T09:00:00+08:00',
      'callback',
      { satisfaction: 'dissatisfied' },
      once,
    );
    expect(r.state).toBe('fedBack');
    r = ok(r, OFFICE, '2025-10-09T10:00:00+08:00', 'reopen', { reason: '站点位置不合理' }, once);
    expect(r).toMatchObject({ state: 'analysed', round: 2 });
    // Round 2: assigned again with a new due day counted from the new assignment.
    r = ok(r, OFFICE, '2025-10-09T11:00:00+08:00', 'assign', { unitId: UNIT.id }, once);
    expect(r.referral?.dueDay).toBe('2025-10-13');
    r = fedBack(once, r, '2025-10-10T16:00:00+08:00');
    expect(r.handlings.map((h) => h.round)).toEqual([1, 2]);
    expect(r.feedbacks.filter((f) => f.round === 2)).toHaveLength(2);
    r = ok(
      r,
      OFFICE,
      '2025-10-13T09:00:00+08:00',
      'callback',
      { satisfaction: 'dissatisfied' },
      once,
    );
    const error = refused(r, OFFICE, '2025-10-13T10:00:00+08:00', 'reopen', undefined, once);
    expect(error).toMatchObject({ code: 'GUARD_FAILED', guard: 'withinReopenRounds' });
    expect(error.message.en).toContain('reopenings');
    r = ok(r, OFFICE, '2025-10-13T10:00:00+08:00', 'close', undefined, once);
    expect(r.state).toBe('closed');
    expect(r.callbacks.map((c) => c.satisfaction)).toEqual(['dissatisfied', 'dissatisfied']);
    valid(r);
  });

  it('refuses a second callback in the same round and a close before any callback', () => {
    const r = fedBack();
    expect(refused(r, OFFICE, '2025-10-09T09:00:00+08:00', 'close')).toMatchObject({
      guard: 'calledBack',
    });
    const called = ok(r, OFFICE, '2025-10-09T09:00:00+08:00', 'callback', {
      satisfaction: 'dissatisfied',
    });
    expect(
      refused(called, OFFICE, '2025-10-09T09:30:00+08:00', 'callback', {
        satisfaction: 'satisfied',
      }),
    ).toMatchObject({ guard: 'notCalledBackYet' });
  });
});

describe('opinionWorkflow: rules version and conversion', () => {
  it('refuses to run a record under another policy’s rules', () => {
    const other = defineOpinionPolicy({ id: 'other', version: 1 });
    expect(refused(received(), OFFICE, FRIDAY, 'accept', undefined, other).code).toBe(
      'RULES_VERSION_MISMATCH',
    );
  });

  it('records the suggestion an analysed opinion became', () => {
    let r = ok(received(), OFFICE, FRIDAY, 'accept');
    r = ok(r, OFFICE, FRIDAY, 'classify', { level: 'city', category: 'suggestion' });
    r = ok(r, DEPUTY, FRIDAY, 'convertToSuggestion', { suggestionId: 'S-2025-0001' });
    expect(r).toMatchObject({ state: 'convertedToSuggestion', suggestionId: 'S-2025-0001' });
    valid(r);
  });
});
