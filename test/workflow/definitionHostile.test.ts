import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { defineWorkflow, safeDefineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { extendWorkflow, safeExtendWorkflow } from '../../src/workflow/extendWorkflow.js';
import { isWorkflowEvent } from '../../src/workflow/isWorkflowEvent.js';
import { stateCategory } from '../../src/workflow/stateCategory.js';
import { safeToMermaid, toMermaid } from '../../src/workflow/toMermaid.js';
import type { WorkflowRecord } from '../../src/workflow/types.js';
import { workflowStates } from '../../src/workflow/workflowStates.js';
import { workflowTransitions } from '../../src/workflow/workflowTransitions.js';
import { isDeepFrozen } from './support/isDeepFrozen.js';
import { ticketWorkflow } from './support/ticketWorkflow.js';
import { untyped } from './support/untyped.js';

// The definition functions and the functions that read a workflow, given what a configuration
// file, a plug-in or a careless caller may pass: they refuse with a RendaError (or a failed
// result), never a TypeError, a RangeError or a hang.

const label = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'A' };

/** A small valid definition, fresh each time (so a test may change it without sharing). */
const valid = () => ({
  id: 'small',
  version: 1,
  types: {} as { record: WorkflowRecord; role: 'clerk'; context: undefined },
  initial: 'open' as const,
  states: {
    open: { label, category: 'open' as const },
    done: { label, category: 'closed' as const, terminal: true },
  },
  events: {
    close: {
      label,
      from: ['open'] as const,
      to: 'done' as const,
      roles: ['clerk'] as const,
      describe: { 'zh-Hans': '办结', en: 'close' },
    },
  },
});

const throwing = (): never => {
  throw new Error('trap');
};
/** A Proxy every trap of which throws. */
const hostileProxy = (): object =>
  new Proxy(
    {},
    {
      get: throwing,
      has: throwing,
      ownKeys: throwing,
      getOwnPropertyDescriptor: throwing,
      getPrototypeOf: throwing,
      set: throwing,
      defineProperty: throwing,
      deleteProperty: throwing,
    },
  );
const cyclic = (): object => {
  const a: Record<string, unknown> = { label };
  a.self = a;
  return a;
};
const deep = (levels: number): object => {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) value = { next: value };
  return value;
};
const nullPrototype = (): object => Object.assign(Object.create(null), { id: 'x', version: 1 });
const throwingGetter = (): object =>
  Object.defineProperty({}, 'id', { enumerable: true, get: throwing });

/** Values that are no definition at all. */
const garbage: readonly [string, () => unknown][] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['a number', () => 5],
  ['a string', () => 'workflow'],
  ['a BigInt', () => 10n],
  ['a symbol', () => Symbol('x')],
  ['an array', () => []],
  ['a function', () => () => 1],
  ['a Proxy whose traps throw', hostileProxy],
  ['a null-prototype object', nullPrototype],
  ['a cycle', cyclic],
  ['an object nested 100k deep', () => deep(100_000)],
  ['a getter that throws', throwingGetter],
];

/** A definition with one part replaced by something hostile. */
const hostileParts: readonly [string, () => unknown][] = [
  ['states that are a Proxy', () => ({ ...valid(), states: hostileProxy() })],
  ['events that are a Proxy', () => ({ ...valid(), events: hostileProxy() })],
  ['guards that are a Proxy', () => ({ ...valid(), guards: hostileProxy() })],
  [
    'a label whose getter throws',
    () => ({
      ...valid(),
      states: { ...valid().states, open: Object.defineProperty({}, 'label', { get: throwing }) },
    }),
  ],
  [
    'a cycle in an event',
    () => ({ ...valid(), events: { close: { ...valid().events.close, describe: cyclic() } } }),
  ],
  [
    'an event description nested 100k deep',
    () => ({ ...valid(), events: { close: { ...valid().events.close, describe: deep(100_000) } } }),
  ],
  ['a BigInt version', () => ({ ...valid(), version: 1n })],
  ['a symbol as the initial state', () => ({ ...valid(), initial: Symbol('open') })],
  [
    'roles that are a Proxy',
    () => ({ ...valid(), events: { close: { ...valid().events.close, roles: hostileProxy() } } }),
  ],
  [
    'fieldNames without English',
    () => ({
      ...valid(),
      events: { close: { ...valid().events.close, fieldNames: { note: { 'zh-Hans': '备注' } } } },
    }),
  ],
];

/** The failed result of a safe function: frozen, plain JSON, with the code asked for. */
function expectRefused(result: unknown, code: string): void {
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(isDeepFrozen(result)).toBe(true);
  const { message } = (result as { error: { message: { 'zh-Hans': string; en: string } } }).error;
  expect(typeof message['zh-Hans']).toBe('string');
  expect(typeof message.en).toBe('string');
  expect(message.en.length).toBeLessThan(4000);
  expect(() => JSON.stringify(result)).not.toThrow();
}

