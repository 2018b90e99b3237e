import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src/model/suggestion.js';
import { safeCreateSuggestion } from '../../src/suggestion/createSuggestion.js';
import { safeInitialSuggestionOf } from '../../src/suggestion/initialSuggestionOf.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { safeDefinePolicyRegistry } from '../../src/suggestion/policyRegistry.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { safeVerifySuggestion } from '../../src/suggestion/verifySuggestion.js';
import { generateSample } from '../../src/testing/generateSample.js';
import { safeAvailableEvents } from '../../src/workflow/availableEvents.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { isDeepFrozen } from './support/isDeepFrozen.js';
import { ctx, newTicket, ticketWorkflow } from './support/ticketWorkflow.js';
import { untyped } from './support/untyped.js';

// The safe functions of the engine and of suggestion creation and verification, attacked with
// what a request body or a careless caller can hand them. Each call must return a frozen,
// JSON-stringifiable result, never throw, never change its input, never touch a prototype,
// and finish well within a second.

const throwingProxy = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('trap: get');
      },
      has() {
        throw new Error('trap: has');
      },
      ownKeys() {
        throw new Error('trap: ownKeys');
      },
      getPrototypeOf() {
        throw new Error('trap: getPrototypeOf');
      },
      getOwnPropertyDescriptor() {
        throw new Error('trap: getOwnPropertyDescriptor');
      },
    },
  );
const throwingGetter = () =>
  Object.defineProperty({}, 'type', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
const cyclic = () => {
  const node: Record<string, unknown> = { type: 'comment', note: 'x' };
  node.self = node;
  node.payload = node;
  return node;
};
const deep = (depth: number) => {
  let node: unknown = 'leaf';
  for (let i = 0; i < depth; i++) node = { units: node, note: node === 'leaf' ? 'x' : undefined };
  return node;
};
const nullProto = (value: Record<string, unknown>) =>
  Object.assign(Object.create(null) as Record<string, unknown>, value);
const BIG = 'x'.repeat(10 * 1024 * 1024);
const DEEP = deep(100_000);

/** Values that break naive code, one builder each so every call gets a fresh one. */
const hostile: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => 0n,
  () => 12345678901234567890n,
  () => Number.NaN,
  () => Symbol('s'),
  () => () => 1,
  throwingProxy,
  throwingGetter,
  cyclic,
  () => DEEP,
  () => BIG,
  () => '\ud800',
  () => nullProto({ type: 'comment', payload: nullProto({ note: 'x' }) }),
  () => ({ __proto__: { polluted: true }, type: 'comment' }),
  () => JSON.parse('{"__proto__": {"polluted": true}, "type": "comment"}'),
  () => [],
  () => '0000-12-31T23:59:59-00:01',
  () => '9999-12-31T23:59:59-00:01',
  () => new Date(0),
  () => new Map([['type', 'comment']]),
];
// fast-check inspects the values it generates, so a trap-laden value is built inside the
// property, from its index, and reaches only the function under attack.
const anyHostile = fc.oneof(
  fc.integer({ min: 0, max: hostile.length - 1 }).map((index) => ({ index })),
  fc
    .anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true })
    .map((value) => ({ value })),
);
const build = (pick: { index: number } | { value: unknown }): unknown =>
  'index' in pick ? (hostile[pick.index] as () => unknown)() : pick.value;

const prototypesIntact = () =>
  (({}) as Record<string, unknown>).polluted === undefined && !('polluted' in Object.prototype);

/** What a call returned must be a frozen, JSON-stringifiable result. */
function expectResult(result: unknown): void {
  expect(typeof result).toBe('object');
  expect(isDeepFrozen(result)).toBe(true);
  expect(() => JSON.stringify(result)).not.toThrow();
  const { ok } = result as { ok: unknown };
  expect(typeof ok).toBe('boolean');
  if (!ok) {
    const error = (result as { error: { code: unknown; message: Record<string, unknown> } }).error;
    expect(typeof error.code).toBe('string');
    expect(typeof error.message['zh-Hans']).toBe('string');
    expect(typeof error.message.en).toBe('string');
    // A bad value is quoted, never whole: a 10 MB string makes a short message.
    expect(JSON.stringify(error).length).toBeLessThan(20_000);
  }
}

