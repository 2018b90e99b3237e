import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { rendaErrorMap } from '../../src/model/shared/errorMap.js';
import { type Suggestion, SuggestionSchema } from '../../src/model/suggestion.js';
import { suggestionRules } from '../../src/model/suggestionRules.js';
import { repliedSuggestion } from '../support/suggestionFixture.js';

// Another team adds its own fields; renda's rules and helpers must keep working on them.
const CitySuggestionSchema = SuggestionSchema.safeExtend({
  /** The city's own archive reference. */
  archiveRef: z.string().min(1),
  /** Which district office owns the file. */
  districtOffice: z.enum(['east', 'west']),
});
type CitySuggestion = z.infer<typeof CitySuggestionSchema>;

describe('SuggestionSchema.safeExtend', () => {
  it('accepts the extended record and keeps the new fields', () => {
    const parsed = CitySuggestionSchema.parse({
      ...repliedSuggestion(),
      archiveRef: 'A-1',
      districtOffice: 'east',
    });
    expect(parsed.archiveRef).toBe('A-1');
    expect(parsed.createdAt).toBe('2024-11-20T01:00:00.000Z');
  });

  it('keeps renda’s cross-field rules', () => {
    const input = { ...repliedSuggestion(), archiveRef: 'A-1', districtOffice: 'east' };
    input.proposers = [{ deputyId: 'D-1', role: 'co' }];
    const result = CitySuggestionSchema.safeParse(input);
    expect(result.success).toBe(false);
    // A rule's machine code travels in params; its text comes from the error map.
    const codes = result.error?.issues.map(
      (issue) => (issue as { params?: { code?: string } }).params?.code,
    );
    expect(codes).toContain('LEAD_PROPOSER_COUNT');
    const mapped = CitySuggestionSchema.safeParse(input, { error: rendaErrorMap('en') });
    expect(mapped.error?.issues.map((issue) => issue.message)).toContain(
      'proposers must have exactly one lead proposer (has 0)',
    );
  });

  it('rejects a missing team field', () => {
    expect(CitySuggestionSchema.safeParse(repliedSuggestion()).success).toBe(false);
  });

  it('builds the same rules into a spread shape', () => {
    const Spread = z
      .object({ ...SuggestionSchema.shape, archiveRef: z.string() })
      .check(suggestionRules);
    const input = { ...repliedSuggestion(), archiveRef: 'A-1' };
    input.proposers = [];
    expect(Spread.safeParse(input).success).toBe(false);
  });

  it('types the extension as a Suggestion with more fields', () => {
    expectTypeOf<CitySuggestion>().toMatchTypeOf<Suggestion>();
    expectTypeOf<CitySuggestion['districtOffice']>().toEqualTypeOf<'east' | 'west'>();
  });
});
