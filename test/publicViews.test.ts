import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deputy } from '../src/model/deputy.js';
import { type PopoloRoster, safeToPopolo, toPopolo } from '../src/model/popolo.js';
import { RendaError } from '../src/model/shared/validationError.js';
import type { Suggestion } from '../src/model/suggestion.js';
import {
  safeToPublicSuggestion,
  toPublicSuggestion,
} from '../src/suggestion/toPublicSuggestion.js';
import { generateSample } from '../src/testing/generateSample.js';

// The public views (公开版本 of a suggestion, the Popolo open-data export) copy only the fields
// they name. An office extends its records with its own fields, at any depth (a handler's phone
// inside `closure`, a secretary's number inside a deputy's `constituency`); none of them may
// reach a public view. The tests below add a marker field to every object of every record and
// look for the marker anywhere in the views.

const MARKER = 'OFFICE-ONLY-d41d8c';

const sample = generateSample({ seed: 3, size: 'town' });

/** A deep copy of a JSON-shaped value (the sample is frozen; the walks below add fields). */
const clone = <T>(value: T): T => structuredClone(value) as T;

/**
 * Adds a marker field to every object and array of `value`, at every depth, and returns how many
 * it added. Each marker is a string and an object under its own key, so a view that copied the
 * parent whole would carry both the key and the value.
 */
function markEveryDepth(value: unknown, key = `${MARKER}-key`): number {
  if (typeof value !== 'object' || value === null) return 0;
  let added = 0;
  for (const child of Object.values(value)) added += markEveryDepth(child, key);
  Object.defineProperty(value, key, {
    value: { phone: `${MARKER}-phone`, note: MARKER },
    enumerable: true,
    writable: true,
    configurable: true,
  });
  if (!Array.isArray(value)) (value as Record<string, unknown>).handlerPhone = `${MARKER}-tel`;
  return added + 1;
}

/** Every key and every string value of a view, at every depth. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      textsOf(v, out);
    }
  }
  return out;
}

const leaks = (view: unknown): string[] =>
  textsOf(view).filter((t) => t.includes(MARKER) || t === 'handlerPhone');

/** True when the value and everything inside it is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** True when nothing inside the value is frozen (the caller's records must stay theirs). */
function nothingFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return !Object.isFrozen(value) && Object.values(value).every(nothingFrozen);
}

// Every optional part the suggestion view reads, present at least once: the sample has closures,
// key items, publications and official numbers; one record is made confidential.
const suggestions: Suggestion[] = sample.suggestions.map((s) => clone(s));
const withEveryPart = suggestions.find((s) => s.closure && s.publication && s.screening?.number);
const keyItems = suggestions.filter((s) => s.keyItem !== undefined);
const confidential = { ...clone(suggestions[0]!), confidential: true };

// The roster with every optional part the export reads: a delegation, a by-election, each status.
const deputies: Deputy[] = sample.deputies.map((d) => clone(d));
deputies[0] = { ...deputies[0]!, delegation: { id: 'DEL-1', name: '第一代表团' } };
deputies[1] = {
  ...deputies[1]!,
  status: {
    status: 'suspended',
    since: '2024-01-02',
    reason: 'servingSentence',
    until: '2024-03-01',
  },
};
const roster = (): PopoloRoster =>
  clone({
    deputies,
    groups: sample.groups,
    stations: sample.stations,
    committees: sample.committees,
    members: sample.members,
  });

