import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  livelihoodStats,
  safeLivelihoodStats,
} from '../../src/livelihood/figures/livelihoodStats.js';
import {
  livelihoodStatsAccumulator,
  safeLivelihoodStatsAccumulator,
} from '../../src/livelihood/figures/livelihoodStatsAccumulator.js';
import { defaultLivelihoodPolicy } from '../../src/livelihood/livelihoodPolicy.js';
import type { TrackedLivelihoodProject } from '../../src/livelihood/livelihoodTypes.js';
import { generateSample } from '../../src/testing/index.js';
import { adopted, OFFICE, step, UNIT } from './support.js';

const policy = defaultLivelihoodPolicy;
const milestone = (id: string, dueDay: string) => ({
  type: 'addMilestone',
  payload: { id, title: `节点 ${id}`, dueDay },
});
const reach = (percent: number, ...milestoneIds: string[]) => ({
  type: 'reportProgress',
  payload: milestoneIds.length > 0 ? { percent, milestoneIds } : { percent },
});
const rating = (satisfied: number, basicallySatisfied: number, dissatisfied: number) => ({
  type: 'evaluate',
  payload: { members: 29, present: 29, satisfied, basicallySatisfied, dissatisfied },
});

/** Four projects of 2025 as of 31 December: on schedule, one met late, one behind, one failed. */
function projects(): TrackedLivelihoodProject[] {
  const base = adopted(policy);
  let onTime = step(base, policy, UNIT, milestone('M1', '2025-03-31'), '2025-01-20T09:00:00+08:00');
  onTime = step(onTime, policy, UNIT, milestone('M2', '2026-01-05'), '2025-01-20T09:05:00+08:00');
  onTime = step(onTime, policy, UNIT, milestone('M3', '2026-03-31'), '2025-01-20T09:10:00+08:00');
  // Reached at 23:30 on its due day in Shanghai: 15:30 UTC, still the due day.
  onTime = step(onTime, policy, UNIT, reach(40, 'M1'), '2025-03-31T23:30:00+08:00');
  onTime = step(onTime, policy, OFFICE, rating(20, 8, 1), '2025-12-20T10:00:00+08:00');

  let late = { ...base, id: 'P-2' };
  late = step(late, policy, UNIT, milestone('M1', '2025-03-31'), '2025-01-20T09:00:00+08:00');
  late = step(late, policy, UNIT, reach(50, 'M1'), '2025-04-02T10:00:00+08:00');
  late = step(late, policy, OFFICE, rating(10, 10, 9), '2025-12-20T10:00:00+08:00');

  let behind = { ...base, id: 'P-3' };
  behind = step(behind, policy, UNIT, milestone('M1', '2025-06-30'), '2025-01-20T09:00:00+08:00');
  behind = step(behind, policy, UNIT, milestone('M2', '2025-10-31'), '2025-01-20T09:05:00+08:00');
  behind = step(behind, policy, UNIT, reach(30, 'M1'), '2025-06-01T10:00:00+08:00');

  // Rated dissatisfied twice: rectification, then failure (测评不合格).
  let failed = { ...base, id: 'P-4' };
  failed = step(failed, policy, UNIT, reach(60), '2025-05-01T10:00:00+08:00');
  failed = step(failed, policy, OFFICE, rating(5, 5, 19), '2025-07-01T10:00:00+08:00');
  failed = step(failed, policy, UNIT, { type: 'complete' }, '2025-11-01T10:00:00+08:00');
  failed = step(failed, policy, OFFICE, rating(5, 6, 18), '2025-12-20T10:00:00+08:00');

  const nextYear = { ...base, id: 'P-5', year: 2026 };
  return [onTime, late, behind, failed, nextYear];
}

