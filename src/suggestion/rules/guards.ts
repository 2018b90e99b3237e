import { isOnTime } from '../../calendar/isOnTime.js';
import type { HandlingRole } from '../../model/handlingRole.js';
import { isEventType } from '../../workflow/isEventType.js';
import type { GuardSpec } from '../../workflow/types.js';
import type { ReasonCodeEvent } from '../policy.js';
import type {
  SuggestionContext,
  SuggestionEvent,
  SuggestionWorkflowRecord,
  SuggestionWorkflowTypes,
} from '../suggestionTypes.js';
import {
  evaluationWindowOf,
  planAssignments,
  reassignedDeadline,
  returnWindowOf,
} from './deadlines.js';
import {
  activeAssignmentOf,
  awaitedInputs,
  classRank,
  isLeadRole,
  latestReplyOf,
  leadProposerOf,
  openFollowUpOf,
  repliedThisRound,
  requiredEvaluators,
  sentInputThisRound,
} from './handling.js';

// The named guards of the suggestion workflow. Each checks identity as well as state: the role
// check (FORBIDDEN) is the engine's, "is this actor *that* unit or deputy" is here. A guard sees
// the union of the workflow's events; one that reads a payload first narrows the event to the
// types whose payload it knows (isEventType), and reads nothing from any other.

type Guard = GuardSpec<SuggestionWorkflowTypes, SuggestionEvent>;
type Check = (
  record: SuggestionWorkflowRecord,
  event: SuggestionEvent,
  context: SuggestionContext,
) => boolean;

const guard = (zh: string, en: string, check: Check, needsPayload = false): Guard =>
  needsPayload
    ? { message: { 'zh-Hans': zh, en }, check, needsPayload: true }
    : { message: { 'zh-Hans': zh, en }, check };

/** The assignment an `assign` event asks for, as its effect will make it (two guards read it). */
const planOf = (event: SuggestionEvent, context: SuggestionContext) =>
  planAssignments(
    unitsOf(event),
    event.at,
    isEventType(event, 'assign') ? event.payload?.anchorDay : undefined,
    context.policy,
  );

/** The reason code an event of REASON_CODE_EVENTS carries, if any. */
const reasonCodeOf = (event: SuggestionEvent): string | undefined => {
  if (isEventType(event, 'withdraw')) return event.payload?.reasonCode;
  if (isEventType(event, 'requestReturn')) return event.payload?.reasonCode;
  if (isEventType(event, 'reassign')) return event.payload?.reasonCode;
  if (isEventType(event, 'close')) return event.payload?.reasonCode;
  return undefined;
};

/** The unit a `reassign` event moves the item from, and the unit it moves it to. */
const reassignmentOf = (event: SuggestionEvent) =>
  isEventType(event, 'reassign') ? event.payload : undefined;

/** The unit whose pending request a decision names, if it names one. */
const decidedUnitOf = (event: SuggestionEvent) =>
  isEventType(event, 'decideReturn', 'decideExtension') ? event.payload?.unitId : undefined;

/** The outcome class a reply or follow-up reply gives. */
const outcomeClassOf = (event: SuggestionEvent) =>
  isEventType(event, 'reply', 'followUpReply') ? event.payload?.outcomeClass : undefined;

/** The return request awaiting a decision: the named unit's, or the only one pending. */
export function pendingReturnOf(record: SuggestionWorkflowRecord, unitId: string | undefined) {
  const pending = record.assignments.filter(
    (a) =>
      a.active &&
      a.returnRequest !== undefined &&
      a.returnRequest.decision === undefined &&
      (unitId === undefined || a.unitId === unitId),
  );
  return unitId === undefined && pending.length > 1 ? undefined : pending[0];
}

/** The extension request awaiting a decision: the named unit's, or the only one pending. */
export function pendingExtensionOf(record: SuggestionWorkflowRecord, unitId: string | undefined) {
  const pending = record.extensions.filter(
    (e) => e.decision === undefined && (unitId === undefined || e.unitId === unitId),
  );
  return unitId === undefined && pending.length > 1 ? undefined : pending[0];
}

