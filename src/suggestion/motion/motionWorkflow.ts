import { defineWorkflow } from '../../workflow/defineWorkflow.js';
import { label, say } from '../../workflow/internal/definitionTexts.js';
import { withOwnedPayloads } from '../../workflow/internal/ownedPayloads.js';
import * as P from './internal/payloads.js';
import { motionStates } from './internal/states.js';
import type { MotionWorkflowTypes } from './motionTypes.js';
import { BEFORE_THE_VOTE, STATE_AFTER_DECISION } from './rules/decisions.js';
import { motionEffects as effects } from './rules/effects.js';
import { motionGuards } from './rules/guards.js';

/**
 * The motion workflow (议案办理流程): a deputies' motion from its draft to the vote, as data: 10
 * states, 7 events with their roles and named guards, on the same engine as the suggestion
 * workflow.
 *
 * @remarks
 * Run it with {@link safeTransition} and `context: undefined`. The rules, in short (the guide
 * "Motions" has the whole table):
 * - **Submit** (提出): only the lead proposer, only with enough signers ({@link meetsMotionThreshold}:
 *   a delegation or 30 deputies at the NPC, 10 at county level and above, 5 at township level),
 *   and only with grounds, basis and proposed solution (案由、案据、方案).
 * - **Decide** (主席团决定): on a submitted motion the presidium puts it on the session's agenda
 *   (列入会议议程), refers it to a special committee (交专门委员会审议, naming the committee) or
 *   handles it as a suggestion (作为建议处理). The committee reports (`reportReview`, 审议结果报告,
 *   recommending the agenda or not), and the presidium decides again: the agenda, not the agenda
 *   (不列入会议议程), or a suggestion.
 * - **Withdraw** (撤回): before the vote, the lead proposer asks (`requestWithdrawal`) and the
 *   presidium consents or refuses (`decideWithdrawal`); consent withdraws it. The vote waits for a
 *   pending request to be decided.
 * - **Vote** (表决): the secretariat records the result of the vote on a motion on the agenda.
 * - **Handled as a suggestion**: `suggestionFromMotion` builds the suggestion record and records
 *   it here (`convertToSuggestion`), so each record points at the other and keeps its history.
 *
 * @example
 * ```ts
 * import { createMotion, motionWorkflow, transition } from 'renda';
 *
 * const proposers = Array.from({ length: 5 }, (_, i) => ({
 *   deputyId: `D-${i + 1}`,
 *   role: i === 0 ? ('lead' as const) : ('co' as const),
 * }));
 * const draft = createMotion(
 *   {
 *     id: 'M-1',
 *     congress: { jurisdiction: '330212001', level: 'township', term: 18 },
 *     title: '关于修缮镇中心小学校舍的议案',
 *     grounds: '校舍老化',
 *     basis: '经鉴定为C级危房',
 *     solution: '列入本年度财政预算予以修缮',
 *     proposers,
 *   },
 *   { at: '2025-01-10T09:00:00+08:00' },
 * );
 * const options = { workflow: motionWorkflow, context: undefined };
 * const submitted = transition(draft, { type: 'submit' }, {
 *   ...options,
 *   actor: { role: 'deputy', id: 'D-1' },
 *   at: '2025-01-10T10:00:00+08:00',
 * }).record;
 * const decided = transition(submitted, { type: 'decide', payload: { decision: 'putOnAgenda' } }, {
 *   ...options,
 *   actor: { role: 'presidium', id: 'P-1' },
 *   at: '2025-01-11T09:00:00+08:00',
 * }).record;
 * console.log(decided.state); // 'onAgenda'
 * ```
 * @category Suggestion workflow
 */
