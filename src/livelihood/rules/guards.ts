import { isEventType } from '../../workflow/isEventType.js';
import type { GuardSpec } from '../../workflow/types.js';
import type {
  LivelihoodEvent,
  LivelihoodWorkflowRecord,
  LivelihoodWorkflowTypes,
} from '../livelihoodTypes.js';
import { adoptionAllowed } from './outcomes.js';

// The named guards of the livelihood workflow. The role check (FORBIDDEN) is the engine's; "is
// this actor a responsible unit of *this* project" and "do these counts add up" are here.

type Guard = GuardSpec<LivelihoodWorkflowTypes, LivelihoodEvent>;
type Check = (
  record: LivelihoodWorkflowRecord,
  event: LivelihoodEvent,
  context: LivelihoodWorkflowTypes['context'],
) => boolean;

const guard = (zh: string, en: string, check: Check, needsPayload = false): Guard =>
  needsPayload
    ? { message: { 'zh-Hans': zh, en }, check, needsPayload: true }
    : { message: { 'zh-Hans': zh, en }, check };

/** The counts of a vote or rating event: within the electorate. */
function countsFit(event: LivelihoodEvent): boolean {
  if (isEventType(event, 'recordVote') && event.payload !== undefined) {
    const { members, present, votesFor, against = 0, abstain = 0 } = event.payload;
    return present <= members && votesFor + against + abstain <= present;
  }
  if (isEventType(event, 'evaluate') && event.payload !== undefined) {
    const { members, present, satisfied, basicallySatisfied, dissatisfied } = event.payload;
    return present <= members && satisfied + basicallySatisfied + dissatisfied <= present;
  }
  return false;
}

/** The named guards of the livelihood workflow, each with its bilingual refusal (民生实事守卫条件). */
export const livelihoodGuards = {
  isResponsibleUnit: guard(
    '只有该项目的责任单位可以报告',
    'only a responsible unit of this project may report on it',
    (record, event) =>
      event.actor.role !== 'responsibleUnit' || record.responsibleUnitIds.includes(event.actor.id),
  ),
  countsWithinElectorate: guard(
    '实到人数不得超过应到人数，票数之和不得超过实到人数',
    'the members present may not exceed the members, nor the votes those present',
    (_record, event) => countsFit(event),
    true,
  ),
  ballotOfThePolicy: guard(
    '投票方式须为票决规则规定的方式',
    'the ballot must be the one the policy prescribes',
    (_record, event, context) =>
      isEventType(event, 'recordVote') && event.payload?.ballot === context.policy.ballot,
    true,
  ),
  adoptionLawful: guard(
    '入选须达到法定人数和通过票数，并有排序名次',
    'an adopted project needs the quorum, the threshold of votes and a rank',
    (_record, event, context) =>
      isEventType(event, 'recordVote') &&
      event.payload !== undefined &&
      (!event.payload.adopted ||
        (event.payload.rank !== undefined && adoptionAllowed(event.payload, context.policy))),
    true,
  ),
  newMilestone: guard(
    '节点编号已存在',
    'a milestone with this id already exists',
    (record, event) =>
      isEventType(event, 'addMilestone') &&
      !record.milestones.some((m) => m.id === event.payload?.id),
    true,
  ),
  milestonesOpen: guard(
    '完成节点须为已设定且尚未完成的节点，且不重复',
    'the milestones reached must be set, not yet reached, and listed once',
    (record, event) => {
      if (!isEventType(event, 'reportProgress')) return false;
      const ids = event.payload?.milestoneIds ?? [];
      return (
        new Set(ids).size === ids.length &&
        ids.every((id) => record.milestones.some((m) => m.id === id && m.reachedAt === undefined))
      );
    },
    true,
  ),
} satisfies Record<string, Guard>;
