import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SuggestionSchema } from '../../src/model/suggestion.js';
import { createSuggestion } from '../../src/suggestion/createSuggestion.js';
import { defaultPolicy, type SuggestionPolicy } from '../../src/suggestion/policy.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { isDeepFrozen } from '../workflow/support/isDeepFrozen.js';
import { untyped } from '../workflow/support/untyped.js';
import {
  actorFor,
  command,
  GARBAGE,
  HOUR,
  POLICIES,
  payloadFor,
  typeFor,
} from './support/randomWalk.js';
import { baseInput } from './support/walk.js';

// Model-based: random commands (support/randomWalk.ts) are interpreted against the record as it
// evolves.

const DEPUTIES = ['D-1', 'D-2', 'D-3', 'D-X'];

describe('suggestionWorkflow properties', () => {
  it('random events by random actors never throw, keep records valid and replayable', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: POLICIES.length - 1 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        fc.array(command, { minLength: 1, maxLength: 60 }),
        (policyIndex, proposerCount, confidential, commands) => {
          const policy = POLICIES[policyIndex] as SuggestionPolicy;
          const context = { policy };
          const initial = createSuggestion(
            {
              ...baseInput,
              confidential,
              proposers: DEPUTIES.slice(0, proposerCount).map((deputyId, i) => ({
                deputyId,
                role: i === 0 ? ('lead' as const) : ('co' as const),
              })),
            },
            { at: '2024-11-01T09:00:00+08:00', policy },
          );
          let record = initial;
          let time = Date.parse('2024-11-02T09:00:00+08:00');
          let accepted = 0;
          for (const cmd of commands) {
            time += cmd.hours * HOUR;
            const type = typeFor(record, cmd);
            const payload =
              cmd.garbage === 0
                ? GARBAGE[(cmd.p[0] ?? 0) % GARBAGE.length]
                : payloadFor(type, cmd.p);
            const at = new Date(time).toISOString();
            const recordedAt = new Date(
              time + (cmd.backdate > 6 ? cmd.backdate * 24 * HOUR : 0),
            ).toISOString();
            const before = JSON.stringify(record);
            const result = safeTransition(record, untyped({ type, payload }), {
              workflow: suggestionWorkflow,
              actor: untyped(actorFor(type, cmd)),
              at,
              recordedAt,
              context,
            });
            expect(JSON.stringify(record)).toBe(before);
            if (!result.ok) {
              expect(result.error.code).not.toBe('EFFECT_FAILED');
              continue;
            }
            accepted += 1;
            expect(result.value.record.history.length).toBe(record.history.length + 1);
            const parsed = SuggestionSchema.safeParse(result.value.record);
            if (!parsed.success) throw new Error(`${type}: ${JSON.stringify(parsed.error.issues)}`);
            record = result.value.record;
          }
          expect(record.history.length).toBe(accepted);
          expect(isDeepFrozen(record)).toBe(true);
          const rebuilt = safeReplay(initial, record.history, {
            workflow: suggestionWorkflow,
            context,
          });
          expect(rebuilt).toEqual({ ok: true, value: record });
        },
      ),
    );
  });

  it('reaches the deeper states often enough to mean something', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(command, { minLength: 20, maxLength: 60 }), (commands) => {
        let record = createSuggestion(baseInput, {
          at: '2024-11-01T09:00:00+08:00',
          policy: defaultPolicy,
        });
        let time = Date.parse('2024-11-02T09:00:00+08:00');
        for (const cmd of commands) {
          time += cmd.hours * HOUR;
          const type = typeFor(record, cmd);
          const result = safeTransition(
            record,
            untyped({ type, payload: payloadFor(type, cmd.p) }),
            {
              workflow: suggestionWorkflow,
              actor: untyped(actorFor(type, cmd)),
              at: new Date(time).toISOString(),
              context: { policy: defaultPolicy },
            },
          );
          if (result.ok) record = result.value.record;
          seen.add(record.state);
        }
      }),
      { numRuns: 200, seed: 42 },
    );
    expect([...seen]).toEqual(
      expect.arrayContaining(['assigned', 'inHandling', 'replied', 'reHandling', 'closed']),
    );
  });
});
