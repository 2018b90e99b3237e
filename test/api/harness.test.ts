import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import {
  deeplyNested,
  HOSTILE_DEPTH,
  HostileAccessError,
  hostileByLabel,
  TEN_MEGABYTES,
} from './support/hostile.js';
import {
  firstUnfrozen,
  outcomeOf,
  outcomeOfBig,
  resultViolations,
  sameValue,
  thrownViolations,
} from './support/inspect.js';
import { firstDifference, snapshotOf } from './support/snapshot.js';

// The judges of convention.test.ts and fuzz.test.ts must themselves tell right from wrong.

const bilingual = { 'zh-Hans': '错误', en: 'wrong' };

describe('the hostile values', () => {
  it('are as hostile as their labels say', () => {
    const proxy = hostileByLabel('Proxy whose every trap throws').make() as Record<string, unknown>;
    expect(() => proxy.id).toThrow(HostileAccessError);
    expect(() => Object.keys(proxy)).toThrow(HostileAccessError);
    const getters = hostileByLabel('object with throwing getters').make() as Record<
      string,
      unknown
    >;
    expect(() => getters.state).toThrow(HostileAccessError);
    expect(() => String(getters)).toThrow(HostileAccessError);
    const cycle = hostileByLabel('cyclic object').make() as Record<string, unknown>;
    expect(cycle.self).toBe(cycle);
    expect(Object.getPrototypeOf(hostileByLabel('null-prototype object').make())).toBeNull();
    expect(TEN_MEGABYTES.length).toBe(10 * 1024 * 1024);
    expect(hostileByLabel("lone surrogate '\\uD800'").make()).toBe('\uD800');
    let depth = 0;
    for (let node = deeplyNested() as { a?: unknown }; node.a !== undefined; depth++) {
      node = node.a as { a?: unknown };
    }
    expect(depth).toBe(HOSTILE_DEPTH);
  });

  it('are made fresh for every call', () => {
    const make = hostileByLabel('{}').make;
    expect(make()).not.toBe(make());
  });
});

describe('the result checks', () => {
  it('accept a frozen { ok, value } and a frozen { ok: false, error } with a bilingual message', () => {
    expect(resultViolations(Object.freeze({ ok: true, value: Object.freeze([1]) }))).toEqual([]);
    const error = Object.freeze({ code: 'X', message: Object.freeze(bilingual) });
    expect(resultViolations(Object.freeze({ ok: false, error }))).toEqual([]);
  });

  it('name what is wrong: unfrozen parts, missing codes, huge messages, non-JSON values', () => {
    expect(resultViolations({ ok: true, value: 1 })).toEqual([
      'result not deeply frozen at $ (the result object itself)',
    ]);
    expect(resultViolations(Object.freeze({ ok: true, value: { a: 1 } }))).toEqual([
      'result not deeply frozen at $.value',
    ]);
    expect(resultViolations(Object.freeze({ ok: true, value: 1n }))[0]).toMatch(/not JSON/);
    const noCode = Object.freeze({ ok: false, error: Object.freeze({ message: bilingual }) });
    expect(resultViolations(noCode)).toContain('error.code is not a string');
    const huge = Object.freeze({ 'zh-Hans': 'x'.repeat(5000), en: 'y' });
    const long = Object.freeze({ ok: false, error: Object.freeze({ code: 'X', message: huge }) });
    expect(resultViolations(long)[0]).toMatch(/5000 characters/);
    expect(resultViolations(undefined)).toEqual(['returned undefined, not a result']);
  });

  it('find unfrozen objects in cycles and deep values without overflowing', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    Object.freeze(cycle);
    expect(firstUnfrozen(cycle)).toBeUndefined();
    expect(firstUnfrozen(deeplyNested())).toBe('$ (the result object itself)');
  });

  it('accept only RendaErrors as thrown values', () => {
    expect(thrownViolations(new RendaError({ code: 'X', message: bilingual }))).toEqual([]);
    expect(thrownViolations(new TypeError('boom'))).toEqual([
      'threw TypeError: boom, not a RendaError',
    ]);
  });

  it('compare x with safeX by structure, functions alike, deep values incomparable', () => {
    expect(sameValue({ a: [1, { b: () => 1 }] }, { a: [1, { b: () => 2 }] })).toBe('equal');
    expect(sameValue({ a: 1 }, { a: 2 })).toBe('different');
    expect(sameValue(deeplyNested(), deeplyNested())).toBe('incomparable');
  });
});

describe('the call runner', () => {
  it('reports throws, rejections and results', async () => {
    expect((await outcomeOf(() => 1, [])).kind).toBe('returned');
    expect((await outcomeOf(() => Promise.reject(new Error('no')), [])).kind).toBe('threw');
    const thrown = await outcomeOf(() => {
      throw new TypeError('no');
    }, []);
    expect(thrown).toMatchObject({ kind: 'threw', async: false });
  });

  it('predicts a hang from the probe instead of running the big call', async () => {
    let fullCalls = 0;
    const slow = (text: unknown) => {
      if (typeof text === 'string' && text.length > 1_000_000) fullCalls++;
      const end = performance.now() + 30;
      while (performance.now() < end) {}
      return 0;
    };
    const outcome = await outcomeOfBig(
      slow,
      (size) => [size === 'probe' ? 'x'.repeat(100) : TEN_MEGABYTES],
      true,
    );
    expect(outcome).toMatchObject({ kind: 'hung', predicted: true });
    expect(fullCalls).toBe(0);
  });
});

describe('the snapshots', () => {
  it('see a mutation, a freeze and a new key, and skip what is not plain data', () => {
    const input = { a: { b: [1, 2] } };
    const before = snapshotOf(input)!;
    expect(firstDifference(before, snapshotOf(input)!)).toBeUndefined();
    input.a.b.push(3);
    expect(firstDifference(before, snapshotOf(input)!)).toBe('$.a.b gained or lost keys');
    const other = { a: { b: 1 } };
    const otherBefore = snapshotOf(other)!;
    Object.freeze(other.a);
    expect(firstDifference(otherBefore, snapshotOf(other)!)).toBe('$.a was frozen by the call');
    expect(snapshotOf(hostileByLabel('Proxy whose every trap throws').make())).toBeUndefined();
    expect(snapshotOf(hostileByLabel('cyclic object').make())).toBeUndefined();
    expect(snapshotOf(deeplyNested())).toBeUndefined();
  });
});
