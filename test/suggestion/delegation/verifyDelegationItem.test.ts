import { describe, expect, it } from 'vitest';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { initialDelegationItemOf } from '../../../src/suggestion/delegation/initialDelegationItemOf.js';
import {
  safeVerifyDelegationItem,
  verifyDelegationItem,
} from '../../../src/suggestion/delegation/verifyDelegationItem.js';
import { allConsented, OFFICE, ok } from './support/items.js';

const submitted = () => ok(allConsented(), OFFICE, 'submit', { suggestionId: 'S-88' });

describe('verifyDelegationItem', () => {
  it('gives back a stored item its history rebuilds', () => {
    const item = submitted();
    expect(verifyDelegationItem(JSON.parse(JSON.stringify(item)))).toEqual(item);
    expect(initialDelegationItemOf(item)).toMatchObject({ state: 'draft', round: 0 });
  });

  it('catches a consent the history does not give (DIVERGED)', () => {
    const item = submitted();
    const consents = item.consents.map((c, i) => (i === 0 ? { ...c, deputyId: 'D-9' } : c));
    expect(safeVerifyDelegationItem({ ...item, consents })).toMatchObject({
      ok: false,
      error: { code: 'DIVERGED', divergence: { path: ['consents', 0, 'deputyId'] } },
    });
  });

  it('names the entry the workflow refuses (REPLAY_REFUSED): an approval by another deputy', () => {
    const item = submitted();
    const history = item.history.map((e) =>
      e.type === 'approve' ? { ...e, actor: { role: 'deputy', id: 'D-2' } } : e,
    );
    expect(safeVerifyDelegationItem({ ...item, history })).toMatchObject({
      ok: false,
      error: {
        code: 'REPLAY_REFUSED',
        divergence: { index: 1 },
        cause: { code: 'GUARD_FAILED', guard: 'isDelegationHead' },
      },
    });
  });

  it('refuses what is not a delegation item, naming the field, and throws a RendaError', () => {
    const result = safeVerifyDelegationItem({ ...submitted(), members: 'D-1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.issues?.[0]?.path).toEqual(['members']);
    expect(() => verifyDelegationItem(null)).toThrow(RendaError);
  });
});
