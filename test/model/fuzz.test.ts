/// <reference types="vite/client" />
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repliedSuggestion } from '../support/suggestionFixture.js';

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

// ---------------------------------------------------------------------------------------------
// Every safeX of the model and i18n areas (parsers, modelJsonSchema, labels, the error map)
// against the hostile values of issue 7: never throws, never mutates or freezes its input,
// never pollutes a prototype, answers deeply frozen and JSON-serialisable, each call under 1 s.

const areaModules = {
  ...import.meta.glob('../../src/model/*.ts', { eager: true }),
  ...import.meta.glob('../../src/model/shared/*.ts', { eager: true }),
  ...import.meta.glob('../../src/i18n/*.ts', { eager: true }),
} as Record<string, Record<string, unknown>>;
const safeFunctions = [
  ...new Map(
    Object.values(areaModules).flatMap((exports) =>
      Object.entries(exports).filter(
        ([name, value]) => /^safe[A-Z]/.test(name) && typeof value === 'function',
      ),
    ),
  ),
] as [string, (...args: unknown[]) => unknown][];

// Valid arguments for the functions that take more than one, so each position is attacked alone.
const validArgs: Record<string, unknown[]> = {
  safeLabelOf: ['handlingRole', 'lead', 'en'],
  safeRendaErrorMap: ['en', {}],
  safeLabels: ['en'],
  safeModelJsonSchema: ['Suggestion'],
};

function throwingProxy(): object {
  const trap = () => {
    throw new Error('trap');
  };
  return new Proxy(
    {},
    {
      get: trap,
      has: trap,
      ownKeys: trap,
      getOwnPropertyDescriptor: trap,
      getPrototypeOf: trap,
    },
  );
}

function hostileValues(): [string, unknown][] {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const cyclic: Record<string, unknown> = { id: 'S-1', title: 'x' };
  cyclic.self = cyclic;
  cyclic.proposers = [cyclic];
  cyclic.history = [cyclic];
  let deep: unknown = {};
  for (let i = 0; i < 100_000; i++) deep = { proposers: [deep], history: [deep], payload: deep };
  const nullProto = Object.assign(Object.create(null) as object, repliedSuggestion());
  const getter = Object.defineProperty({ ...repliedSuggestion() }, 'title', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
  const huge = 'x'.repeat(10 * 1024 * 1024);
  const deepPayload = (() => {
    let p: unknown = {};
    for (let i = 0; i < 100_000; i++) p = { units: [p] };
    return p;
  })();
  const withEntry = (payload: unknown) => ({
    ...repliedSuggestion(),
    history: [
      ...repliedSuggestion().history,
      {
        type: 'assign',
        at: '2024-11-30T10:00:00+08:00',
        recordedAt: '2024-11-30T10:00:00+08:00',
        actor: { role: 'liaisonOffice', id: 'OFFICE' },
        payload,
      },
    ],
  });
  const cyclicPayload: Record<string, unknown> = {};
  cyclicPayload.self = cyclicPayload;
  return [
    ['throwing Proxy', throwingProxy()],
    ['revoked Proxy', revocable.proxy],
    ['null prototype', nullProto],
    ['cycle', cyclic],
    ['100k deep', deep],
    ['throwing getter', getter],
    ['BigInt', 10n],
    ['BigInt field', { ...repliedSuggestion(), round: 1n }],
    ['lone surrogates', { ...repliedSuggestion(), title: '\uD800', id: '\uDC00x' }],
    ['lone surrogate string', '\uD800'],
    ['10 MB string', huge],
    ['10 MB field', { ...repliedSuggestion(), title: huge, content: huge }],
    ['year 0000', { ...repliedSuggestion(), createdAt: '0000-01-01T00:00:00Z' }],
    ['year 9999 edge', { ...repliedSuggestion(), createdAt: '9999-12-31T23:59:59-00:01' }],
    ['100k-deep payload', withEntry(deepPayload)],
    ['cyclic payload', withEntry(cyclicPayload)],
    ['BigInt payload', withEntry({ n: 1n })],
    ['Map payload', withEntry({ m: new Map([[1, 2]]) })],
    ['function', () => 1],
    ['symbol', Symbol('s')],
    ['undefined', undefined],
    ['null', null],
    ['NaN', Number.NaN],
    [
      'prototype keys',
      JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      ),
    ],
  ];
}

function assertDeeplyFrozen(value: unknown, seen = new Set<unknown>(), depth = 0): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 200) return;
  seen.add(value);
  expect(Object.isFrozen(value)).toBe(true);
  for (const key of Object.keys(value)) {
    assertDeeplyFrozen((value as Record<string, unknown>)[key], seen, depth + 1);
  }
}

/**
 * A fingerprint of what the caller gave, taken without running getters or traps: the shape, with
 * strings as length and head (strings cannot change; copying 10 MB per call would dominate).
 */
function fingerprint(value: unknown): unknown {
  const seen = new Set<object>();
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return `${v.length}:${v.slice(0, 32)}`;
    if (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function') return String(v);
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return '[cycle]';
    if (depth > 50) return '[deep]';
    seen.add(v);
    const out: Record<string, unknown> = { '[frozen]': Object.isFrozen(v) };
    for (const key of Reflect.ownKeys(v)) {
      const descriptor = Object.getOwnPropertyDescriptor(v, key);
      out[String(key)] =
        descriptor && 'value' in descriptor ? walk(descriptor.value, depth + 1) : '[accessor]';
    }
    return out;
  };
  try {
    return walk(value, 0);
  } catch {
    return undefined;
  }
}

describe('every safeX of models and labels, against hostile values', () => {
  it('finds the safe functions of both areas', () => {
    const names = safeFunctions.map(([name]) => name);
    for (const name of [
      'safeParseSuggestion',
      'safeModelJsonSchema',
      'safeLabels',
      'safeLabelOf',
      'safeRendaErrorMap',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('never throws, mutates or freezes its input, never pollutes, and answers frozen JSON in under a second', () => {
    // Built and fingerprinted once: the values are large, and no call may change them anyway.
    const hostiles = hostileValues().map(
      ([label, hostile]) => [label, hostile, fingerprint(hostile)] as const,
    );
    for (const [name, fn] of safeFunctions) {
      const args = validArgs[name] ?? [undefined];
      for (const [label, hostile, before] of hostiles) {
        for (let position = 0; position < args.length; position++) {
          const callArgs = [...args];
          callArgs[position] = hostile;
          const started = performance.now();
          let result: unknown;
          expect(() => {
            result = fn(...callArgs);
          }, `${name}(${label} at ${position})`).not.toThrow();
          expect(performance.now() - started, `${name}(${label}) took too long`).toBeLessThan(1000);
          expect(result).toMatchObject({ ok: expect.any(Boolean) });
          assertDeeplyFrozen(result);
          expect(() => JSON.stringify(result)).not.toThrow();
          if (before !== undefined) expect(fingerprint(hostile)).toEqual(before);
          expect(prototypesIntact(), `${name}(${label})`).toBe(true);
        }
      }
    }
  }, 120_000);
});
