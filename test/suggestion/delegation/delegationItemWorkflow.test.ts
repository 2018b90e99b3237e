import { describe, expect, it } from 'vitest';
import { type DelegationItem, DelegationItemSchema } from '../../../src/model/delegationItem.js';
import { delegationItemWorkflow } from '../../../src/suggestion/delegation/delegationItemWorkflow.js';
import { pendingConsents } from '../../../src/suggestion/delegation/pendingConsents.js';
import { safeVerifyDelegationItem } from '../../../src/suggestion/delegation/verifyDelegationItem.js';
import { availableEvents } from '../../../src/workflow/availableEvents.js';
import { isDeepFrozen } from '../../workflow/support/isDeepFrozen.js';
import {
  allConsented,
  approved,
  draftItem,
  HEAD,
  MEMBERS,
  OFFICE,
  OUTSIDER,
  ok,
  send,
  withHead,
} from './support/items.js';

const [D2, D3, D4] = MEMBERS as unknown as [
  (typeof MEMBERS)[0],
  (typeof MEMBERS)[0],
  (typeof MEMBERS)[0],
];

/** The refusal of an event, asserting that the record was left as it was. */
function refusal(record: DelegationItem, actor: unknown, type: string, payload?: unknown) {
  const before = JSON.stringify(record);
  const result = send(record, actor, type, payload);
  expect(JSON.stringify(record)).toBe(before);
  if (result.ok) throw new Error(`${type} was accepted`);
  return result.error;
}

/** The record is valid, frozen and proved by its own history. */
function sound(record: DelegationItem) {
  expect(DelegationItemSchema.safeParse(record).success).toBe(true);
  expect(isDeepFrozen(record)).toBe(true);
  expect(safeVerifyDelegationItem(record)).toEqual({ ok: true, value: record });
}

