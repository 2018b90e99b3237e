import { describe, expect, it } from 'vitest';
import { freezeFresh, frozenResult, NotJsonResult } from '../../src/internal/frozenResult.js';

describe('frozenResult', () => {
  it('hands out a frozen copy of what the caller owns, and leaves the original mutable', () => {
    const owned = { id: 'a', tags: ['x'] };
    const out = frozenResult({ item: owned });
    expect(Object.isFrozen(out.item)).toBe(true);
    expect(Object.isFrozen(out.item.tags)).toBe(true);
    expect(out.item).not.toBe(owned);
    expect(Object.isFrozen(owned)).toBe(false);
    expect(out).toEqual({ item: { id: 'a', tags: ['x'] } });
  });

  it('returns a result it handed out as it is, the second time', () => {
    const first = frozenResult({ list: [{ n: 1 }, { n: 2 }] });
    expect(frozenResult(first)).toBe(first);
    const outer = frozenResult({ inner: first });
    expect(outer.inner).toBe(first);
  });

  it('still refuses a cycle, a BigInt and a getter', () => {
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(() => frozenResult(cycle)).toThrow(NotJsonResult);
    expect(() => frozenResult({ n: 1n })).toThrow(NotJsonResult);
    const getter = Object.defineProperty({}, 'x', { get: () => 1, enumerable: true });
    expect(() => frozenResult({ getter })).toThrow(NotJsonResult);
  });
});

describe('freezeFresh', () => {
  it('marks an object of primitives as deep-frozen, so a walk keeps it', () => {
    const item = freezeFresh({ id: 'a', daysLate: 3, veryOverdue: false });
    const list = freezeFresh([item]);
    const out = frozenResult({ items: list });
    expect(out.items).toBe(list);
    expect(out.items[0]).toBe(item);
  });

  it('only freezes an object with a part it did not see frozen: a walk still copies that part', () => {
    const owned = { id: 'b' };
    const holder = freezeFresh({ owned });
    expect(Object.isFrozen(holder)).toBe(true);
    const out = frozenResult(holder);
    expect(out).not.toBe(holder);
    expect(out.owned).not.toBe(owned);
    expect(Object.isFrozen(out.owned)).toBe(true);
    expect(Object.isFrozen(owned)).toBe(false);
  });

  it('does not vouch for an object holding a BigInt', () => {
    const odd = freezeFresh({ n: 1n });
    expect(() => frozenResult({ odd })).toThrow(NotJsonResult);
  });
});
