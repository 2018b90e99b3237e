import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { Activity, ActivitySchema } from '../../src/model/activity.js';
import type {
  Deputy,
  DeputyInput,
  DeputyMembership,
  DeputySchema,
} from '../../src/model/deputy.js';
import type { HistoryEntry } from '../../src/model/shared/historyEntry.js';
import {
  parseSuggestion,
  type Suggestion,
  type SuggestionInput,
  type SuggestionSchema,
  safeParseSuggestion,
} from '../../src/model/suggestion.js';
import type {
  Assignment,
  AssignmentSchema,
  Proposer,
  Reply,
  ReplySchema,
} from '../../src/model/suggestionParts.js';

// The named interfaces are the inferred types under a name: each assigns to the other.
test('Suggestion is the inferred type of its schema, both ways', () => {
  expectTypeOf<Suggestion>().toExtend<z.infer<typeof SuggestionSchema>>();
  expectTypeOf<z.infer<typeof SuggestionSchema>>().toExtend<Suggestion>();
  expectTypeOf<SuggestionInput>().toExtend<z.input<typeof SuggestionSchema>>();
  expectTypeOf<z.input<typeof SuggestionSchema>>().toExtend<SuggestionInput>();
});

test('the parsers return the named type', () => {
  expectTypeOf(parseSuggestion).returns.toEqualTypeOf<Suggestion>();
  const result = safeParseSuggestion({});
  if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Suggestion>();
});

test('other models and the parts of a suggestion are named too', () => {
  expectTypeOf<Deputy>().toExtend<z.infer<typeof DeputySchema>>();
  expectTypeOf<z.infer<typeof DeputySchema>>().toExtend<Deputy>();
  expectTypeOf<DeputyInput>().toExtend<z.input<typeof DeputySchema>>();
  expectTypeOf<Activity>().toExtend<z.infer<typeof ActivitySchema>>();
  expectTypeOf<z.infer<typeof ReplySchema>>().toExtend<Reply>();
  expectTypeOf<z.infer<typeof AssignmentSchema>>().toExtend<Assignment>();
  expectTypeOf<Suggestion['proposers'][number]>().toExtend<Proposer>();
  expectTypeOf<Suggestion['replies'][number]>().toExtend<Reply>();
  expectTypeOf<Suggestion['history'][number]>().toExtend<HistoryEntry>();
  expectTypeOf<Deputy['memberships'][number]>().toExtend<DeputyMembership>();
});

test('a named type still accepts what it did and refuses what it did', () => {
  const proposer: Proposer = { deputyId: 'D-1', role: 'lead' };
  expectTypeOf(proposer.role).toEqualTypeOf<'lead' | 'co'>();
  // @ts-expect-error a role outside the enum
  const wrongRole: Proposer = { deputyId: 'D-1', role: 'chair' };
  // @ts-expect-error a missing field
  const missing: Proposer = { role: 'lead' };
  const reply = {} as Reply;
  // @ts-expect-error faceToFace is a boolean
  const wrongType: Reply = { ...reply, faceToFace: 'yes' };
  expectTypeOf(reply.onTime).toEqualTypeOf<boolean>();
  void [wrongRole, missing, wrongType];
});