describe('delegationItemWorkflow: the draft and its clues', () => {
  it('lets members and the office add clues, and keeps them in order', () => {
    const item = ok(
      ok(draftItem(), D2, 'addClue', { source: '代表调研', text: '支流水质下降' }),
      OFFICE,
      'addClue',
      { source: '群众来信', text: '沿岸企业排污' },
    );
    expect(item.state).toBe('draft');
    expect(item.clues.map((c) => c.source)).toEqual(['代表调研', '群众来信']);
    expect(item.clues[0]?.at).toBe(item.history[0]?.at);
    sound(item);
  });

  it('refuses a clue from a deputy outside the delegation, and one without its text', () => {
    expect(
      refusal(draftItem(), OUTSIDER, 'addClue', { source: '调研', text: '线索' }),
    ).toMatchObject({ code: 'GUARD_FAILED', guard: 'memberWhenDeputy' });
    const error = refusal(draftItem(), D2, 'addClue', { source: '调研' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.path).toEqual(['payload', 'text']);
    expect(error.issues?.[0]?.field['zh-Hans']).toBe('线索内容');
  });

  it('sends a draft with content to the head, opening round 1', () => {
    const item = withHead();
    expect(item.state).toBe('awaitingApproval');
    expect(item.round).toBe(1);
    sound(item);
    expect(ok(draftItem(), D3, 'submitForApproval').state).toBe('awaitingApproval');
  });

  it('refuses to send a draft without content, or by an outsider', () => {
    const empty = draftItem({ content: '  ' });
    expect(refusal(empty, OFFICE, 'submitForApproval')).toMatchObject({
      code: 'GUARD_FAILED',
      guard: 'hasContent',
    });
    expect(refusal(draftItem(), OUTSIDER, 'submitForApproval')).toMatchObject({
      guard: 'memberWhenDeputy',
    });
  });
});

describe('delegationItemWorkflow: the head’s approval (团长审定)', () => {
  it('lets the head approve, sending the draft to every member', () => {
    const item = approved();
    expect(item.state).toBe('awaitingConsent');
    expect(item.approvals).toEqual([
      { round: 1, at: item.history.at(-1)?.at, by: 'D-1', decision: 'approved' },
    ]);
    sound(item);
  });

  it('refuses an approval by a deputy who is not the head (GUARD_FAILED) or by the office (FORBIDDEN)', () => {
    const error = refusal(withHead(), D2, 'approve');
    expect(error).toMatchObject({ code: 'GUARD_FAILED', guard: 'isDelegationHead' });
    expect(error.message['zh-Hans']).toContain('只有团长');
    expect(refusal(withHead(), OUTSIDER, 'refuseApproval', { note: '不同意' })).toMatchObject({
      guard: 'isDelegationHead',
    });
    expect(refusal(withHead(), OFFICE, 'approve')).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets the office key in the head’s approval given on paper, and only the head’s', () => {
    const item = ok(withHead(), { ...OFFICE, onBehalfOf: HEAD }, 'approve');
    expect(item.approvals[0]?.by).toBe('D-1');
    expect(item.history.at(-1)?.actor).toMatchObject({
      role: 'liaisonOffice',
      onBehalfOf: { role: 'deputy', id: 'D-1' },
    });
    expect(refusal(withHead(), { ...OFFICE, onBehalfOf: D2 }, 'approve')).toMatchObject({
      guard: 'isDelegationHead',
    });
  });

  it('sends the draft back when the head refuses, and the revised draft starts a new round', () => {
    const refused = ok(withHead(), HEAD, 'refuseApproval', { note: '请补充资金测算' });
    expect(refused.state).toBe('draft');
    expect(refused.approvals[0]).toMatchObject({
      round: 1,
      decision: 'refused',
      note: '请补充资金测算',
    });
    sound(refused);
    const again = ok(ok(refused, OFFICE, 'submitForApproval'), HEAD, 'approve');
    expect(again.round).toBe(2);
    expect(again.approvals.map((a) => [a.round, a.decision])).toEqual([
      [1, 'refused'],
      [2, 'approved'],
    ]);
    sound(again);
  });

  it('refuses a refusal without its reason, naming the field', () => {
    const error = refusal(withHead(), HEAD, 'refuseApproval');
    expect(error.code).toBe('INVALID_INPUT');
    expect(refusal(withHead(), HEAD, 'refuseApproval', {}).issues?.[0]).toMatchObject({
      path: ['payload', 'note'],
      field: { 'zh-Hans': '不同意的理由' },
    });
  });
});

describe('delegationItemWorkflow: every member’s consent (征求全体代表意见)', () => {
  it('asks every member but the head, and lists who still owes an answer', () => {
    expect(pendingConsents(approved())).toEqual(['D-2', 'D-3', 'D-4']);
    const one = ok(approved(), D3, 'consent', { note: '同意' });
    expect(pendingConsents(one)).toEqual(['D-2', 'D-4']);
    expect(one.state).toBe('awaitingConsent');
    expect(one.consents).toEqual([
      {
        round: 1,
        deputyId: 'D-3',
        at: one.history.at(-1)?.at,
        decision: 'consented',
        note: '同意',
      },
    ]);
    expect(pendingConsents(withHead())).toEqual([]);
  });

  it('refuses a consent from a deputy outside the delegation, and from the head', () => {
    expect(refusal(approved(), OUTSIDER, 'consent')).toMatchObject({
      code: 'GUARD_FAILED',
      guard: 'isConsultedMember',
    });
    expect(refusal(approved(), HEAD, 'consent')).toMatchObject({ guard: 'isConsultedMember' });
    expect(refusal(approved(), OUTSIDER, 'refuseConsent', { note: '不同意' })).toMatchObject({
      guard: 'isConsultedMember',
    });
    expect(refusal(approved(), OFFICE, 'consent')).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a member’s second answer in the same round', () => {
    const once = ok(approved(), D2, 'consent');
    expect(refusal(once, D2, 'consent')).toMatchObject({
      code: 'GUARD_FAILED',
      guard: 'notAnsweredYet',
    });
    expect(refusal(once, D2, 'refuseConsent', { note: '改变主意' })).toMatchObject({
      guard: 'notAnsweredYet',
    });
  });

  it('refuses to consent before the head has approved', () => {
    expect(refusal(withHead(), D2, 'consent')).toMatchObject({ code: 'NOT_ALLOWED_IN_STATE' });
  });

  it('sends the draft back on one refusal; the revised draft asks the head and everyone again', () => {
    const refused = ok(ok(approved(), D2, 'consent'), D4, 'refuseConsent', {
      note: '建议范围过宽',
    });
    expect(refused.state).toBe('draft');
    expect(refused.consents.map((c) => [c.deputyId, c.decision])).toEqual([
      ['D-2', 'consented'],
      ['D-4', 'refused'],
    ]);
    sound(refused);
    const round2 = ok(ok(refused, OFFICE, 'submitForApproval'), HEAD, 'approve');
    expect(pendingConsents(round2)).toEqual(['D-2', 'D-3', 'D-4']);
    // D-2's consent in round 1 does not count in round 2, and D-2 may answer again.
    expect(refusal(round2, OFFICE, 'submit', { suggestionId: 'S-1' })).toMatchObject({
      guard: 'everyMemberConsented',
    });
    const done = MEMBERS.reduce((item, member) => ok(item, member, 'consent'), round2);
    expect(ok(done, OFFICE, 'submit', { suggestionId: 'S-1' }).state).toBe('submitted');
  });

  it('lets the office key in a member’s answer given on paper', () => {
    const item = ok(approved(), { ...OFFICE, onBehalfOf: D3 }, 'consent');
    expect(item.consents[0]?.deputyId).toBe('D-3');
    sound(item);
  });
});

describe('delegationItemWorkflow: submission in the delegation’s name', () => {
  it('refuses submission until every member has consented', () => {
    const twoOfThree = ok(ok(approved(), D2, 'consent'), D3, 'consent');
    const error = refusal(twoOfThree, OFFICE, 'submit', { suggestionId: 'S-1' });
    expect(error).toMatchObject({ code: 'GUARD_FAILED', guard: 'everyMemberConsented' });
    expect(error.message.en).toContain('every member must consent');
  });

  it('submits once everyone has consented, recording the suggestion', () => {
    const item = ok(allConsented(), OFFICE, 'submit', { suggestionId: 'S-88' });
    expect(item).toMatchObject({ state: 'submitted', suggestionId: 'S-88' });
    expect(item.submittedAt).toBe(item.history.at(-1)?.at);
    sound(item);
    expect(refusal(item, OFFICE, 'abandon')).toMatchObject({ code: 'NOT_ALLOWED_IN_STATE' });
  });

  it('lets only the office submit', () => {
    expect(refusal(allConsented(), HEAD, 'submit', { suggestionId: 'S-1' })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('submits at once a delegation of the head alone, once approved', () => {
    const alone = ok(withHead({ members: ['D-1'] }), HEAD, 'approve');
    expect(pendingConsents(alone)).toEqual([]);
    expect(ok(alone, OFFICE, 'submit', { suggestionId: 'S-1' }).state).toBe('submitted');
  });
});

describe('delegationItemWorkflow: giving it up (不再提出)', () => {
  it('lets the office or the head abandon it before submission, and no other deputy', () => {
    const byOffice = ok(approved(), OFFICE, 'abandon', { reason: '内容已被吸收' });
    expect(byOffice).toMatchObject({ state: 'abandoned', abandoned: { reason: '内容已被吸收' } });
    sound(byOffice);
    expect(ok(draftItem(), HEAD, 'abandon').state).toBe('abandoned');
    expect(refusal(withHead(), D2, 'abandon')).toMatchObject({
      code: 'GUARD_FAILED',
      guard: 'headWhenDeputy',
    });
  });
});

describe('delegationItemWorkflow: what each party may do', () => {
  const at = '2025-02-01T09:00:00+08:00';
  const types = (item: DelegationItem, actor: unknown) =>
    availableEvents(item, actor as typeof HEAD, {
      workflow: delegationItemWorkflow,
      context: undefined,
      at,
    })
      .filter((e) => e.allowed)
      .map((e) => e.type)
      .sort();

  it('offers the head the approval, a member the answer, the office the submission', () => {
    expect(types(withHead(), HEAD)).toEqual(['abandon', 'approve', 'refuseApproval']);
    expect(types(withHead(), D2)).toEqual([]);
    expect(types(approved(), D2)).toEqual(['consent', 'refuseConsent']);
    expect(types(approved(), HEAD)).toEqual(['abandon']);
    expect(types(allConsented(), OFFICE)).toEqual(['abandon', 'submit']);
    expect(types(draftItem(), OUTSIDER)).toEqual([]);
  });
});