/** Whether a set of handling roles is a valid topology (办理方式). */
export function validTopology(
  units: readonly { readonly unitId: string; readonly role: HandlingRole }[],
): boolean {
  if (units.length === 0) return false;
  if (new Set(units.map((u) => u.unitId)).size !== units.length) return false;
  const roles = units.map((u) => u.role);
  if (roles.includes('sole')) return units.length === 1;
  if (roles.includes('separate')) return units.length >= 2 && roles.every((r) => r === 'separate');
  return roles.filter((r) => r === 'lead').length === 1;
}

function unitsOf(event: SuggestionEvent) {
  return (isEventType(event, 'assign') ? event.payload?.units : undefined) ?? [];
}

function extensionRoom(
  record: SuggestionWorkflowRecord,
  unitId: string,
  context: SuggestionContext,
): number {
  const used = activeAssignmentOf(record, unitId)?.deadline.extension?.months ?? 0;
  return context.policy.extension.maxTotalMonths - used;
}

function roundMatches(record: SuggestionWorkflowRecord, event: SuggestionEvent): boolean {
  const round = isEventType(
    event,
    'reply',
    'followUpReply',
    'evaluate',
    'lapseEvaluation',
    'sendAssistingInput',
    'holdingReply',
  )
    ? event.payload?.round
    : undefined;
  return round === undefined || round === record.round;
}

/**
 * When each event of the suggestion workflow may happen (办理规则：事件的条件), one named guard
 * per rule, each refusing with the reason a user reads.
 */
