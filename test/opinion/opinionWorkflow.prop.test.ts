import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConstituentOpinionSchema } from '../../src/model/constituentOpinion.js';
import { createOpinion } from '../../src/opinion/createOpinion.js';
import { defineOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';
import { toPublicOpinion } from '../../src/opinion/toPublicOpinion.js';
import { safeVerifyOpinion } from '../../src/opinion/verifyOpinion.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { lawfulWalk } from '../suggestion/support/lawfulWalk.js';
import { untyped } from '../workflow/support/untyped.js';

// Model-based: random events, by random actors, with random (sometimes garbage) payloads, under a
// policy that allows one reopening, so the cap is reached often.

const policy = defineOpinionPolicy({ id: 'prop', version: 1, maxReopenRounds: 1 });
const context = { policy };

const TYPES = Object.keys(opinionWorkflow.events);
const ACTORS = [
  { role: 'liaisonOffice', id: 'OFFICE' },
  { role: 'deputy', id: 'D-1' },
  { role: 'deputy', id: 'D-9' },
  { role: 'handlingUnit', id: 'U-1' },
  { role: 'handlingUnit', id: 'U-2' },
  { role: 'supervisor', id: 'SUP' },
  { role: 'system', id: 'SYS' },
  { role: 'presidium', id: 'P-1' },
];
const PAYLOADS: readonly unknown[] = [
  undefined,
  { reasonCode: 'personalMatter' },
  { reasonCode: 'notAReason' },
  { intoOpinionId: 'O-0' },
  { intoOpinionId: 'O-1' },
  { content: '已当场答复' },
  { level: 'street', category: 'enquiry' },
  { level: 'district', category: 'urgent' },
  { level: 'city', category: 'complaint' },
  { level: 'moon', category: 'enquiry' },
  { unitId: 'U-1' },
  { note: '请尽快办理' },
  { workingDays: 2, reason: '需协调' },
  { workingDays: 30, reason: '太忙' },
  { decision: 'approved' },
  { decision: 'refused' },
  { outcome: 'resolved', content: '已解决' },
  { outcome: 'cannotResolveNow' },
  { to: 'constituent', channel: 'phone' },
  { to: 'deputy', channel: 'written' },
  { satisfaction: 'satisfied' },
  { satisfaction: 'dissatisfied' },
  { reason: '不满意' },
  { suggestionId: 'S-1' },
  { outcome: 'resolved', extra: true },
  'garbage',
  null,
  // 27–29: the reply of the suggestion the opinion became (long before it, so counted from the
  // receipt), of another suggestion, and one not made yet.
  { suggestionId: 'S-1', repliedAt: '2020-01-01T00:00:00Z' },
  { suggestionId: 'S-2', repliedAt: '2020-01-01T00:00:00Z' },
  { suggestionId: 'S-1', repliedAt: '2999-01-01T00:00:00Z' },
];

/** The actors (indexes into ACTORS) and payloads (indexes into PAYLOADS) that fit each event. */
const FITTING: Readonly<
  Record<string, { actors: readonly number[]; payloads: readonly number[] }>
> = {
  accept: { actors: [0, 1], payloads: [0] },
  notAccept: { actors: [0, 1], payloads: [1, 2] },
  mergeDuplicate: { actors: [0], payloads: [3, 4] },
  answerOnSite: { actors: [1, 0], payloads: [0, 5] },
  classify: { actors: [0], payloads: [6, 7, 8] },
  convertToSuggestion: { actors: [1, 0], payloads: [23] },
  suggestionReplied: { actors: [6, 0], payloads: [27, 27, 28, 29] },
  assign: { actors: [0], payloads: [10] },
  acknowledge: { actors: [3], payloads: [0] },
  remind: { actors: [6, 0], payloads: [0, 11] },
  supervise: { actors: [5, 0], payloads: [0, 11] },
  requestExtension: { actors: [3], payloads: [12, 13] },
  decideExtension: { actors: [0, 5], payloads: [14, 15] },
  handle: { actors: [3], payloads: [16, 17] },
  feedBack: { actors: [0, 1], payloads: [18, 19] },
  callback: { actors: [0, 6], payloads: [20, 21, 21] },
  reopen: { actors: [0], payloads: [0, 22] },
  close: { actors: [0], payloads: [0, 11] },
};

const command = fc.record({
  type: fc.oneof(fc.constantFrom(...TYPES), fc.constant('unknownEvent')),
  actor: fc.nat(ACTORS.length - 1),
  payload: fc.nat(PAYLOADS.length - 1),
  // Most commands are coherent (a fitting actor and payload), so walks go deep; the others probe
  // refusals.
  coherent: fc.integer({ min: 0, max: 4 }),
  hours: fc.integer({ min: 0, max: 120 }),
  backdate: fc.boolean(),
});
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function eventOf(cmd: Command) {
  const fit = FITTING[cmd.type];
  const coherent = fit !== undefined && cmd.coherent > 0;
  const payload = coherent
    ? PAYLOADS[fit.payloads[cmd.payload % fit.payloads.length] as number]
    : PAYLOADS[cmd.payload];
  const actor = coherent
    ? ACTORS[fit.actors[cmd.actor % fit.actors.length] as number]
    : ACTORS[cmd.actor];
  return {
    event: untyped(payload === undefined ? { type: cmd.type } : { type: cmd.type, payload }),
    actor: untyped(actor),
  };
}

/** The check character of 17 digits (ISO 7064 MOD 11-2). */
function checkOf(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * 2 ** (17 - i);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

// Personal data distinctive enough that finding it in a view can only mean it leaked.
const submitter = fc.record({
  name: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `反映人${s.trim() || '甲'}`),
  phone: fc.stringMatching(/^0[1-9][0-9]{2}-[0-9]{8}$/),
  mobile: fc.stringMatching(/^1[3-9][0-9]{9}$/),
  idNumber: fc
    .stringMatching(/^[1-9][0-9]{5}19[5-9][0-9]0[1-9]1[0-9][0-9]{3}$/)
    .map((b) => b + checkOf(b)),
  address: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `住址${s.trim() || '某处'}`),
});

