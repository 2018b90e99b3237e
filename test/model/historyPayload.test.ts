import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HistoryEntrySchema } from '../../src/model/shared/historyEntry.js';
import { JSON_PAYLOAD_MAX_DEPTH } from '../../src/model/shared/jsonPayload.js';
import { parseSuggestion, safeParseSuggestion } from '../../src/model/suggestion.js';
import { repliedSuggestion } from '../support/suggestionFixture.js';

const entry = (payload: unknown) => ({
  type: 'assign',
  at: '2024-11-30T10:00:00+08:00',
  recordedAt: '2024-11-30T10:00:00+08:00',
  actor: { role: 'liaisonOffice', id: 'OFFICE' },
  payload,
});

const withPayload = (payload: unknown) => ({
  ...repliedSuggestion(),
  history: [...repliedSuggestion().history, entry(payload)],
});

function payloadIssue(payload: unknown) {
  const result = safeParseSuggestion(withPayload(payload));
  if (result.ok) throw new Error('expected the payload to be refused');
  return result.error.issues.find((issue) => issue.path[0] === 'history');
}

describe('history payloads are plain JSON', () => {
  it('copies the payload: the caller’s objects stay theirs and unfrozen', () => {
    const units = ['U-1'];
    const payload = { units, plan: { lead: 'U-1' } };
    const row = withPayload(payload);
    const record = parseSuggestion(row);
    const stored = record.history[1]?.payload as { units: string[]; plan: object };
    expect(stored).toEqual(payload);
    expect(stored.units).not.toBe(units);
    expect(Object.isFrozen(stored.units)).toBe(true);
    units.push('U-2');
    expect(units).toEqual(['U-1', 'U-2']);
    expect(stored.units).toEqual(['U-1']);
  });

  it('keeps any JSON value and parses its own output again to an equal record', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 5 })), (payload) => {
        const json = JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
        const once = parseSuggestion(withPayload(json));
        expect(once.history[1]?.payload).toEqual(json);
        expect(parseSuggestion(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
    );
  });

  it('refuses BigInt, Map, Date, functions, symbols, class instances and non-finite numbers', () => {
    class Unit {
      id = 'U-1';
    }
    const cases: [unknown, (string | number)[]][] = [
      [{ n: 10n }, ['n']],
      [{ m: new Map() }, ['m']],
      [{ d: new Date(0) }, ['d']],
      [{ f: () => 1 }, ['f']],
      [{ s: Symbol('x') }, ['s']],
      [{ u: new Unit() }, ['u']],
      [{ list: [1, Number.NaN] }, ['list', 1]],
      [{ x: Number.POSITIVE_INFINITY }, ['x']],
    ];
    for (const [payload, path] of cases) {
      const issue = payloadIssue(payload);
      expect(issue?.code).toBe('NOT_JSON');
      expect(issue?.path).toEqual(['history', 1, 'payload', ...path]);
    }
  });

  it('refuses a cycle and a getter, naming where', () => {
    const cyclic: Record<string, unknown> = { a: {} };
    (cyclic.a as Record<string, unknown>).back = cyclic;
    expect(payloadIssue(cyclic)?.path).toEqual(['history', 1, 'payload', 'a', 'back']);
    const getter = Object.defineProperty({}, 'x', { get: () => 1, enumerable: true });
    expect(payloadIssue(getter)?.code).toBe('NOT_JSON');
  });

  it('refuses a payload deeper than the limit, even 100,000 levels deep', () => {
    let atLimit: unknown = 1;
    for (let i = 0; i < JSON_PAYLOAD_MAX_DEPTH; i++) atLimit = { a: atLimit };
    expect(safeParseSuggestion(withPayload(atLimit)).ok).toBe(true);
    expect(payloadIssue({ a: atLimit })?.code).toBe('TOO_DEEP');
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const issue = payloadIssue(deep);
    expect(issue?.code).toBe('TOO_DEEP');
    expect(issue?.message.en).toContain(`deeper than ${JSON_PAYLOAD_MAX_DEPTH} levels`);
  });

  it('keeps a __proto__ key a key, never a prototype', () => {
    const payload = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as object;
    const parsed = HistoryEntrySchema.parse(entry(payload));
    expect(Object.getPrototypeOf(parsed.payload)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed.payload ?? {}, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a payload that is not an object', () => {
    for (const payload of [[1], 'x', 5, null]) expect(payloadIssue(payload)?.code).toBe('NOT_JSON');
  });
});