export const suggestionGuards = {
  isLeadProposer: guard(
    '只有领衔代表可以执行此操作',
    'only the lead proposer (领衔代表) may do this',
    (record, event) => leadProposerOf(record) === event.actor.id,
  ),
  isProposer: guard(
    '只有本建议的提出人代表可以执行此操作',
    'only a proposer of this item may do this',
    (record, event) => record.proposers.some((p) => p.deputyId === event.actor.id),
  ),
  isMotion: guard(
    '只有议案可以转为建议',
    'only a motion (议案) can be turned into a suggestion',
    (record) => record.kind === 'motion',
  ),
  reasonInPolicy: guard(
    '不予立案理由不在本地规则所列理由之中',
    'the reason is not one of the policy’s reasons for not registering',
    (_record, event, context) => {
      const reason = isEventType(event, 'refuseRegistration') ? event.payload?.reason : undefined;
      return context.policy.notRegisteredReasons.some((r) => r.code === reason);
    },
    true,
  ),
  noticeNotBeforeDecision: guard(
    '告知时间不得早于审查时间',
    'the notice cannot be sent before the decision',
    (_record, event) => {
      const noticeAt = isEventType(event, 'refuseRegistration')
        ? event.payload?.noticeAt
        : undefined;
      return noticeAt === undefined || noticeAt >= event.at;
    },
    true,
  ),
  notMergedWithItself: guard(
    '建议不能与自身并案',
    'an item cannot be merged with itself',
    (record, event) => {
      const merge = isEventType(event, 'merge') ? event.payload : undefined;
      return merge?.into !== record.id && !(merge?.from ?? []).includes(record.id);
    },
    true,
  ),
  mergedBeforeReply: guard(
    '已有答复的建议不能再并入其他建议',
    'an item that has a reply can no longer be merged into another',
    (record, event) =>
      (isEventType(event, 'merge') ? event.payload?.into : undefined) === undefined ||
      record.replies.length === 0,
    true,
  ),
  noReplyYet: guard(
    '承办单位已经答复，不能撤回',
    'a handling unit has already replied; the item can no longer be withdrawn',
    (record) => record.replies.length === 0,
  ),
  validHandlingRoles: guard(
    '交办方式不成立：须有且只有一个主办单位（协办、会办另列），或全部为分办（至少两个），或只有一个独办单位；同一单位不得重复',
    'invalid handling roles: exactly one lead (plus assisting or joint units), or two or more separate units, or one sole unit; no unit twice',
    (_record, event) => validTopology(unitsOf(event)),
    true,
  ),
  anchorDayGiven: guard(
    '答复期限自闭会之日起算，须给出闭会日期（anchorDay）',
    'the reply deadline counts from the close of the session: give that day (anchorDay)',
    (_record, event, context) => {
      const plan = planOf(event, context);
      return plan.ok || plan.problem !== 'anchorDayMissing';
    },
    true,
  ),
  deadlinesCountable: guard(
    '无法按本地规则计算答复期限，或期限早于交办日期',
    'the reply deadline cannot be counted under the policy, or falls before the day of assignment',
    (_record, event, context) => {
      const plan = planOf(event, context);
      return plan.ok || plan.problem === 'anchorDayMissing';
    },
    true,
  ),
  isActiveAssignedUnit: guard(
    '只有本件有效的承办单位才能为本单位执行此操作',
    'only a unit this item is actively assigned to may do this, and only for itself',
    (record, event) => activeAssignmentOf(record, event.actor.id) !== undefined,
  ),
  notYetAccepted: guard(
    '本单位已经签收',
    'this unit has already accepted the assignment',
    (record, event) => activeAssignmentOf(record, event.actor.id)?.acceptedAt === undefined,
  ),
  noPendingReturnRequest: guard(
    '本单位已有待审批的调整申请',
    'this unit already has a return request awaiting a decision',
    (record, event) => {
      const request = activeAssignmentOf(record, event.actor.id)?.returnRequest;
      return request === undefined || request.decision !== undefined;
    },
  ),
  withinReturnWindow: guard(
    '已超过申请调整（退回）的期限，交办成立',
    'the window to ask for reassignment has passed; the assignment stands',
    (record, event, context) => {
      const assignment = activeAssignmentOf(record, event.actor.id);
      if (assignment === undefined) return false;
      const window = returnWindowOf(assignment, context.policy);
      return window !== undefined && isOnTime(event.at, window);
    },
  ),
  unitNotRepliedYet: guard(
    '本单位已经答复代表，不能再申请调整',
    'this unit has already replied to the deputy; it can no longer ask to be taken off the item',
    (record, event) => !record.replies.some((r) => r.unitId === event.actor.id),
  ),
  replacedUnitNotReplied: guard(
    '原承办单位已经答复代表，不能改交',
    'the unit being replaced has already replied to the deputy; the item cannot be moved from it',
    (record, event) => {
      const from = reassignmentOf(event)?.from;
      return !record.replies.some((r) => r.unitId === from);
    },
    true,
  ),
  pendingReturnRequest: guard(
    '没有待审批的调整申请（有多个时须指明单位）',
    'no return request awaits a decision (name the unit when several do)',
    (record, event) => pendingReturnOf(record, decidedUnitOf(event)) !== undefined,
  ),
  returnApproved: guard(
    '原承办单位没有获批准的调整申请',
    'the unit being replaced has no approved return request',
    (record, event) =>
      activeAssignmentOf(record, reassignmentOf(event)?.from ?? '')?.returnRequest?.decision ===
      'approved',
    true,
  ),
  newUnitNotAssigned: guard(
    '改交单位已经是本件的承办单位',
    'the new unit is already handling this item',
    (record, event) => {
      const to = reassignmentOf(event)?.to;
      return to !== undefined && activeAssignmentOf(record, to) === undefined;
    },
    true,
  ),
  reassignedDeadlineValid: guard(
    '改交后的答复期限必须晚于改交日期（不重新计时且原期限已过时，请先批准延期）',
    'the new unit’s deadline must fall after the day of reassignment (when the clock does not restart and the original day has passed, approve an extension first)',
    (record, event, context) => {
      const from = activeAssignmentOf(record, reassignmentOf(event)?.from ?? '');
      return from !== undefined && reassignedDeadline(from, event.at, context.policy) !== undefined;
    },
    true,
  ),
  unitMustReply: guard(
    '协办、会办单位向主办单位提供意见，不直接答复代表',
    'an assisting or joint unit sends its view to the lead unit and does not reply to the deputy',
    (record, event) => activeAssignmentOf(record, event.actor.id)?.mustReply === true,
  ),
  isAssistingUnit: guard(
    '只有协办、会办单位提交协办意见',
    'only an assisting or joint unit (协办 / 会办) sends its input to the lead unit',
    (record, event) => activeAssignmentOf(record, event.actor.id)?.mustReply === false,
  ),
  inputNotSentThisRound: guard(
    '本单位本轮已经提交协办意见',
    'this unit has already sent its input in this round',
    (record, event) => !sentInputThisRound(record, event.actor.id),
  ),
  assistingInputReceived: guard(
    '主办单位须待协办、会办单位提交意见（或其期限届满）后答复',
    'the lead unit replies only after the assisting units’ input (or its deadline, as the policy says)',
    (record, event, context) =>
      !isLeadRole(activeAssignmentOf(record, event.actor.id)?.role ?? '') ||
      awaitedInputs(record, context.policy, event.at).length === 0,
  ),
  notRepliedThisRound: guard(
    '本单位本轮已经答复',
    'this unit has already replied in this round',
    (record, event) => !repliedThisRound(record, event.actor.id),
  ),
  isCurrentRound: guard(
    '轮次与当前办理轮次不符',
    'the round is not the current round',
    roundMatches,
    true,
  ),
  outcomeClassInTaxonomy: guard(
    '答复类别不在本地规则的分类之中',
    'the outcome class is not in the policy’s taxonomy',
    (_record, event, context) => classRank(context.policy, outcomeClassOf(event) ?? '') >= 0,
    true,
  ),
  noPendingExtension: guard(
    '本单位已有待审批的延期申请',
    'this unit already has an extension request awaiting a decision',
    (record, event) => pendingExtensionOf(record, event.actor.id) === undefined,
  ),
  extensionWithinCap: guard(
    '延期累计超过本地规则允许的月数',
    'the extensions would exceed the policy’s cap in total',
    (record, event, context) =>
      (isEventType(event, 'requestExtension') ? (event.payload?.months ?? 0) : 0) <=
      extensionRoom(record, event.actor.id, context),
    true,
  ),
  pendingExtension: guard(
    '没有待审批的延期申请（有多个时须指明单位）',
    'no extension request awaits a decision (name the unit when several do)',
    (record, event) => pendingExtensionOf(record, decidedUnitOf(event)) !== undefined,
  ),
  approvalWithinCap: guard(
    '批准的延期累计超过本地规则允许的月数',
    'the approved extensions would exceed the policy’s cap in total',
    (record, event, context) => {
      const decision = isEventType(event, 'decideExtension') ? event.payload : undefined;
      if (decision?.decision !== 'approved') return true;
      const request = pendingExtensionOf(record, decision.unitId);
      if (request === undefined) return false;
      const months = decision.months ?? request.months;
      return months <= extensionRoom(record, request.unitId, context);
    },
    true,
  ),
  isEvaluator: guard(
    '只有须评价的提出人代表可以评价（按本地规则只计领衔代表时，只有领衔代表）',
    'only a proposer who evaluates under the policy may evaluate (only the lead when only the lead counts)',
    (record, event, context) => requiredEvaluators(record, context.policy).includes(event.actor.id),
  ),
  notEvaluatedThisRound: guard(
    '该代表本轮已经评价',
    'this deputy has already evaluated this round',
    (record, event) =>
      !record.evaluations.some((e) => e.deputyId === event.actor.id && e.round === record.round),
  ),
  evaluatedAfterReply: guard(
    '评价时间早于本轮答复时间',
    'the evaluation is dated before this round’s reply',
    // Both are canonical UTC strings (the engine canonicalises `at`), so string order is time
    // order. A paper form may be entered late, but it cannot be dated before the reply it grades.
    (record, event) =>
      record.replies.every((r) => r.round !== record.round || r.followUp || r.at <= event.at),
  ),
  reasonCodeAsPolicySays: guard(
    '理由代码与本地规则不符：本地规则为此事项列有理由时须从中选择，未列时不得填写',
    'the reason code does not match the policy: it must be one of the policy’s reasons for this event where the policy lists any, and absent where it lists none',
    (_record, event, context) => {
      const code = reasonCodeOf(event);
      const type = event.type as ReasonCodeEvent;
      // A policy object built by hand, without definePolicy, may lack the lists: it lists none.
      const list = context.policy.reasonCodes?.[type];
      if (list === undefined) return code === undefined;
      return list.some((reason) => reason.code === code);
    },
  ),
  gradesAsPolicySays: guard(
    '评价维度与本地规则不符：分别评价办理结果和办理态度时须有办理态度满意度，只评一项时不得有',
    'the grades do not match the policy: an attitude grade is required when the result and the attitude are graded apart, and refused when one grade is given',
    (_record, event, context) => {
      const attitude = isEventType(event, 'evaluate') ? event.payload?.attitude : undefined;
      const twoDimensions = context.policy.evaluationDimensions === 'resultAndAttitude';
      return twoDimensions === (attitude !== undefined);
    },
    true,
  ),
  evaluationWindowPassed: guard(
    '评价期限尚未届满',
    'the evaluation window has not passed yet',
    (record, event, context) => {
      const window = evaluationWindowOf(record, context.policy);
      return window !== undefined && !isOnTime(event.at, window) && roundMatches(record, event);
    },
  ),
  hasReply: guard(
    '尚无答复，不能办结',
    'there is no reply yet; the item cannot be closed',
    (record) => record.replies.length > 0,
  ),
  followUpExpected: guard(
    '本单位没有待履行的跟踪办理义务（上次答复的类别无须跟踪办理）',
    'this unit owes no follow-up reply (its last answer is in a class that needs none)',
    (record, event) => openFollowUpOf(record.followUps, event.actor.id) !== undefined,
  ),
  outcomeNotWorse: guard(
    '跟踪办理答复的类别不得低于上次答复',
    'a follow-up reply cannot be in a worse class than the last reply',
    (record, event, context) => {
      const last = latestReplyOf(record.replies, event.actor.id);
      const next = classRank(context.policy, outcomeClassOf(event) ?? '');
      return (
        last !== undefined && next >= 0 && next <= classRank(context.policy, last.outcomeClass)
      );
    },
    true,
  ),
  publicationAllowed: guard(
    '代表要求保密的建议只能不予公开',
    'a confidential item can only be withheld',
    (record, event) =>
      !record.confidential ||
      (isEventType(event, 'publish') ? event.payload?.mode : undefined) === 'withheld',
    true,
  ),
  notRoutedDirect: guard(
    '本建议已经通过直通车报送',
    'the item has already been sent by the direct route',
    (record) => record.directRoute === undefined,
  ),
  routedDirect: guard(
    '只有通过直通车报送的建议才记录领导批示',
    'instructions are recorded only on an item sent by the direct route',
    (record) => record.directRoute !== undefined,
  ),
  instructionAfterRouting: guard(
    '批示时间早于报送时间',
    'the instruction is dated before the item was sent',
    // Both are canonical UTC strings (the engine canonicalises `at`), so string order is time
    // order.
    (record, event) => record.directRoute === undefined || event.at >= record.directRoute.at,
  ),
  notKeyItem: guard(
    '已经确定为重点督办建议',
    'the item is already a key item',
    (record) => record.keyItem === undefined,
  ),
  supervisorOfKeyItem: guard(
    '重点督办建议只能由确定的督办者督办',
    'a key item is supervised by its own supervisors',
    (record, event) =>
      event.actor.role !== 'supervisor' ||
      record.keyItem === undefined ||
      record.keyItem.supervisorIds.length === 0 ||
      record.keyItem.supervisorIds.includes(event.actor.id),
  ),
} satisfies Record<string, Guard>;

/** The names of the suggestion workflow's guards. */
export type SuggestionGuardName = keyof typeof suggestionGuards;