/** Every key and string leaf of a value, at any depth. */
function leaves(value: unknown, keys: string[] = [], texts: string[] = []) {
  if (typeof value === 'string') texts.push(value);
  else if (Array.isArray(value)) for (const item of value) leaves(item, keys, texts);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      keys.push(key);
      leaves(item, keys, texts);
    }
  }
  return { keys, texts };
}

const PERSONAL_KEYS = ['submitter', 'name', 'phone', 'mobile', 'idNumber', 'address', 'content'];

describe('opinionWorkflow properties', () => {
  it('random events never throw, never mutate, keep records valid, and replay to the record; no personal data in the public view', () => {
    fc.assert(
      fc.property(
        submitter,
        fc.boolean(),
        fc.array(command, { minLength: 1, maxLength: 40 }),
        (person, byDeputy, commands) => {
          const initial = createOpinion(
            {
              id: 'O-1',
              channel: byDeputy ? 'station' : 'hotline12345',
              deputyIds: byDeputy ? ['D-1'] : [],
              submitter: person,
              content: `${person.name}反映：${person.address}门口积水`,
            },
            { at: '2025-09-26T10:00:00+08:00', policy },
          );
          const record = lawfulWalk(
            {
              workflow: opinionWorkflow,
              initial,
              start: '2025-09-26T10:00:00+08:00',
              schema: ConstituentOpinionSchema,
              verify: (r) => safeVerifyOpinion(r, { policy }),
              context,
            },
            commands.map((cmd) => ({ ...eventOf(cmd), hours: cmd.hours, backdate: cmd.backdate })),
          );
          for (const options of [{}, { locale: 'en' as const, policy }]) {
            const { keys, texts } = leaves(toPublicOpinion(record, options));
            for (const key of PERSONAL_KEYS) expect(keys).not.toContain(key);
            for (const value of Object.values(person)) {
              expect(texts.some((text) => text.includes(value))).toBe(false);
            }
          }
        },
      ),
    );
  });

  it('reaches every state often enough to mean something, and no state shows personal data', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        submitter,
        fc.array(command, { minLength: 20, maxLength: 60 }),
        (person, commands) => {
          let record = createOpinion(
            {
              id: 'O-1',
              channel: 'station',
              deputyIds: ['D-1'],
              submitter: person,
              content: '路面破损',
            },
            { at: '2025-09-26T10:00:00+08:00', policy },
          );
          let time = Date.parse('2025-09-26T10:00:00+08:00');
          for (const cmd of commands) {
            time += cmd.hours * 3_600_000;
            // The loop is long: coherent commands pick among the events the state allows, so that
            // walks reach its end.
            const here = TYPES.filter((type) =>
              (
                opinionWorkflow.events[type as keyof typeof opinionWorkflow.events]
                  .from as readonly string[]
              ).includes(record.state),
            );
            const type =
              cmd.coherent > 0 && here.length > 0
                ? (here[cmd.payload % here.length] as string)
                : cmd.type;
            const { event, actor } = eventOf({ ...cmd, type });
            const result = safeTransition(record, event, {
              workflow: opinionWorkflow,
              actor,
              at: new Date(time).toISOString(),
              context,
            });
            if (result.ok) record = result.value.record;
            seen.add(record.state);
          }
          const { keys, texts } = leaves(toPublicOpinion(record, { policy }));
          for (const key of PERSONAL_KEYS) expect(keys).not.toContain(key);
          for (const value of Object.values(person)) {
            expect(texts.some((text) => text.includes(value))).toBe(false);
          }
        },
      ),
      { numRuns: 1000, seed: 42 },
    );
    expect([...seen].sort()).toEqual(Object.keys(opinionWorkflow.states).sort());
  });
});
