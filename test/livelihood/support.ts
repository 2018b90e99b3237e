import { createLivelihoodProject } from '../../src/livelihood/createLivelihoodProject.js';
import type { LivelihoodPolicy } from '../../src/livelihood/livelihoodPolicy.js';
import type { TrackedLivelihoodProject } from '../../src/livelihood/livelihoodTypes.js';
import { livelihoodWorkflow } from '../../src/livelihood/livelihoodWorkflow.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { untyped } from '../workflow/support/untyped.js';

export const OFFICE = { role: 'congressOffice', id: 'OFFICE' } as const;
export const GOV = { role: 'government', id: 'GOV' } as const;
export const UNIT = { role: 'responsibleUnit', id: 'U-1' } as const;
export const DEPUTY = { role: 'deputy', id: 'D-1' } as const;

export function collected(policy: LivelihoodPolicy): TrackedLivelihoodProject {
  return createLivelihoodProject(
    {
      id: 'P-1',
      year: 2025,
      title: '农村公路提档升级',
      responsibleUnitIds: ['U-1'],
      jurisdictionId: 'T-1',
    },
    { at: '2024-09-10T09:00:00+08:00', policy },
  );
}

/** Sends one event; returns the result (untyped: tests send refusals too). */
export function send(
  record: TrackedLivelihoodProject,
  policy: LivelihoodPolicy,
  actor: unknown,
  event: unknown,
  at: string,
) {
  return safeTransition(
    untyped(record),
    untyped(event),
    untyped({ workflow: livelihoodWorkflow, context: { policy }, actor, at }),
  ) as
    | { ok: true; value: { record: TrackedLivelihoodProject } }
    | { ok: false; error: { code: string } };
}

export function step(
  record: TrackedLivelihoodProject,
  policy: LivelihoodPolicy,
  actor: unknown,
  event: unknown,
  at: string,
): TrackedLivelihoodProject {
  const result = send(record, policy, actor, event, at);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.record;
}

export const ADOPT = {
  type: 'recordVote',
  payload: {
    ballot: 'approval',
    members: 29,
    present: 29,
    votesFor: 26,
    against: 2,
    abstain: 1,
    rank: 1,
    adopted: true,
  },
};

/** A project walked to its adoption. */
export function adopted(policy: LivelihoodPolicy): TrackedLivelihoodProject {
  let p = collected(policy);
  p = step(p, policy, GOV, { type: 'shortlist' }, '2024-11-01T09:00:00+08:00');
  p = step(p, policy, OFFICE, { type: 'deliberate' }, '2025-01-08T09:00:00+08:00');
  return step(p, policy, OFFICE, ADOPT, '2025-01-10T11:00:00+08:00');
}
