import { expectTypeOf, test } from 'vitest';
import * as z from 'zod';
import { SuggestionSchema } from '../../src/model/suggestion.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { toPublicSuggestion } from '../../src/suggestion/toPublicSuggestion.js';
import { availableEvents } from '../../src/workflow/availableEvents.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';

// Another team's wider record must flow through renda's helpers with its own fields intact.
const CitySuggestionSchema = SuggestionSchema.safeExtend({ archiveRef: z.string() });
type CitySuggestion = z.infer<typeof CitySuggestionSchema>;
declare const record: CitySuggestion;
const options = {
  workflow: suggestionWorkflow,
  actor: { role: 'deputy', id: 'D-1' },
  at: '2025-03-05T09:00:00+08:00',
  context: { policy: defaultPolicy },
} as const;

test('transition returns the extended record type', () => {
  const result = safeTransition(record, { type: 'submit' }, options);
  if (result.ok) {
    expectTypeOf(result.value.record).toEqualTypeOf<CitySuggestion>();
    expectTypeOf(result.value.record.archiveRef).toEqualTypeOf<string>();
  }
});

test('availableEvents and toPublicSuggestion accept it', () => {
  expectTypeOf(availableEvents(record, options.actor, options)).toExtend<readonly unknown[]>();
  expectTypeOf(toPublicSuggestion(record).title).toEqualTypeOf<string>();
});

test('parsing with the extended schema keeps the field', () => {
  expectTypeOf(CitySuggestionSchema.parse({})).toHaveProperty('archiveRef');
  // @ts-expect-error an event of another workflow is not a suggestion event
  safeTransition(record, { type: 'resolveTicket' }, options);
});
