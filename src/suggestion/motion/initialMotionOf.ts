import type { Motion } from '../../model/motion.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import { unreadableRecord } from '../internal/unreadable.js';
import { type NewMotionInput, safeCreateMotion } from './createMotion.js';

const CONTENT_KEYS = [
  'session',
  'grounds',
  'basis',
  'solution',
  'topic',
  'delegationId',
] as const satisfies readonly (keyof NewMotionInput)[];

/**
 * The draft a motion started from (议案初始草稿), like {@link initialMotionOf}, but returns a result
 * instead of throwing.
 *
 * @remarks Rebuilt with `safeCreateMotion` from the record's own content (id, congress, session,
 * title, grounds, basis, solution, topic, proposers, delegation) at `record.createdAt`;
 * everything the workflow manages starts empty. Never throws, whatever it is given.
 * @param record - A motion.
 * @returns The frozen draft, or why the record's content makes none.
 * @example
 * ```ts
 * import { safeInitialMotionOf } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * const draft = motions[0] && safeInitialMotionOf(motions[0]);
 * console.log(draft?.ok && draft.value.state); // 'draft'
 * ```
 * @category Suggestion workflow
 */
export function safeInitialMotionOf(record: Motion): Result<Motion, ValidationError> {
  return neverThrow<Motion, ValidationError>(
    () => {
      const input: { -readonly [K in keyof NewMotionInput]: NewMotionInput[K] } = {
        id: record.id,
        congress: record.congress,
        title: record.title,
        proposers: record.proposers,
      };
      const content = input as Record<string, unknown>;
      for (const key of CONTENT_KEYS) {
        if (record[key] !== undefined) content[key] = record[key];
      }
      return safeCreateMotion(input, { at: record.createdAt });
    },
    () => unreadableRecord('Motion'),
  );
}

/**
 * The draft a motion started from (议案初始草稿): the record as `createMotion` made it, before the
 * first event of its history; replay the history on it to rebuild the record.
 *
 * @param record - A motion.
 * @returns The frozen draft.
 * @throws RendaError `INVALID_INPUT` when the record's content makes no valid draft.
 * @example
 * ```ts
 * import { initialMotionOf, motionWorkflow, replay } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * const motion = motions[0];
 * if (motion) {
 *   const rebuilt = replay(initialMotionOf(motion), motion.history, {
 *     workflow: motionWorkflow,
 *     context: undefined,
 *   });
 *   console.log(rebuilt.state === motion.state); // true
 * }
 * ```
 * @category Suggestion workflow
 */
export function initialMotionOf(record: Motion): Motion {
  const result = safeInitialMotionOf(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
