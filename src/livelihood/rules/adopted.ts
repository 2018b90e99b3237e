import type { LivelihoodProject } from '../../model/livelihoodProject.js';

// When a project counts as adopted by the deputies' vote (票决入选), read once for the coverage
// of the vote and for the figures.

/** The stages of a project the congress has adopted by vote. */
const ADOPTED_STAGES: readonly string[] = [
  'selected',
  'inProgress',
  'completed',
  'evaluated',
  'rectifying',
  'failed',
];

/**
 * Whether the congress adopted a project by vote: as its recorded vote says, or, for a project
 * stored without a vote, when its stage is `selected` or later.
 */
export function isAdopted(project: {
  readonly vote?: Pick<NonNullable<LivelihoodProject['vote']>, 'adopted'> | undefined;
  readonly state?: string | undefined;
  readonly stage: string;
}): boolean {
  return project.vote !== undefined
    ? project.vote.adopted
    : ADOPTED_STAGES.includes(project.state ?? project.stage);
}
