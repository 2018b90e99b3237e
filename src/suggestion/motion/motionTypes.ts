import type { Motion } from '../../model/motion.js';
import type { WorkflowEventUnion } from '../../workflow/types.js';
import type { MotionEventPayloads } from './internal/payloads.js';

/**
 * The roles of the motion workflow (议案办理角色): a deputy (代表: the lead proposer submits and
 * asks to withdraw), the presidium (主席团: decides, consents to withdrawal), a special committee
 * (专门委员会: reviews and reports) and the session's secretariat (大会秘书处: records the vote and
 * the conversion to a suggestion).
 *
 * @example
 * ```ts
 * import { MOTION_ROLES } from 'renda';
 *
 * console.log(MOTION_ROLES.includes('presidium')); // true
 * ```
 * @category Suggestion workflow
 */
export const MOTION_ROLES = ['deputy', 'presidium', 'specialCommittee', 'secretariat'] as const;

/**
 * One of {@link MOTION_ROLES}.
 *
 * @example
 * ```ts
 * import type { MotionRole } from 'renda';
 *
 * const role: MotionRole = 'specialCommittee';
 * ```
 * @category Suggestion workflow
 */
export type MotionRole = (typeof MOTION_ROLES)[number];

/**
 * The record the motion workflow runs on (流程中的议案记录): a {@link Motion} whose `state` may also
 * be a state an extension adds.
 *
 * @example
 * ```ts
 * import type { Motion, MotionWorkflowRecord } from 'renda';
 *
 * const widen = (m: Motion): MotionWorkflowRecord => m;
 * ```
 * @category Suggestion workflow
 */
export type MotionWorkflowRecord = Omit<Motion, 'state'> & { state: string };

/**
 * The type carrier of the motion workflow (类型载体): the record, the roles and the context (none:
 * the rules a motion runs under are the law's, not a jurisdiction's policy).
 *
 * @example
 * ```ts
 * import type { MotionWorkflowTypes } from 'renda';
 *
 * type R = MotionWorkflowTypes['record'];
 * ```
 * @category Suggestion workflow
 */
export interface MotionWorkflowTypes {
  /** The motion record (any state name, so extensions can add states). */
  readonly record: MotionWorkflowRecord;
  /** Who may act. */
  readonly role: MotionRole;
  /** Nothing: pass `context: undefined`. */
  readonly context: undefined;
}

/**
 * An event of the motion workflow as its guards see it (议案事件): the discriminated union of its
 * events, each with its own parsed payload. Narrow it by `type` to read a payload.
 *
 * @example
 * ```ts
 * import type { MotionEvent } from 'renda';
 *
 * const decisionOf = (event: MotionEvent) => (event.type === 'decide' ? event.payload?.decision : undefined);
 * ```
 * @category Suggestion workflow
 */
export type MotionEvent = WorkflowEventUnion<MotionWorkflowTypes, MotionEventPayloads>;
