import { describe, expect, it } from 'vitest';
import type { Motion } from '../../../src/model/motion.js';
import { MotionSchema } from '../../../src/model/motion.js';
import type { CongressLevel } from '../../../src/model/shared/congress.js';
import { createMotion } from '../../../src/suggestion/motion/createMotion.js';
import { motionWorkflow } from '../../../src/suggestion/motion/motionWorkflow.js';
import { safeReplay } from '../../../src/workflow/safeReplay.js';
import { isDeepFrozen } from '../../workflow/support/isDeepFrozen.js';
import {
  asSuggestion,
  draftMotion,
  LEAD,
  motionInput,
  ok,
  onAgenda,
  PRESIDIUM,
  referred,
  reviewed,
  SECRETARIAT,
  send,
  signers,
  submitted,
} from './support/motions.js';

/** The refusal of an event, asserting that the record was left as it was. */
function refusal(
  record: Motion,
  actor: { readonly role: string; readonly id: string },
  type: string,
  payload?: unknown,
) {
  const before = JSON.stringify(record);
  const result = send(record, actor, type, payload);
  expect(JSON.stringify(record)).toBe(before);
  if (result.ok) throw new Error(`${type} was accepted`);
  return result.error;
}

describe('motionWorkflow: submitting', () => {
  it('lets the lead proposer submit a motion that meets the threshold', () => {
    const record = submitted();
    expect(record.state).toBe('submitted');
    expect(record.submittedAt).toBe(record.history[0]?.at);
    expect(MotionSchema.safeParse(record).success).toBe(true);
    expect(isDeepFrozen(record)).toBe(true);
  });

  const levels: readonly [CongressLevel, number][] = [
    ['national', 30],
    ['provincial', 10],
    ['city', 10],
    ['county', 10],
    ['township', 5],
  ];
  for (const [level, threshold] of levels) {
    it(`refuses a ${level} motion with ${threshold - 1} signers and accepts one with ${threshold}`, () => {
      const short = draftMotion(motionInput(level, threshold - 1));
      const error = refusal(short, LEAD, 'submit');
      expect(error).toMatchObject({ code: 'GUARD_FAILED', guard: 'meetsMotionThreshold' });
      expect(error.message['zh-Hans']).toContain('联名代表人数不足');
      expect(ok(draftMotion(motionInput(level, threshold)), LEAD, 'submit').state).toBe(
        'submitted',
      );
    });
  }

  it('accepts a delegation’s motion at the NPC, and only there', () => {
    const byDelegation = { proposers: signers(1), delegationId: '浙江代表团' };
    const national = { ...motionInput('national', 1), ...byDelegation };
    expect(ok(draftMotion(national), LEAD, 'submit').state).toBe('submitted');
    const provincial = { ...motionInput('provincial', 1), ...byDelegation };
    expect(refusal(draftMotion(provincial), LEAD, 'submit')).toMatchObject({
      guard: 'meetsMotionThreshold',
    });
  });

  it('refuses a motion without grounds, basis or proposed solution (案由、案据、方案)', () => {
    for (const missing of ['grounds', 'basis', 'solution'] as const) {
      const input = { ...motionInput() };
      delete (input as Record<string, unknown>)[missing];
      const draft = createMotion(input, { at: '2025-01-10T09:00:00+08:00' });
      expect(refusal(draft, LEAD, 'submit')).toMatchObject({
        code: 'GUARD_FAILED',
        guard: 'statesGroundsBasisSolution',
      });
    }
    expect(refusal(draftMotion({ basis: '   ' }), LEAD, 'submit')).toMatchObject({
      guard: 'statesGroundsBasisSolution',
    });
  });

  it('lets only the lead proposer submit, and only a deputy', () => {
    expect(refusal(draftMotion(), { role: 'deputy', id: 'D-2' }, 'submit')).toMatchObject({
      guard: 'isLeadProposer',
    });
    expect(refusal(draftMotion(), PRESIDIUM, 'submit').code).toBe('FORBIDDEN');
  });
});

