/**
 * The hostile arguments every public function must survive (issue 7, "never a crash"). Each is
 * made fresh by a factory, so a function that freezes or mutates what it is given cannot change
 * what the next call receives, and each has a short label: failure messages name the label, never
 * the value (printing a Proxy whose traps throw, a cycle or 10 MB would break the report itself).
 */

/** What a hostile Proxy trap or getter throws: a plain Error that is not a RendaError. */
export class HostileAccessError extends Error {
  constructor(what: string) {
    super(`hostile input: ${what}`);
    this.name = 'HostileAccessError';
  }
}

/** Depth of the nested object: deep enough to overflow any recursive walk. */
export const HOSTILE_DEPTH = 100_000;

/** One string of 10 MB; strings are immutable, so one is shared. */
export const TEN_MEGABYTES = 'x'.repeat(10 * 1024 * 1024);

/**
 * Names a throwing getter is defined under: the fields and options renda's functions read
 * (records, events, options, rules, calendars), so whichever one a function reads first throws.
 */
const GETTER_KEYS = [
  'id',
  'state',
  'history',
  'type',
  'payload',
  'actor',
  'role',
  'at',
  'asOf',
  'recordedAt',
  'policy',
  'workflow',
  'context',
  'calendar',
  'timeZone',
  'period',
  'from',
  'to',
  'numerator',
  'denominator',
  'decimals',
  'rounding',
  'confidence',
  'seed',
  'size',
  'year',
  'locale',
  'version',
  'deadlines',
  'rule',
  'amount',
  'unit',
  'anchor',
  'day',
  'deadline',
  'groupBy',
  'kind',
  'congress',
  'proposers',
  'title',
  'rulesVersion',
  'initial',
  'states',
  'events',
  'guards',
  'deputies',
  'records',
  'length',
  'toString',
  'valueOf',
  'toJSON',
] as const;

function throwingGetters(): object {
  const target: Record<PropertyKey, unknown> = {};
  for (const key of [...GETTER_KEYS, Symbol.iterator, Symbol.toPrimitive]) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        throw new HostileAccessError(`getter ${String(key)}`);
      },
    });
  }
  return target;
}

function throwingProxy(): object {
  const trap = (name: string) => () => {
    throw new HostileAccessError(`Proxy trap ${name}`);
  };
  return new Proxy(
    {},
    {
      get: trap('get'),
      set: trap('set'),
      has: trap('has'),
      deleteProperty: trap('deleteProperty'),
      ownKeys: trap('ownKeys'),
      getOwnPropertyDescriptor: trap('getOwnPropertyDescriptor'),
      defineProperty: trap('defineProperty'),
      getPrototypeOf: trap('getPrototypeOf'),
      setPrototypeOf: trap('setPrototypeOf'),
      isExtensible: trap('isExtensible'),
      preventExtensions: trap('preventExtensions'),
      apply: trap('apply'),
      construct: trap('construct'),
    },
  );
}

function cyclic(): object {
  const record: Record<string, unknown> = { id: 'CYCLE', state: 'draft', history: [] };
  record.self = record;
  (record.history as unknown[]).push(record);
  record.payload = { back: record };
  return record;
}

/** `{ a: { a: { … } } }`, 100,000 levels, built without recursion. */
export function deeplyNested(depth = HOSTILE_DEPTH): object {
  let value: Record<string, unknown> = { end: true };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/**
 * One hostile argument: its label and a factory. `none` means "the argument is missing". A big
 * value also has `probe`, the same value at 1/{@link PROBE_SCALE} of its size: a call is first
 * timed on the probe, so a function that would spend minutes on the full value fails fast
 * instead of stalling the suite (JavaScript cannot interrupt a synchronous call).
 */
export interface Hostile {
  readonly label: string;
  readonly make: () => unknown;
  readonly probe?: () => unknown;
}

/** How much smaller a probe is than the big value it stands for. */
export const PROBE_SCALE = 100;

const PROBE_STRING = 'x'.repeat(TEN_MEGABYTES.length / PROBE_SCALE);

/** The label of the argument that is left out altogether (the call gets fewer arguments). */
export const NONE = 'none';

/** The battery of the brief, in a fixed order. */
export const hostileValues: readonly Hostile[] = [
  { label: NONE, make: () => undefined },
  { label: 'undefined', make: () => undefined },
  { label: 'null', make: () => null },
  { label: '5', make: () => 5 },
  { label: "'x'", make: () => 'x' },
  { label: '{}', make: () => ({}) },
  { label: 'null-prototype object', make: () => Object.create(null) },
  { label: 'Proxy whose every trap throws', make: throwingProxy },
  { label: 'object with throwing getters', make: throwingGetters },
  { label: 'cyclic object', make: cyclic },
  { label: 'BigInt', make: () => 10n },
  {
    label: '100k-deep nested object',
    make: () => deeplyNested(),
    probe: () => deeplyNested(HOSTILE_DEPTH / PROBE_SCALE),
  },
  { label: '10 MB string', make: () => TEN_MEGABYTES, probe: () => PROBE_STRING },
  { label: "lone surrogate '\\uD800'", make: () => '\uD800' },
];

/** Looks a hostile value up by label (fuzz plans carry labels, not values). */
export function hostileByLabel(label: string): Hostile {
  const found = hostileValues.find((hostile) => hostile.label === label);
  if (found === undefined) throw new Error(`no hostile value labelled ${label}`);
  return found;
}

/** Timestamps at the edges of the years renda accepts (0001–9999 after normalisation). */
export const EDGE_TIMESTAMPS = [
  '0000-12-31T23:59:59Z',
  '0001-01-01T00:00:00Z',
  '0001-01-01T00:00:00+00:01',
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59-00:01',
  '9999-12-31T23:59:59.999-23:59',
  '+010000-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '+002025-03-01T10:00:00Z',
  '2025-02-29T10:00:00Z',
  '2025-03-01T24:00:00Z',
  '2025-03-01T10:00:00+24:00',
  '2025-03-01T10:00:60Z',
  '2025-03-01',
  '9999-12-31',
  '0000-01-01',
  '10000-01-01',
] as const;

/** JSON texts that try to pollute prototypes when a function merges or copies them carelessly. */
export const POLLUTING_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"payload":{"__proto__":{"polluted":"yes"}},"history":[{"__proto__":{"polluted":"yes"}}]}',
  '{"deadlines":{"__proto__":{"polluted":"yes"}},"__proto__":{"polluted":"yes"}}',
  '[{"__proto__":{"polluted":"yes"}},{"constructor":{"prototype":{"polluted":"yes"}}}]',
] as const;
