import { expect } from 'vitest';
import type { Actor } from '../../../src/model/shared/actor.js';
import { type Suggestion, safeParseSuggestion } from '../../../src/model/suggestion.js';
import {
  createSuggestion,
  type NewSuggestionInput,
} from '../../../src/suggestion/createSuggestion.js';
import { defaultPolicy, type SuggestionPolicy } from '../../../src/suggestion/policy.js';
import { suggestionWorkflow } from '../../../src/suggestion/suggestionWorkflow.js';
import { safeTransition, type TransitionResult } from '../../../src/workflow/safeTransition.js';
import { untyped } from '../../workflow/support/untyped.js';

export const office: Actor = { role: 'liaisonOffice', id: 'OFFICE' };
export const system: Actor = { role: 'system', id: 'system' };
export const unit = (id: string): Actor => ({ role: 'handlingUnit', id });
export const deputy = (id: string): Actor => ({ role: 'deputy', id });
export const supervisor = (id: string): Actor => ({ role: 'supervisor', id });

type EventName = keyof typeof suggestionWorkflow.events;

export const baseInput: NewSuggestionInput = {
  id: 'S-1',
  congress: { jurisdiction: '330200', level: 'city', term: 16 },
  period: 'betweenSessions',
  title: '关于加强农村道路养护的建议',
  proposers: [
    { deputyId: 'D-1', role: 'lead' },
    { deputyId: 'D-2', role: 'co' },
  ],
};

export function draft(
  input: Partial<NewSuggestionInput> = {},
  policy: SuggestionPolicy = defaultPolicy,
  at = '2024-11-20T09:00:00+08:00',
): Suggestion {
  return createSuggestion({ ...baseInput, ...input }, { at, policy });
}

/** Applies one event; the caller inspects the result. */
export function attempt(
  record: Suggestion,
  type: EventName,
  payload: unknown,
  actor: Actor,
  at: string,
  options: { policy?: SuggestionPolicy; recordedAt?: string } = {},
): TransitionResult<Suggestion> {
  const event = payload === undefined ? { type } : { type, payload };
  return safeTransition(record, untyped(event), {
    workflow: suggestionWorkflow,
    // Tests send actors of any role through here, unknown ones on purpose.
    actor: untyped(actor),
    at,
    ...(options.recordedAt === undefined ? {} : { recordedAt: options.recordedAt }),
    context: { policy: options.policy ?? defaultPolicy },
  });
}

/** Applies one event that must be accepted, and checks the new record against the schema. */
export function step(
  record: Suggestion,
  type: EventName,
  payload: unknown,
  actor: Actor,
  at: string,
  options: { policy?: SuggestionPolicy; recordedAt?: string } = {},
): Suggestion {
  const result = attempt(record, type, payload, actor, at, options);
  if (!result.ok) throw new Error(`${type} refused: ${JSON.stringify(result.error)}`);
  const parsed = safeParseSuggestion(JSON.parse(JSON.stringify(result.value.record)));
  if (!parsed.ok)
    throw new Error(`${type} gave an invalid record: ${JSON.stringify(parsed.error)}`);
  return result.value.record;
}

/** Expects a refusal with this code (and guard), and the same record object back. */
export function refused(
  record: Suggestion,
  type: EventName,
  payload: unknown,
  actor: Actor,
  at: string,
  expected: { code: string; guard?: string },
  options: { policy?: SuggestionPolicy } = {},
): void {
  const result = attempt(record, type, payload, actor, at, options);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(expected.code);
  if (expected.guard !== undefined) expect(result.error.guard).toBe(expected.guard);
}

/** Draft → submitted → registered. */
export function registered(
  input: Partial<NewSuggestionInput> = {},
  policy: SuggestionPolicy = defaultPolicy,
  at = '2024-11-25T10:00:00+08:00',
): Suggestion {
  let record = draft(input, policy);
  record = step(record, 'submit', undefined, deputy(leadOf(record)), '2024-11-20T09:30:00+08:00', {
    policy,
  });
  return step(record, 'register', { number: '第0001号' }, office, at, { policy });
}

/** Registered → assigned to `units` at `at`. */
export function assigned(
  units: readonly { unitId: string; role: string }[],
  at: string,
  options: {
    policy?: SuggestionPolicy;
    input?: Partial<NewSuggestionInput>;
    anchorDay?: string;
  } = {},
): Suggestion {
  const policy = options.policy ?? defaultPolicy;
  const record = registered(options.input, policy);
  const payload =
    options.anchorDay === undefined ? { units } : { units, anchorDay: options.anchorDay };
  return step(record, 'assign', payload, office, at, { policy });
}

export function leadOf(record: Suggestion): string {
  return record.proposers.find((p) => p.role === 'lead')?.deputyId ?? '';
}