export const motionWorkflow = /* @__PURE__ */ withOwnedPayloads(
  /* @__PURE__ */ defineWorkflow({
    id: 'motion',
    version: 1,
    types: {} as MotionWorkflowTypes,
    initial: 'draft',
    states: motionStates,
    events: {
      submit: {
        label: label('提出议案', '提出議案', 'Submit'),
        describe: say(
          '领衔代表提出议案，须达到联名门槛并有案由、案据和方案',
          'the lead proposer submits it, with enough signers and its grounds, basis and solution',
        ),
        from: ['draft'],
        to: 'submitted',
        roles: ['deputy'],
        guards: ['isLeadProposer', 'meetsMotionThreshold', 'statesGroundsBasisSolution'],
        effect: effects.submit,
      },
      decide: {
        label: label('主席团决定', '主席團決定', 'Presidium decides'),
        describe: say(
          '主席团决定列入会议议程、交专门委员会审议、作为建议处理，或在审议结果报告后决定不列入会议议程',
          'the presidium puts it on the agenda, refers it to a committee or handles it as a suggestion; after the report, it may also leave it off the agenda',
        ),
        payload: P.decidePayload,
        fieldNames: P.motionPayloadFieldNames.decide,
        from: ['submitted', 'reviewed'],
        to: (_record, event) => STATE_AFTER_DECISION[event.payload?.decision ?? 'putOnAgenda'],
        targets: {
          submitted: ['onAgenda', 'underReview', 'handledAsSuggestion'],
          reviewed: ['onAgenda', 'notOnAgenda', 'handledAsSuggestion'],
        },
        roles: ['presidium'],
        guards: ['decisionFitsStage', 'committeeNamedWhenReferred', 'noPendingWithdrawal'],
        effect: effects.decide,
      },
      reportReview: {
        label: label('审议结果报告', '審議結果報告', 'Report on the review'),
        describe: say(
          '专门委员会审议后向主席团提出是否列入会议议程的意见',
          'the special committee reports whether to put the motion on the agenda',
        ),
        payload: P.reportReviewPayload,
        fieldNames: P.motionPayloadFieldNames.reportReview,
        from: ['underReview'],
        to: 'reviewed',
        roles: ['specialCommittee'],
        guards: ['isReviewingCommittee'],
        effect: effects.reportReview,
      },
      requestWithdrawal: {
        label: label('要求撤回', '要求撤回', 'Ask to withdraw'),
        describe: say(
          '交付表决前，领衔代表要求撤回议案',
          'before the vote, the lead proposer asks to withdraw the motion',
        ),
        payload: P.requestWithdrawalPayload,
        fieldNames: P.motionPayloadFieldNames.requestWithdrawal,
        from: BEFORE_THE_VOTE,
        roles: ['deputy'],
        guards: ['isLeadProposer', 'noPendingWithdrawal'],
        effect: effects.requestWithdrawal,
      },
      decideWithdrawal: {
        label: label('决定是否同意撤回', '決定是否同意撤回', 'Decide on withdrawal'),
        describe: say(
          '主席团同意撤回的，对该议案的审议即行终止',
          'with the presidium’s consent the motion is withdrawn and its consideration ends',
        ),
        payload: P.decideWithdrawalPayload,
        fieldNames: P.motionPayloadFieldNames.decideWithdrawal,
        from: BEFORE_THE_VOTE,
        to: (record, event) =>
          event.payload?.decision === 'approved'
            ? 'withdrawn'
            : (record.state as (typeof BEFORE_THE_VOTE)[number]),
        targets: {
          submitted: ['withdrawn', 'submitted'],
          underReview: ['withdrawn', 'underReview'],
          reviewed: ['withdrawn', 'reviewed'],
          onAgenda: ['withdrawn', 'onAgenda'],
        },
        roles: ['presidium'],
        guards: ['pendingWithdrawal'],
        effect: effects.decideWithdrawal,
      },
      vote: {
        label: label('表决', '表決', 'Vote'),
        describe: say(
          '大会对列入议程的议案进行表决',
          'the session votes on the motion on its agenda',
        ),
        payload: P.votePayload,
        fieldNames: P.motionPayloadFieldNames.vote,
        from: ['onAgenda'],
        to: (_record, event) => (event.payload?.result === 'notAdopted' ? 'notAdopted' : 'adopted'),
        targets: ['adopted', 'notAdopted'],
        roles: ['secretariat'],
        guards: ['noPendingWithdrawal'],
        effect: effects.vote,
      },
      convertToSuggestion: {
        label: label('转为建议', '轉為建議', 'Convert to suggestion'),
        describe: say(
          '记录作为建议处理后形成的建议编号',
          'records the suggestion made from the motion handled as a suggestion',
        ),
        payload: P.convertToSuggestionPayload,
        fieldNames: P.motionPayloadFieldNames.convertToSuggestion,
        from: ['handledAsSuggestion'],
        roles: ['secretariat'],
        guards: ['notConvertedYet'],
        effect: effects.convertToSuggestion,
      },
    },
    guards: motionGuards,
  }),
);
