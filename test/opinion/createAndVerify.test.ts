import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { createOpinion, safeCreateOpinion } from '../../src/opinion/createOpinion.js';
import { initialOpinionOf } from '../../src/opinion/initialOpinionOf.js';
import { defaultOpinionPolicy, defineOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';
import { safeVerifyOpinion, verifyOpinion } from '../../src/opinion/verifyOpinion.js';
import { replay } from '../../src/workflow/replay.js';
import { fedBack, intake, received } from './support/opinions.js';

const policy = defaultOpinionPolicy;

describe('createOpinion', () => {
  it('registers the intake, the day in the policy’s zone and the rules version', () => {
    const r = createOpinion(intake, { at: '2025-09-26T23:30:00+08:00', policy });
    expect(r).toMatchObject({
      state: 'received',
      receivedAt: '2025-09-26T15:30:00.000Z',
      receivedDay: '2025-09-26',
      rulesVersion: 'default@1',
      round: 1,
      submitter: intake.submitter,
    });
    expect(r.history).toEqual([]);
  });

  it('reads only the intake’s fields, so the loop’s cannot be smuggled in', () => {
    const r = createOpinion({ ...intake, state: 'closed', round: 9 } as never, {
      at: '2025-09-26T10:00:00+08:00',
      policy,
    });
    expect(r).toMatchObject({ state: 'received', round: 1 });
  });

  it('refuses bad personal data and a missing policy, naming the field', () => {
    const at = '2025-09-26T10:00:00+08:00';
    const phone = safeCreateOpinion(
      { ...intake, submitter: { mobile: '1'.repeat(100_000) } },
      { at, policy },
    );
    expect(phone.ok || phone.error.issues[0]).toMatchObject({
      code: 'NOT_MAINLAND_MOBILE',
      path: ['submitter', 'mobile'],
    });
    const id = safeCreateOpinion(
      { ...intake, submitter: { idNumber: '110105194912310021' } },
      { at, policy },
    );
    expect(id.ok || id.error.issues[0]?.path).toEqual(['submitter', 'idNumber']);
    const noPolicy = safeCreateOpinion(intake, { at } as never);
    expect(noPolicy.ok || noPolicy.error.issues[0]?.path).toEqual(['policy']);
    expect(() => createOpinion(intake, { at: 'yesterday', policy })).toThrow(RendaError);
  });
});

describe('initialOpinionOf and verifyOpinion', () => {
  it('rebuild the intake and prove a record against its history, also read back from JSON', () => {
    const r = fedBack();
    const initial = initialOpinionOf(r, { policy });
    expect(initial).toEqual(received());
    expect(replay(initial, r.history, { workflow: opinionWorkflow, context: { policy } })).toEqual(
      r,
    );
    expect(verifyOpinion(JSON.parse(JSON.stringify(r)), { policy })).toEqual(r);
  });

  it('finds a tampered record, and one made under another policy', () => {
    const r = fedBack();
    const tampered = safeVerifyOpinion(
      { ...r, handlings: [{ ...r.handlings[0], onTime: false }] },
      { policy },
    );
    expect(tampered.ok || tampered.error).toMatchObject({ code: 'DIVERGED' });
    if (!tampered.ok) expect(tampered.error.divergence?.path).toEqual(['handlings', 0, 'onTime']);
    const other = safeVerifyOpinion(r, {
      policy: defineOpinionPolicy({ id: 'other', version: 1 }),
    });
    // Rebuilt under the other policy, the record names other@1: it diverges at its rules version.
    expect(other.ok || other.error.divergence?.path).toEqual(['rulesVersion']);
    expect(safeVerifyOpinion(r, undefined as never).ok).toBe(false);
    expect(() => verifyOpinion({ ...r, state: 'closed' }, { policy })).toThrow(RendaError);
  });
});
