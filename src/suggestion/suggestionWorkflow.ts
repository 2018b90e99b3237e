import { defineWorkflow } from '../workflow/defineWorkflow.js';
import { label, say } from '../workflow/internal/definitionTexts.js';
import { withOwnedPayloads } from '../workflow/internal/ownedPayloads.js';
import { importedEvent, importedGuards } from './importedEntry.js';
import * as P from './internal/payloads.js';
import { suggestionStates } from './internal/states.js';
import { migrateRulesEvent, migrationGuards, suggestionRulesVersion } from './migrateRules.js';
import { ON_BEHALF_AGENTS, type OnBehalfEvent } from './policy.js';
import { effects } from './rules/effects.js';
import { suggestionGuards } from './rules/guards.js';
import { evaluationOutcome, repliedCondition } from './rules/handling.js';
import type { SuggestionWorkflowTypes } from './suggestionTypes.js';

/**
 * The suggestion workflow (建议办理流程): the whole life of a deputy's suggestion, from draft to
 * closing, as data — 11 states, 28 events with their roles and named guards, and the effects
 * that freeze due days, on-time verdicts and rounds on the record; and `imported`, the
 * replay-only first entry of a suggestion adopted from an older platform.
 *
 * @remarks
 * Run it with {@link safeTransition} and `context: { policy }`. Every event declares its roles
 * (`FORBIDDEN` otherwise) and guards that check the actor's identity too: a unit acts only for
 * its own assignment, only the lead proposer submits or withdraws, each deputy evaluates only
 * for themself. The rules, in short (the guide "The suggestion workflow" has the full table):
 * - **Assignment** (交办): one lead (主办) plus assisting (协办) or joint (会办) units, two or more
 *   separate units (分办), or one sole unit (独办). Lead, sole and separate units must reply,
 *   due by `policy.deadlines.reply`; assisting and joint units send their view to the lead,
 *   due by `policy.deadlines.assistingInput` (`sendAssistingInput` records it and its on-time
 *   verdict; `policy.assistingInputBeforeReply` may make the lead wait for it). A session-close
 *   rule needs `anchorDay`.
 * - **Replied** (已答复) when `policy.repliedWhen` says so: the lead or sole unit's reply, or every
 *   unit that must reply; separate units always each reply. Each reply stores its due day and
 *   its on-time verdict, judged by the reply's own `at` (a backdated paper reply keeps it).
 * - **Evaluation** (评价): the required evaluators are the lead proposer (`leadOnly`) or every
 *   proposer (`everyDeputy`). A dissatisfied verdict from any of them opens a re-handling round
 *   at once (`round + 1`, due by `policy.deadlines.reHandlingReply`), unless
 *   `policy.maxReHandlingRounds` re-handlings already happened: then the item closes as
 *   `roundsExhausted` with an escalation (提级督办). Satisfied or basically satisfied from every
 *   required evaluator closes it as `evaluated`; until then it stays replied. With no
 *   evaluation after `policy.deadlines.evaluationWindow`, `lapseEvaluation` closes it.
 * - **Closed** is not terminal: follow-up replies (跟踪办理) and publication come after it.
 *
 * @example
 * ```ts
 * import { createSuggestion, defaultPolicy, suggestionWorkflow, transition } from 'renda';
 *
 * const context = { policy: defaultPolicy };
 * const draft = createSuggestion(
 *   {
 *     id: 'S-1',
 *     congress: { jurisdiction: '330200', level: 'city', term: 16 },
 *     period: 'betweenSessions',
 *     title: '关于加强农村道路养护的建议',
 *     proposers: [{ deputyId: 'D-1', role: 'lead' }],
 *   },
 *   { at: '2025-03-01T09:00:00+08:00', policy: defaultPolicy },
 * );
 * const { record } = transition(draft, { type: 'submit' }, {
 *   workflow: suggestionWorkflow,
 *   actor: { role: 'deputy', id: 'D-1' },
 *   at: '2025-03-01T10:00:00+08:00',
 *   context,
 * });
 * console.log(record.state); // 'submitted'
 * ```
 * @category Suggestion workflow
 */
