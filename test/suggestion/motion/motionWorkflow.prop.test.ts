import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MotionSchema } from '../../../src/model/motion.js';
import { CONGRESS_LEVELS } from '../../../src/model/shared/congress.js';
import { createMotion } from '../../../src/suggestion/motion/createMotion.js';
import { motionWorkflow } from '../../../src/suggestion/motion/motionWorkflow.js';
import { safeVerifyMotion } from '../../../src/suggestion/motion/verifyMotion.js';
import { safeTransition } from '../../../src/workflow/safeTransition.js';
import { untyped } from '../../workflow/support/untyped.js';
import { lawfulWalk } from '../support/lawfulWalk.js';
import { motionInput } from './support/motions.js';

// Model-based: random events, by random actors, with random (sometimes garbage) payloads.

const TYPES = Object.keys(motionWorkflow.events);
const ACTORS = [
  { role: 'deputy', id: 'D-1' },
  { role: 'deputy', id: 'D-2' },
  { role: 'presidium', id: 'P-1' },
  { role: 'specialCommittee', id: 'C-EDU' },
  { role: 'specialCommittee', id: 'C-LAW' },
  { role: 'secretariat', id: 'SEC-1' },
  { role: 'handlingUnit', id: 'U-1' },
];
const PAYLOADS: readonly unknown[] = [
  undefined,
  { decision: 'putOnAgenda' },
  { decision: 'referToCommittee', committeeId: 'C-EDU' },
  { decision: 'referToCommittee' },
  { decision: 'handleAsSuggestion' },
  { decision: 'notOnAgenda' },
  { decision: 'approved' },
  { decision: 'refused' },
  { recommendation: 'putOnAgenda', content: '报告' },
  { recommendation: 'notOnAgenda' },
  { reason: '情况已变化' },
  { result: 'adopted', for: 10, against: 1, abstain: 0 },
  { result: 'notAdopted' },
  { suggestionId: 'S-1' },
  { decision: 'shelve' },
  { decision: 'putOnAgenda', extra: true },
  'garbage',
  null,
  { for: -1, result: 'adopted' },
];

/** The actor (index into ACTORS) and the payloads (indexes into PAYLOADS) that fit each event. */
const FITTING: Readonly<Record<string, { actor: number; payloads: readonly number[] }>> = {
  submit: { actor: 0, payloads: [0] },
  decide: { actor: 2, payloads: [1, 2, 4, 5] },
  reportReview: { actor: 3, payloads: [8, 9] },
  requestWithdrawal: { actor: 0, payloads: [0, 10] },
  decideWithdrawal: { actor: 2, payloads: [6, 7] },
  vote: { actor: 5, payloads: [11, 12] },
  convertToSuggestion: { actor: 5, payloads: [13] },
};

const command = fc.record({
  type: fc.oneof(fc.constantFrom(...TYPES), fc.constant('unknownEvent')),
  actor: fc.nat(ACTORS.length - 1),
  payload: fc.nat(PAYLOADS.length - 1),
  // Most commands are coherent (the event's own actor and a payload that fits it), so walks go
  // deep; the others probe refusals.
  coherent: fc.integer({ min: 0, max: 3 }),
  hours: fc.integer({ min: 0, max: 200 }),
  backdate: fc.boolean(),
});

type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function eventOf(cmd: Command) {
  const fit = FITTING[cmd.type];
  const coherent = fit !== undefined && cmd.coherent > 0;
  const payload = coherent
    ? PAYLOADS[fit.payloads[cmd.payload % fit.payloads.length] as number]
    : PAYLOADS[cmd.payload];
  const actor = ACTORS[coherent ? fit.actor : cmd.actor];
  return {
    event: untyped(payload === undefined ? { type: cmd.type } : { type: cmd.type, payload }),
    actor: untyped(actor),
  };
}

describe('motionWorkflow properties', () => {
  it('random events never throw, never mutate, keep records valid, and replay to the record', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONGRESS_LEVELS),
        fc.integer({ min: 1, max: 40 }),
        fc.array(command, { minLength: 1, maxLength: 40 }),
        (level, signers, commands) => {
          const initial = createMotion(motionInput(level, signers), {
            at: '2025-01-10T09:00:00+08:00',
          });
          lawfulWalk(
            {
              workflow: motionWorkflow,
              initial,
              start: '2025-01-10T10:00:00+08:00',
              schema: MotionSchema,
              verify: safeVerifyMotion,
            },
            commands.map((cmd) => ({ ...eventOf(cmd), hours: cmd.hours, backdate: cmd.backdate })),
          );
        },
      ),
    );
  });

  it('reaches every state often enough to mean something', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(command, { minLength: 20, maxLength: 60 }), (commands) => {
        let record = createMotion(motionInput('township', 5), { at: '2025-01-10T09:00:00+08:00' });
        let time = Date.parse('2025-01-10T10:00:00+08:00');
        for (const cmd of commands) {
          time += cmd.hours * 3_600_000;
          const { event, actor } = eventOf(cmd);
          const result = safeTransition(record, event, {
            workflow: motionWorkflow,
            actor,
            at: new Date(time).toISOString(),
            context: undefined,
          });
          if (result.ok) record = result.value.record;
          seen.add(record.state);
        }
      }),
      { numRuns: 1000, seed: 42 },
    );
    expect([...seen].sort()).toEqual(Object.keys(motionWorkflow.states).sort());
  });
});
