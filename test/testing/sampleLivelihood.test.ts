import { describe, expect, it } from 'vitest';
import { tallyAppraisalBallots } from '../../src/livelihood/appraisals/tallyAppraisalBallots.js';
import { livelihoodStats } from '../../src/livelihood/figures/livelihoodStats.js';
import { defaultLivelihoodPolicy } from '../../src/livelihood/livelihoodPolicy.js';
import type { TrackedLivelihoodProject } from '../../src/livelihood/livelihoodTypes.js';
import { safeVerifyLivelihoodProject } from '../../src/livelihood/verifyLivelihoodProject.js';
import { KEY_ITEM_MILESTONE_STATUSES } from '../../src/model/keyItemPlan.js';
import { SATISFACTION_GRADES } from '../../src/model/shared/satisfaction.js';
import { generateSample } from '../../src/testing/index.js';

const policy = defaultLivelihoodPolicy;

describe.each([
  [1, 'town'],
  [2025, 'town'],
  [8, { deputies: 20 }],
] as const)('the sample’s livelihood vote and appraisal (seed %s, %j)', (seed, size) => {
  const sample = generateSample({ seed, size });

  it('plays every project through the livelihood workflow: each verifies under the default policy', () => {
    for (const project of sample.livelihoodProjects) {
      const verified = safeVerifyLivelihoodProject(project as TrackedLivelihoodProject, { policy });
      expect(verified.ok, project.id).toBe(true);
      expect(project.stage).toBe(project.state);
    }
    const [selection, evaluation] = sample.livelihoodVotes;
    for (const result of selection?.results ?? []) {
      const project = sample.livelihoodProjects.find((p) => p.id === result.projectId);
      expect(project?.vote).toMatchObject({ votesFor: result.votesFor, rank: result.rank });
    }
    for (const result of evaluation?.results ?? []) {
      const project = sample.livelihoodProjects.find((p) => p.id === result.projectId);
      expect(project?.evaluations?.at(-1)).toMatchObject({
        satisfied: result.satisfied,
        basicallySatisfied: result.basicallySatisfied,
        dissatisfied: result.dissatisfied,
      });
    }
  });

  it('walks the milestones and ratings every figure needs', () => {
    const stats = livelihoodStats(sample.livelihoodProjects, {
      asOf: sample.asOf,
      year: sample.year,
    });
    expect(stats).toMatchObject({ n: 15, adopted: 10 });
    for (const status of KEY_ITEM_MILESTONE_STATUSES.filter((s) => s !== 'underway'))
      expect(stats.milestones.counts[status], status).toBeGreaterThan(0);
    expect(stats.onSchedule.behind).toHaveLength(1);
    for (const grade of SATISFACTION_GRADES)
      expect(stats.ratings.counts[grade], grade).toBeGreaterThan(0);
    const failed = sample.livelihoodProjects.find((p) => p.stage === 'failed');
    expect(failed?.evaluations?.map((e) => e.rating)).toEqual(['dissatisfied', 'dissatisfied']);
  });

  it('appraises six units and the key items at December’s session, with every rating, absences and abstentions', () => {
    const tally = tallyAppraisalBallots(sample.appraisalBallots, { policy });
    expect(tally.ballots.unreadable).toBe(0);
    const units = tally.results.filter((r) => r.subject.kind === 'unit');
    expect(units).toHaveLength(6);
    expect(tally.results.some((r) => r.subject.kind === 'keyItem')).toBe(true);
    const keyItems = new Set(
      sample.suggestions.filter((s) => s.keyItem !== undefined).map((s) => s.id),
    );
    for (const r of tally.results.filter((x) => x.subject.kind === 'keyItem'))
      expect(keyItems.has(r.subject.id)).toBe(true);
    expect(new Set(units.map((r) => r.rating))).toEqual(new Set(SATISFACTION_GRADES));
    for (const r of tally.results) {
      expect(r.quorum.met).toBe(true);
      expect(r.present).toBeLessThan(r.members);
      expect(r.byRole.deputy.members).toBeGreaterThan(0);
      expect(r.byRole.scMember.members).toBeGreaterThan(0);
    }
    expect(tally.results.some((r) => r.abstained > 0)).toBe(true);
  });
});
