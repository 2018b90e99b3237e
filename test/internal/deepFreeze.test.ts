import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deepFreeze.js';

describe('deepFreeze', () => {
  it('freezes every plain object and array of a tree, and ends at a cycle', () => {
    const leaf = { n: 1 };
    const tree: Record<string, unknown> = { list: [leaf, [{ m: 2 }]], nested: { leaf } };
    tree.self = tree;
    deepFreeze(tree);
    expect(Object.isFrozen(tree)).toBe(true);
    expect(Object.isFrozen(tree.list)).toBe(true);
    expect(Object.isFrozen(leaf)).toBe(true);
    expect(Object.isFrozen((tree.list as unknown[][])[1]?.[0])).toBe(true);
  });

  it('walks a sealed part, which is not frozen yet', () => {
    const inner = { n: 1 };
    const sealed = Object.seal({ inner });
    deepFreeze({ sealed });
    expect(Object.isFrozen(sealed)).toBe(true);
    expect(Object.isFrozen(inner)).toBe(true);
  });

  it('stops at a part already frozen', () => {
    const inner = { n: 1 };
    const shared = Object.freeze({ inner });
    deepFreeze({ shared });
    expect(Object.isFrozen(inner)).toBe(false);
  });

  it('never walks keys a polluted prototype lists', () => {
    const planted = { n: 1 };
    Object.defineProperty(Object.prototype, 'planted', {
      value: planted,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      const record = { own: { n: 2 } };
      deepFreeze(record);
      expect(Object.isFrozen(record.own)).toBe(true);
      expect(Object.isFrozen(planted)).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).planted;
    }
  });

  it('never walks what a getter of the input plants on the prototype half way', () => {
    const planted = { n: 1 };
    const record = {
      get first() {
        Object.defineProperty(Object.prototype, 'planted', {
          value: planted,
          enumerable: true,
          configurable: true,
          writable: true,
        });
        return 1;
      },
      second: { n: 2 },
      third: [{ n: 3 }],
    };
    try {
      deepFreeze(record);
      expect(Object.isFrozen(record.second)).toBe(true);
      expect(Object.isFrozen(record.third[0])).toBe(true);
      expect(Object.isFrozen(planted)).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).planted;
    }
  });
});