/** The RendaError `run` throws, with its code. */
function expectRendaError(run: () => unknown, code: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(RendaError);
  expect((thrown as RendaError).code).toBe(code);
}

describe('safeDefineWorkflow and defineWorkflow on hostile input', () => {
  it.each([...garbage, ...hostileParts])('refuses %s with INVALID_WORKFLOW', (_name, make) => {
    expectRefused(safeDefineWorkflow(untyped(make())), 'INVALID_WORKFLOW');
    expectRendaError(() => defineWorkflow(untyped(make())), 'INVALID_WORKFLOW');
  });

  it('never throws on arbitrary values, and accepts only what it can check', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (value) => {
        const result = safeDefineWorkflow(untyped(value));
        if (!result.ok) expect(result.error.code).toBe('INVALID_WORKFLOW');
        expect(isDeepFrozen(result)).toBe(true);
      }),
    );
  });

  it('accepts a definition made of null-prototype objects', () => {
    const bare = <T extends object>(value: T): T => Object.assign(Object.create(null), value);
    const definition = valid();
    const result = safeDefineWorkflow({
      ...definition,
      states: bare({ open: bare(definition.states.open), done: bare(definition.states.done) }),
      events: bare({ close: bare(definition.events.close) }),
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(workflowStates(result.value)).toEqual(['open', 'done']);
  });

  it('keeps a state named __proto__ a plain entry', () => {
    const definition = valid();
    const states = JSON.parse(
      '{"__proto__": {"label": {"zh-Hans": "甲", "zh-Hant": "甲", "en": "A"}, "category": "open"}}',
    );
    const result = safeDefineWorkflow(
      untyped({ ...definition, states: { ...definition.states, ...states } }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value.states)).toBe(Object.prototype);
    expect(workflowStates(result.value)).toEqual(['open', 'done', '__proto__']);
  });

  it('quotes at most about 200 characters of a bad value', () => {
    const huge = 'x'.repeat(10_000_000);
    const result = safeDefineWorkflow(untyped({ ...valid(), initial: huge }));
    expectRefused(result, 'INVALID_WORKFLOW');
    if (!result.ok) expect(result.error.message.en.length).toBeLessThan(400);
  });

  it('lists at most fifty problems, and says how many more there are', () => {
    const states = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`s${i}`, { label: {}, category: 'open' }]),
    );
    const result = safeDefineWorkflow(untyped({ ...valid(), states }));
    expectRefused(result, 'INVALID_WORKFLOW');
    if (!result.ok) {
      expect(result.error.message.en).toMatch(/; and \d+ more problems$/);
      expect(result.error.message['zh-Hans']).toMatch(/；另有 \d+ 处问题$/);
      expect(result.error.message.en.split('; ')).toHaveLength(51);
    }
  });

  it('neither changes nor freezes the objects it was given', () => {
    const definition = valid();
    const targets = { open: ['done'] as ['done'] };
    const maybe = {
      label,
      from: ['open'] as const,
      to: () => 'done' as const,
      targets,
      roles: ['clerk'] as const,
    };
    const result = safeDefineWorkflow({ ...definition, events: { ...definition.events, maybe } });
    expect(result.ok).toBe(true);
    expect(Object.isFrozen(targets)).toBe(false);
    expect(Object.isFrozen(targets.open)).toBe(false);
    expect(Object.isFrozen(definition.events.close.describe)).toBe(false);
    if (result.ok) expect(isDeepFrozen(result.value.events.maybe.targets)).toBe(true);
  });
});

