import * as fc from 'fast-check';
import { describe, it } from 'vitest';
import { createLivelihoodProject } from '../../src/livelihood/createLivelihoodProject.js';
import { defineLivelihoodPolicy } from '../../src/livelihood/livelihoodPolicy.js';
import { livelihoodWorkflow } from '../../src/livelihood/livelihoodWorkflow.js';
import { safeVerifyLivelihoodProject } from '../../src/livelihood/verifyLivelihoodProject.js';
import { LivelihoodProjectSchema } from '../../src/model/livelihoodProject.js';
import { lawfulWalk } from '../suggestion/support/lawfulWalk.js';
import { untyped } from '../workflow/support/untyped.js';

// Model-based: random events by random actors with random (sometimes garbage) payloads, under a
// policy with one round of rectification, so both rectification and failure are reached.

const policy = defineLivelihoodPolicy({ id: 'prop', version: 1, rectification: { maxRounds: 1 } });
const TYPES = Object.keys(livelihoodWorkflow.events);
const ACTORS = [
  { role: 'congressOffice', id: 'OFFICE' },
  { role: 'government', id: 'GOV' },
  { role: 'responsibleUnit', id: 'U-1' },
  { role: 'responsibleUnit', id: 'U-9' },
  { role: 'deputy', id: 'D-1' },
  { role: 'system', id: 'SYS' },
  { role: 'presidium', id: 'P' },
];
const vote = { ballot: 'approval', members: 29, present: 29, votesFor: 26, against: 2, abstain: 1 };
const PAYLOADS: readonly unknown[] = [
  undefined,
  { note: '说明' },
  { reason: '预算不足' },
  { ...vote, rank: 1, adopted: true },
  { ...vote, votesFor: 10, adopted: false },
  { ...vote, votesFor: 10, rank: 3, adopted: true },
  { id: 'M-1', title: '节点一', dueDay: '2025-06-30' },
  { id: 'M-2', title: '节点二', dueDay: '2025-09-30' },
  { percent: 40, milestoneIds: ['M-1'] },
  { percent: 100, milestoneIds: ['M-2'] },
  { percent: 70 },
  { members: 29, present: 29, satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 },
  { members: 29, present: 29, satisfied: 5, basicallySatisfied: 5, dissatisfied: 19 },
  { members: 29, present: 29, satisfied: 20, basicallySatisfied: 8, dissatisfied: 9 },
  { percent: 140 },
  'garbage',
  null,
];
const FITTING: Readonly<
  Record<string, { actors: readonly number[]; payloads: readonly number[] }>
> = {
  shortlist: { actors: [1, 0], payloads: [0, 1] },
  drop: { actors: [1, 0], payloads: [2] },
  deliberate: { actors: [0], payloads: [0, 1] },
  recordVote: { actors: [0, 5], payloads: [3, 3, 4, 5] },
  addMilestone: { actors: [2, 0], payloads: [6, 7] },
  reportProgress: { actors: [2, 0, 3], payloads: [8, 9, 10] },
  supervise: { actors: [0, 4], payloads: [0, 1] },
  complete: { actors: [2, 0], payloads: [0, 1] },
  evaluate: { actors: [0, 5], payloads: [11, 12, 12, 13] },
};

const command = fc.record({
  type: fc.oneof(fc.constantFrom(...TYPES), fc.constant('unknownEvent')),
  actor: fc.nat(ACTORS.length - 1),
  payload: fc.nat(PAYLOADS.length - 1),
  coherent: fc.integer({ min: 0, max: 4 }),
  hours: fc.integer({ min: 0, max: 500 }),
  backdate: fc.boolean(),
});

describe('livelihoodWorkflow (model-based)', () => {
  it('keeps the workflow laws on random walks: valid, frozen, replayable, verified', () => {
    const initial = createLivelihoodProject(
      { id: 'P-1', year: 2025, title: '农村公路提档升级', responsibleUnitIds: ['U-1'] },
      { at: '2024-09-10T09:00:00+08:00', policy },
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        const steps = commands.map((cmd) => {
          const fit = FITTING[cmd.type];
          const coherent = fit !== undefined && cmd.coherent > 0;
          const payload = coherent
            ? PAYLOADS[fit.payloads[cmd.payload % fit.payloads.length] as number]
            : PAYLOADS[cmd.payload];
          const actor = coherent
            ? ACTORS[fit.actors[cmd.actor % fit.actors.length] as number]
            : ACTORS[cmd.actor];
          return {
            event: untyped(
              payload === undefined ? { type: cmd.type } : { type: cmd.type, payload },
            ),
            actor: untyped(actor),
            hours: cmd.hours,
            backdate: cmd.backdate,
          };
        });
        const record = lawfulWalk(
          {
            workflow: livelihoodWorkflow,
            initial,
            start: '2024-09-10T09:00:00+08:00',
            schema: LivelihoodProjectSchema,
            verify: (r) => safeVerifyLivelihoodProject(r, { policy }),
            context: { policy },
          },
          steps,
        );
        if (record.stage !== record.state) throw new Error('stage drifted from state');
      }),
    );
  });
});