describe('public views copy only the fields they name, at every depth', () => {
  it('the sample covers every optional part the views read', () => {
    expect(withEveryPart).toBeDefined();
    expect(keyItems.length).toBeGreaterThan(0);
    expect(deputies.some((d) => d.byElected)).toBe(true);
    expect(deputies.some((d) => d.status.status === 'ended')).toBe(true);
    expect(sample.members.some((m) => m.contactAssignments.length > 0)).toBe(true);
  });

  it('toPublicSuggestion: no field an office adds reaches the view, and the view is unchanged', () => {
    for (const record of [...suggestions, confidential]) {
      const plain = toPublicSuggestion(record);
      const extended = clone(record);
      expect(markEveryDepth(extended)).toBeGreaterThan(10);
      const view = toPublicSuggestion(extended);
      expect(leaks(view)).toEqual([]);
      expect(view).toEqual(plain);
    }
  });

  it('closure.handlerPhone, the case the issue names, stays out', () => {
    const record = clone(withEveryPart!);
    const closure = { ...record.closure!, handlerPhone: '13800000000' };
    const view = toPublicSuggestion({ ...record, closure } as Suggestion);
    expect(view.closure).toEqual({ at: record.closure!.at, reason: record.closure!.reason });
    expect(JSON.stringify(view)).not.toContain('13800000000');
  });

  it('toPopolo: no field an office adds reaches the export, and the export is unchanged', () => {
    const plain = toPopolo(roster());
    const extended = roster();
    expect(markEveryDepth(extended)).toBeGreaterThan(100);
    const view = toPopolo(extended);
    expect(leaks(view)).toEqual([]);
    expect(view).toEqual(plain);
  });

  it('constituency: only its kind, id and name reach extras', () => {
    const deputy = { ...deputies[0]!, constituency: { ...deputies[0]!.constituency, phone: 'x' } };
    const view = toPopolo({ deputies: [deputy as Deputy] });
    expect(view.memberships[0]?.extras?.constituency).toEqual({
      kind: deputy.constituency.kind,
      id: deputy.constituency.id,
      name: deputy.constituency.name,
    });
  });

  it('property: a field of any name added anywhere never reaches a view', () => {
    // Random records, a random object inside each, a random key (never one the views name: they
    // carry the office prefix).
    const key = fc.string({ minLength: 1, maxLength: 12 }).map((k) => `x-office-${k}`);
    fc.assert(
      fc.property(
        fc.nat(suggestions.length - 1),
        fc.nat(deputies.length - 1),
        fc.nat(),
        key,
        (si, di, pick, name) => {
          const record = clone(suggestions[si]!);
          const deputy = clone(deputies[di]!);
          for (const target of [record, deputy]) {
            const objects = objectsOf(target);
            const object = objects[pick % objects.length]!;
            (object as Record<string, unknown>)[name] = { secret: MARKER };
          }
          const views = [toPublicSuggestion(record), toPopolo({ deputies: [deputy] })];
          return views.every((v) => leaks(v).length === 0 && !textsOf(v).includes(name));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('views share nothing with the record: the record stays unfrozen, the view is frozen', () => {
    const record = clone(withEveryPart!);
    const rosterCopy = roster();
    const views = [toPublicSuggestion(record), toPopolo(rosterCopy)];
    for (const view of views) {
      expect(deeplyFrozen(view)).toBe(true);
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    }
    expect(nothingFrozen(record)).toBe(true);
    expect(nothingFrozen(rosterCopy)).toBe(true);
  });

  it('a record with null prototypes at every depth gives the same view', () => {
    const nullProto = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(nullProto);
      if (typeof value !== 'object' || value === null) return value;
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = nullProto(v);
      return out;
    };
    const record = withEveryPart!;
    expect(toPublicSuggestion(nullProto(record) as Suggestion)).toEqual(toPublicSuggestion(record));
    const r = roster();
    expect(toPopolo(nullProto(r) as PopoloRoster)).toEqual(toPopolo(r));
  });
});

/** Every object and array inside a value, the value first. */
function objectsOf(value: unknown, out: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return out;
  out.push(value);
  for (const child of Object.values(value)) objectsOf(child, out);
  return out;
}

describe('public views on bad input: a RendaError, and safe twins that never throw', () => {
  const cyclic: Record<string, unknown> = { id: 'S-1' };
  cyclic.congress = cyclic;
  const throwingGetter = {
    ...clone(withEveryPart!),
    get title(): string {
      throw new Error('getter');
    },
  };
  const trap = () => {
    throw new Error('trap');
  };
  const hostileProxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const thrownProxy = new Proxy(
    {},
    {
      get: () => {
        throw hostileProxy;
      },
    },
  );
  const hostile: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 5],
    ['a BigInt', 10n],
    ['a string', 'S-1'],
    ['an array', []],
    ['an empty object', {}],
    ['a cycle', cyclic],
    ['a throwing getter', throwingGetter],
    ['a Proxy whose traps throw', hostileProxy],
    ['a revoked Proxy', revoked],
    ['a Proxy that throws a Proxy', thrownProxy],
    ['a BigInt round', { ...clone(withEveryPart!), round: 1n }],
    ['an object where a string belongs', { ...clone(withEveryPart!), id: { toString: () => 'S' } }],
    ['a 10 MB round', { ...clone(withEveryPart!), round: 'x'.repeat(10_000_000) }],
  ];

  it.each(hostile)('safeToPublicSuggestion(%s) returns INVALID_INPUT', (_, input) => {
    const result = safeToPublicSuggestion(input as Suggestion);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(Array.isArray(result.error.path)).toBe(true);
    expect(result.error.message.en.length).toBeLessThan(600);
    expect(result.error.message['zh-Hans'].length).toBeLessThan(600);
    expect(deeplyFrozen(result)).toBe(true);
    expect(() => toPublicSuggestion(input as Suggestion)).toThrow(RendaError);
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['a BigInt', 10n],
    ['a string', 'D-1'],
    ['an array', []],
    ['a Proxy whose traps throw', hostileProxy],
    ['a revoked Proxy', revoked],
    ['a Proxy that throws a Proxy', thrownProxy],
    ['a list that is not one', { deputies: 'D-1' }],
    ['a deputy without a constituency', { deputies: [{ ...deputies[0]!, constituency: null }] }],
    ['a cyclic deputy', { deputies: [cyclic] }],
    ['a throwing getter', { deputies: [throwingGetter] }],
    ['a BigInt term', { members: [{ ...sample.members[0]!, congress: { term: 7n } }] }],
    ['a 10 MB id', { groups: [{ ...sample.groups[0]!, id: ['x'.repeat(10_000_000)] }] }],
  ] as [string, unknown][])('safeToPopolo(%s) returns INVALID_INPUT', (_, input) => {
    const result = safeToPopolo(input as PopoloRoster);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(deeplyFrozen(result)).toBe(true);
    expect(() => toPopolo(input as PopoloRoster)).toThrow(RendaError);
  });

  it('names the field at fault', () => {
    const record = clone(withEveryPart!);
    const bad = { ...record, closure: { ...record.closure!, at: 5 } } as unknown as Suggestion;
    const result = safeToPublicSuggestion(bad);
    expect(result.ok || result.error.path).toEqual(['closure', 'at']);
    expect(result.ok || result.error.message.en).toBe('closure.at must be a string; got 5');
    const { confidential: _, ...missing } = record;
    const required = safeToPublicSuggestion(missing as Suggestion);
    expect(required.ok || required.error.message.en).toBe('confidential is required (a boolean)');
    expect(required.ok || required.error.message['zh-Hans']).toBe(
      '「confidential」必填（应为布尔值）',
    );
    const popolo = safeToPopolo({ deputies: [{ ...deputies[0]!, grassroots: 'yes' } as never] });
    expect(popolo.ok || popolo.error.path).toEqual(['deputies', 0, 'grassroots']);
  });

  it('options: absent is the default; a bad option or a throwing namer is INVALID_INPUT', () => {
    expect(safeToPopolo({}).ok).toBe(true);
    expect(safeToPopolo({}, undefined).ok).toBe(true);
    for (const options of [null, 5, { congressName: 'x' }]) {
      const result = safeToPopolo(roster(), options as never);
      expect(result.ok).toBe(false);
    }
    const throwing = safeToPopolo(roster(), {
      congressName: () => {
        throw new Error('no name');
      },
    });
    expect(throwing.ok || throwing.error.message.en).toContain('no name');
    const notText = safeToPopolo(roster(), { congressName: () => 5 as unknown as string });
    expect(notText.ok || notText.error.path).toEqual(['options', 'congressName']);
  });

  it('the input is not mutated, even when it is refused', () => {
    const record = clone(withEveryPart!);
    const before = JSON.stringify(record);
    safeToPublicSuggestion({ ...record, round: 'x' } as unknown as Suggestion);
    safeToPublicSuggestion(record);
    expect(JSON.stringify(record)).toBe(before);
    expect(nothingFrozen(record)).toBe(true);
  });
});
