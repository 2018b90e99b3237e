import * as fc from 'fast-check';
import type { Actor } from '../../../../src/model/shared/actor.js';
import type { Suggestion } from '../../../../src/model/suggestion.js';
import type { SuggestionPolicy } from '../../../../src/suggestion/policy.js';
import { attempt, deputy, office, registered, unit } from '../../support/walk.js';

// Walks that reach assisting inputs (协办意见) and follow-up duties (跟踪办理) often: an item assigned
// to a lead with assisting units (or split between two units), inputs sent early or late or never,
// a reply in a class that may need follow-up, an evaluation that may open a second round, and
// follow-up replies early or late; every event at its day, and only those on or before asOf's day.
// The workflow decides what is accepted (a refused event is skipped), so every record is one the
// workflow can write.

const DAY = 86_400_000;
const START = Date.parse('2025-01-06T02:00:00Z'); // 10:00 in Shanghai

/** A day, or no event (`undefined`) once in `1 + weight` plans. */
const optionalDay = (max: number, weight = 3) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight, arbitrary: fc.integer({ min: 0, max }) },
  );

/** One item's plan. */
export const dutyPlan = fc.record({
  split: fc.boolean(),
  joint: fc.boolean(),
  inputs: fc.tuple(optionalDay(45), optionalDay(45)),
  secondInput: optionalDay(40),
  withdraw: fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }) },
  ),
  reply: fc.integer({ min: 10, max: 120 }),
  classes: fc.tuple(fc.constantFrom('A', 'B', 'C', 'D'), fc.constantFrom('A', 'B', 'C', 'D')),
  grade: fc.constantFrom('satisfied', 'basicallySatisfied', 'dissatisfied'),
  followUps: fc.array(
    fc.record({ after: fc.integer({ min: 5, max: 160 }), cls: fc.constantFrom('A', 'B') }),
    { maxLength: 3 },
  ),
});
export type DutyPlan = typeof dutyPlan extends fc.Arbitrary<infer P> ? P : never;

const iso = (day: number) => new Date(START + day * DAY).toISOString();

/** The record of a plan as of `asOfDay` days after the assignment. */
export function dutyWalk(
  plan: DutyPlan,
  id: string,
  policy: SuggestionPolicy,
  asOfDay: number,
): Suggestion {
  const units = plan.split
    ? [
        { unitId: 'U-1', role: 'separate' },
        { unitId: 'U-2', role: 'separate' },
      ]
    : [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-2', role: 'assisting' },
        ...(plan.joint ? [{ unitId: 'U-3', role: 'joint' }] : []),
      ];
  const events: { day: number; type: string; payload: unknown; actor: Actor }[] = [];
  const add = (
    day: number | undefined,
    type: string,
    payload: unknown,
    actor: Actor = unit('U-1'),
  ) => {
    if (day !== undefined) events.push({ day, type, payload, actor });
  };
  add(plan.inputs[0], 'sendAssistingInput', {}, unit('U-2'));
  add(plan.inputs[1], 'sendAssistingInput', {}, unit('U-3'));
  add(plan.withdraw, 'withdraw', { reason: '已解决' }, deputy('D-1'));
  add(plan.reply, 'reply', { outcomeClass: plan.classes[0] });
  if (plan.split) add(plan.reply + 2, 'reply', { outcomeClass: plan.classes[0] }, unit('U-2'));
  add(plan.reply + 5, 'evaluate', { grade: plan.grade }, deputy('D-1'));
  // A second round after a dissatisfied form: inputs again, a re-reply, a satisfied form.
  const second = plan.reply + 6;
  if (plan.secondInput !== undefined)
    add(second + plan.secondInput, 'sendAssistingInput', {}, unit('U-2'));
  add(second + 25, 'reply', { outcomeClass: plan.classes[1] });
  if (plan.split) add(second + 26, 'reply', { outcomeClass: plan.classes[1] }, unit('U-2'));
  add(second + 30, 'evaluate', { grade: 'satisfied' }, deputy('D-1'));
  add(second + 31, 'close', undefined, office);
  let day = second + 31;
  for (const f of plan.followUps) {
    day += f.after;
    add(day, 'followUpReply', { outcomeClass: f.cls });
    if (plan.split) add(day + 1, 'followUpReply', { outcomeClass: f.cls }, unit('U-2'));
  }
  events.sort((x, y) => x.day - y.day);

  const fresh = registered({ id, proposers: [{ deputyId: 'D-1', role: 'lead' }] }, policy);
  let record = attempt(fresh, 'assign', { units }, office, iso(0), { policy });
  if (!record.ok) throw new Error('the assignment was refused');
  let s = record.value.record;
  for (const e of events) {
    if (e.day > asOfDay) break;
    record = attempt(s, e.type as never, e.payload, e.actor, iso(e.day), { policy });
    if (record.ok) s = record.value.record;
  }
  return s;
}

/** How many days after the assignment asOf falls: often while inputs are owed or just due. */
export const asOfDayArb = fc.oneof(
  fc.integer({ min: 20, max: 130 }),
  fc.integer({ min: 0, max: 420 }),
);

/** asOf, `asOfDay` days after the assignment. */
export const asOfAfter = (asOfDay: number): string => iso(asOfDay);
