import * as fc from 'fast-check';
import type { ConstituentOpinion } from '../../../src/model/constituentOpinion.js';
import { DEPUTY, intakeOf, OFFICE, received, SYSTEM, send } from './opinions.js';

// Random opinions walked through the real workflow (a refused step is skipped): the plans, the
// records they walk to, and an asOf within the walks' months. The figures' laws and the SQL path
// are both proved on them.

const HOUR = 3_600_000;
const START = Date.UTC(2025, 8, 1, 1);

const CHANNELS = ['station', 'online', 'hotline12345', 'visit', 'receptionDay', 'letter'] as const;
const STATIONS = [undefined, 'ST-1', 'ST-2'] as const;
const DEPUTIES = [[], ['D-1'], ['D-1', 'D-2'], ['D-2']] as const;
const LEVELS = ['street', 'district', 'city'] as const;
const CATEGORIES = ['urgent', 'enquiry', 'complaint'] as const;
const OUTCOMES = ['resolved', 'partlyResolved', 'explained', 'cannotResolveNow'] as const;
const GRADES = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
type Actor = { readonly role: string; readonly id: string };

type Make = (r: ConstituentOpinion, n: number, at: string) => [Actor, string, unknown?];
const unitOf = (r: ConstituentOpinion): Actor => ({
  role: 'handlingUnit',
  id: r.referral?.unitId ?? 'U-1',
});

/** The loop's way forward, tried from a random place on so that every walk moves on. */
const FORWARD: readonly Make[] = [
  () => [OFFICE, 'accept'],
  (_r, n) => [OFFICE, 'classify', { level: pick(LEVELS, n), category: pick(CATEGORIES, n >> 2) }],
  (_r, n) => [OFFICE, 'assign', { unitId: pick(['U-1', 'U-2'], n) }],
  (r) => [unitOf(r), 'acknowledge'],
  (r, n) => [unitOf(r), 'handle', { outcome: pick(OUTCOMES, n) }],
  () => [OFFICE, 'feedBack', { to: 'constituent', channel: 'phone' }],
  () => [OFFICE, 'feedBack', { to: 'deputy', channel: 'written' }],
  (_r, n) => [OFFICE, 'callback', { satisfaction: pick(GRADES, n) }],
  () => [OFFICE, 'reopen'],
  () => [OFFICE, 'close'],
  (_r, _n, at) => [SYSTEM, 'suggestionReplied', { suggestionId: 'S-1', repliedAt: at }],
];

/** The turns off the way: tried only when drawn. */
const ASIDE: readonly Make[] = [
  () => [OFFICE, 'notAccept', { reasonCode: 'vague' }],
  () => [OFFICE, 'mergeDuplicate', { intoOpinionId: 'O-X' }],
  () => [OFFICE, 'answerOnSite'],
  () => [DEPUTY, 'convertToSuggestion', { suggestionId: 'S-1' }],
];
// A step turns aside one time in ten: walks end early that often, as real ones do.
const MENU_SIZE = ASIDE.length * 10;

const stepArb = fc.record({
  kind: fc.nat(MENU_SIZE - 1),
  n: fc.nat(),
  hours: fc.integer({ min: 1, max: 120 }),
});
const planArb = fc.record({
  channel: fc.nat(),
  station: fc.nat(),
  deputies: fc.nat(),
  day: fc.nat(90),
  steps: fc.array(stepArb, { minLength: 3, maxLength: 24 }),
});
export const opinionsArb = fc.array(planArb, { maxLength: 10 });

export type Plan = {
  channel: number;
  station: number;
  deputies: number;
  day: number;
  steps: { kind: number; n: number; hours: number }[];
};

function opinionOf(plan: Plan, index: number): ConstituentOpinion {
  let time = START + plan.day * 24 * HOUR;
  let record = received(
    intakeOf(`O-${index}`, {
      channel: pick(CHANNELS, plan.channel),
      stationId: pick(STATIONS, plan.station),
      deputyIds: [...pick(DEPUTIES, plan.deputies)],
      ...(pick(CHANNELS, plan.channel) === 'receptionDay' ? { receptionMode: 'waiting' } : {}),
    }),
    new Date(time).toISOString(),
  );
  for (const step of plan.steps) {
    time += step.hours * HOUR;
    const at = new Date(time).toISOString();
    const aside = ASIDE[step.kind - (MENU_SIZE - ASIDE.length)];
    const candidates =
      aside !== undefined
        ? [aside]
        : FORWARD.map((_, k) => FORWARD[(step.kind + k) % FORWARD.length] as Make);
    for (const make of candidates) {
      const [actor, type, payload] = make(record, step.n, at);
      const result = send(record, actor, at, type, payload);
      if (result.ok) {
        record = result.value.record;
        break;
      }
    }
  }
  return record;
}

export const asOfArb = fc
  .integer({ min: 0, max: 200 * 24 })
  .map((hours) => new Date(START + hours * HOUR).toISOString());

/** The opinions the plans walk to, ids O-0, O-1, … */
export const build = (plans: readonly Plan[]) => plans.map((plan, i) => opinionOf(plan, i));