/** Runs `call` and checks the never-throw promise, the input, the prototypes and the time. */
function attack(call: () => unknown, inputs: readonly unknown[]): void {
  const before = inputs.map(fingerprint);
  const start = performance.now();
  let result: unknown;
  expect(() => {
    result = call();
  }).not.toThrow();
  expect(performance.now() - start).toBeLessThan(1000);
  expectResult(result);
  expect(inputs.map(fingerprint)).toEqual(before);
  expect(prototypesIntact()).toBe(true);
}

/** A comparable view of an input that never throws (Proxies and cycles read as markers). */
function fingerprint(value: unknown): string {
  try {
    const seen = new WeakSet<object>();
    return (
      JSON.stringify(value, (_key, v: unknown) => {
        if (typeof v === 'bigint') return `${v}n`;
        if (typeof v === 'symbol' || typeof v === 'function') return String(typeof v);
        if (typeof v === 'object' && v !== null) {
          if (seen.has(v)) return '[cycle]';
          seen.add(v);
        }
        return v;
      }) ?? 'undefined'
    );
  } catch {
    return '[unreadable]';
  }
}

const sample = generateSample({ seed: 3, size: 'town' });
const record = sample.suggestions.find((s) => s.state === 'inHandling') as Suggestion;
const context = { policy: sample.policy };
const office = { role: 'liaisonOffice', id: 'OFFICE' };
const AT = '2030-01-01T10:00:00+08:00';
/** Generous: the limit per call is one second; a whole property runs hundreds of calls. */
const TIMEOUT = 120_000;

describe('hostile input: safeTransition', () => {
  it(
    'never throws, whatever stands in for the record, the event, the options or the actor',
    () => {
      fc.assert(
        fc.property(anyHostile, fc.integer({ min: 0, max: 4 }), (picked, slot) => {
          const bad = build(picked);
          const event = { type: 'supervise', payload: { kind: 'reminder' } };
          const options = { workflow: suggestionWorkflow, actor: office, at: AT, context };
          const args: [unknown, unknown, unknown] = [record, event, options];
          if (slot === 0) args[0] = bad;
          if (slot === 1) args[1] = bad;
          if (slot === 2) args[2] = bad;
          if (slot === 3) args[2] = { ...options, actor: bad };
          if (slot === 4) args[1] = { type: 'supervise', payload: bad };
          attack(() => safeTransition(...(args as Parameters<typeof safeTransition>)), args);
        }),
        { numRuns: 150 },
      );
    },
    TIMEOUT,
  );

  it(
    'refuses each hostile value in each place with a result',
    () => {
      for (const make of hostile) {
        const options = {
          workflow: ticketWorkflow,
          actor: { role: 'clerk', id: 'C-1' },
          at: AT,
          context: ctx,
        };
        const ticket = newTicket();
        for (const args of [
          [make(), { type: 'comment', payload: { note: 'n' } }, options],
          [ticket, make(), options],
          [ticket, { type: 'comment', payload: make() }, options],
          [ticket, { type: 'comment', payload: { note: 'n' } }, make()],
          [ticket, { type: 'comment', payload: { note: 'n' } }, { ...options, workflow: make() }],
          [ticket, { type: 'comment', payload: { note: 'n' } }, { ...options, at: make() }],
          [ticket, { type: make(), payload: { note: 'n' } }, options],
        ] as const) {
          attack(
            () => safeTransition(...(args as unknown as Parameters<typeof safeTransition>)),
            args,
          );
        }
      }
    },
    TIMEOUT,
  );

  it(
    'quotes at most about 200 characters of a 10 MB event type',
    () => {
      const result = safeTransition(newTicket(), untyped({ type: BIG }), {
        workflow: ticketWorkflow,
        actor: { role: 'clerk', id: 'C-1' },
        at: AT,
        context: ctx,
      });
      expect(!result.ok && result.error.code).toBe('INVALID_EVENT');
      expect(!result.ok && result.error.message.en.length).toBeLessThan(400);
      expect(!result.ok && result.error.event.length).toBeLessThanOrEqual(201);
    },
    TIMEOUT,
  );
});

