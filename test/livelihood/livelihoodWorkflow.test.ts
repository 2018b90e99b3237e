import { describe, expect, it } from 'vitest';
import {
  defaultLivelihoodPolicy,
  defineLivelihoodPolicy,
} from '../../src/livelihood/livelihoodPolicy.js';
import { safeVerifyLivelihoodProject } from '../../src/livelihood/verifyLivelihoodProject.js';
import { LivelihoodProjectSchema } from '../../src/model/livelihoodProject.js';
import { ADOPT, adopted, collected, DEPUTY, GOV, OFFICE, send, step, UNIT } from './support.js';

const policy = defaultLivelihoodPolicy;
const rating = (
  satisfied: number,
  basicallySatisfied: number,
  dissatisfied: number,
  present = 29,
  members = 29,
) => ({
  type: 'evaluate',
  payload: { members, present, satisfied, basicallySatisfied, dissatisfied },
});

describe('livelihoodWorkflow', () => {
  it('walks collect → short-list → deliberate → vote → supervise → evaluate, stage equal to state', () => {
    let p = adopted(policy);
    expect(p.state).toBe('selected');
    expect(p.vote).toMatchObject({ votesFor: 26, rank: 1, adopted: true });
    p = step(
      p,
      policy,
      UNIT,
      { type: 'addMilestone', payload: { id: 'M-1', title: '路基完工', dueDay: '2025-06-30' } },
      '2025-02-01T09:00:00+08:00',
    );
    p = step(
      p,
      policy,
      UNIT,
      { type: 'reportProgress', payload: { percent: 50, milestoneIds: ['M-1'] } },
      '2025-06-28T09:00:00+08:00',
    );
    expect(p.state).toBe('inProgress');
    expect(p.milestones[0]?.reachedAt).toBe('2025-06-28T01:00:00.000Z');
    p = step(
      p,
      policy,
      DEPUTY,
      { type: 'supervise', payload: { note: '代表视察' } },
      '2025-07-10T09:00:00+08:00',
    );
    p = step(p, policy, UNIT, { type: 'complete' }, '2025-11-30T09:00:00+08:00');
    expect(p.state).toBe('completed');
    // Zhenhai: 29 present, 20 / 8 / 1 → satisfied.
    p = step(p, policy, OFFICE, rating(20, 8, 1), '2025-12-20T10:00:00+08:00');
    expect(p.state).toBe('evaluated');
    expect(p.stage).toBe(p.state);
    expect(p.evaluations[0]).toMatchObject({ rating: 'satisfied', electorate: 'allMembers' });
    expect(LivelihoodProjectSchema.safeParse(p).success).toBe(true);
    expect(safeVerifyLivelihoodProject(p, { policy })).toEqual({ ok: true, value: p });
  });

  it('drops a candidate with a reason, and records a vote that does not adopt', () => {
    const dropped = step(
      collected(policy),
      policy,
      GOV,
      { type: 'drop', payload: { reason: '预算不足' } },
      '2024-10-01T09:00:00+08:00',
    );
    expect(dropped.state).toBe('notSelected');
    let p = step(
      collected(policy),
      policy,
      GOV,
      { type: 'shortlist' },
      '2024-11-01T09:00:00+08:00',
    );
    p = step(p, policy, OFFICE, { type: 'deliberate' }, '2025-01-08T09:00:00+08:00');
    p = step(
      p,
      policy,
      OFFICE,
      { type: 'recordVote', payload: { ...ADOPT.payload, votesFor: 10, rank: 12, adopted: false } },
      '2025-01-10T11:00:00+08:00',
    );
    expect(p.state).toBe('notSelected');
    expect(p.stage).toBe('notSelected');
  });

  it('refuses an adoption without the quorum, the threshold or a rank, and counts beyond the electorate', () => {
    let p = step(
      collected(policy),
      policy,
      GOV,
      { type: 'shortlist' },
      '2024-11-01T09:00:00+08:00',
    );
    p = step(p, policy, OFFICE, { type: 'deliberate' }, '2025-01-08T09:00:00+08:00');
    const at = '2025-01-10T11:00:00+08:00';
    const vote = (over: object) => ({ type: 'recordVote', payload: { ...ADOPT.payload, ...over } });
    // Quorum: 2/3 of 29 is 20 present at least.
    expect(
      send(p, policy, OFFICE, vote({ present: 19, votesFor: 18, against: 0, abstain: 0 }), at),
    ).toMatchObject({ ok: false, error: { code: 'GUARD_FAILED' } });
    // Threshold: more than half of all 29 members is 15.
    expect(
      send(p, policy, OFFICE, vote({ present: 20, votesFor: 14, against: 3, abstain: 3 }), at),
    ).toMatchObject({ ok: false, error: { code: 'GUARD_FAILED' } });
    expect(
      send(p, policy, OFFICE, vote({ present: 20, votesFor: 15, against: 3, abstain: 2 }), at).ok,
    ).toBe(true);
    expect(send(p, policy, OFFICE, vote({ rank: undefined }), at)).toMatchObject({
      ok: false,
      error: { code: 'GUARD_FAILED' },
    });
    expect(send(p, policy, OFFICE, vote({ votesFor: 29 }), at)).toMatchObject({
      ok: false,
      error: { code: 'GUARD_FAILED' },
    });
    expect(send(p, policy, OFFICE, vote({ ballot: 'ranked' }), at)).toMatchObject({
      ok: false,
      error: { code: 'GUARD_FAILED' },
    });
    // Threshold of those present: 14 of 20 present passes.
    const present = defineLivelihoodPolicy({ id: 'p', version: 1, threshold: { base: 'present' } });
    let q = step(
      collected(present),
      present,
      GOV,
      { type: 'shortlist' },
      '2024-11-01T09:00:00+08:00',
    );
    q = step(q, present, OFFICE, { type: 'deliberate' }, '2025-01-08T09:00:00+08:00');
    expect(
      send(q, present, OFFICE, vote({ present: 20, votesFor: 11, against: 5, abstain: 4 }), at).ok,
    ).toBe(true);
  });

  it('lets only the project’s own responsible unit report', () => {
    const p = adopted(policy);
    const other = { role: 'responsibleUnit', id: 'U-9' };
    expect(
      send(
        p,
        policy,
        other,
        { type: 'reportProgress', payload: { percent: 10 } },
        '2025-03-01T09:00:00+08:00',
      ),
    ).toMatchObject({ ok: false, error: { code: 'GUARD_FAILED' } });
    expect(
      send(
        p,
        policy,
        UNIT,
        { type: 'reportProgress', payload: { percent: 10, milestoneIds: ['M-9'] } },
        '2025-03-01T09:00:00+08:00',
      ),
    ).toMatchObject({ ok: false, error: { code: 'GUARD_FAILED' } });
  });

  it('sends a dissatisfied project to rectification, then re-evaluates it, and fails it when the rounds are used', () => {
    let p = step(
      adopted(policy),
      policy,
      UNIT,
      { type: 'reportProgress', payload: { percent: 80 } },
      '2025-10-01T09:00:00+08:00',
    );
    p = step(p, policy, OFFICE, rating(5, 5, 19), '2025-12-20T10:00:00+08:00');
    expect(p.state).toBe('rectifying');
    p = step(
      p,
      policy,
      UNIT,
      { type: 'reportProgress', payload: { percent: 100, note: '整改完成' } },
      '2026-03-01T09:00:00+08:00',
    );
    expect(p.state).toBe('rectifying');
    p = step(p, policy, OFFICE, rating(6, 6, 17), '2026-04-01T10:00:00+08:00');
    expect(p.state).toBe('failed');
    expect(p.evaluations.map((e) => e.rating)).toEqual(['dissatisfied', 'dissatisfied']);
    const strict = defineLivelihoodPolicy({ id: 's', version: 1, rectification: { maxRounds: 0 } });
    const r = step(
      step(
        adopted(strict),
        strict,
        UNIT,
        { type: 'reportProgress', payload: { percent: 100 } },
        '2025-10-01T09:00:00+08:00',
      ),
      strict,
      OFFICE,
      rating(1, 1, 27),
      '2025-12-20T10:00:00+08:00',
    );
    expect(r.state).toBe('failed');
  });

  it('classifies with the electorate of the policy: all members vs those present', () => {
    const counts = rating(20, 8, 1, 29, 45);
    const all = step(
      step(
        adopted(policy),
        policy,
        UNIT,
        { type: 'reportProgress', payload: { percent: 100 } },
        '2025-10-01T09:00:00+08:00',
      ),
      policy,
      OFFICE,
      counts,
      '2025-12-20T10:00:00+08:00',
    );
    expect(all.evaluations[0]?.rating).toBe('basicallySatisfied');
    expect(all.state).toBe('evaluated');
    const present = defineLivelihoodPolicy({
      id: 'p',
      version: 1,
      yearEnd: { electorate: 'present' },
    });
    const pr = step(
      step(
        adopted(present),
        present,
        UNIT,
        { type: 'reportProgress', payload: { percent: 100 } },
        '2025-10-01T09:00:00+08:00',
      ),
      present,
      OFFICE,
      counts,
      '2025-12-20T10:00:00+08:00',
    );
    expect(pr.evaluations[0]).toMatchObject({ rating: 'satisfied', electorate: 'present' });
  });
});