export const suggestionWorkflow = /* @__PURE__ */ withOwnedPayloads(
  /* @__PURE__ */ defineWorkflow({
    id: 'suggestion',
    version: 1,
    types: {} as SuggestionWorkflowTypes,
    initial: 'draft',
    states: suggestionStates,
    events: {
      submit: {
        label: label('提交', '提交', 'Submit'),
        roleLabels: {
          deputy: label('提交建议', '提交建議', 'Submit the suggestion'),
          liaisonOffice: label('收到建议', '收到建議', 'Suggestion received'),
        },
        describe: say('领衔代表提交建议', 'the lead proposer submits the item'),
        payload: P.submitPayload,
        fieldNames: P.payloadFieldNames.submit,
        from: ['draft'],
        to: 'submitted',
        roles: ['deputy'],
        agentRoles: ON_BEHALF_AGENTS.submit,
        guards: ['isLeadProposer'],
        effect: effects.submit,
      },
      consultBeforeSubmission: {
        label: label('提出前沟通', '提出前溝通', 'Consult before submission'),
        describe: say(
          '代表提出建议前与有关单位沟通（上海）',
          'a proposer talks the draft over with the unit that would handle it, before submitting',
        ),
        payload: P.consultBeforeSubmissionPayload,
        fieldNames: P.payloadFieldNames.consultBeforeSubmission,
        from: ['draft'],
        roles: ['deputy'],
        guards: ['isProposer'],
        effect: effects.consultBeforeSubmission,
      },
      register: {
        label: label('立案', '立案', 'Register'),
        describe: say('审查后立案并编号', 'registered after screening, with its official number'),
        payload: P.registerPayload,
        fieldNames: P.payloadFieldNames.register,
        from: ['submitted'],
        to: 'registered',
        roles: ['liaisonOffice'],
        effect: effects.register,
      },
      refuseRegistration: {
        label: label('不予立案', '不予立案', 'Refuse registration'),
        describe: say(
          '不作为建议处理，说明理由并告知代表',
          'not handled as a suggestion; the reason is recorded and the deputy told',
        ),
        payload: P.refuseRegistrationPayload,
        fieldNames: P.payloadFieldNames.refuseRegistration,
        from: ['submitted'],
        to: 'notRegistered',
        roles: ['liaisonOffice'],
        guards: ['reasonInPolicy', 'noticeNotBeforeDecision'],
        effect: effects.refuseRegistration,
      },
      convertFromMotion: {
        label: label('议案转建议', '議案轉建議', 'Convert from motion'),
        describe: say('主席团决定议案作为建议处理', 'a motion is to be handled as a suggestion'),
        payload: P.convertFromMotionPayload,
        fieldNames: P.payloadFieldNames.convertFromMotion,
        from: ['submitted', 'registered'],
        roles: ['liaisonOffice'],
        guards: ['isMotion'],
        effect: effects.convertFromMotion,
      },
      merge: {
        label: label('并案', '併案', 'Merge'),
        describe: say(
          '本件并入主件（into），或他件并入本件（from）',
          'this item is merged into a primary (into), or others into this one (from)',
        ),
        payload: P.mergePayload,
        fieldNames: P.payloadFieldNames.merge,
        from: ['submitted', 'registered', 'assigned', 'inHandling'],
        to: (record, event) =>
          event.payload?.into !== undefined
            ? 'merged'
            : (record.state as 'submitted' | 'registered' | 'assigned' | 'inHandling'),
        targets: {
          submitted: ['merged', 'submitted'],
          registered: ['merged', 'registered'],
          assigned: ['merged', 'assigned'],
          inHandling: ['merged', 'inHandling'],
        },
        roles: ['liaisonOffice'],
        guards: ['notMergedWithItself', 'mergedBeforeReply'],
        effect: effects.merge,
      },
      withdraw: {
        label: label('撤回', '撤回', 'Withdraw'),
        describe: say(
          '领衔代表书面撤回，答复前有效',
          'the lead proposer withdraws it, before any reply',
        ),
        payload: P.withdrawPayload,
        fieldNames: P.payloadFieldNames.withdraw,
        // Once the item is replied there is nothing left to withdraw; a separate (分办) item still
        // in handling may already hold one unit's reply, which the noReplyYet guard refuses.
        from: ['submitted', 'registered', 'assigned', 'inHandling'],
        to: 'withdrawn',
        roles: ['deputy'],
        agentRoles: ON_BEHALF_AGENTS.withdraw,
        guards: ['isLeadProposer', 'noReplyYet', 'reasonCodeAsPolicySays'],
        effect: effects.withdraw,
      },
      assign: {
        label: label('交办', '交辦', 'Assign'),
        describe: say(
          '交承办单位办理，确定办理方式和答复期限',
          'assigned to handling units with their roles and deadlines',
        ),
        payload: P.assignPayload,
        fieldNames: P.payloadFieldNames.assign,
        from: ['registered'],
        to: 'assigned',
        roles: ['liaisonOffice'],
        guards: ['validHandlingRoles', 'anchorDayGiven', 'deadlinesCountable'],
        effect: effects.assign,
      },
      requestReturn: {
        label: label('申请调整', '申請調整', 'Request return'),
        describe: say(
          '承办单位在规定期限内申请退回改办',
          'a unit asks, within the window, to have the item reassigned',
        ),
        payload: P.requestReturnPayload,
        fieldNames: P.payloadFieldNames.requestReturn,
        from: ['assigned', 'inHandling'],
        roles: ['handlingUnit'],
        guards: [
          'isActiveAssignedUnit',
          'unitNotRepliedYet',
          'noPendingReturnRequest',
          'withinReturnWindow',
          'reasonCodeAsPolicySays',
        ],
        effect: effects.requestReturn,
      },
      decideReturn: {
        label: label('审批调整申请', '審批調整申請', 'Decide return'),
        payload: P.decideReturnPayload,
        fieldNames: P.payloadFieldNames.decideReturn,
        from: ['assigned', 'inHandling'],
        roles: ['liaisonOffice'],
        guards: ['pendingReturnRequest'],
        effect: effects.decideReturn,
      },
      reassign: {
        label: label('改交', '改交', 'Reassign'),
        describe: say(
          '批准调整后改交其他单位',
          'after an approved return, the item goes to another unit',
        ),
        payload: P.reassignPayload,
        fieldNames: P.payloadFieldNames.reassign,
        from: ['assigned', 'inHandling'],
        roles: ['liaisonOffice'],
        guards: [
          'returnApproved',
          'replacedUnitNotReplied',
          'newUnitNotAssigned',
          'reassignedDeadlineValid',
          'reasonCodeAsPolicySays',
        ],
        effect: effects.reassign,
      },
      accept: {
        label: label('签收', '簽收', 'Accept'),
        from: ['assigned', 'inHandling'],
        to: 'inHandling',
        roles: ['handlingUnit'],
        guards: ['isActiveAssignedUnit', 'notYetAccepted'],
        effect: effects.accept,
      },
      consult: {
        label: label('沟通面商', '溝通面商', 'Consult'),
        describe: say('承办单位与代表沟通或面商', 'the unit contacts or meets the deputies'),
        payload: P.consultPayload,
        fieldNames: P.payloadFieldNames.consult,
        from: ['assigned', 'inHandling', 'replied', 'reHandling'],
        roles: ['handlingUnit'],
        guards: ['isActiveAssignedUnit'],
        effect: effects.consult,
      },
      supervise: {
        label: label('督办', '督辦', 'Supervise'),
        payload: P.supervisePayload,
        fieldNames: P.payloadFieldNames.supervise,
        from: ['assigned', 'inHandling', 'replied', 'reHandling'],
        roles: ['liaisonOffice', 'supervisor'],
        guards: ['supervisorOfKeyItem'],
        effect: effects.supervise,
      },
      designateKeyItem: {
        label: label('确定重点督办', '確定重點督辦', 'Designate key item'),
        payload: P.designateKeyItemPayload,
        fieldNames: P.payloadFieldNames.designateKeyItem,
        from: ['registered', 'assigned', 'inHandling', 'reHandling'],
        roles: ['supervisor', 'liaisonOffice'],
        guards: ['notKeyItem'],
        effect: effects.designateKeyItem,
      },
      routeDirect: {
        label: label('直通车报送', '直通車報送', 'Send by the direct route'),
        describe: say(
          '建议“直通车”：直接报送党委、政府主要领导（山东）',
          'the suggestion goes straight to the Party committee’s or government’s leaders',
        ),
        payload: P.routeDirectPayload,
        fieldNames: P.payloadFieldNames.routeDirect,
        from: ['registered', 'assigned', 'inHandling', 'replied', 'reHandling'],
        roles: ['liaisonOffice'],
        guards: ['notRoutedDirect'],
        effect: effects.routeDirect,
      },
      recordInstruction: {
        label: label('记录领导批示', '記錄領導批示', 'Record instruction'),
        describe: say(
          '记录领导对直通车建议的批示',
          'a leader’s instruction on an item sent by the direct route is recorded',
        ),
        payload: P.recordInstructionPayload,
        fieldNames: P.payloadFieldNames.recordInstruction,
        from: ['registered', 'assigned', 'inHandling', 'replied', 'reHandling', 'closed'],
        roles: ['liaisonOffice'],
        guards: ['routedDirect', 'instructionAfterRouting'],
        effect: effects.recordInstruction,
      },
      requestExtension: {
        label: label('申请延期', '申請延期', 'Request extension'),
        payload: P.requestExtensionPayload,
        fieldNames: P.payloadFieldNames.requestExtension,
        from: ['assigned', 'inHandling'],
        roles: ['handlingUnit'],
        guards: ['isActiveAssignedUnit', 'noPendingExtension', 'extensionWithinCap'],
        effect: effects.requestExtension,
      },
      decideExtension: {
        label: label('审批延期', '審批延期', 'Decide extension'),
        payload: P.decideExtensionPayload,
        fieldNames: P.payloadFieldNames.decideExtension,
        from: ['assigned', 'inHandling'],
        roles: ['liaisonOffice'],
        guards: ['pendingExtension', 'approvalWithinCap'],
        effect: effects.decideExtension,
      },
      sendAssistingInput: {
        label: label('提交协办意见', '提交協辦意見', 'Send assisting input'),
        describe: say(
          '协办、会办单位向主办单位提交书面意见，按协办意见期限判定是否按期',
          'an assisting or joint unit sends its written input to the lead unit, judged on time against its deadline',
        ),
        payload: P.sendAssistingInputPayload,
        fieldNames: P.payloadFieldNames.sendAssistingInput,
        from: ['assigned', 'inHandling', 'reHandling'],
        roles: ['handlingUnit'],
        guards: [
          'isActiveAssignedUnit',
          'isAssistingUnit',
          'inputNotSentThisRound',
          'isCurrentRound',
        ],
        effect: effects.sendAssistingInput,
      },
      holdingReply: {
        label: label('阶段性答复', '階段性答覆', 'Holding reply'),
        roleLabels: {
          handlingUnit: label('先行答复代表', '先行答覆代表', 'Send a holding reply'),
          deputy: label('收到阶段性答复', '收到階段性答覆', 'Holding reply received'),
        },
        describe: say(
          '正式答复前先行简要答复（如跨年度办理），不计入办复',
          'a brief answer before the formal reply (e.g. a cross-year item); not counted as replied',
        ),
        payload: P.holdingReplyPayload,
        fieldNames: P.payloadFieldNames.holdingReply,
        from: ['assigned', 'inHandling', 'reHandling'],
        roles: ['handlingUnit'],
        guards: ['isActiveAssignedUnit', 'unitMustReply', 'notRepliedThisRound', 'isCurrentRound'],
        effect: effects.holdingReply,
      },
      reply: {
        label: label('答复', '答覆', 'Reply'),
        roleLabels: {
          handlingUnit: label('答复代表', '答覆代表', 'Reply to the deputy'),
          deputy: label('收到答复', '收到答覆', 'Reply received'),
        },
        describe: say(
          '承办单位答复代表，注明答复类别',
          'the unit replies to the deputy, with its outcome class',
        ),
        payload: P.replyPayload,
        fieldNames: P.payloadFieldNames.reply,
        from: ['assigned', 'inHandling', 'reHandling'],
        to: (record, event, context) => {
          if (repliedCondition(record, context.policy, event.actor.id)) return 'replied';
          return record.state === 'reHandling' ? 'reHandling' : 'inHandling';
        },
        targets: {
          assigned: ['replied', 'inHandling'],
          inHandling: ['replied', 'inHandling'],
          reHandling: ['replied', 'reHandling'],
        },
        roles: ['handlingUnit'],
        agentRoles: ON_BEHALF_AGENTS.reply,
        guards: [
          'isActiveAssignedUnit',
          'unitMustReply',
          'assistingInputReceived',
          'notRepliedThisRound',
          'isCurrentRound',
          'outcomeClassInTaxonomy',
        ],
        effect: effects.reply,
      },
      evaluate: {
        label: label('评价', '評價', 'Evaluate'),
        roleLabels: {
          deputy: label('评价答复', '評價答覆', 'Evaluate the reply'),
          handlingUnit: label('收到代表评价', '收到代表評價', 'Evaluation received'),
        },
        describe: say(
          '代表对本轮答复作出满意、基本满意或不满意的评价',
          'a deputy grades this round’s answer: satisfied, basically satisfied or dissatisfied',
        ),
        payload: P.evaluatePayload,
        fieldNames: P.payloadFieldNames.evaluate,
        from: ['replied'],
        to: (record, event, context) => {
          const grade = event.payload?.grade ?? 'satisfied';
          const outcome = evaluationOutcome(record, event.actor.id, grade, context.policy);
          if (outcome === 'reHandling') return 'reHandling';
          return outcome === 'waiting' ? 'replied' : 'closed';
        },
        targets: ['closed', 'reHandling', 'replied'],
        roles: ['deputy'],
        agentRoles: ON_BEHALF_AGENTS.evaluate,
        guards: [
          'isEvaluator',
          'notEvaluatedThisRound',
          'isCurrentRound',
          'evaluatedAfterReply',
          'gradesAsPolicySays',
        ],
        effect: effects.evaluate,
      },
      lapseEvaluation: {
        label: label('逾期未评价', '逾期未評價', 'Evaluation lapsed'),
        describe: say(
          '评价期限届满未评价，视为办结',
          'no evaluation within the window: the item closes as not evaluated',
        ),
        payload: P.lapseEvaluationPayload,
        fieldNames: P.payloadFieldNames.lapseEvaluation,
        from: ['replied'],
        to: 'closed',
        roles: ['system'],
        guards: ['evaluationWindowPassed'],
        effect: effects.lapseEvaluation,
      },
      close: {
        label: label('办结', '辦結', 'Close'),
        describe: say('代表工作机构决定办结', 'the liaison office closes the item'),
        payload: P.closePayload,
        fieldNames: P.payloadFieldNames.close,
        from: ['replied', 'reHandling'],
        to: 'closed',
        roles: ['liaisonOffice'],
        guards: ['hasReply', 'reasonCodeAsPolicySays'],
        effect: effects.close,
      },
      followUpReply: {
        label: label('跟踪办理答复', '跟蹤辦理答覆', 'Follow-up reply'),
        describe: say(
          '对正在解决或列入计划的事项，落实后再次答复',
          'a further reply once in-progress or planned work is done',
        ),
        payload: P.replyPayload,
        fieldNames: P.payloadFieldNames.followUpReply,
        from: ['closed'],
        roles: ['handlingUnit'],
        guards: [
          'isActiveAssignedUnit',
          'followUpExpected',
          'outcomeClassInTaxonomy',
          'outcomeNotWorse',
        ],
        effect: effects.followUpReply,
      },
      publish: {
        label: label('公开', '公開', 'Publish'),
        payload: P.publishPayload,
        fieldNames: P.payloadFieldNames.publish,
        from: ['replied', 'reHandling', 'closed'],
        roles: ['liaisonOffice'],
        guards: ['publicationAllowed'],
        effect: effects.publish,
      },
      migrateRules: migrateRulesEvent,
      imported: importedEvent,
    },
    guards: { ...suggestionGuards, ...migrationGuards, ...importedGuards },
    rulesVersion: suggestionRulesVersion,
    // 代为操作: the jurisdiction's policy says which of an event's agent roles it allows.
    agentPolicy: {
      allows: (context, event, agentRole) =>
        context.policy.onBehalf[event as OnBehalfEvent]?.includes(agentRole) === true,
    },
  }),
);
