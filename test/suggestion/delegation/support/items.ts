import type { DelegationItem } from '../../../../src/model/delegationItem.js';
import {
  createDelegationItem,
  type NewDelegationItemInput,
} from '../../../../src/suggestion/delegation/createDelegationItem.js';
import { delegationItemWorkflow } from '../../../../src/suggestion/delegation/delegationItemWorkflow.js';
import { safeTransition, type TransitionResult } from '../../../../src/workflow/safeTransition.js';
import { untyped } from '../../../workflow/support/untyped.js';

export const HEAD = { role: 'deputy', id: 'D-1' } as const;
export const OFFICE = { role: 'liaisonOffice', id: 'OFFICE-CS' } as const;
/** The members other than the head. */
export const MEMBERS = ['D-2', 'D-3', 'D-4'].map((id) => ({ role: 'deputy', id }) as const);
export const OUTSIDER = { role: 'deputy', id: 'D-99' } as const;

export const itemInput = (): NewDelegationItemInput => ({
  id: 'DI-1',
  congress: { jurisdiction: '430000', level: 'provincial', term: 14 },
  session: 3,
  delegationId: 'DEL-CS',
  title: '关于加快湘江流域生态修复的建议',
  content: '建议省政府设立专项资金，统筹推进湘江干支流生态修复。',
  topic: '生态环境',
  headId: 'D-1',
  members: ['D-1', 'D-2', 'D-3', 'D-4'],
});

export const draftItem = (input: Partial<NewDelegationItemInput> = {}): DelegationItem =>
  createDelegationItem({ ...itemInput(), ...input }, { at: '2025-01-10T09:00:00+08:00' });

let clock = Date.parse('2025-01-10T10:00:00+08:00');

/** Sends one event, an hour after the previous one. */
export function send(
  record: DelegationItem,
  actor: unknown,
  type: string,
  payload?: unknown,
): TransitionResult<DelegationItem> {
  clock += 3_600_000;
  return safeTransition(record, untyped(payload === undefined ? { type } : { type, payload }), {
    workflow: delegationItemWorkflow,
    actor: untyped(actor),
    at: new Date(clock).toISOString(),
    context: undefined,
  });
}

/** Sends one event that must be accepted, and returns the new record. */
export function ok(
  record: DelegationItem,
  actor: unknown,
  type: string,
  payload?: unknown,
): DelegationItem {
  const result = send(record, actor, type, payload);
  if (!result.ok) throw new Error(`${type} refused: ${JSON.stringify(result.error)}`);
  return result.value.record;
}

export const withHead = (input: Partial<NewDelegationItemInput> = {}) =>
  ok(draftItem(input), OFFICE, 'submitForApproval');
export const approved = () => ok(withHead(), HEAD, 'approve');
/** Every member but the head has consented. */
export const allConsented = () =>
  MEMBERS.reduce((item, member) => ok(item, member, 'consent'), approved());
