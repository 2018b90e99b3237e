import { describe, expect, it } from 'vitest';
import { coverageMemberQuota } from '../../../src/connections/coverage/coverageMemberQuota.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { activity, deepFreeze, isDeeplyFrozen, member, YEAR } from './fixtures.js';

const m1 = member('M-1', [
  { deputyId: 'D-1', from: '2022-01-10' },
  { deputyId: 'D-2', from: '2022-01-10' },
]);
const m2 = member('M-2', [{ deputyId: 'D-3', from: '2022-01-10' }]);
const m3 = member('M-3', [], { from: '2025-07-01' });
const m4 = member('M-4', [], { from: '2022-01-10', to: '2024-12-31' });
const members = deepFreeze([m1, m2, m3, m4]);
const activities = deepFreeze([
  activity('memberContact', '2025-02-01', { memberIds: ['M-1'], deputyIds: ['D-1'] }),
  activity('memberContact', '2025-05-01', { memberIds: ['M-1'], deputyIds: ['D-1'] }),
  activity('memberContact', '2025-06-01', { memberIds: ['M-1'], deputyIds: ['D-2'] }),
  activity('memberContact', '2025-03-01', { memberIds: ['M-2'], deputyIds: ['D-3'] }),
  activity('memberContact', '2025-09-01', { memberIds: ['M-3'], deputyIds: ['D-4', 'D-5'] }),
]);

describe('coverageMemberQuota', () => {
  it('lists a member with contacts with 1 deputy as short by 1 of the default 2 deputies', () => {
    const r = coverageMemberQuota(members, activities, { period: YEAR });
    expect(r.covered).toEqual(['M-1', 'M-3']);
    expect(r.shortfalls).toEqual([{ id: 'M-2', name: '委员M-2', have: 1, need: 2, short: 1 }]);
    expect(r.excluded).toEqual([{ id: 'M-4', reason: 'endedBefore' }]);
  });

  it('counts contacts rather than deputies with minContacts', () => {
    const r = coverageMemberQuota(members, activities, { period: YEAR, minContacts: 3 });
    expect(r.covered).toEqual(['M-1']);
    // M-3 served half the year: need ⌈3 × 184/365⌉ = 2, has 1 contact.
    expect(r.shortfalls.find((s) => s.id === 'M-3')).toMatchObject({ have: 1, need: 2, short: 1 });
  });

  it('checks every assigned deputy with perAssignedDeputy (Wuzhou: twice a year each)', () => {
    const r = coverageMemberQuota(members, activities, { period: YEAR, perAssignedDeputy: 2 });
    // M-1: D-1 twice (2), D-2 once (1) → have 3 of 4. M-2: D-3 once → 1 of 2.
    expect(r.shortfalls).toEqual([
      { id: 'M-1', name: '委员M-1', have: 3, need: 4, short: 1 },
      { id: 'M-2', name: '委员M-2', have: 1, need: 2, short: 1 },
    ]);
    expect(r.excluded).toContainEqual({ id: 'M-3', reason: 'noAssignments' });
    expect(r.rate.denominator).toBe(2);
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('excludes a member who joined mid-year under exclude', () => {
    const r = coverageMemberQuota(members, activities, { period: YEAR, partial: 'exclude' });
    expect(r.excluded).toContainEqual({ id: 'M-3', reason: 'partialPeriod' });
  });

  it('accepts only one target', () => {
    expect(() =>
      coverageMemberQuota(members, activities, { period: YEAR, minDeputies: 2, minContacts: 2 }),
    ).toThrow(RendaError);
  });

  it('counts a deputy assigned in two stretches once: N contacts over the stretches, not N per stretch', () => {
    // The same deputy, re-assigned for the second half of the year (no overlap, so valid).
    const split = member('M-SPLIT', [
      { deputyId: 'D-1', from: '2022-01-10', to: '2025-06-30' },
      { deputyId: 'D-1', from: '2025-07-01' },
    ]);
    const twice = [
      activity('memberContact', '2025-03-01', { memberIds: ['M-SPLIT'], deputyIds: ['D-1'] }),
      activity('memberContact', '2025-09-01', { memberIds: ['M-SPLIT'], deputyIds: ['D-1'] }),
    ];
    for (const partial of ['prorate', 'include'] as const) {
      const r = coverageMemberQuota([split], twice, {
        period: YEAR,
        perAssignedDeputy: 2,
        partial,
      });
      // Documented: need = N × assigned deputies = 2 × 1.
      expect(r.covered).toEqual(['M-SPLIT']);
      expect(r.shortfalls).toEqual([]);
    }
    const once = coverageMemberQuota([split], twice.slice(1), {
      period: YEAR,
      perAssignedDeputy: 2,
    });
    expect(once.shortfalls).toEqual([
      { id: 'M-SPLIT', name: '委员M-SPLIT', have: 1, need: 2, short: 1 },
    ]);
  });
});