describe('safeExtendWorkflow and extendWorkflow on hostile input', () => {
  it.each(garbage)('refuses %s as the base', (_name, make) => {
    expectRefused(safeExtendWorkflow(untyped(make()), {}), 'INVALID_WORKFLOW');
    expectRendaError(() => extendWorkflow(untyped(make()), {}), 'INVALID_WORKFLOW');
  });

  it('refuses a look-alike of a workflow, and a Proxy around a real one, without running its traps', () => {
    let trapped = 0;
    const spy = new Proxy(ticketWorkflow, {
      get: (target, key) => {
        trapped++;
        return Reflect.get(target, key);
      },
    });
    expectRefused(safeExtendWorkflow(spy, {}), 'INVALID_WORKFLOW');
    expect(trapped).toBe(0);
    expectRefused(safeExtendWorkflow(untyped({ ...ticketWorkflow }), {}), 'INVALID_WORKFLOW');
  });

  // A null-prototype object, a cycle or a deep object with no key an extension knows is an empty
  // extension; the rest is no extension at all.
  const notObjects = ['a null-prototype object', 'a cycle', 'an object nested 100k deep'];
  it.each(garbage.filter(([name]) => !notObjects.includes(name)))(
    'refuses %s as the extension',
    (_name, make) => {
      const result = safeExtendWorkflow(ticketWorkflow, untyped(make()));
      expectRefused(result, 'INVALID_WORKFLOW');
      expectRendaError(() => extendWorkflow(ticketWorkflow, untyped(make())), 'INVALID_WORKFLOW');
    },
  );

  it.each<[string, () => unknown]>([
    ['events that are a Proxy', () => ({ events: hostileProxy() })],
    ['tightenRoles that are a Proxy', () => ({ tightenRoles: hostileProxy() })],
    ['addGuards that are a Proxy', () => ({ addGuards: hostileProxy() })],
    [
      'a tightened role list with a getter that throws',
      () => ({ tightenRoles: { close: hostileProxy() } }),
    ],
    [
      'an event that is null',
      () => ({ events: { close: null }, tightenRoles: { close: ['clerk'] } }),
    ],
    ['a cycle in a new event', () => ({ events: { reopen: cyclic() } })],
    ['an event nested 100k deep', () => ({ events: { reopen: deep(100_000) } })],
    ['a role name 10 MB long', () => ({ tightenRoles: { close: ['x'.repeat(10_000_000)] } })],
  ])('refuses an extension with %s', (_name, make) => {
    const result = safeExtendWorkflow(ticketWorkflow, untyped(make()));
    expectRefused(result, 'INVALID_WORKFLOW');
  });

  it('accepts a null-prototype extension, and an event named __proto__ stays an event', () => {
    const extension = Object.assign(Object.create(null), {
      events: JSON.parse(
        '{"__proto__": {"label": {"zh-Hans": "甲", "zh-Hant": "甲", "en": "A"}, "from": ["open"], "roles": ["clerk"]}}',
      ),
    });
    const result = safeExtendWorkflow(ticketWorkflow, extension);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(isWorkflowEvent(result.value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result.value.events)).toBe(Object.prototype);
  });

  it('never throws on arbitrary extensions', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (value) => {
        const result = safeExtendWorkflow(ticketWorkflow, untyped(value));
        expect(Object.isFrozen(result)).toBe(true);
        // A workflow shares its payload schemas unfrozen (zod caches on them); all else is frozen.
        if (result.ok) expect(Object.isFrozen(result.value.states)).toBe(true);
        else {
          expect(result.error.code).toBe('INVALID_WORKFLOW');
          expect(isDeepFrozen(result)).toBe(true);
        }
      }),
    );
  });
});

describe('the functions that read a workflow, on hostile input', () => {
  it.each(garbage)('refuse %s with a RendaError, or answer undefined / false', (_name, make) => {
    expectRefused(safeToMermaid(untyped(make())), 'INVALID_WORKFLOW');
    expectRendaError(() => toMermaid(untyped(make())), 'INVALID_WORKFLOW');
    expectRendaError(() => workflowTransitions(untyped(make())), 'INVALID_WORKFLOW');
    expectRendaError(() => workflowStates(untyped(make())), 'INVALID_WORKFLOW');
    expect(stateCategory(untyped(make()), 'open')).toBeUndefined();
    expect(isWorkflowEvent(untyped(make()), 'close')).toBe(false);
  });

  it('refuses an unknown locale and bad options with INVALID_INPUT naming them', () => {
    const locale = safeToMermaid(suggestionWorkflow, untyped('fr'));
    expectRefused(locale, 'INVALID_INPUT');
    expect(!locale.ok && locale.error.path).toEqual(['locale']);
    const mode = safeToMermaid(suggestionWorkflow, 'en', untyped({ selfTransitions: 'arrows' }));
    expect(!mode.ok && mode.error.path).toEqual(['options', 'selfTransitions']);
    expectRefused(safeToMermaid(suggestionWorkflow, 'en', untyped(5)), 'INVALID_INPUT');
    expectRefused(
      safeToMermaid(suggestionWorkflow, 'en', untyped(hostileProxy())),
      'INVALID_INPUT',
    );
    expectRendaError(() => toMermaid(suggestionWorkflow, untyped('fr')), 'INVALID_INPUT');
  });

  it('draws with the defaults when the options are missing or null', () => {
    const drawn = toMermaid(suggestionWorkflow);
    expect(toMermaid(suggestionWorkflow, undefined, undefined)).toBe(drawn);
    expect(safeToMermaid(suggestionWorkflow, 'zh-Hans', null)).toEqual({ ok: true, value: drawn });
  });

  it('answers for a state name that is no string, or an inherited name', () => {
    expect(stateCategory(ticketWorkflow, untyped(5))).toBeUndefined();
    expect(stateCategory(ticketWorkflow, 'toString')).toBeUndefined();
    expect(stateCategory(ticketWorkflow, 'done')).toBe('closed');
  });
});
