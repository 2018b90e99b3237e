import type * as z from 'zod';
import { formatRulesVersion } from '../suggestion/policy.js';
import { defineWorkflow } from '../workflow/defineWorkflow.js';
import { label, say } from '../workflow/internal/definitionTexts.js';
import { withOwnedPayloads } from '../workflow/internal/ownedPayloads.js';
import * as P from './internal/payloads.js';
import { livelihoodStates } from './internal/states.js';
import type { LivelihoodWorkflowTypes } from './livelihoodTypes.js';
import { livelihoodEffects as effects } from './rules/effects.js';
import { livelihoodGuards } from './rules/guards.js';
import { evaluationOutcome, progressTarget } from './rules/outcomes.js';

const fieldNames = P.livelihoodPayloadFieldNames;
type EvaluatePayload = z.output<typeof P.evaluatePayload>;

/** The states in which an adopted project is being carried out. */
const UNDER_WAY = ['selected', 'inProgress', 'rectifying'] as const;

/**
 * The livelihood-project vote (民生实事项目人大代表票决制), one project's path as data: 10 states,
 * 9 events with their roles and named guards, on the same engine as the suggestion workflow
 * (征集、初定、审议、票决、监督、评估).
 *
 * @remarks
 * Run it with {@link safeTransition} and `context: { policy }` (a {@link LivelihoodPolicy}); the
 * record's `rulesVersion` must be the policy's. In short (the guide "Livelihood-project votes"
 * has the whole table):
 * - **Collected** (征集, `candidate`): {@link createLivelihoodProject} registers a candidate from
 *   the deputies, the constituents or the government; the government or the office
 *   **short-lists** it (`shortlist`, 初定) or **drops** it with a reason (`drop`, 未列入).
 * - **Deliberated** (`deliberate`, 审议) by the congress or its standing committee.
 * - **Voted**: the session's ballots are counted once for all candidates with
 *   {@link tallyLivelihoodBallots}; `recordVote` (登记票决结果) writes this project's counts, rank
 *   and whether it was adopted. An adopted project needs a rank, the quorum and the threshold of
 *   the policy (`adoptionLawful`).
 * - **Carried out** (实施): the responsible unit sets milestones (`addMilestone`), reports
 *   progress (`reportProgress`, the first report moves it to `inProgress`) and completes it
 *   (`complete`); the office and deputies record their supervision (`supervise`, 视察、调研).
 * - **Evaluated** at year end (`evaluate`, 年终满意度测评), classified by the policy's rule
 *   ({@link classifyYearEndVote}) and frozen on the record: satisfied or basically satisfied
 *   closes it (`evaluated`); dissatisfied sends it to rectification (`rectifying`, 整改) while the
 *   policy's rounds last, and re-evaluation, else it fails (`failed`, 测评不合格).
 *
 * `stage` is kept equal to `state`, so readers of the stage see the workflow's progress.
 * @example
 * ```ts
 * import { createLivelihoodProject, defaultLivelihoodPolicy, livelihoodWorkflow, transition } from 'renda';
 *
 * const policy = defaultLivelihoodPolicy;
 * let project = createLivelihoodProject(
 *   { id: 'P-2', year: 2025, title: '农村公路提档升级', responsibleUnitIds: ['U-TRANSPORT'] },
 *   { at: '2024-09-10T09:00:00+08:00', policy },
 * );
 * const office = { role: 'congressOffice', id: 'OFFICE' } as const;
 * const options = { workflow: livelihoodWorkflow, context: { policy }, actor: office };
 * project = transition(project, { type: 'shortlist' }, { ...options, at: '2024-11-01T09:00:00+08:00' }).record;
 * project = transition(project, { type: 'deliberate' }, { ...options, at: '2025-01-08T09:00:00+08:00' }).record;
 * project = transition(
 *   project,
 *   { type: 'recordVote', payload: { ballot: 'approval', members: 29, present: 29, votesFor: 26, against: 2, abstain: 1, rank: 1, adopted: true } },
 *   { ...options, at: '2025-01-10T11:00:00+08:00' },
 * ).record;
 * const unit = { ...options, actor: { role: 'responsibleUnit', id: 'U-TRANSPORT' } } as const;
 * project = transition(project, { type: 'reportProgress', payload: { percent: 100 } }, { ...unit, at: '2025-11-30T09:00:00+08:00' }).record;
 * project = transition(
 *   project,
 *   { type: 'evaluate', payload: { members: 29, present: 29, satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 } },
 *   { ...options, at: '2025-12-20T10:00:00+08:00' },
 * ).record;
 * console.log(project.state, project.evaluations[0]?.rating); // 'evaluated' 'satisfied'
 * ```
 * @category Livelihood vote
 */
