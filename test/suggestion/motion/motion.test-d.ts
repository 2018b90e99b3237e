import { describe, expectTypeOf, it } from 'vitest';
import type { Motion, MotionDecision } from '../../../src/model/motion.js';
import type { MotionEvent, MotionRole } from '../../../src/suggestion/motion/motionTypes.js';
import { motionWorkflow } from '../../../src/suggestion/motion/motionWorkflow.js';
import {
  type SuggestionFromMotion,
  suggestionFromMotion,
} from '../../../src/suggestion/motion/suggestionFromMotion.js';
import { transition } from '../../../src/workflow/transition.js';
import type { WorkflowRoleOf } from '../../../src/workflow/types.js';

declare const motion: Motion;
const at = '2025-01-10T09:00:00+08:00';

describe('motion types', () => {
  it('types the motion workflow’s roles and events from its definition', () => {
    expectTypeOf<WorkflowRoleOf<typeof motionWorkflow>>().toEqualTypeOf<MotionRole>();
    expectTypeOf<Extract<MotionEvent, { type: 'decide' }>['payload']>().toEqualTypeOf<
      { decision: MotionDecision; committeeId?: string | undefined } | undefined
    >();
  });

  it('accepts the events the definition allows, and returns a Motion', () => {
    const options = { workflow: motionWorkflow, context: undefined, at } as const;
    const { record } = transition(
      motion,
      { type: 'decide', payload: { decision: 'referToCommittee', committeeId: 'C-1' } },
      { ...options, actor: { role: 'presidium', id: 'P-1' } },
    );
    expectTypeOf(record).toEqualTypeOf<Motion>();
    transition(motion, { type: 'submit' }, { ...options, actor: { role: 'deputy', id: 'D-1' } });
    transition(
      motion,
      // @ts-expect-error: not a decision of the presidium
      { type: 'decide', payload: { decision: 'shelve' } },
      { ...options, actor: { role: 'presidium', id: 'P-1' } },
    );
    transition(
      motion,
      // @ts-expect-error: an event of the suggestion workflow, not of motions
      { type: 'assign', payload: { units: [] } },
      { ...options, actor: { role: 'presidium', id: 'P-1' } },
    );
    transition(
      motion,
      { type: 'submit' },
      {
        ...options,
        // @ts-expect-error: not a role of the motion workflow
        actor: { role: 'handlingUnit', id: 'U-1' },
      },
    );
  });

  it('returns both records from a conversion', () => {
    expectTypeOf(suggestionFromMotion).returns.toEqualTypeOf<SuggestionFromMotion>();
    expectTypeOf<SuggestionFromMotion['suggestion']['convertedFromMotion']>().toEqualTypeOf<
      { motionId?: string | undefined; at: string } | undefined
    >();
  });
});
