import { expect } from 'vitest';
import type { ConstituentOpinion } from '../../../src/model/constituentOpinion.js';
import { createOpinion, type NewOpinionInput } from '../../../src/opinion/createOpinion.js';
import { defaultOpinionPolicy, type OpinionPolicy } from '../../../src/opinion/opinionPolicy.js';
import { opinionWorkflow } from '../../../src/opinion/opinionWorkflow.js';
import { safeTransition } from '../../../src/workflow/safeTransition.js';
import { untyped } from '../../workflow/support/untyped.js';

export const OFFICE = { role: 'liaisonOffice', id: 'OFFICE' } as const;
export const DEPUTY = { role: 'deputy', id: 'D-1' } as const;
export const OTHER_DEPUTY = { role: 'deputy', id: 'D-9' } as const;
export const UNIT = { role: 'handlingUnit', id: 'U-STREET' } as const;
export const OTHER_UNIT = { role: 'handlingUnit', id: 'U-OTHER' } as const;
export const SUPERVISOR = { role: 'supervisor', id: 'SUP-1' } as const;
export const SYSTEM = { role: 'system', id: 'SYS' } as const;

/** Friday 26 September 2025, the last working day before the National Day 调休 weekend. */
export const FRIDAY = '2025-09-26T10:00:00+08:00';

export const intake: NewOpinionInput = {
  id: 'O-1',
  channel: 'receptionDay',
  receptionMode: 'waiting',
  deputyIds: ['D-1'],
  stationId: 'ST-1',
  submitter: {
    name: '王秀英',
    phone: '0571-87654321',
    mobile: '13912345678',
    idNumber: '11010519491231002X',
    address: '幸福路 8 号 3 幢',
  },
  content: '小区门口缺少公交站点，老人出行不便',
};

/** The opinion as registered on `at` (Friday by default). */
export function received(
  input: NewOpinionInput = intake,
  at = FRIDAY,
  policy: OpinionPolicy = defaultOpinionPolicy,
): ConstituentOpinion {
  return createOpinion(input, { at, policy });
}

/** One event, untyped (tests send refused events too), under `policy`. */
export function send(
  record: ConstituentOpinion,
  actor: { readonly role: string; readonly id: string },
  at: string,
  type: string,
  payload?: unknown,
  policy: OpinionPolicy = defaultOpinionPolicy,
) {
  return safeTransition(record, untyped(payload === undefined ? { type } : { type, payload }), {
    workflow: opinionWorkflow,
    actor: untyped(actor),
    at,
    context: { policy },
  });
}

/** One event that must be accepted; the new record. */
export function ok(
  record: ConstituentOpinion,
  actor: { readonly role: string; readonly id: string },
  at: string,
  type: string,
  payload?: unknown,
  policy: OpinionPolicy = defaultOpinionPolicy,
): ConstituentOpinion {
  const result = send(record, actor, at, type, payload, policy);
  if (!result.ok) throw new Error(`${type}: ${result.error.code} ${result.error.message.en}`);
  return result.value.record;
}

/** The refusal of an event, asserting that the record was left as it was. */
export function refused(
  record: ConstituentOpinion,
  actor: { readonly role: string; readonly id: string },
  at: string,
  type: string,
  payload?: unknown,
  policy: OpinionPolicy = defaultOpinionPolicy,
) {
  const before = JSON.stringify(record);
  const result = send(record, actor, at, type, payload, policy);
  expect(JSON.stringify(record)).toBe(before);
  if (result.ok) throw new Error(`${type} was accepted`);
  return result.error;
}

/** Received Friday, accepted, classified in `category` and assigned to U-STREET the same morning. */
export function assigned(
  category = 'enquiry',
  policy: OpinionPolicy = defaultOpinionPolicy,
  input: NewOpinionInput = intake,
): ConstituentOpinion {
  let r = received(input, FRIDAY, policy);
  r = ok(r, OFFICE, '2025-09-26T10:05:00+08:00', 'accept', undefined, policy);
  r = ok(r, OFFICE, '2025-09-26T10:10:00+08:00', 'classify', { level: 'street', category }, policy);
  return ok(r, OFFICE, '2025-09-26T10:20:00+08:00', 'assign', { unitId: UNIT.id }, policy);
}

/** Assigned, handled on `at` with `outcome`, and fed back to the constituent and the deputy. */
export function fedBack(
  policy: OpinionPolicy = defaultOpinionPolicy,
  from: ConstituentOpinion = assigned('enquiry', policy),
  at = '2025-09-29T16:00:00+08:00',
): ConstituentOpinion {
  let r = ok(
    from,
    UNIT,
    at,
    'handle',
    { outcome: 'resolved', content: '已协调公交公司增设站点' },
    policy,
  );
  r = ok(
    r,
    DEPUTY,
    '2025-09-30T09:00:00+08:00',
    'feedBack',
    { to: 'constituent', channel: 'inPerson' },
    policy,
  );
  return ok(
    r,
    OFFICE,
    '2025-09-30T10:00:00+08:00',
    'feedBack',
    { to: 'deputy', channel: 'written' },
    policy,
  );
}

/** One step of a walk: who does what, when, with what payload. */
export type Step = readonly [
  actor: { readonly role: string; readonly id: string },
  at: string,
  type: string,
  payload?: unknown,
];

/** The record after every step, each of which must be accepted. */
export function walk(
  record: ConstituentOpinion,
  steps: readonly Step[],
  policy: OpinionPolicy = defaultOpinionPolicy,
): ConstituentOpinion {
  return steps.reduce(
    (r, [actor, at, type, payload]) => ok(r, actor, at, type, payload, policy),
    record,
  );
}

/**
 * The intake of `id` with the fields of `overrides`; a channel other than a reception day drops
 * the reception mode, and a field set to `undefined` is left out.
 */
export function intakeOf(
  id: string,
  overrides: { readonly [K in keyof NewOpinionInput]?: NewOpinionInput[K] | undefined } = {},
): NewOpinionInput {
  const merged: Record<string, unknown> = { ...intake, id, ...overrides };
  if (merged.channel !== 'receptionDay') delete merged.receptionMode;
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged as unknown as NewOpinionInput;
}
