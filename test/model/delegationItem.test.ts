import { describe, expect, it } from 'vitest';
import { parseDelegationItem, safeParseDelegationItem } from '../../src/model/delegationItem.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import { safeCreateDelegationItem } from '../../src/suggestion/delegation/createDelegationItem.js';
import { draftItem, itemInput } from '../suggestion/delegation/support/items.js';

describe('parseDelegationItem', () => {
  it('gives back a valid item, frozen, with canonical timestamps', () => {
    const item = draftItem();
    const parsed = parseDelegationItem({ ...item, createdAt: '2025-01-10T09:00:00+08:00' });
    expect(parsed).toEqual(item);
    expect(parsed.createdAt).toBe('2025-01-10T01:00:00.000Z');
    expect(Object.isFrozen(parsed)).toBe(true);
  });

  it('names the field of a bad value, in Chinese and English', () => {
    const result = safeParseDelegationItem({ ...draftItem(), headId: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.model).toBe('DelegationItem');
      expect(result.error.issues[0]).toMatchObject({
        path: ['headId'],
        field: { 'zh-Hans': '团长', en: 'delegation head' },
      });
    }
    expect(() => parseDelegationItem({})).toThrow(RendaError);
  });

  it('needs the head among the members and no member twice', () => {
    const outside = safeParseDelegationItem({ ...draftItem(), headId: 'D-9' });
    expect(outside.ok).toBe(false);
    if (!outside.ok) {
      expect(outside.error.issues[0]).toMatchObject({
        code: 'HEAD_NOT_A_MEMBER',
        path: ['headId'],
      });
    }
    const twice = safeParseDelegationItem({ ...draftItem(), members: ['D-1', 'D-2', 'D-2'] });
    expect(twice.ok).toBe(false);
    if (!twice.ok) {
      expect(twice.error.issues[0]).toMatchObject({
        code: 'DUPLICATE_MEMBER',
        path: ['members', 2],
      });
    }
  });
});

describe('createDelegationItem', () => {
  it('starts a draft with nothing the workflow manages, reading only the input’s own fields', () => {
    const item = draftItem();
    expect(item).toMatchObject({
      state: 'draft',
      round: 0,
      clues: [],
      approvals: [],
      consents: [],
    });
    expect(item.history).toEqual([]);
    const extra = { ...itemInput(), state: 'submitted', suggestionId: 'S-1' };
    const made = safeCreateDelegationItem(extra, { at: '2025-01-10T09:00:00+08:00' });
    expect(made.ok && made.value.state).toBe('draft');
    expect(made.ok && made.value.suggestionId).toBeUndefined();
  });

  it('refuses a missing time and an unreadable input, naming them', () => {
    const noTime = safeCreateDelegationItem(itemInput(), {} as never);
    expect(noTime.ok).toBe(false);
    if (!noTime.ok) expect(noTime.error.issues[0]?.path).toEqual(['createdAt']);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const unreadable = safeCreateDelegationItem(hostile as never, {
      at: '2025-01-10T09:00:00+08:00',
    });
    expect(unreadable).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