describe('hostile input: safeReplay', () => {
  it(
    'never throws, whatever stands in for the initial record, the history, an entry or the options',
    () => {
      fc.assert(
        fc.property(anyHostile, fc.integer({ min: 0, max: 3 }), (picked, slot) => {
          const bad = build(picked);
          const initial = safeInitialSuggestionOf(record);
          if (!initial.ok) throw new Error('no initial draft');
          const args: [unknown, unknown, unknown] = [
            initial.value,
            record.history,
            { workflow: suggestionWorkflow, context },
          ];
          if (slot === 0) args[0] = bad;
          if (slot === 1) args[1] = bad;
          if (slot === 2) args[1] = [...record.history.slice(0, 2), bad];
          if (slot === 3) args[2] = bad;
          attack(() => safeReplay(...(args as Parameters<typeof safeReplay>)), args);
        }),
        { numRuns: 100 },
      );
    },
    TIMEOUT,
  );
});

describe('hostile input: safeAvailableEvents', () => {
  it(
    'never throws, whatever stands in for the record, the actor or the options',
    () => {
      fc.assert(
        fc.property(anyHostile, fc.integer({ min: 0, max: 4 }), (picked, slot) => {
          const bad = build(picked);
          const options = { workflow: suggestionWorkflow, context, at: AT };
          const args: [unknown, unknown, unknown] = [record, office, options];
          if (slot === 0) args[0] = bad;
          if (slot === 1) args[1] = bad;
          if (slot === 2) args[2] = bad;
          if (slot === 3) args[2] = { ...options, at: bad };
          if (slot === 4) args[2] = { ...options, context: bad };
          attack(
            () => safeAvailableEvents(...(args as Parameters<typeof safeAvailableEvents>)),
            args,
          );
        }),
        { numRuns: 100 },
      );
    },
    TIMEOUT,
  );
});

describe('hostile input: suggestion creation and verification', () => {
  const input = {
    id: 'S-1',
    congress: { jurisdiction: '330200', level: 'city', term: 16 },
    period: 'betweenSessions',
    title: '关于加强农村道路养护的建议',
    proposers: [{ deputyId: 'D-1', role: 'lead' }],
  };

  it(
    'safeCreateSuggestion never throws, whatever stands in for the input, a field or the options',
    () => {
      fc.assert(
        fc.property(anyHostile, fc.integer({ min: 0, max: 4 }), (picked, slot) => {
          const bad = build(picked);
          const options = { at: AT, policy: defaultPolicy };
          const args: [unknown, unknown] = [input, options];
          if (slot === 0) args[0] = bad;
          if (slot === 1) args[0] = { ...input, title: bad };
          if (slot === 2) args[0] = { ...input, proposers: bad };
          if (slot === 3) args[1] = bad;
          if (slot === 4) args[1] = { ...options, policy: bad };
          attack(
            () => safeCreateSuggestion(...(args as Parameters<typeof safeCreateSuggestion>)),
            args,
          );
        }),
        { numRuns: 150 },
      );
    },
    TIMEOUT,
  );

  it(
    'safeVerifySuggestion, safeInitialSuggestionOf and safeDefinePolicyRegistry never throw',
    () => {
      fc.assert(
        fc.property(anyHostile, fc.integer({ min: 0, max: 4 }), (picked, slot) => {
          const bad = build(picked);
          if (slot === 0)
            attack(() => safeVerifySuggestion(bad, { policies: sample.policy }), [bad]);
          if (slot === 1) attack(() => safeVerifySuggestion(record, bad as never), [bad]);
          if (slot === 2) {
            const tampered = { ...record, history: [...record.history.slice(0, 1), bad] };
            attack(() => safeVerifySuggestion(tampered, { policies: sample.policy }), [tampered]);
          }
          if (slot === 3) attack(() => safeInitialSuggestionOf(bad as Suggestion), [bad]);
          if (slot === 4) attack(() => safeDefinePolicyRegistry([bad as never]), [bad]);
        }),
        { numRuns: 150 },
      );
    },
    TIMEOUT,
  );

  it(
    'a payload nested 100k deep in a stored history is refused, not a crash',
    () => {
      const history = record.history.map((e, i) =>
        i === 1 ? { ...e, payload: { ...(e.payload ?? {}), note: DEEP } } : e,
      );
      attack(
        () => safeVerifySuggestion({ ...record, history }, { policies: sample.policy }),
        [history],
      );
    },
    TIMEOUT,
  );
});