export const livelihoodWorkflow = /* @__PURE__ */ withOwnedPayloads(
  /* @__PURE__ */ defineWorkflow({
    id: 'livelihood',
    version: 1,
    types: {} as LivelihoodWorkflowTypes,
    initial: 'candidate',
    states: livelihoodStates,
    rulesVersion: { of: (context) => formatRulesVersion(context.policy) },
    events: {
      shortlist: {
        label: label('初定', '初定', 'Short-list'),
        describe: say(
          '经可行性和预算审查列入候选项目初定名单',
          'screened for feasibility and budget and put on the short list',
        ),
        payload: P.shortlistPayload,
        fieldNames,
        from: ['candidate'],
        to: 'shortlisted',
        roles: ['government', 'congressOffice'],
        effect: effects.shortlist,
      },
      drop: {
        label: label('不列入', '不列入', 'Drop'),
        describe: say('不列入票决，注明理由', 'left out of the vote, with a reason'),
        payload: P.dropPayload,
        fieldNames,
        from: ['candidate', 'shortlisted', 'deliberated'],
        to: 'notSelected',
        roles: ['government', 'congressOffice'],
        effect: effects.drop,
      },
      deliberate: {
        label: label('审议', '審議', 'Deliberate'),
        describe: say(
          '人大会议或常委会审议候选项目，政府作说明',
          'the congress or its standing committee deliberates, the government explains',
        ),
        payload: P.deliberatePayload,
        fieldNames,
        from: ['shortlisted'],
        to: 'deliberated',
        roles: ['congressOffice'],
        effect: effects.deliberate,
      },
      recordVote: {
        label: label('登记票决结果', '登記票決結果', 'Record the vote'),
        describe: say(
          '登记本项目的票数、名次及是否入选；入选须达到法定人数和通过票数',
          'this project’s counts, rank and whether it was adopted; adoption needs the quorum and the threshold',
        ),
        payload: P.recordVotePayload,
        fieldNames,
        from: ['deliberated'],
        to: (_record, event) => (event.payload?.adopted === true ? 'selected' : 'notSelected'),
        targets: { deliberated: ['selected', 'notSelected'] },
        roles: ['congressOffice', 'system'],
        guards: ['countsWithinElectorate', 'ballotOfThePolicy', 'adoptionLawful'],
        effect: effects.recordVote,
      },
      addMilestone: {
        label: label('设定实施节点', '設定實施節點', 'Add a milestone'),
        describe: say('设定项目实施的时间节点', 'sets a dated milestone of the implementation'),
        payload: P.addMilestonePayload,
        fieldNames,
        from: UNDER_WAY,
        roles: ['responsibleUnit', 'congressOffice'],
        guards: ['isResponsibleUnit', 'newMilestone'],
        effect: effects.addMilestone,
      },
      reportProgress: {
        label: label('报告进展', '報告進展', 'Report progress'),
        describe: say(
          '责任单位报告实施进度和完成的节点；首次报告后为实施中',
          'the responsible unit reports progress and milestones reached; the first report starts the implementation',
        ),
        payload: P.reportProgressPayload,
        fieldNames,
        from: UNDER_WAY,
        to: (record) => progressTarget(record.state),
        targets: {
          selected: ['inProgress'],
          inProgress: ['inProgress'],
          rectifying: ['rectifying'],
        },
        roles: ['responsibleUnit', 'congressOffice'],
        guards: ['isResponsibleUnit', 'milestonesOpen'],
        effect: effects.reportProgress,
      },
      supervise: {
        label: label('监督', '監督', 'Supervise'),
        describe: say(
          '人大及代表视察、调研、听取报告等监督活动',
          'inspections, research and reports heard by the congress and its deputies',
        ),
        payload: P.supervisePayload,
        fieldNames,
        from: [...UNDER_WAY, 'completed'],
        roles: ['congressOffice', 'deputy'],
        effect: effects.supervise,
      },
      complete: {
        label: label('完成', '完成', 'Complete'),
        describe: say('项目建成或整改完成', 'the project, or its rectification, is done'),
        payload: P.completePayload,
        fieldNames,
        from: ['inProgress', 'rectifying'],
        to: 'completed',
        roles: ['responsibleUnit', 'congressOffice'],
        guards: ['isResponsibleUnit'],
        effect: effects.complete,
      },
      evaluate: {
        label: label('年终测评', '年終測評', 'Evaluate'),
        describe: say(
          '代表年终满意度测评，按规则评定；不满意的整改后再测评，整改次数用尽为不合格',
          'the deputies’ year-end rating, classified by the policy; dissatisfied means rectification and re-evaluation, or failure once the rounds are used',
        ),
        payload: P.evaluatePayload,
        fieldNames,
        from: ['inProgress', 'completed', 'rectifying'],
        // The payload is required, so the engine has parsed one before it asks for the target.
        to: (record, event, context) =>
          evaluationOutcome(record, event.payload as EvaluatePayload, context.policy).target,
        targets: {
          inProgress: ['evaluated', 'rectifying', 'failed'],
          completed: ['evaluated', 'rectifying', 'failed'],
          rectifying: ['evaluated', 'rectifying', 'failed'],
        },
        roles: ['congressOffice', 'system'],
        guards: ['countsWithinElectorate'],
        effect: effects.evaluate,
      },
    },
    guards: livelihoodGuards,
  }),
);
