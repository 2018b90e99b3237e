import { describe, expect, it } from 'vitest';
import { CongressLevelSchema, CongressSchema } from '../../src/model/shared/congress.js';
import { frozenTwin } from '../../src/model/shared/frozenTwin.js';
import { IsoTimestampSchema } from '../../src/model/shared/primitives.js';
import {
  parseSuggestion,
  SuggestionSchema,
  safeParseSuggestion,
} from '../../src/model/suggestion.js';
import { safeMotionThreshold } from '../../src/suggestion/motion/motionThreshold.js';
import { sampleSuggestions } from '../../src/testing/index.js';

function expectDeeplyFrozen(value: unknown, path = 'record'): void {
  if (typeof value !== 'object' || value === null) return;
  expect(Object.isFrozen(value), path).toBe(true);
  for (const [key, part] of Object.entries(value)) expectDeeplyFrozen(part, `${path}.${key}`);
}

const congressOf = (): unknown => (records()[0] as { readonly congress: unknown }).congress;

const records = (): unknown[] =>
  Array.from(sampleSuggestions({ seed: 3, size: 'town' }), (s) => JSON.parse(JSON.stringify(s)));

describe('the frozen twin a model parser parses through', () => {
  it('gives the schema’s own output, deeply frozen as it is built', () => {
    const twin = frozenTwin(SuggestionSchema);
    expect(twin).toBeDefined();
    for (const record of records()) {
      const ours = parseSuggestion(record);
      expectDeeplyFrozen(ours);
      expect(ours).toEqual(SuggestionSchema.parse(record));
      expect(twin?.parse(record)).toEqual(ours);
    }
  });

  it('keeps defaults fresh: a record missing a defaulted list gets its own frozen list', () => {
    const first = (records() as Record<string, unknown>[])[0] as Record<string, unknown>;
    const { followUps: _a, holdingReplies: _b, ...rest } = first;
    const one = parseSuggestion(rest);
    const two = parseSuggestion(rest);
    expect(one.followUps).toEqual([]);
    expect(Object.isFrozen(one.followUps)).toBe(true);
    expect(SuggestionSchema.parse(rest).followUps).not.toBe(SuggestionSchema.parse(rest).followUps);
    expect(two.holdingReplies).toEqual([]);
    // zod's runtime path, which the twin takes where zod cannot compile, gives the same.
    expect(frozenTwin(SuggestionSchema)?.parse(rest)).toEqual(one);
  });

  it('canonicalises timestamps as the schema does, and refuses what it refuses', () => {
    const twin = frozenTwin(IsoTimestampSchema);
    for (const text of [
      '2025-01-31T23:30:00+08:00',
      '2025-01-31T15:30:00.000Z',
      '2025-01-31T15:30:00.1234Z',
      '9999-12-31T23:59:59-00:01',
      '0000-12-31T23:59:59.000Z',
      '2023-02-29T00:00:00.000Z',
      'soon',
    ]) {
      const schema = IsoTimestampSchema.safeParse(text);
      const ours = twin?.safeParse(text);
      expect(ours?.success, text).toBe(schema.success);
      if (schema.success) expect(ours?.data, text).toBe(schema.data);
    }
  });

  it('reports the schema’s own issues for a refused record: paths, codes and messages', () => {
    const first = (records() as { history: unknown[] }[]).find(
      (record) => record.history.length > 0,
    ) as Record<string, unknown>;
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const history = (first.history as Record<string, unknown>[]).map((entry, i) =>
      i === 0 ? { ...entry, payload: cyclic } : entry,
    );
    for (const [bad, path, code] of [
      [{ ...first, createdAt: '9999-12-31T23:59:59-00:01' }, 'createdAt', 'TIMESTAMP_OUT_OF_RANGE'],
      [{ ...first, history }, 'history.0.payload.self', 'NOT_JSON'],
    ] as const) {
      const result = safeParseSuggestion(bad);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const issues = result.error.issues.map((issue) => [issue.path.join('.'), issue.code]);
      expect(issues).toEqual([[path, code]]);
    }
  });

  it('never freezes the caller’s objects, even in input it refuses', () => {
    const first = (records() as Record<string, unknown>[])[0] as Record<string, unknown>;
    const proposers = [{ deputyId: 'D-1', role: 'nobody' }];
    const congress = { ...(first.congress as object) };
    const bad = { ...first, congress, proposers };
    expect(safeParseSuggestion(bad).ok).toBe(false);
    for (const part of [bad, proposers, proposers[0], congress]) {
      expect(Object.isFrozen(part)).toBe(false);
    }
  });

  it('never changes the schema a parser is made of: a bare enum’s parser leaves it working', () => {
    // The twin of a leaf schema (an enum, a string) is the schema itself; the parser must not
    // write its own refusals onto it, the public CongressLevelSchema here.
    expect(safeMotionThreshold('bogus' as never).ok).toBe(false);
    expect(safeMotionThreshold('county').ok).toBe(true);
    expect(CongressLevelSchema.safeParse('county').success).toBe(true);
    expect(CongressSchema.safeParse(CongressSchema.parse(congressOf())).success).toBe(true);
  });
});
