import type { LIVELIHOOD_PROJECT_STAGES, LivelihoodProject } from '../model/livelihoodProject.js';
import type { WorkflowEventUnion } from '../workflow/types.js';
import type { LivelihoodEventPayloads } from './internal/payloads.js';
import type { LivelihoodPolicy } from './livelihoodPolicy.js';

/**
 * The roles of the livelihood workflow (民生实事项目票决角色): the congress's office (人大常委会
 * 办事机构 / 代表工委: short-lists, records the vote and the ratings, supervises), the government
 * (人民政府: proposes and short-lists candidates), the responsible unit (责任单位: reports progress
 * and completion), a deputy (代表: supervises) and the system (系统: imports vote results).
 *
 * @example
 * ```ts
 * import { LIVELIHOOD_ROLES } from 'renda';
 *
 * console.log(LIVELIHOOD_ROLES.includes('responsibleUnit')); // true
 * ```
 * @category Livelihood vote
 */
export const LIVELIHOOD_ROLES = [
  'congressOffice',
  'government',
  'responsibleUnit',
  'deputy',
  'system',
] as const;

/**
 * One of {@link LIVELIHOOD_ROLES}.
 *
 * @example
 * ```ts
 * import type { LivelihoodRole } from 'renda';
 *
 * const role: LivelihoodRole = 'congressOffice';
 * ```
 * @category Livelihood vote
 */
export type LivelihoodRole = (typeof LIVELIHOOD_ROLES)[number];

/**
 * What the livelihood workflow's guards and effects read besides the record (票决规则): the
 * jurisdiction's {@link LivelihoodPolicy}.
 *
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, type LivelihoodContext } from 'renda';
 *
 * const context: LivelihoodContext = { policy: defaultLivelihoodPolicy };
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodContext {
  /** The jurisdiction's rules for the vote and the year-end rating. */
  readonly policy: LivelihoodPolicy;
}

/**
 * A livelihood project the workflow tracks (流程中的民生实事项目): a {@link LivelihoodProject} made
 * by `createLivelihoodProject`, with its state, rules version, lists and history present.
 *
 * @remarks `stage` always equals `state`; a stored project from before the workflow (no `state`,
 * no `history`) still parses as a `LivelihoodProject` but is not tracked.
 * @example
 * ```ts
 * import type { TrackedLivelihoodProject } from 'renda';
 *
 * const adopted = (p: TrackedLivelihoodProject) => p.vote?.adopted === true;
 * ```
 * @category Livelihood vote
 */
export interface TrackedLivelihoodProject extends LivelihoodProject {
  /** 流程状态. */
  readonly state: (typeof LIVELIHOOD_PROJECT_STAGES)[number];
  /** 规则版本. */
  readonly rulesVersion: string;
  /** 征集时间. */
  readonly collectedAt: string;
  /** 实施节点. */
  readonly milestones: NonNullable<LivelihoodProject['milestones']>;
  /** 进展报告. */
  readonly progressReports: NonNullable<LivelihoodProject['progressReports']>;
  /** 监督活动. */
  readonly supervisions: NonNullable<LivelihoodProject['supervisions']>;
  /** 年终测评. */
  readonly evaluations: NonNullable<LivelihoodProject['evaluations']>;
  /** 历史记录. */
  readonly history: NonNullable<LivelihoodProject['history']>;
}

/**
 * The record the livelihood workflow runs on (流程中的民生实事项目): a
 * {@link TrackedLivelihoodProject} whose `state` may also be a state an extension adds.
 *
 * @example
 * ```ts
 * import type { LivelihoodWorkflowRecord, TrackedLivelihoodProject } from 'renda';
 *
 * const widen = (p: TrackedLivelihoodProject): LivelihoodWorkflowRecord => p;
 * ```
 * @category Livelihood vote
 */
export type LivelihoodWorkflowRecord = Omit<TrackedLivelihoodProject, 'state'> & {
  state: string;
};

/**
 * The type carrier of the livelihood workflow (类型载体): the record, the roles and the context.
 *
 * @example
 * ```ts
 * import type { LivelihoodWorkflowTypes } from 'renda';
 *
 * type Context = LivelihoodWorkflowTypes['context'];
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodWorkflowTypes {
  /** The project record (any state name, so extensions can add states). */
  readonly record: LivelihoodWorkflowRecord;
  /** Who may act. */
  readonly role: LivelihoodRole;
  /** The policy. */
  readonly context: LivelihoodContext;
}

/**
 * An event of the livelihood workflow as its guards see it (民生实事项目事件): the discriminated
 * union of its events, each with its own parsed payload. Narrow it by `type` to read a payload.
 *
 * @example
 * ```ts
 * import type { LivelihoodEvent } from 'renda';
 *
 * const percentOf = (event: LivelihoodEvent) =>
 *   event.type === 'reportProgress' ? event.payload?.percent : undefined;
 * ```
 * @category Livelihood vote
 */
export type LivelihoodEvent = WorkflowEventUnion<LivelihoodWorkflowTypes, LivelihoodEventPayloads>;
