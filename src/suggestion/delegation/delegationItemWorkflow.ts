import { defineWorkflow } from '../../workflow/defineWorkflow.js';
import { label, say } from '../../workflow/internal/definitionTexts.js';
import { withOwnedPayloads } from '../../workflow/internal/ownedPayloads.js';
import type { DelegationItemWorkflowTypes } from './delegationItemTypes.js';
import * as P from './internal/payloads.js';
import { delegationItemStates } from './internal/states.js';
import { delegationItemEffects as effects } from './rules/effects.js';
import { delegationItemGuards } from './rules/guards.js';

/**
 * The delegation-item workflow (代表团建议流程): a suggestion a delegation makes in its own name,
 * from the clues to its submission, as data: 5 states, 8 events with their roles and named
 * guards, on the same engine as the suggestion and motion workflows.
 *
 * @remarks
 * Why a workflow of its own: before it is submitted a delegation item has parties a suggestion
 * does not have (the head, 团长, and every member of the delegation) and steps that happen before
 * any office registers it (the head's approval, every member's consent). Putting them in the
 * suggestion workflow would give every suggestion states it never uses; so, as for motions, this
 * small workflow runs the life before submission, and {@link suggestionFromDelegationItem} hands
 * the item to the suggestion workflow once it is submitted. The rules, in short (the guide
 * "Delegation items" has the whole table):
 * - **Clues** (收集线索): members and the office add clues to the draft (`addClue`).
 * - **To the head** (报团长审定): the office or a member sends the draft, with its content, to the
 *   head (`submitForApproval`); each sending opens a new round.
 * - **The head decides** (团长审定): only the head approves (`approve`) or refuses with a reason
 *   (`refuseApproval`); a refusal sends the draft back for revision.
 * - **Every member answers** (征求全体代表意见): each member other than the head (whose approval is
 *   the head's consent) consents (`consent`) or refuses with a reason (`refuseConsent`), once a
 *   round. One refusal sends the draft back for revision: the delegation speaks with one voice,
 *   so a text a member refuses is not the delegation's, and the revised text goes to the head
 *   and every member again.
 * - **Submitted** (以代表团名义提出): once every member has consented, the office submits it
 *   (`submit`, naming the suggestion record made from it).
 * - **Abandoned** (不再提出): the office or the head gives it up before submission (`abandon`).
 *
 * The office may key in an answer given on paper for the head or a member (`onBehalfOf`); the
 * guards then judge the deputy it is keyed in for.
 * @example
 * ```ts
 * import { createDelegationItem, delegationItemWorkflow, transition } from 'renda';
 *
 * let item = createDelegationItem(
 *   {
 *     id: 'DI-1',
 *     congress: { jurisdiction: '430000', level: 'provincial', term: 14 },
 *     delegationId: 'DEL-CS',
 *     title: '关于加快湘江流域生态修复的建议',
 *     content: '建议省政府设立专项资金，统筹推进湘江干支流生态修复。',
 *     headId: 'D-1',
 *     members: ['D-1', 'D-2'],
 *   },
 *   { at: '2025-01-10T09:00:00+08:00' },
 * );
 * const options = { workflow: delegationItemWorkflow, context: undefined };
 * const office = { role: 'liaisonOffice', id: 'OFFICE-CS' } as const;
 * item = transition(item, { type: 'submitForApproval' }, { ...options, actor: office, at: '2025-01-10T10:00:00+08:00' }).record;
 * item = transition(item, { type: 'approve' }, { ...options, actor: { role: 'deputy', id: 'D-1' }, at: '2025-01-11T09:00:00+08:00' }).record;
 * item = transition(item, { type: 'consent' }, { ...options, actor: { role: 'deputy', id: 'D-2' }, at: '2025-01-11T15:00:00+08:00' }).record;
 * console.log(item.state); // 'awaitingConsent'
 * const submitted = transition(item, { type: 'submit', payload: { suggestionId: 'S-88' } }, {
 *   ...options,
 *   actor: office,
 *   at: '2025-01-12T09:00:00+08:00',
 * }).record;
 * console.log(submitted.state, submitted.suggestionId); // 'submitted' 'S-88'
 * ```
 * @category Suggestion workflow
 */
