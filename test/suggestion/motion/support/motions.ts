import type { Motion } from '../../../../src/model/motion.js';
import type { CongressLevel } from '../../../../src/model/shared/congress.js';
import {
  createMotion,
  type NewMotionInput,
} from '../../../../src/suggestion/motion/createMotion.js';
import type { MotionRole } from '../../../../src/suggestion/motion/motionTypes.js';
import { motionWorkflow } from '../../../../src/suggestion/motion/motionWorkflow.js';
import { safeTransition, type TransitionResult } from '../../../../src/workflow/safeTransition.js';
import { untyped } from '../../../workflow/support/untyped.js';

export const PRESIDIUM = { role: 'presidium', id: 'P-1' } as const;
export const SECRETARIAT = { role: 'secretariat', id: 'SEC-1' } as const;
export const LEAD = { role: 'deputy', id: 'D-1' } as const;

/** `n` proposers D-1 (lead) … D-n. */
export const signers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    deputyId: `D-${i + 1}`,
    role: i === 0 ? ('lead' as const) : ('co' as const),
  }));

export const motionInput = (level: CongressLevel = 'county', n = 10): NewMotionInput => ({
  id: 'M-1',
  congress: { jurisdiction: '330212', level, term: 18 },
  session: 3,
  title: '关于加强农村饮用水安全保障的议案',
  grounds: '部分村庄饮用水水质不达标',
  basis: '水质检测报告及《饮用水卫生标准》',
  solution: '实施农村供水提质工程',
  topic: '农业农村',
  proposers: signers(n),
});

export const draftMotion = (input: Partial<NewMotionInput> = {}): Motion =>
  createMotion({ ...motionInput(), ...input }, { at: '2025-01-10T09:00:00+08:00' });

let clock = Date.parse('2025-01-10T10:00:00+08:00');

/** Sends one event, an hour after the previous one. */
export function send(
  record: Motion,
  actor: { readonly role: MotionRole | string; readonly id: string },
  type: string,
  payload?: unknown,
): TransitionResult<Motion> {
  clock += 3_600_000;
  return safeTransition(record, untyped(payload === undefined ? { type } : { type, payload }), {
    workflow: motionWorkflow,
    actor: untyped(actor),
    at: new Date(clock).toISOString(),
    context: undefined,
  });
}

/** Sends one event that must be accepted, and returns the new record. */
export function ok(
  record: Motion,
  actor: { readonly role: MotionRole | string; readonly id: string },
  type: string,
  payload?: unknown,
): Motion {
  const result = send(record, actor, type, payload);
  if (!result.ok) throw new Error(`${type} refused: ${JSON.stringify(result.error)}`);
  return result.value.record;
}

export const submitted = (input: Partial<NewMotionInput> = {}) =>
  ok(draftMotion(input), LEAD, 'submit');
export const referred = () =>
  ok(submitted(), PRESIDIUM, 'decide', { decision: 'referToCommittee', committeeId: 'C-EDU' });
export const reviewed = (recommendation: 'putOnAgenda' | 'notOnAgenda' = 'putOnAgenda') =>
  ok(referred(), { role: 'specialCommittee', id: 'C-EDU' }, 'reportReview', { recommendation });
export const onAgenda = () => ok(submitted(), PRESIDIUM, 'decide', { decision: 'putOnAgenda' });
export const asSuggestion = () =>
  ok(submitted(), PRESIDIUM, 'decide', { decision: 'handleAsSuggestion' });
