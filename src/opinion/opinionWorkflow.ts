import { formatRulesVersion } from '../suggestion/policy.js';
import { defineWorkflow } from '../workflow/defineWorkflow.js';
import { label, say } from '../workflow/internal/definitionTexts.js';
import { withOwnedPayloads } from '../workflow/internal/ownedPayloads.js';
import * as P from './internal/payloads.js';
import { opinionStates, WITH_THE_UNIT } from './internal/states.js';
import type { OpinionWorkflowTypes } from './opinionTypes.js';
import { opinionEffects as effects } from './rules/effects.js';
import { everyoneFedBackWith } from './rules/feedback.js';
import { opinionGuards } from './rules/guards.js';

const fieldNames = P.opinionPayloadFieldNames;

/**
 * The constituent-opinion loop (群众意见闭环办理流程): an opinion or 12345 ticket from its receipt
 * to its closing, as data: 12 states, 18 events with their roles and named guards, on the same
 * engine as the suggestion workflow (受理、分析、交办、督办、反馈).
 *
 * @remarks
 * Run it with {@link safeTransition} and `context: { policy }` (an {@link OpinionPolicy}); the
 * record's `rulesVersion` must be the policy's. The loop, in short (the guide "Constituent
 * opinions and 12345" has the whole table):
 * - **Screened** (甄别): accepted (`accept`, 受理); not accepted with a reason code from
 *   `policy.notAcceptedReasons` (`notAccept`); or a duplicate merged into an open ticket
 *   (`mergeDuplicate`, 合并重复件; the app checks the ticket is open, since it owns storage).
 *   A deputy acts only on opinions that deputy received.
 * - **Answered on the spot** (`answerOnSite`, 当场答复), or **classified** (`classify`, 分级分类:
 *   a level and a category of `policy.categories`) and **assigned** (`assign`, 交办) to a unit
 *   with a due day: the category's working days counted from the assignment with the policy's
 *   calendar (调休 included), frozen on the record.
 * - **Chased** (`remind` 催办, `supervise` 督办) and **extended** on the unit's request
 *   (`requestExtension`, decided by `decideExtension`), at most `policy.extension.maxWorkingDays`
 *   a round.
 * - **Handled** (`handle`) with an outcome; the on-time verdict is frozen, and the constituent is
 *   owed feedback within `policy.feedbackWorkingDays` (反馈期限, frozen as `feedbackDueDay`).
 * - **Fed back** (`feedBack`) to the constituent and, when deputies received it, to the deputy;
 *   both done, it is fed back. Whether the constituent heard by the due day is frozen too.
 * - **Called back** (`callback`, 回访): satisfied or basically satisfied closes it; dissatisfied
 *   keeps it open for `reopen` (a new round, back to classification and assignment, at most
 *   `policy.maxReopenRounds` times) or `close`.
 * - **Converted to a suggestion** (`convertToSuggestion`): it becomes a new deputy's suggestion or
 *   joins an existing one; the suggestion's id is recorded. When that suggestion is replied
 *   (`suggestionReplied`, see {@link suggestionReplyEvents}), the opinion is handled and owes its
 *   feedback like any other, counted from the reply.
 *
 * @example
 * ```ts
 * import { createOpinion, defaultOpinionPolicy, opinionWorkflow, transition } from 'renda';
 *
 * const policy = defaultOpinionPolicy;
 * const received = createOpinion(
 *   { id: 'O-1', channel: 'hotline12345', content: '小区路灯损坏多日' },
 *   { at: '2025-09-26T10:00:00+08:00', policy },
 * );
 * const office = { role: 'liaisonOffice', id: 'OFFICE' } as const;
 * const options = { workflow: opinionWorkflow, context: { policy }, actor: office };
 * const accepted = transition(received, { type: 'accept' }, { ...options, at: '2025-09-26T10:05:00+08:00' }).record;
 * const classified = transition(
 *   accepted,
 *   { type: 'classify', payload: { level: 'street', category: 'enquiry' } },
 *   { ...options, at: '2025-09-26T10:10:00+08:00' },
 * ).record;
 * const assigned = transition(
 *   classified,
 *   { type: 'assign', payload: { unitId: 'U-STREET' } },
 *   { ...options, at: '2025-09-26T10:20:00+08:00' },
 * ).record;
 * // Three working days from Friday 26 September 2025: Sunday 28th is a make-up working day.
 * console.log(assigned.referral?.dueDay); // '2025-09-30'
 * ```
 * @category Opinion workflow
 */
