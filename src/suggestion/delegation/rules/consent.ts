import type { DelegationItem } from '../../../model/delegationItem.js';

// The consent rule (征求全体代表意见), written once: the guards, the figures of a screen and the
// sample generator read it. The head's approval stands for the head's own consent, so the
// members asked are the others; an answer belongs to the round it was given in, so a revised
// draft asks everyone again.

type Roll = Pick<DelegationItem, 'members' | 'headId' | 'round' | 'consents'>;

/** The members whose consent is asked (every member but the head). */
export const consultedMembers = (item: Pick<DelegationItem, 'members' | 'headId'>): string[] =>
  item.members.filter((deputyId) => deputyId !== item.headId);

/** The member's answer in the current round, if given. */
export const answerOf = (item: Roll, deputyId: string) =>
  item.consents.find((c) => c.round === item.round && c.deputyId === deputyId);

/** Whether every member asked has consented in the current round. */
export const everyMemberConsented = (item: Roll): boolean =>
  consultedMembers(item).every((deputyId) => answerOf(item, deputyId)?.decision === 'consented');
