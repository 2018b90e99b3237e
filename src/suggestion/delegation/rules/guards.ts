import type { GuardSpec } from '../../../workflow/types.js';
import type {
  DelegationItemEvent,
  DelegationItemWorkflowRecord,
  DelegationItemWorkflowTypes,
} from '../delegationItemTypes.js';
import { answerOf, everyMemberConsented } from './consent.js';

// The named guards of the delegation-item workflow. As in the other workflows, the role check
// (FORBIDDEN) is the engine's; "is this deputy the head, a member, one not yet answered" is here.

type Guard = GuardSpec<DelegationItemWorkflowTypes, DelegationItemEvent>;
type Check = (record: DelegationItemWorkflowRecord, event: DelegationItemEvent) => boolean;

const guard = (zh: string, en: string, check: Check): Guard => ({
  message: { 'zh-Hans': zh, en },
  check,
});

const isMember = (record: DelegationItemWorkflowRecord, deputyId: string) =>
  record.members.includes(deputyId);

/** The named guards of the delegation-item workflow, each with its bilingual refusal. */
export const delegationItemGuards = {
  memberWhenDeputy: guard(
    '只有本代表团的代表或代表工作机构可以收集线索、报送审定',
    'only a member of the delegation or the liaison office may do this',
    (record, event) => event.actor.role !== 'deputy' || isMember(record, event.actor.id),
  ),
  headWhenDeputy: guard(
    '代表中只有团长可以决定不再提出',
    'among the deputies only the head may give the item up',
    (record, event) => event.actor.role !== 'deputy' || event.actor.id === record.headId,
  ),
  hasContent: guard(
    '报团长审定前须写明建议正文',
    'the draft needs its content before it goes to the head',
    (record) => record.content !== undefined && record.content.trim().length > 0,
  ),
  isDelegationHead: guard(
    '只有团长可以审定代表团建议',
    'only the head of the delegation may approve or refuse the draft',
    (record, event) => event.actor.id === record.headId,
  ),
  isConsultedMember: guard(
    '只有团长以外的本团代表需要表态（团长审定即视为同意）',
    'only the members other than the head are asked (the head’s approval is the head’s consent)',
    (record, event) => event.actor.id !== record.headId && isMember(record, event.actor.id),
  ),
  notAnsweredYet: guard(
    '该代表在本轮已经表态',
    'this member has already answered in this round',
    (record, event) => answerOf(record, event.actor.id) === undefined,
  ),
  everyMemberConsented: guard(
    '须全体代表同意后方可以代表团名义提出',
    'every member must consent before it is submitted in the delegation’s name',
    (record) => everyMemberConsented(record),
  ),
} satisfies Record<string, Guard>;