describe('livelihoodStats', () => {
  const asOf = '2025-12-31T18:00:00+08:00';

  it('counts projects by stage, milestones by status, projects on schedule, and the latest ratings', () => {
    const s = livelihoodStats(projects(), { asOf, year: 2025 });
    expect(s).toMatchObject({ year: 2025, timeZone: 'Asia/Shanghai', asOfDay: '2025-12-31' });
    expect([s.n, s.adopted]).toEqual([4, 4]);
    expect(s.byStage).toMatchObject({ evaluated: 2, inProgress: 1, failed: 1, selected: 0 });
    expect(s.milestones.counts).toEqual({
      metOnTime: 2,
      metLate: 1,
      overdue: 1,
      dueSoon: 1,
      underway: 0,
      upcoming: 1,
    });
    expect(s.milestones.metOnTime).toMatchObject({ numerator: 2, denominator: 4 });
    expect(s.onSchedule.rate).toMatchObject({ numerator: 2, denominator: 3 });
    expect(s.onSchedule.behind).toEqual(['P-3']);
    expect(s.ratings.counts).toEqual({ satisfied: 1, basicallySatisfied: 1, dissatisfied: 1 });
    expect(s.ratings.shares.parts.map((p) => p.printed)).toEqual(['33.3', '33.3', '33.3']);
    const even = livelihoodStats(projects(), {
      asOf,
      year: 2025,
      shares: { rounding: 'largestRemainder' },
    });
    expect(even.ratings.shares.sumPrinted).toBe('100.0');
  });

  it('views the projects as they stood on an earlier day, and counts every year without one', () => {
    const june = livelihoodStats(projects(), { asOf: '2025-06-30', year: 2025 });
    // P-3's first milestone was reached on 1 June; its second is not due yet.
    expect(june.milestones.counts).toMatchObject({ metOnTime: 2, metLate: 1, overdue: 0 });
    expect(june.onSchedule.behind).toEqual([]);
    const march = livelihoodStats(projects(), { asOf: '2025-03-30', year: 2025 });
    expect(march.milestones.counts).toMatchObject({ metOnTime: 0, dueSoon: 2 });
    expect(march.onSchedule.rate.value).toBeNull();
    expect(livelihoodStats(projects(), { asOf }).n).toBe(5);
  });

  it('judges the day a milestone is reached in the time zone given', () => {
    // 23:30 in Shanghai on 31 March is 31 March; in Urumqi (UTC+6) it is 21:30, the same day; in
    // Tokyo (UTC+9) it is 1 April: late.
    const tokyo = livelihoodStats(projects(), { asOf, year: 2025, timeZone: 'Asia/Tokyo' });
    expect(tokyo.milestones.counts).toMatchObject({ metOnTime: 1, metLate: 2 });
  });

  it('lists a workflow extension’s own states after the stages', () => {
    const archived = { ...projects()[0]!, id: 'P-9', state: 'archived' };
    const s = livelihoodStats([archived] as never, { asOf, year: 2025 });
    expect(Object.keys(s.byStage).at(-1)).toBe('archived');
    expect(s.byStage.archived).toBe(1);
  });

  it('refuses bad options and unreadable projects by name', () => {
    const zone = safeLivelihoodStatsAccumulator({ asOf, timeZone: 'Mars/Olympus' });
    expect(zone.ok || zone.error.issues[0]?.code).toBe('INVALID_TIME_ZONE');
    const day = safeLivelihoodStats([], { asOf: '2025-02-30' });
    expect(day.ok || day.error.issues[0]?.path).toEqual(['asOf']);
    const year = safeLivelihoodStats([], { asOf, year: 25 });
    expect(year.ok || year.error.issues[0]?.path).toEqual(['year']);
    const bad = [projects()[0], { ...projects()[1], milestones: [{ dueDay: '2025-13-01' }] }];
    const project = safeLivelihoodStats(bad as never, { asOf });
    expect(project.ok || project.error.issues[0]?.path).toEqual([
      'projects',
      1,
      'milestones',
      0,
      'dueDay',
    ]);
    expect(safeLivelihoodStats(7 as never, { asOf }).ok).toBe(false);
  });

  it('does not mutate its input, and its output is frozen', () => {
    const input = projects();
    const before = structuredClone(input);
    const s = livelihoodStats(input, { asOf });
    expect(input).toEqual(before);
    expect(Object.isFrozen(s.milestones.counts)).toBe(true);
  });

  it('merges shards exactly, in any order (fast-check)', () => {
    const sample = generateSample({ seed: 4 });
    const all = [...projects(), ...sample.livelihoodProjects];
    const stats = livelihoodStatsAccumulator({ asOf });
    const whole = livelihoodStats(all, { asOf });
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 3 }), { minLength: all.length, maxLength: all.length }),
        (shardOf) => {
          const shards = [0, 1, 2, 3].map((k) => all.filter((_, i) => shardOf[i] === k));
          const states = shards.map((shard) =>
            JSON.parse(JSON.stringify(shard.reduce(stats.step, stats.init()))),
          );
          const merged = [...states].reverse().reduce((a, b) => stats.merge(a, b), stats.init());
          expect(stats.result(merged)).toEqual(whole);
        },
      ),
      { numRuns: 30 },
    );
  });
});