export const delegationItemWorkflow = /* @__PURE__ */ withOwnedPayloads(
  /* @__PURE__ */ defineWorkflow({
    id: 'delegationItem',
    version: 1,
    types: {} as DelegationItemWorkflowTypes,
    initial: 'draft',
    states: delegationItemStates,
    events: {
      addClue: {
        label: label('收集线索', '收集線索', 'Add a clue'),
        describe: say(
          '本团代表或代表工作机构为草稿收集建议线索',
          'a member or the liaison office adds a clue to the draft',
        ),
        payload: P.addCluePayload,
        fieldNames: P.delegationItemPayloadFieldNames.addClue,
        from: ['draft'],
        roles: ['deputy', 'liaisonOffice'],
        guards: ['memberWhenDeputy'],
        effect: effects.addClue,
      },
      submitForApproval: {
        label: label('报团长审定', '報團長審定', 'Send to the head'),
        describe: say(
          '代表工作机构或本团代表将写明正文的草稿报团长审定，开始新一轮',
          'the office or a member sends the draft, with its content, to the head; a new round begins',
        ),
        from: ['draft'],
        to: 'awaitingApproval',
        roles: ['liaisonOffice', 'deputy'],
        guards: ['memberWhenDeputy', 'hasContent'],
        effect: effects.submitForApproval,
      },
      approve: {
        label: label('团长审定同意', '團長審定同意', 'Head approves'),
        describe: say(
          '团长审定同意，草稿送全体代表征求意见',
          'the head approves, and the draft goes to every member',
        ),
        payload: P.agreePayload,
        fieldNames: P.delegationItemPayloadFieldNames.approve,
        from: ['awaitingApproval'],
        to: 'awaitingConsent',
        roles: ['deputy'],
        agentRoles: ['liaisonOffice'],
        guards: ['isDelegationHead'],
        effect: effects.approve,
      },
      refuseApproval: {
        label: label('团长退回修改', '團長退回修改', 'Head refuses'),
        describe: say(
          '团长不同意并说明理由，草稿退回修改',
          'the head refuses, saying why, and the draft goes back for revision',
        ),
        payload: P.refusePayload,
        fieldNames: P.delegationItemPayloadFieldNames.refuseApproval,
        from: ['awaitingApproval'],
        to: 'draft',
        roles: ['deputy'],
        agentRoles: ['liaisonOffice'],
        guards: ['isDelegationHead'],
        effect: effects.refuseApproval,
      },
      consent: {
        label: label('代表同意', '代表同意', 'Member consents'),
        describe: say(
          '团长以外的本团代表同意以代表团名义提出，每轮一次',
          'a member other than the head consents to submitting it in the delegation’s name, once a round',
        ),
        payload: P.agreePayload,
        fieldNames: P.delegationItemPayloadFieldNames.consent,
        from: ['awaitingConsent'],
        roles: ['deputy'],
        agentRoles: ['liaisonOffice'],
        guards: ['isConsultedMember', 'notAnsweredYet'],
        effect: effects.consent,
      },
      refuseConsent: {
        label: label('代表不同意', '代表不同意', 'Member refuses'),
        describe: say(
          '本团代表不同意并说明理由，草稿退回修改，修改后须重新审定并征求全体代表意见',
          'a member refuses, saying why; the draft goes back for revision, and the revised text needs the head and every member again',
        ),
        payload: P.refusePayload,
        fieldNames: P.delegationItemPayloadFieldNames.refuseConsent,
        from: ['awaitingConsent'],
        to: 'draft',
        roles: ['deputy'],
        agentRoles: ['liaisonOffice'],
        guards: ['isConsultedMember', 'notAnsweredYet'],
        effect: effects.refuseConsent,
      },
      submit: {
        label: label('以代表团名义提出', '以代表團名義提出', 'Submit in the delegation’s name'),
        describe: say(
          '全体代表同意后，代表工作机构以代表团名义提出，并记录形成的建议编号',
          'once every member has consented, the office submits it in the delegation’s name and records the suggestion made from it',
        ),
        payload: P.submitPayload,
        fieldNames: P.delegationItemPayloadFieldNames.submit,
        from: ['awaitingConsent'],
        to: 'submitted',
        roles: ['liaisonOffice'],
        guards: ['everyMemberConsented'],
        effect: effects.submit,
      },
      abandon: {
        label: label('不再提出', '不再提出', 'Abandon'),
        describe: say(
          '提出前，代表工作机构或团长决定不再提出',
          'before submission, the office or the head gives the item up',
        ),
        payload: P.abandonPayload,
        fieldNames: P.delegationItemPayloadFieldNames.abandon,
        from: ['draft', 'awaitingApproval', 'awaitingConsent'],
        to: 'abandoned',
        roles: ['liaisonOffice', 'deputy'],
        guards: ['headWhenDeputy'],
        effect: effects.abandon,
      },
    },
    guards: delegationItemGuards,
  }),
);
