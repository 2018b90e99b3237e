/// <reference types="vite/client" />
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Every safeParseX of the model area, found by name so a new model is fuzzed without editing this.
const modules = import.meta.glob('../../src/model/*.ts', { eager: true }) as Record<
  string,
  Record<string, unknown>
>;
const parsers = Object.values(modules).flatMap((exports) =>
  Object.entries(exports)
    .filter(([name, value]) => name.startsWith('safeParse') && typeof value === 'function')
    .map(([name, value]) => ({
      name,
      safeParse: value as (input: unknown) => { ok: boolean; error?: { code: string } },
    })),
);

const prototypesIntact = () => {
  const probe = {} as Record<string, unknown>;
  return (
    probe.polluted === undefined &&
    Object.getPrototypeOf(probe) === Object.prototype &&
    !('polluted' in Object.prototype)
  );
};

// Objects whose keys include the ones that pollute prototypes when copied naively.
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'polluted',
  'id',
  'state',
);
const hostileObject = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.anything(),
    fc.dictionary(hostileKey, tie('node'), { maxKeys: 4 }),
    fc.array(tie('node'), { maxLength: 3 }),
  ),
})).node;

describe('safeParseX under fuzzing', () => {
  it('finds every model parser', () => {
    expect(parsers.length).toBeGreaterThanOrEqual(15);
  });

  it('never throws and always answers INVALID_INPUT or ok, on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), hostileObject), (input) => {
        for (const { safeParse } of parsers) {
          const result = safeParse(input);
          if (!result.ok) expect(result.error?.code).toBe('INVALID_INPUT');
        }
      }),
    );
  });

  it('never pollutes a prototype, even from JSON with __proto__ keys', () => {
    fc.assert(
      fc.property(hostileObject, (input) => {
        const json = JSON.parse(
          JSON.stringify(input ?? null).replace(/"(constructor|prototype)"/g, '"__proto__"'),
        ) as unknown;
        for (const { safeParse } of parsers) safeParse(json);
        for (const { safeParse } of parsers) safeParse({ __proto__: { polluted: true }, id: 'x' });
        expect(prototypesIntact()).toBe(true);
      }),
    );
  });

  it('answers 10 MB of garbage with an error instead of throwing', () => {
    const garbage = 'x'.repeat(10 * 1024 * 1024);
    for (const input of [garbage, { id: garbage, title: garbage, name: garbage }, [garbage]]) {
      for (const { safeParse } of parsers) expect(safeParse(input).ok).toBe(false);
    }
  });

  it('answers input nested far past the stack limit with an error', () => {
    let deep: unknown = {};
    for (let i = 0; i < 200_000; i++) deep = { proposers: [deep], history: [deep] };
    for (const { safeParse } of parsers) expect(safeParse(deep).ok).toBe(false);
  });
});
