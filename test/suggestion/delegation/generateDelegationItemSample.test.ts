import { describe, expect, it } from 'vitest';
import { DELEGATION_ITEM_STATES, parseDelegationItem } from '../../../src/model/delegationItem.js';
import { delegationItemWorkflow } from '../../../src/suggestion/delegation/delegationItemWorkflow.js';
import { safeVerifyDelegationItem } from '../../../src/suggestion/delegation/verifyDelegationItem.js';
import { defaultPolicy } from '../../../src/suggestion/policy.js';
import { safeVerifySuggestion } from '../../../src/suggestion/verifySuggestion.js';
import {
  generateDelegationItemSample,
  safeGenerateDelegationItemSample,
} from '../../../src/testing/generateDelegationItemSample.js';

describe('generateDelegationItemSample', () => {
  const sample = generateDelegationItemSample({ seed: 11, count: 36 });
  const { items } = sample;

  it('walks every path: every state, every event, every refusal', () => {
    expect(new Set(items.map((i) => i.state))).toEqual(new Set(DELEGATION_ITEM_STATES));
    const events = new Set(items.flatMap((i) => i.history.map((e) => e.type)));
    expect([...events].sort()).toEqual(Object.keys(delegationItemWorkflow.events).sort());
    // The head refuses; a member refuses; each then revised and submitted in a second round.
    const refusedBy = (who: 'head' | 'member') =>
      items.filter((i) =>
        who === 'head'
          ? i.approvals.some((a) => a.decision === 'refused')
          : i.consents.some((c) => c.decision === 'refused'),
      );
    expect(refusedBy('head').some((i) => i.state === 'draft')).toBe(true);
    expect(refusedBy('head').some((i) => i.state === 'submitted' && i.round === 2)).toBe(true);
    expect(refusedBy('member').some((i) => i.state === 'draft')).toBe(true);
    expect(refusedBy('member').some((i) => i.state === 'submitted' && i.round === 2)).toBe(true);
    expect(items.some((i) => i.history.some((e) => e.actor.onBehalfOf !== undefined))).toBe(true);
  });

  it('makes every item and every suggestion replay and verify, each linked to the other', () => {
    for (const item of items) {
      expect(safeVerifyDelegationItem(JSON.parse(JSON.stringify(item)))).toEqual({
        ok: true,
        value: item,
      });
      expect(parseDelegationItem(item)).toEqual(item);
    }
    const submitted = items.filter((i) => i.state === 'submitted');
    expect(sample.suggestions.length).toBe(submitted.length);
    for (const suggestion of sample.suggestions) {
      expect(safeVerifySuggestion(suggestion, { policies: defaultPolicy }).ok).toBe(true);
      const item = items.find((i) => i.suggestionId === suggestion.id);
      expect(suggestion.delegationId).toBe(item?.delegationId);
      expect(suggestion.proposers.map((p) => p.deputyId).sort()).toEqual(
        [...(item?.members ?? [])].sort(),
      );
    }
  });

  it('is deterministic and frozen, and every event is before asOf', () => {
    expect(generateDelegationItemSample({ seed: 11, count: 36 })).toEqual(sample);
    expect(generateDelegationItemSample({ seed: 12, count: 36 })).not.toEqual(sample);
    expect(Object.isFrozen(items)).toBe(true);
    for (const i of items) for (const e of i.history) expect(e.at < sample.asOf).toBe(true);
  });

  it('refuses bad options by name', () => {
    expect(safeGenerateDelegationItemSample({ seed: 1.5 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['seed'] }] },
    });
    expect(safeGenerateDelegationItemSample({ seed: 1, count: 10_001 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['count'] }] },
    });
    expect(safeGenerateDelegationItemSample(null as never).ok).toBe(false);
  });
});
