import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { livelihoodWorkflow } from '../../src/livelihood/livelihoodWorkflow.js';

const guide = readFileSync(new URL('../../docs/livelihood.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the livelihood guide (docs/livelihood.md)', () => {
  it('lists every event of the workflow', () => {
    for (const event of Object.keys(livelihoodWorkflow.events))
      expect(guide).toContain(`| \`${event}\``);
  });

  it('is linked from the README’s guide table', () => {
    expect(readme).toContain(
      '| [Livelihood-project votes, appraisals and selections](docs/livelihood.md) | 民生实事项目票决、评议与评选 |',
    );
  });

  it('names every figure it documents with its formula, and every appraisal and selection export', () => {
    for (const figure of [
      'satisfactionRate',
      'narrowSatisfactionRate',
      'milestones.metOnTime',
      'onSchedule.rate',
      'ratings.shares',
      'satisfiedRate',
      'dissatisfiedCount',
    ])
      expect(guide).toMatch(
        new RegExp(`\\| \`${figure.replace('.', '\\.')}\` \\| [^|]+ \\| [^|]+ \\|`),
      );
    for (const name of [
      'tallyAppraisalBallots',
      'appraisalTallyAccumulator',
      'appraisalUnitFigures',
      'selectCandidates',
      'candidatesFromDeputyScores',
      'livelihoodStats',
      'livelihoodStatsAccumulator',
    ])
      expect(guide).toContain(`\`${name}`);
  });
});
