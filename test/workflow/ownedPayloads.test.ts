import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { livelihoodWorkflow } from '../../src/livelihood/livelihoodWorkflow.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';
import { delegationItemWorkflow } from '../../src/suggestion/delegation/delegationItemWorkflow.js';
import { consultPayload } from '../../src/suggestion/internal/payloads.js';
import { motionWorkflow } from '../../src/suggestion/motion/motionWorkflow.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { generateSample } from '../../src/testing/generateSample.js';
import { extendWorkflow } from '../../src/workflow/extendWorkflow.js';
import { isOwnedPayload } from '../../src/workflow/internal/ownedPayloads.js';
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

// Kinds of schema whose output may hold a value of the input as it came (an object the caller
// still holds), which the engine would then store and freeze without copying.
const HANDS_THROUGH = new Set([
  'unknown',
  'any',
  'custom',
  'lazy',
  'function',
  'promise',
  'map',
  'set',
]);

/** Kinds of schema whose output is a primitive made from the input (a string, a number…). */
const PRIMITIVE = new Set(['string', 'number', 'boolean', 'enum', 'literal']);

/**
 * The kinds of schema that may hand input values through, or one shared value to every parse,
 * anywhere in `schema`. A transform counts unless it only ever receives a primitive (the end of a
 * pipe from a string, as a timestamp's canonical form), since it may return what it was given.
 */
function handsThrough(schema: z.core.$ZodType, seen = new Set<object>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const found = HANDS_THROUGH.has(def.type) ? [def.type] : [];
  if (def.type === 'object' && def.catchall !== undefined) {
    const catchall = def.catchall as z.core.$ZodType;
    if (catchall._zod.def.type !== 'never') found.push('catchall');
  }
  if (def.type === 'record') found.push('record');
  if (def.type === 'transform') found.push('transform');
  // A default or fallback object would be one object for every parse, then frozen in a history.
  if (def.type === 'catch') found.push('catch');
  if ((def.type === 'default' || def.type === 'prefault') && typeof def.defaultValue === 'object') {
    if (def.defaultValue !== null) found.push('object default');
  }
  const primitivePipe =
    def.type === 'pipe' && PRIMITIVE.has((def.in as z.core.$ZodType)._zod.def.type);
  // `checks` are refinements (kind 'custom' too), which judge a value but never make one.
  for (const [key, value] of Object.entries(def)) {
    if (key === 'checks' || (primitivePipe && key === 'out')) continue;
    const parts = Array.isArray(value)
      ? value
      : typeof value === 'object' && value !== null && !('_zod' in value)
        ? Object.values(value)
        : [value];
    for (const part of parts) {
      if (typeof part === 'object' && part !== null && '_zod' in part) {
        found.push(...handsThrough(part as z.core.$ZodType, seen));
      }
    }
  }
  return found;
}

const builtIn = {
  suggestion: suggestionWorkflow,
  motion: motionWorkflow,
  delegationItem: delegationItemWorkflow,
  opinion: opinionWorkflow,
  livelihood: livelihoodWorkflow,
} as const;

describe('the payload schemas renda marks as its own', () => {
  for (const [name, workflow] of Object.entries(builtIn)) {
    it(`are every payload of the ${name} workflow but replay-only ones, and hand nothing through`, () => {
      const events = Object.entries(workflow.events) as [
        string,
        { payload?: z.core.$ZodType; replayOnly?: boolean },
      ][];
      expect(events.some(([, spec]) => spec.payload !== undefined)).toBe(true);
      for (const [event, spec] of events) {
        if (spec.payload === undefined) continue;
        expect({ event, owned: isOwnedPayload(spec.payload) }).toEqual({
          event,
          owned: spec.replayOnly !== true,
        });
        if (spec.replayOnly !== true)
          expect({ event, parts: handsThrough(spec.payload) }).toEqual({ event, parts: [] });
      }
    });
  }

  it('are checked by a walk that flags what could hand a value through', async () => {
    const { z: zod } = await import('zod');
    expect(handsThrough(zod.strictObject({ at: zod.string().transform((v) => v.trim()) }))).toEqual(
      [],
    );
    expect(handsThrough(zod.strictObject({ x: zod.object({}).transform((v) => v) }))).toContain(
      'transform',
    );
    expect(handsThrough(zod.strictObject({ tags: zod.array(zod.string()).default([]) }))).toContain(
      'object default',
    );
    expect(handsThrough(zod.strictObject({ n: zod.number().default(1) }))).toEqual([]);
    expect(handsThrough(zod.strictObject({ m: zod.record(zod.string(), zod.string()) }))).toContain(
      'record',
    );
    expect(handsThrough(zod.object({ a: zod.string() }).catchall(zod.string()))).toContain(
      'catchall',
    );
    expect(handsThrough(zod.strictObject({ a: zod.string().refine((v) => v !== '') }))).toEqual([]);
  });

  it('leave the import’s adoption payload, which holds the old platform’s values as they were, to the caller’s path', () => {
    const imported = (
      suggestionWorkflow.events as Record<
        string,
        { payload?: z.core.$ZodType; replayOnly?: boolean }
      >
    ).imported;
    expect(imported?.replayOnly).toBe(true);
    expect(handsThrough(imported?.payload as z.core.$ZodType)).toContain('unknown');
    expect(isOwnedPayload(imported?.payload as object)).toBe(false);
  });

  it('stay renda’s own in a team’s extension, whose own payload schemas stay the team’s', async () => {
    const { z: zod } = await import('zod');
    const teamPayload = zod.strictObject({ note: zod.string() });
    const extended = extendWorkflow(motionWorkflow, {
      events: {
        annotate: {
          label: { 'zh-Hans': '批注', 'zh-Hant': '批註', en: 'Annotate' },
          payload: teamPayload,
          from: ['*'],
          roles: ['office'],
        },
      },
    } as never);
    const events = extended.events as Record<string, { payload?: object }>;
    expect(isOwnedPayload(events.decide?.payload as object)).toBe(true);
    expect(isOwnedPayload(teamPayload)).toBe(false);
  });
});
