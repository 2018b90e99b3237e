// An application may turn on zod's global compile mode (`import 'zod/compile'`), which compiles
// every schema built after it, renda's private ones included. The parsers must keep their
// promises under it: nothing of the caller's is ever frozen, the errors are the schema's.
import 'zod/compile';
import { describe, expect, it } from 'vitest';
import { SuggestionSchema, safeParseSuggestion } from '../../src/model/suggestion.js';
import { sampleSuggestions } from '../../src/testing/index.js';

const record = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify([...sampleSuggestions({ seed: 3, size: 'town' })][6]));

describe('model parsers under zod’s global compile mode', () => {
  it('never freeze a refused caller’s object, and report the schema’s issues', () => {
    const followUps = { not: 'a list' };
    const congress = ['not', 'an', 'object'];
    const input = { ...record(), followUps, congress };
    const result = safeParseSuggestion(input);
    expect(result.ok).toBe(false);
    expect(Object.isFrozen(followUps)).toBe(false);
    expect(Object.isFrozen(congress)).toBe(false);
    expect(Object.isFrozen(input)).toBe(false);
    const paths = SuggestionSchema.safeParse(input).error?.issues.map((issue) => issue.path);
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual(paths);
  });

  it('give the schema’s output, deeply frozen', () => {
    const input = record();
    const result = safeParseSuggestion(input);
    expect(result.ok && result.value).toEqual(SuggestionSchema.parse(record()));
    expect(result.ok && Object.isFrozen(result.value.history)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });
});
