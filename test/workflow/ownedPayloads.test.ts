import { describe, expect, it } from 'vitest';
import { consultPayload } from '../../src/suggestion/internal/payloads.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { generateSample } from '../../src/testing/generateSample.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import type { WorkflowRecord } from '../../src/workflow/types.js';
import { isDeepFrozen } from './support/isDeepFrozen.js';

// renda's own payload schemas are parsed through zod's generated fast path, on a clone, and
// their fresh output is stored without a second copy. What comes out must be what the runtime
// path and the copy gave: the caller's payload untouched, `undefined` fields left out, the
// schema the workflow holds unchanged, and a refused payload's issues zod's own.

const sample = generateSample({ seed: 5, size: 'town' });
const record = sample.suggestions.find((s) =>
  s.assignments.some((a) => a.active && a.role === 'lead' && s.state === 'inHandling'),
) as unknown as WorkflowRecord & { assignments: readonly { unitId: string; active: boolean }[] };
const unit = record.assignments.find((a) => a.active)?.unitId as string;
const options = {
  workflow: suggestionWorkflow,
  actor: { role: 'handlingUnit', id: unit },
  at: '2030-01-01T10:00:00+08:00',
  context: { policy: sample.policy },
} as const;

describe('renda’s own payload schemas', () => {
  it('store a fresh, frozen payload and leave the caller’s as it was', () => {
    const deputyIds = ['D-1'];
    const payload = { faceToFace: true, deputyIds, note: undefined };
    const before = Object.keys(consultPayload);
    const result = safeTransition(record as never, { type: 'consult', payload } as never, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entry.payload).toEqual({ faceToFace: true, deputyIds: ['D-1'] });
    expect(Object.keys(result.value.entry.payload ?? {})).toEqual(['faceToFace', 'deputyIds']);
    expect(result.value.entry.payload?.deputyIds).not.toBe(deputyIds);
    expect(isDeepFrozen(result.value.entry)).toBe(true);
    expect(Object.isFrozen(payload) || Object.isFrozen(deputyIds)).toBe(false);
    expect(Object.keys(consultPayload)).toEqual(before);
  });

  it('refuse a payload with zod’s own issues, under the payload', () => {
    const payload = { faceToFace: 'yes', facetoFace: true };
    const result = safeTransition(record as never, { type: 'consult', payload } as never, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The unknown key is named on its own path, by toValidationError, as for any schema.
    expect(result.error.issues?.map((issue) => issue.path)).toEqual([
      ['payload', 'faceToFace'],
      ['payload', 'facetoFace'],
    ]);
  });
});
