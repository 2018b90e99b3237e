import { describe, expect, it } from 'vitest';
import { coverageTraining } from '../../../src/connections/coverage/coverageTraining.js';
import { attendance, deepFreeze, deputy, isDeeplyFrozen, training, YEAR } from './fixtures.js';

const old = deputy('D-OLD');
const newUntrained = deputy('D-NEW1', {
  term: { from: '2025-03-01', to: '2027-01-03' },
  byElected: { on: '2025-03-01' },
});
const newTrained = deputy('D-NEW2', {
  term: { from: '2025-02-01', to: '2027-01-03' },
  byElected: { on: '2025-02-01' },
});
const newExcused = deputy('D-NEW3', { term: { from: '2025-02-01', to: '2027-01-03' } });
const deputies = deepFreeze([old, newUntrained, newTrained, newExcused]);
const trainings = deepFreeze([
  training('T-INIT', 'initial', '2025-05-10', '2025-05-12'),
  training('T-THEME', 'thematic', '2025-09-01'),
  training('T-2024', 'basic', '2024-09-01'),
]);
const attendances = deepFreeze([
  attendance('T-INIT', 'D-NEW2'),
  attendance('T-INIT', 'D-NEW3', 'excused'),
  attendance('T-THEME', 'D-OLD'),
  attendance('T-THEME', 'D-NEW1'),
  attendance('T-2024', 'D-OLD'),
]);

describe('coverageTraining', () => {
  it('does not hold it against a new deputy whose first year is not over (notYetDue)', () => {
    const r = coverageTraining(deputies, trainings, attendances, {
      period: YEAR,
      newDeputiesWithinFirstYear: true,
    });
    expect(r.covered).toEqual(['D-NEW2']);
    expect(r.shortfalls).toEqual([]);
    expect(r.excluded).toEqual([
      { id: 'D-NEW1', reason: 'notYetDue' },
      { id: 'D-NEW3', reason: 'notYetDue' },
      { id: 'D-OLD', reason: 'notNew' },
    ]);
    // On the last day of D-NEW3's first year it is still not due; the day after, it is short.
    const onLastDay = coverageTraining(deputies, trainings, attendances, {
      period: { from: '2025-01-01', to: '2026-12-31' },
      newDeputiesWithinFirstYear: true,
      asOf: '2026-01-31',
    });
    expect(onLastDay.shortfalls).toEqual([]);
    const dayAfter = coverageTraining(deputies, trainings, attendances, {
      period: { from: '2025-01-01', to: '2026-12-31' },
      newDeputiesWithinFirstYear: true,
      asOf: '2026-02-01',
    });
    expect(dayAfter.shortfalls.map((s) => s.id)).toEqual(['D-NEW3']);
  });

  it('does not count a re-elected deputy as new: not owed initial training', () => {
    const again = deputy('D-AGAIN', { term: { from: '2025-02-01' }, reElected: true });
    const r = coverageTraining([again], trainings, attendances, {
      period: { from: '2025-01-01', to: '2026-12-31' },
      newDeputiesWithinFirstYear: true,
    });
    expect(r.excluded).toEqual([{ id: 'D-AGAIN', reason: 'notNew' }]);
  });

  it('lists a new deputy without initial training, with the first year as window', () => {
    const r = coverageTraining(deputies, trainings, attendances, {
      period: { from: '2025-01-01', to: '2026-12-31' },
      newDeputiesWithinFirstYear: true,
    });
    expect(r.covered).toEqual(['D-NEW2']);
    expect(r.shortfalls).toEqual([
      {
        id: 'D-NEW1',
        name: '代表D-NEW1',
        have: 0,
        need: 1,
        short: 1,
        window: { from: '2025-03-01', to: '2026-02-28' },
      },
      // Excused is not attended.
      {
        id: 'D-NEW3',
        name: '代表D-NEW3',
        have: 0,
        need: 1,
        short: 1,
        window: { from: '2025-02-01', to: '2026-01-31' },
      },
    ]);
    expect(r.excluded).toEqual([{ id: 'D-OLD', reason: 'notNew' }]);
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('does not count initial training that starts after the first year', () => {
    const lateTraining = training('T-LATE', 'initial', '2026-03-01');
    const r = coverageTraining([newUntrained], [lateTraining], [attendance('T-LATE', 'D-NEW1')], {
      period: YEAR,
      newDeputiesWithinFirstYear: true,
    });
    expect(r.covered).toEqual([]);
  });

  it('counts trainings of a kind that start in the period', () => {
    const r = coverageTraining(deputies, trainings, attendances, {
      period: YEAR,
      kind: 'thematic',
      partial: 'include',
    });
    expect(r.covered).toEqual(['D-NEW1', 'D-OLD']);
    expect(r.shortfalls.map((s) => s.id)).toEqual(['D-NEW2', 'D-NEW3']);
  });

  it('counts any kind by default, but only trainings in the period', () => {
    const r = coverageTraining([old], trainings, attendances, { period: YEAR, minTrainings: 2 });
    expect(r.shortfalls).toEqual([{ id: 'D-OLD', name: '代表D-OLD', have: 1, need: 2, short: 1 }]);
  });

  it('excludes non-grassroots deputies with grassrootsOnly', () => {
    const official = deputy('D-OFF', { grassroots: false, term: { from: '2025-02-01' } });
    const r = coverageTraining([official], trainings, attendances, {
      period: YEAR,
      newDeputiesWithinFirstYear: true,
      grassrootsOnly: true,
    });
    expect(r.excluded).toEqual([{ id: 'D-OFF', reason: 'notGrassroots' }]);
  });
});
