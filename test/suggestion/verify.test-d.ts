import { describe, expectTypeOf, it } from 'vitest';
import type { Suggestion } from '../../src/model/suggestion.js';
import {
  initialSuggestionOf,
  safeInitialSuggestionOf,
} from '../../src/suggestion/initialSuggestionOf.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { definePolicyRegistry, type PolicyRegistry } from '../../src/suggestion/policyRegistry.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import {
  type Divergence,
  safeVerifySuggestion,
  type VerifyErrorCode,
  verifySuggestion,
} from '../../src/suggestion/verifySuggestion.js';
import { safeAvailableEvents } from '../../src/workflow/availableEvents.js';
import type { RulesVersionSpec } from '../../src/workflow/rulesVersion.js';

declare const record: Suggestion;

describe('verify on load: types', () => {
  it('verifies unknown input into a Suggestion, with a typed divergence', () => {
    const registry = definePolicyRegistry([defaultPolicy]);
    expectTypeOf(registry).toEqualTypeOf<PolicyRegistry>();
    expectTypeOf(
      verifySuggestion(JSON.parse('{}') as unknown, { policies: registry }),
    ).toEqualTypeOf<Suggestion>();
    const result = safeVerifySuggestion(record, { policies: defaultPolicy });
    if (!result.ok) {
      expectTypeOf(result.error.code).toEqualTypeOf<VerifyErrorCode>();
      expectTypeOf(result.error.divergence).toEqualTypeOf<Divergence | undefined>();
    }
    // @ts-expect-error `policies` is required.
    safeVerifySuggestion(record, {});
    expectTypeOf(initialSuggestionOf(record)).toEqualTypeOf<Suggestion>();
    const draft = safeInitialSuggestionOf(record);
    if (draft.ok) expectTypeOf(draft.value).toEqualTypeOf<Suggestion>();
  });

  it('declares the suggestion workflow’s rules version, and availableEvents needs `at`', () => {
    expectTypeOf(suggestionWorkflow.rulesVersion).toExtend<RulesVersionSpec<never> | undefined>();
    const context = { policy: defaultPolicy };
    const actor = { role: 'deputy', id: 'D-1' };
    const rows = safeAvailableEvents(record, actor, {
      workflow: suggestionWorkflow,
      context,
      at: '2025-03-01T10:00:00+08:00',
    });
    if (rows.ok) expectTypeOf(rows.value[0]?.type).toExtend<string | undefined>();
    // @ts-expect-error `at` is required.
    safeAvailableEvents(record, actor, { workflow: suggestionWorkflow, context });
  });
});
