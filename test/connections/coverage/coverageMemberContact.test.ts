import { describe, expect, it } from 'vitest';
import { coverageMemberContact } from '../../../src/connections/coverage/coverageMemberContact.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { activity, deepFreeze, deputy, isDeeplyFrozen, member, YEAR } from './fixtures.js';

const d1 = deputy('D-1');
const d2 = deputy('D-2');
const d3 = deputy('D-3');
const joined = deputy('D-JOINED', { term: { from: '2025-10-01', to: '2027-01-03' } });
const suspended = deputy('D-SUSP', {
  status: { status: 'suspended', since: '2024-12-01', reason: 'detainedInCriminalCase' },
});
const deputies = deepFreeze([d1, d2, d3, joined, suspended]);
const m1 = member('M-1', [
  { deputyId: 'D-1', from: '2022-01-10' },
  { deputyId: 'D-2', from: '2022-01-10' },
]);
const m2 = member('M-2', [{ deputyId: 'D-3', from: '2022-01-10' }]);
const activities = deepFreeze([
  activity('memberContact', '2025-03-01', { memberIds: ['M-1'], deputyIds: ['D-1'] }),
  activity('memberContact', '2025-04-01', { memberIds: ['M-1', 'M-2'], deputyIds: ['D-1', 'D-2'] }),
  activity('memberContact', '2025-05-01', { memberIds: ['M-1'], deputyIds: ['D-3'] }),
  activity('memberContact', '2025-11-01', { memberIds: ['M-2'], deputyIds: ['D-JOINED'] }),
  activity('memberContact', '2024-12-20', { memberIds: ['M-1'], deputyIds: ['D-2'] }),
  activity('inspection', '2025-06-01', { memberIds: ['M-1'], deputyIds: ['D-2'] }),
]);

describe('coverageMemberContact', () => {
  it('covers deputies contacted at least once in the period by any member', () => {
    const r = coverageMemberContact(deputies, activities, { period: YEAR });
    expect(r.covered).toEqual(['D-1', 'D-2', 'D-3', 'D-JOINED']);
    expect(r.shortfalls).toEqual([]);
    expect(r.excluded).toEqual([{ id: 'D-SUSP', reason: 'suspendedWholePeriod' }]);
    expect(r.rate).toEqual({ numerator: 4, denominator: 4, value: 1 });
  });

  it('counts one activity once per deputy, and ignores other kinds and days outside the period', () => {
    const r = coverageMemberContact(deputies, activities, { period: YEAR, minContacts: 2 });
    // D-JOINED needs only ⌈2 × 92/365⌉ = 1 under prorate.
    expect(r.covered).toEqual(['D-1', 'D-JOINED']);
    expect(r.shortfalls.find((s) => s.id === 'D-2')).toMatchObject({ have: 1, need: 2, short: 1 });
  });

  it('pro-rates a mid-year joiner: need = ⌈4 × 92/365⌉ = 2', () => {
    const r = coverageMemberContact(deputies, activities, { period: YEAR, minContacts: 4 });
    expect(r.shortfalls.find((s) => s.id === 'D-JOINED')).toEqual({
      id: 'D-JOINED',
      name: '代表D-JOINED',
      have: 1,
      need: 2,
      short: 1,
    });
  });

  it('gives a mid-year joiner the full target under include', () => {
    const r = coverageMemberContact(deputies, activities, {
      period: YEAR,
      minContacts: 4,
      partial: 'include',
    });
    expect(r.shortfalls.find((s) => s.id === 'D-JOINED')).toMatchObject({
      have: 1,
      need: 4,
      short: 3,
    });
  });

  it('leaves a mid-year joiner out under exclude', () => {
    const r = coverageMemberContact(deputies, activities, { period: YEAR, partial: 'exclude' });
    expect(r.excluded).toContainEqual({ id: 'D-JOINED', reason: 'partialPeriod' });
    expect(r.rate.denominator).toBe(3);
  });

  it('counts only contacts by the assigned member with byAssignedMember', () => {
    const r = coverageMemberContact(deputies, activities, {
      period: YEAR,
      byAssignedMember: true,
      members: [m1, m2],
    });
    // D-3 was only met by M-1, but is assigned to M-2; D-JOINED has no assigned member.
    expect(r.covered).toEqual(['D-1', 'D-2']);
    expect(r.shortfalls.map((s) => s.id)).toEqual(['D-3', 'D-JOINED']);
  });

  it('sorts shortfalls by short, largest first, then id', () => {
    const r = coverageMemberContact(deputies, activities, {
      period: YEAR,
      minContacts: 3,
      partial: 'include',
    });
    expect(r.shortfalls.map((s) => [s.id, s.short])).toEqual([
      ['D-2', 2],
      ['D-3', 2],
      ['D-JOINED', 2],
      ['D-1', 1],
    ]);
  });

  it('returns a deeply frozen result and leaves its input alone', () => {
    const r = coverageMemberContact(deputies, activities, { period: YEAR, minContacts: 2 });
    expect(isDeeplyFrozen(r)).toBe(true);
    expect(r.id).toBe('coverageMemberContact');
    expect(r.period).toEqual(YEAR);
  });

  it('needs the members for byAssignedMember', () => {
    expect(() =>
      coverageMemberContact(deputies, activities, { period: YEAR, byAssignedMember: true }),
    ).toThrow(RendaError);
  });

  it('rejects a negative or fractional target', () => {
    expect(() =>
      coverageMemberContact(deputies, activities, { period: YEAR, minContacts: -1 }),
    ).toThrow(RendaError);
    expect(() =>
      coverageMemberContact(deputies, activities, { period: YEAR, minContacts: 1.5 }),
    ).toThrow(RendaError);
  });
});
