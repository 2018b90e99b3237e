import { isEventType } from '../../workflow/isEventType.js';
import type { GuardSpec } from '../../workflow/types.js';
import type { OpinionEvent, OpinionWorkflowRecord, OpinionWorkflowTypes } from '../opinionTypes.js';
import {
  assignmentDeadline,
  categoryOf,
  extendedDueDay,
  extendedSoFar,
  feedbackDueDayFrom,
  pendingExtensionOf,
  suggestionFeedbackStart,
} from './deadlines.js';
import { callbackThisRound, fedBackThisRound, recipientsOwed } from './feedback.js';

// The named guards of the opinion workflow. The role check (FORBIDDEN) is the engine's; "is this
// actor *that* deputy or unit" and "is this code the policy's" are here.

type Guard = GuardSpec<OpinionWorkflowTypes, OpinionEvent>;
type Check = (
  record: OpinionWorkflowRecord,
  event: OpinionEvent,
  context: OpinionWorkflowTypes['context'],
) => boolean;

const guard = (zh: string, en: string, check: Check, needsPayload = false): Guard =>
  needsPayload
    ? { message: { 'zh-Hans': zh, en }, check, needsPayload: true }
    : { message: { 'zh-Hans': zh, en }, check };

/** The named guards of the opinion workflow, each with its bilingual refusal (群众意见守卫条件). */
export const opinionGuards = {
  receivedByThisDeputy: guard(
    '代表只能处理本人接收的意见',
    'a deputy acts only on opinions that deputy received',
    (record, event) => event.actor.role !== 'deputy' || record.deputyIds.includes(event.actor.id),
  ),
  reasonCodeInPolicy: guard(
    '不予受理须注明办理规则所列的原因代码',
    'an opinion not accepted needs a reason code from the policy’s list',
    (_record, event, context) =>
      isEventType(event, 'notAccept') &&
      event.payload !== undefined &&
      context.policy.notAcceptedReasons.some((r) => r.code === event.payload?.reasonCode),
    true,
  ),
  notIntoItself: guard(
    '意见不能合并到其自身',
    'an opinion cannot be merged into itself',
    (record, event) =>
      isEventType(event, 'mergeDuplicate') && event.payload?.intoOpinionId !== record.id,
    true,
  ),
  categoryInPolicy: guard(
    '分类须为办理规则所列的分类',
    'the category must be one of the policy’s categories',
    (_record, event, context) =>
      isEventType(event, 'classify') &&
      event.payload !== undefined &&
      categoryOf(context.policy, event.payload.category) !== undefined,
    true,
  ),
  deadlineCountable: guard(
    '无法按办理规则计算办理期限（分类不在规则中或日历不可用）',
    'the time limit cannot be counted under the policy (unknown category or unusable calendar)',
    (record, event, context) => assignmentDeadline(record, event.at, context.policy) !== undefined,
  ),
  theLinkedSuggestion: guard(
    '只能登记该意见所转建议的办复',
    'only the reply of the suggestion this opinion became may be recorded',
    (record, event) =>
      isEventType(event, 'suggestionReplied') &&
      event.payload !== undefined &&
      event.payload.suggestionId === record.suggestionId,
    true,
  ),
  replyNotLaterThanRecording: guard(
    '建议办复时间不得晚于登记时间',
    'the suggestion cannot have been replied after the reply is recorded',
    (_record, event) =>
      isEventType(event, 'suggestionReplied') &&
      event.payload !== undefined &&
      event.payload.repliedAt <= event.at,
    true,
  ),
  feedbackDueCountable: guard(
    '无法按办理规则计算反馈期限（日历不可用）',
    'the feedback due day cannot be counted under the policy (unusable calendar)',
    (record, event, context) => {
      const from =
        isEventType(event, 'suggestionReplied') && event.payload !== undefined
          ? suggestionFeedbackStart(record, event.payload.repliedAt)
          : event.at;
      return feedbackDueDayFrom(from, context.policy) !== undefined;
    },
  ),
  isAssignedUnit: guard(
    '只有承办该意见的单位可以办理',
    'only the unit the opinion is assigned to may act on it',
    (record, event) => record.referral?.unitId === event.actor.id,
  ),
  noPendingExtension: guard(
    '已有延期申请待审批',
    'an extension request awaits a decision',
    (record) => pendingExtensionOf(record) === undefined,
  ),
  pendingExtension: guard(
    '没有待审批的延期申请',
    'there is no extension request awaiting a decision',
    (record) => pendingExtensionOf(record) !== undefined,
  ),
  extensionWithinCap: guard(
    '延期累计不得超过办理规则的上限',
    'extensions may not add more working days than the policy allows',
    (record, event, context) =>
      isEventType(event, 'requestExtension') &&
      event.payload !== undefined &&
      extendedSoFar(record) + event.payload.workingDays <= context.policy.extension.maxWorkingDays,
    true,
  ),
  extensionCountable: guard(
    '无法计算延期后的办理期限',
    'the extended due day cannot be counted',
    (record, event, context) => {
      if (!isEventType(event, 'decideExtension') || event.payload?.decision !== 'approved') {
        return true;
      }
      const dueDay = record.referral?.dueDay;
      const pending = pendingExtensionOf(record);
      return (
        dueDay !== undefined &&
        pending !== undefined &&
        extendedDueDay(dueDay, pending.workingDays, context.policy) !== undefined
      );
    },
    true,
  ),
  feedbackOwed: guard(
    '本轮已向该对象反馈，或该意见没有接收代表',
    'this recipient has been fed back this round, or the opinion has no receiving deputy',
    (record, event) =>
      isEventType(event, 'feedBack') &&
      event.payload !== undefined &&
      recipientsOwed(record).includes(event.payload.to) &&
      !fedBackThisRound(record, event.payload.to),
    true,
  ),
  deputyTellsTheConstituent: guard(
    '代表只向反映人反馈',
    'a deputy feeds back to the constituent only',
    (_record, event) =>
      event.actor.role !== 'deputy' ||
      (isEventType(event, 'feedBack') && event.payload?.to === 'constituent'),
    true,
  ),
  notCalledBackYet: guard(
    '本轮已回访',
    'the constituent has been called back this round',
    (record) => callbackThisRound(record) === undefined,
  ),
  calledBack: guard(
    '本轮尚未回访',
    'the constituent has not been called back this round',
    (record) => callbackThisRound(record) !== undefined,
  ),
  dissatisfied: guard(
    '只有本轮回访不满意才能重新办理',
    'an opinion is reopened only after a dissatisfied callback this round',
    (record) => callbackThisRound(record)?.satisfaction === 'dissatisfied',
  ),
  withinReopenRounds: guard(
    '已达到办理规则允许的重新办理次数',
    'the policy’s number of reopenings has been reached',
    (record, _event, context) => record.round - 1 < context.policy.maxReopenRounds,
  ),
} satisfies Record<string, Guard>;