export const opinionWorkflow = /* @__PURE__ */ withOwnedPayloads(
  /* @__PURE__ */ defineWorkflow({
    id: 'opinion',
    version: 1,
    types: {} as OpinionWorkflowTypes,
    initial: 'received',
    states: opinionStates,
    rulesVersion: { of: (context) => formatRulesVersion(context.policy) },
    events: {
      accept: {
        label: label('受理', '受理', 'Accept'),
        describe: say('经甄别予以受理', 'screened and accepted'),
        from: ['received'],
        to: 'accepted',
        roles: ['liaisonOffice', 'deputy'],
        guards: ['receivedByThisDeputy'],
        effect: effects.accept,
      },
      notAccept: {
        label: label('不予受理', '不予受理', 'Do not accept'),
        describe: say(
          '经甄别不予受理，注明办理规则所列的原因代码',
          'screened and not accepted, with a reason code from the policy',
        ),
        payload: P.notAcceptPayload,
        fieldNames,
        from: ['received'],
        to: 'notAccepted',
        roles: ['liaisonOffice', 'deputy'],
        guards: ['receivedByThisDeputy', 'reasonCodeInPolicy'],
        effect: effects.notAccept,
      },
      mergeDuplicate: {
        label: label('合并重复件', '合併重複件', 'Merge as a duplicate'),
        describe: say(
          '重复反映的意见合并至在办的同一事项',
          'a repeated opinion joins the open ticket on the same matter',
        ),
        payload: P.mergeDuplicatePayload,
        fieldNames,
        from: ['received', 'accepted', 'analysed'],
        to: 'merged',
        roles: ['liaisonOffice'],
        guards: ['notIntoItself'],
        effect: effects.mergeDuplicate,
      },
      answerOnSite: {
        label: label('当场答复', '當場答覆', 'Answer on the spot'),
        describe: say('能当场答复的当场答复', 'answered there and then'),
        payload: P.answerOnSitePayload,
        fieldNames,
        from: ['accepted'],
        to: 'answeredOnSite',
        roles: ['deputy', 'liaisonOffice'],
        guards: ['receivedByThisDeputy'],
        effect: effects.answerOnSite,
      },
      classify: {
        label: label('分级分类', '分級分類', 'Classify'),
        describe: say(
          '按事权分级、按办理规则分类；交办前可重新分类',
          'by level of competence and by the policy’s category; may be redone before assignment',
        ),
        payload: P.classifyPayload,
        fieldNames,
        from: ['accepted', 'analysed'],
        to: 'analysed',
        roles: ['liaisonOffice'],
        guards: ['categoryInPolicy'],
        effect: effects.classify,
      },
      convertToSuggestion: {
        label: label('转为代表建议', '轉為代表建議', 'Convert to a suggestion'),
        describe: say(
          '涉及面广的意见由代表转为建议，记录建议编号',
          'a broad matter becomes a deputy’s suggestion; its id is recorded',
        ),
        payload: P.convertToSuggestionPayload,
        fieldNames,
        from: ['analysed'],
        to: 'convertedToSuggestion',
        roles: ['deputy', 'liaisonOffice'],
        guards: ['receivedByThisDeputy'],
        effect: effects.convertToSuggestion,
      },
      suggestionReplied: {
        label: label('登记建议办复', '登記建議辦覆', 'Record the suggestion’s reply'),
        describe: say(
          '意见所转建议办复后，向反映人反馈的义务开始，按反馈时限确定反馈期限',
          'once the suggestion it became is replied, the constituent is owed feedback by a due day',
        ),
        payload: P.suggestionRepliedPayload,
        fieldNames,
        from: ['convertedToSuggestion'],
        to: 'handled',
        roles: ['liaisonOffice', 'system'],
        guards: ['theLinkedSuggestion', 'replyNotLaterThanRecording', 'feedbackDueCountable'],
        effect: effects.suggestionReplied,
      },
      assign: {
        label: label('交办', '交辦', 'Assign'),
        describe: say(
          '交承办单位办理，按分类的工作日时限确定办理期限',
          'to a handling unit, due in the category’s working days',
        ),
        payload: P.assignPayload,
        fieldNames,
        from: ['analysed'],
        to: 'referred',
        roles: ['liaisonOffice'],
        guards: ['deadlineCountable'],
        effect: effects.assign,
      },
      acknowledge: {
        label: label('签收', '簽收', 'Acknowledge'),
        describe: say('承办单位签收并开始办理', 'the unit takes it in hand'),
        from: ['referred'],
        to: 'inHandling',
        roles: ['handlingUnit'],
        guards: ['isAssignedUnit'],
      },
      remind: {
        label: label('催办', '催辦', 'Remind'),
        describe: say('提醒承办单位按期办理', 'reminds the unit of its due day'),
        payload: P.remindPayload,
        fieldNames,
        from: WITH_THE_UNIT,
        roles: ['liaisonOffice', 'system'],
        effect: effects.remind,
      },
      supervise: {
        label: label('督办', '督辦', 'Supervise'),
        describe: say('对办理情况进行督办', 'supervises the handling'),
        payload: P.supervisePayload,
        fieldNames,
        from: WITH_THE_UNIT,
        roles: ['supervisor', 'liaisonOffice'],
        effect: effects.supervise,
      },
      requestExtension: {
        label: label('申请延期', '申請延期', 'Request an extension'),
        describe: say(
          '承办单位申请延长办理期限，累计不超过规则上限',
          'the unit asks for more working days, within the policy’s cap',
        ),
        payload: P.requestExtensionPayload,
        fieldNames,
        from: WITH_THE_UNIT,
        roles: ['handlingUnit'],
        guards: ['isAssignedUnit', 'noPendingExtension', 'extensionWithinCap'],
        effect: effects.requestExtension,
      },
      decideExtension: {
        label: label('审批延期', '審批延期', 'Decide on an extension'),
        describe: say(
          '同意的，办理期限按工作日顺延',
          'when approved, the due day moves by the working days asked',
        ),
        payload: P.decideExtensionPayload,
        fieldNames,
        from: WITH_THE_UNIT,
        roles: ['liaisonOffice', 'supervisor'],
        guards: ['pendingExtension', 'extensionCountable'],
        effect: effects.decideExtension,
      },
      handle: {
        label: label('办结', '辦結', 'Handle'),
        describe: say(
          '承办单位办理完毕，注明办理结果，记录是否按期',
          'the unit reports the outcome; whether on time is frozen',
        ),
        payload: P.handlePayload,
        fieldNames,
        from: WITH_THE_UNIT,
        to: 'handled',
        roles: ['handlingUnit'],
        guards: ['isAssignedUnit', 'feedbackDueCountable'],
        effect: effects.handle,
      },
      feedBack: {
        label: label('反馈', '反饋', 'Feed back'),
        describe: say(
          '向反映人和接收代表反馈办理结果（当面、书面、电话）；都反馈后为已反馈',
          'tells the constituent and the receiving deputy the outcome; once both are told, it is fed back',
        ),
        payload: P.feedBackPayload,
        fieldNames,
        from: ['handled'],
        to: (record, event) =>
          event.payload !== undefined && everyoneFedBackWith(record, event.payload.to)
            ? 'fedBack'
            : 'handled',
        targets: { handled: ['handled', 'fedBack'] },
        roles: ['liaisonOffice', 'deputy'],
        guards: ['receivedByThisDeputy', 'deputyTellsTheConstituent', 'feedbackOwed'],
        effect: effects.feedBack,
      },
      callback: {
        label: label('回访', '回訪', 'Call back'),
        describe: say(
          '回访反映人并记录满意度；满意或基本满意即办结',
          'asks the constituent how satisfied they are; satisfied or basically satisfied closes it',
        ),
        payload: P.callbackPayload,
        fieldNames,
        from: ['fedBack'],
        to: (_record, event) =>
          event.payload?.satisfaction === 'dissatisfied' ? 'fedBack' : 'closed',
        targets: { fedBack: ['fedBack', 'closed'] },
        roles: ['liaisonOffice', 'system'],
        guards: ['notCalledBackYet'],
        effect: effects.callback,
      },
      reopen: {
        label: label('重新办理', '重新辦理', 'Reopen'),
        describe: say(
          '回访不满意的，在规则允许的次数内重新交办',
          'after a dissatisfied callback, assigned again, within the policy’s number of rounds',
        ),
        payload: P.reopenPayload,
        fieldNames,
        from: ['fedBack'],
        to: 'analysed',
        roles: ['liaisonOffice'],
        guards: ['dissatisfied', 'withinReopenRounds'],
        effect: effects.reopen,
      },
      close: {
        label: label('办结归档', '辦結歸檔', 'Close'),
        describe: say(
          '回访后不再重新办理的，办结归档',
          'closed after the callback without another round',
        ),
        payload: P.closePayload,
        fieldNames,
        from: ['fedBack'],
        to: 'closed',
        roles: ['liaisonOffice'],
        guards: ['calledBack'],
      },
    },
    guards: opinionGuards,
  }),
);