describe('motionWorkflow: the presidium’s decisions', () => {
  it('puts a submitted motion on the agenda', () => {
    const record = onAgenda();
    expect(record.state).toBe('onAgenda');
    expect(record.decisions).toEqual([{ at: record.history[1]?.at, decision: 'putOnAgenda' }]);
  });

  it('refers it to a special committee, which is named', () => {
    const record = referred();
    expect(record.state).toBe('underReview');
    expect(record.review).toEqual({ committeeId: 'C-EDU', referredAt: record.history[1]?.at });
    expect(record.decisions[0]).toMatchObject({
      decision: 'referToCommittee',
      committeeId: 'C-EDU',
    });
  });

  it('handles it as a suggestion', () => {
    expect(asSuggestion().state).toBe('handledAsSuggestion');
  });

  it('refuses a referral without a committee, and a committee on another decision', () => {
    expect(
      refusal(submitted(), PRESIDIUM, 'decide', { decision: 'referToCommittee' }),
    ).toMatchObject({ code: 'GUARD_FAILED', guard: 'committeeNamedWhenReferred' });
    expect(
      refusal(submitted(), PRESIDIUM, 'decide', { decision: 'putOnAgenda', committeeId: 'C-1' }),
    ).toMatchObject({ guard: 'committeeNamedWhenReferred' });
  });

  it('does not leave a submitted motion off the agenda without a committee’s report', () => {
    expect(refusal(submitted(), PRESIDIUM, 'decide', { decision: 'notOnAgenda' })).toMatchObject({
      code: 'GUARD_FAILED',
      guard: 'decisionFitsStage',
    });
  });

  it('lets only the presidium decide, on a known decision', () => {
    expect(refusal(submitted(), LEAD, 'decide', { decision: 'putOnAgenda' }).code).toBe(
      'FORBIDDEN',
    );
    const error = refusal(submitted(), PRESIDIUM, 'decide', { decision: 'shelve' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.path).toEqual(['payload', 'decision']);
    expect(refusal(draftMotion(), PRESIDIUM, 'decide', { decision: 'putOnAgenda' }).code).toBe(
      'NOT_ALLOWED_IN_STATE',
    );
  });
});

describe('motionWorkflow: committee review and its report', () => {
  it('takes the report of the committee the motion was referred to', () => {
    const record = reviewed('notOnAgenda');
    expect(record.state).toBe('reviewed');
    expect(record.review?.report).toEqual({
      at: record.history[2]?.at,
      recommendation: 'notOnAgenda',
    });
  });

  it('refuses the report of another committee', () => {
    expect(
      refusal(referred(), { role: 'specialCommittee', id: 'C-LAW' }, 'reportReview', {
        recommendation: 'putOnAgenda',
      }),
    ).toMatchObject({ code: 'GUARD_FAILED', guard: 'isReviewingCommittee' });
  });

  it('lets the presidium decide after the report: the agenda, not the agenda, or a suggestion', () => {
    expect(ok(reviewed(), PRESIDIUM, 'decide', { decision: 'putOnAgenda' }).state).toBe('onAgenda');
    expect(ok(reviewed(), PRESIDIUM, 'decide', { decision: 'notOnAgenda' }).state).toBe(
      'notOnAgenda',
    );
    const converted = ok(reviewed(), PRESIDIUM, 'decide', { decision: 'handleAsSuggestion' });
    expect(converted.state).toBe('handledAsSuggestion');
    expect(converted.decisions.map((d) => d.decision)).toEqual([
      'referToCommittee',
      'handleAsSuggestion',
    ]);
  });

  it('does not refer a reviewed motion again, nor decide before the report', () => {
    expect(
      refusal(reviewed(), PRESIDIUM, 'decide', { decision: 'referToCommittee', committeeId: 'X' }),
    ).toMatchObject({ guard: 'decisionFitsStage' });
    expect(refusal(referred(), PRESIDIUM, 'decide', { decision: 'putOnAgenda' }).code).toBe(
      'NOT_ALLOWED_IN_STATE',
    );
  });
});

describe('motionWorkflow: withdrawal before the vote', () => {
  const stages = { submitted, underReview: referred, reviewed, onAgenda } as const;
  for (const [state, make] of Object.entries(stages)) {
    it(`withdraws a motion ${state} with the presidium’s consent`, () => {
      const asked = ok(make(), LEAD, 'requestWithdrawal', { reason: '情况已变化' });
      expect(asked.state).toBe(state);
      const withdrawn = ok(asked, PRESIDIUM, 'decideWithdrawal', { decision: 'approved' });
      expect(withdrawn.state).toBe('withdrawn');
      expect(withdrawn.withdrawalRequests).toEqual([
        {
          at: asked.history.at(-1)?.at,
          reason: '情况已变化',
          decision: 'approved',
          decidedAt: withdrawn.history.at(-1)?.at,
        },
      ]);
    });
  }

  it('keeps the motion when the presidium refuses, and lets it go to the vote', () => {
    const asked = ok(onAgenda(), LEAD, 'requestWithdrawal');
    const kept = ok(asked, PRESIDIUM, 'decideWithdrawal', { decision: 'refused' });
    expect(kept.state).toBe('onAgenda');
    expect(ok(kept, SECRETARIAT, 'vote', { result: 'adopted' }).state).toBe('adopted');
  });

  it('waits for a pending request before the vote or a decision, and takes one request at a time', () => {
    const asked = ok(onAgenda(), LEAD, 'requestWithdrawal');
    expect(refusal(asked, SECRETARIAT, 'vote', { result: 'adopted' })).toMatchObject({
      guard: 'noPendingWithdrawal',
    });
    expect(refusal(asked, LEAD, 'requestWithdrawal')).toMatchObject({
      guard: 'noPendingWithdrawal',
    });
    const pending = ok(submitted(), LEAD, 'requestWithdrawal');
    expect(refusal(pending, PRESIDIUM, 'decide', { decision: 'putOnAgenda' })).toMatchObject({
      guard: 'noPendingWithdrawal',
    });
  });

  it('lets only the lead proposer ask, and only the presidium consent to a pending request', () => {
    expect(refusal(submitted(), { role: 'deputy', id: 'D-2' }, 'requestWithdrawal')).toMatchObject({
      guard: 'isLeadProposer',
    });
    expect(
      refusal(submitted(), PRESIDIUM, 'decideWithdrawal', { decision: 'approved' }),
    ).toMatchObject({ guard: 'pendingWithdrawal' });
    const asked = ok(submitted(), LEAD, 'requestWithdrawal');
    expect(refusal(asked, LEAD, 'decideWithdrawal', { decision: 'approved' }).code).toBe(
      'FORBIDDEN',
    );
  });

  it('cannot withdraw after the vote', () => {
    const adopted = ok(onAgenda(), SECRETARIAT, 'vote', { result: 'adopted' });
    expect(refusal(adopted, LEAD, 'requestWithdrawal').code).toBe('NOT_ALLOWED_IN_STATE');
  });
});

describe('motionWorkflow: the vote and conversion', () => {
  it('records the vote on a motion on the agenda', () => {
    const adopted = ok(onAgenda(), SECRETARIAT, 'vote', {
      result: 'adopted',
      for: 2800,
      against: 12,
      abstain: 5,
    });
    expect(adopted.state).toBe('adopted');
    expect(adopted.vote).toMatchObject({ result: 'adopted', for: 2800, against: 12, abstain: 5 });
    expect(ok(onAgenda(), SECRETARIAT, 'vote', { result: 'notAdopted' }).state).toBe('notAdopted');
    expect(refusal(submitted(), SECRETARIAT, 'vote', { result: 'adopted' }).code).toBe(
      'NOT_ALLOWED_IN_STATE',
    );
  });

  it('records the suggestion a motion became, once', () => {
    const converted = ok(asSuggestion(), SECRETARIAT, 'convertToSuggestion', {
      suggestionId: 'S-9',
    });
    expect(converted.state).toBe('handledAsSuggestion');
    expect(converted.convertedTo).toEqual({
      suggestionId: 'S-9',
      at: converted.history.at(-1)?.at,
    });
    expect(
      refusal(converted, SECRETARIAT, 'convertToSuggestion', { suggestionId: 'S-10' }),
    ).toMatchObject({ guard: 'notConvertedYet' });
    expect(
      refusal(onAgenda(), SECRETARIAT, 'convertToSuggestion', { suggestionId: 'S-9' }).code,
    ).toBe('NOT_ALLOWED_IN_STATE');
  });

  it('rebuilds every record from its history', () => {
    const record = ok(
      ok(reviewed(), PRESIDIUM, 'decide', { decision: 'putOnAgenda' }),
      SECRETARIAT,
      'vote',
      { result: 'adopted' },
    );
    const initial = draftMotion();
    expect(
      safeReplay(initial, record.history, { workflow: motionWorkflow, context: undefined }),
    ).toEqual({ ok: true, value: record });
  });
});
