import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelegationItemSchema } from '../../../src/model/delegationItem.js';
import { createDelegationItem } from '../../../src/suggestion/delegation/createDelegationItem.js';
import { delegationItemWorkflow } from '../../../src/suggestion/delegation/delegationItemWorkflow.js';
import { safeVerifyDelegationItem } from '../../../src/suggestion/delegation/verifyDelegationItem.js';
import { safeTransition } from '../../../src/workflow/safeTransition.js';
import { untyped } from '../../workflow/support/untyped.js';
import { lawfulWalk } from '../support/lawfulWalk.js';
import { itemInput } from './support/items.js';

// Model-based: random events, by random actors (the head, members, outsiders, the office, the
// office keying in for a member, a role the workflow does not know), with random payloads.

const TYPES = Object.keys(delegationItemWorkflow.events);
const OFFICE = { role: 'liaisonOffice', id: 'OFFICE-CS' };
const ACTORS = [
  { role: 'deputy', id: 'D-1' },
  { role: 'deputy', id: 'D-2' },
  { role: 'deputy', id: 'D-3' },
  { role: 'deputy', id: 'D-4' },
  { role: 'deputy', id: 'D-99' },
  OFFICE,
  { ...OFFICE, onBehalfOf: { role: 'deputy', id: 'D-3' } },
  { role: 'handlingUnit', id: 'U-1' },
];
const PAYLOADS: readonly unknown[] = [
  undefined,
  { source: '代表调研', text: '支流水质下降' },
  { note: '同意' },
  { note: '请补充资金测算' },
  { suggestionId: 'S-1' },
  { reason: '内容已被吸收' },
  { source: '调研' },
  { note: '' },
  { suggestionId: 'S-1', extra: true },
  'garbage',
  null,
];

/** The actors (indexes into ACTORS) and payloads (indexes into PAYLOADS) that fit each event. */
const FITTING: Readonly<
  Record<string, { actors: readonly number[]; payloads: readonly number[] }>
> = {
  addClue: { actors: [1, 5], payloads: [1] },
  submitForApproval: { actors: [5, 2], payloads: [0] },
  approve: { actors: [0], payloads: [0, 2] },
  refuseApproval: { actors: [0], payloads: [3] },
  consent: { actors: [1, 2, 3, 6], payloads: [0, 2] },
  refuseConsent: { actors: [1, 2, 3, 6], payloads: [3] },
  submit: { actors: [5], payloads: [4] },
  abandon: { actors: [5, 0], payloads: [0, 5] },
};

const command = fc.record({
  type: fc.oneof(fc.constantFrom(...TYPES), fc.constant('unknownEvent')),
  actor: fc.nat(ACTORS.length - 1),
  payload: fc.nat(PAYLOADS.length - 1),
  // Most commands are coherent (an actor and a payload that fit the event), so walks go deep;
  // the others probe refusals.
  coherent: fc.integer({ min: 0, max: 3 }),
  hours: fc.integer({ min: 0, max: 200 }),
  backdate: fc.boolean(),
});

type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function stepOf(cmd: Command) {
  const fit = FITTING[cmd.type];
  const coherent = fit !== undefined && cmd.coherent > 0;
  const payload = coherent
    ? PAYLOADS[fit.payloads[cmd.payload % fit.payloads.length] as number]
    : PAYLOADS[cmd.payload];
  const actor = coherent
    ? ACTORS[fit.actors[cmd.actor % fit.actors.length] as number]
    : ACTORS[cmd.actor];
  const event = payload === undefined ? { type: cmd.type } : { type: cmd.type, payload };
  return { event, actor, hours: cmd.hours, backdate: cmd.backdate };
}

const START = '2025-01-10T10:00:00+08:00';
const draft = (members: readonly string[]) =>
  createDelegationItem({ ...itemInput(), members }, { at: '2025-01-10T09:00:00+08:00' });

describe('delegationItemWorkflow properties', () => {
  it('random events never throw, never mutate, keep records valid, and replay to the record', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(command, { minLength: 1, maxLength: 50 }),
        (size, commands) => {
          const members = ['D-1', 'D-2', 'D-3', 'D-4'].slice(0, size);
          lawfulWalk(
            {
              workflow: delegationItemWorkflow,
              initial: draft(members),
              start: START,
              schema: DelegationItemSchema,
              verify: safeVerifyDelegationItem,
            },
            commands.map(stepOf),
          );
        },
      ),
    );
  });

  it('never submits an item a member has not consented to in its last round', () => {
    let submitted = 0;
    fc.assert(
      fc.property(fc.array(command, { minLength: 20, maxLength: 80 }), (commands) => {
        const item = lawfulWalk(
          {
            workflow: delegationItemWorkflow,
            initial: draft(['D-1', 'D-2', 'D-3']),
            start: START,
            schema: DelegationItemSchema,
            verify: safeVerifyDelegationItem,
          },
          commands.map(stepOf),
        );
        if (item.state !== 'submitted') return;
        submitted += 1;
        for (const member of ['D-2', 'D-3']) {
          const answers = item.consents.filter(
            (c) => c.round === item.round && c.deputyId === member,
          );
          expect(answers.map((c) => c.decision)).toEqual(['consented']);
        }
        expect(item.approvals.at(-1)).toMatchObject({
          round: item.round,
          decision: 'approved',
          by: 'D-1',
        });
      }),
      { numRuns: 1000, seed: 7 },
    );
    // The law must have been tested on submitted items, not only on the others.
    expect(submitted).toBeGreaterThan(0);
  });

  it('reaches every state often enough to mean something', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(command, { minLength: 20, maxLength: 60 }), (commands) => {
        let record = draft(['D-1', 'D-2', 'D-3']);
        let time = Date.parse(START);
        for (const step of commands.map(stepOf)) {
          time += step.hours * 3_600_000;
          const result = safeTransition(record, untyped(step.event), {
            workflow: delegationItemWorkflow,
            actor: untyped(step.actor),
            at: new Date(time).toISOString(),
            context: undefined,
          });
          if (result.ok) record = result.value.record;
          seen.add(record.state);
        }
      }),
      { numRuns: 1000, seed: 42 },
    );
    expect([...seen].sort()).toEqual(Object.keys(delegationItemWorkflow.states).sort());
  });
});
