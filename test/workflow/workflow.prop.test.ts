import * as fc from 'fast-check';
import { freeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { availableEvents } from '../../src/workflow/availableEvents.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { isDeepFrozen, snapshot } from './support/isDeepFrozen.js';
import { type ReviewedTicket, reviewedTicketWorkflow } from './support/reviewExtension.js';
import { ctx, newTicket } from './support/ticketWorkflow.js';
import { untyped } from './support/untyped.js';

const wf = reviewedTicketWorkflow;
const EVENT_TYPES = [...Object.keys(wf.events), 'explode', 'toString', ''] as const;
const ROLES = ['clerk', 'engineer', 'manager', 'reviewer', 'stranger', ''] as const;

const payloadArb = fc.oneof(
  fc.constant(undefined),
  fc.record({ assignee: fc.constantFrom('E-1', 'E-2', 'E-LEAVE', '', '  ') }),
  fc.record({ note: fc.string({ maxLength: 5 }) }),
  fc.record({ reason: fc.constantFrom('补充材料', '', 'x') }),
  fc.anything(),
);

const garbageStepArb = fc.record({
  type: fc.constantFrom(...EVENT_TYPES),
  payload: payloadArb,
  role: fc.constantFrom(...ROLES),
  id: fc.constantFrom('E-1', 'E-2', 'C-1', 'M-1', 'R-1'),
  minutes: fc.integer({ min: 0, max: 60 * 24 * 30 }),
  lagMinutes: fc.integer({ min: -60, max: 60 * 24 * 10 }),
});

const VALID_PAYLOADS: Record<string, fc.Arbitrary<unknown>> = {
  assign: fc.record({ assignee: fc.constantFrom('E-1', 'E-1', 'E-2', 'E-LEAVE') }),
  comment: fc.record({ note: fc.constantFrom('已联系', '现场查看') }),
  returnForRevision: fc.record({ reason: fc.constantFrom('补充材料', '答复不全') }),
};

/** A step a real user might send: a real event, one of its roles, a payload that usually parses. */
const plausibleStepArb = fc.constantFrom(...Object.keys(wf.events)).chain((type) =>
  fc.record({
    type: fc.constant(type),
    payload: VALID_PAYLOADS[type] ?? fc.constant(undefined),
    role: fc.constantFrom(
      ...(wf.events[type as keyof typeof wf.events].roles as readonly string[]),
    ),
    id: fc.constantFrom('E-1', 'E-1', 'E-2', 'C-1', 'M-1', 'R-1'),
    minutes: fc.integer({ min: 0, max: 60 * 24 * 30 }),
    lagMinutes: fc.integer({ min: 0, max: 60 * 24 * 10 }),
  }),
);

const stepArb = fc.oneof(
  { arbitrary: plausibleStepArb, weight: 4 },
  { arbitrary: garbageStepArb, weight: 1 },
);

describe('workflow properties', () => {
  it('random events by random actors never throw, never mutate, and replay to the same record', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const initial: ReviewedTicket = freeze(newTicket(), true);
        let record = initial;
        let clock = Date.parse('2025-01-01T00:00:00Z');
        for (const step of steps) {
          clock += step.minutes * 60_000;
          const before = record;
          const copy = snapshot(before);
          const result = safeTransition(
            record,
            // Garbage event names and payloads on purpose.
            untyped({ type: step.type, payload: step.payload }),
            {
              workflow: wf,
              context: ctx,
              actor: untyped({ role: step.role, id: step.id }),
              at: new Date(clock).toISOString(),
              recordedAt: new Date(clock + step.lagMinutes * 60_000).toISOString(),
            },
          );
          expect(before).toEqual(copy);
          if (result.ok) {
            expect(result.value.record.history).toHaveLength(before.history.length + 1);
            expect(result.value.record.history.slice(0, -1)).toEqual(before.history);
            expect(isDeepFrozen(result.value.record)).toBe(true);
            record = result.value.record;
            accepted++;
          } else {
            expect(record).toBe(before);
          }
        }
        expect(safeReplay(initial, record.history, { workflow: wf, context: ctx })).toEqual({
          ok: true,
          value: record,
        });
      }),
    );
    // The walk must get somewhere, or the property says little. It accepts 66–87 steps in a
    // run, so the bar is set where chance alone cannot trip it.
    expect(accepted).toBeGreaterThan(20);
  });

  it('availableEvents agrees with transition on events without a payload', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 20 }), (steps) => {
        let record: ReviewedTicket = freeze(newTicket(), true);
        const at = '2025-06-01T00:00:00.000Z';
        for (const step of steps) {
          const actor = untyped({ role: step.role || 'clerk', id: step.id });
          const rows = availableEvents(record, actor, { workflow: wf, context: ctx, at });
          for (const row of rows) {
            if (wf.events[row.type].payload !== undefined) continue;
            const result = safeTransition(record, untyped({ type: row.type }), {
              workflow: wf,
              context: ctx,
              actor,
              at,
            });
            expect(result.ok).toBe(row.allowed);
            if (!result.ok) expect(result.error.code).toBe(row.reason?.code);
          }
          const next = safeTransition(record, untyped({ type: step.type, payload: step.payload }), {
            workflow: wf,
            context: ctx,
            actor,
            at,
          });
          if (next.ok) record = next.value.record;
        }
      }),
    );
  });
});
